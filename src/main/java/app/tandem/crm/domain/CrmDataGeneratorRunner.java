package app.tandem.crm.domain;

import app.tandem.base.DemoMode;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --generate [--scale=small|medium|large|<accounts>] [--force]}: fills the CRM with generated records
 * (see {@link CrmDataGenerator}) after the demo data runners, then the application exits (see
 * {@code TandemApplication}). It refuses a database without demo mode (production) unless {@code --force}.
 */
@Component
@ConditionalOnProperty("generate")
@Order(100)
class CrmDataGeneratorRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(CrmDataGeneratorRunner.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final Environment environment;
    private int exitCode;

    CrmDataGeneratorRunner(DataSource dataSource, Clock clock, Environment environment) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = 0;
        if (!DemoMode.isOn(environment) && !args.containsOption("force")) {
            log.error("Not generating: demo mode is off for this database (a production database?). "
                    + "Add --force to generate into it anyway.");
            exitCode = 2;
            return;
        }
        List<String> scale = args.getOptionValues("scale");
        try {
            CrmDataGenerator.Scale chosen = CrmDataGenerator.Scale.parse(
                    scale == null || scale.isEmpty() ? "small" : scale.getFirst());
            new CrmDataGenerator(dataSource, clock, environment.getProperty("generate.seed", Long.class, 2026L))
                    .generate(chosen);
        } catch (IllegalArgumentException | IllegalStateException e) {
            log.error("Not generating: {}", e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
