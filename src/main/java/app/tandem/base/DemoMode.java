package app.tandem.base;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo mode seeds demo users and records. It is on when {@code tandem.demo-data=true}, and by default
 * only on the embedded database: never on an external database unless that property says so.
 */
public final class DemoMode implements Condition {

    /** Seeding the demo data is one long transaction: more than the default statement timeout allows. */
    public static final int SEED_TIMEOUT_SECONDS = 600;

    public static boolean isOn(Environment env) {
        String explicit = env.getProperty("tandem.demo-data", "").trim();
        if (!explicit.isEmpty()) {
            return Boolean.parseBoolean(explicit);
        }
        return env.getProperty("spring.datasource.url", "").isBlank()
                && env.getProperty("tandem.embedded-db.enabled", Boolean.class, true);
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }
}
