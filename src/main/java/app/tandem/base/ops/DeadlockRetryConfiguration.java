package app.tandem.base.ops;

import java.time.Duration;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts {@link DeadlockRetry} around every {@code @Transactional} method of Tandem's own beans, outside the
 * transaction (a retry needs a fresh transaction) and inside method security (checked once).
 */
@Configuration(proxyBeanMethods = false)
class DeadlockRetryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor deadlockRetryAdvisor(@Value("${tandem.db.deadlock-retry-backoff:PT0.05S}") Duration backoff) {
        ClassFilter tandem = type -> type.getName().startsWith("app.tandem.");
        ComposablePointcut transactional = new ComposablePointcut(
                AnnotationMatchingPointcut.forClassAnnotation(Transactional.class))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
                .intersection(tandem);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, new DeadlockRetry(backoff));
        // the transaction advisor has LOWEST_PRECEDENCE: this one runs just outside it
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }
}
