package app.tandem.security;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every Spring context with Vaadin's security makes its own {@link SecurityContextHolderStrategy} (with its own
 * thread-local) the JVM-wide one when it starts. With several cached contexts in one test JVM the last one
 * started wins, and a test running in an earlier context would log its user in where its own services and
 * views never look. So before each test, the strategy of that test's context becomes the JVM-wide one again.
 * Registered for all tests in {@code META-INF/spring.factories}; runs before Spring Security's
 * {@code WithSecurityContextTestExecutionListener} (order 10000), which then sets the test's user.
 */
public class OwnSecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
