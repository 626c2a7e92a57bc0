package app.tandem.base.ops;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.ProxyMethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a transactional method again when its transaction lost a deadlock, which is also how a Galera cluster
 * reports a certification failure (a write set that conflicts with one committed on another node): MariaDB error
 * 1213, SQLState 40001 (ADR 0013). Only the outermost transactional call is retried, as a whole and a few times;
 * a call inside a running transaction lets the failure reach the call that started it.
 */
final class DeadlockRetry implements MethodInterceptor {

    static final int MAX_ATTEMPTS = 3;
    private static final int MARIADB_DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

    private final Duration backoff;

    DeadlockRetry(Duration backoff) {
        this.backoff = backoff;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                // a fresh copy each time: proceed() on a used invocation would skip the transaction interceptor
                return invocation instanceof ProxyMethodInvocation proxied ? proxied.invocableClone().proceed()
                        : invocation.proceed();
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                log.info("Transaction of {}.{} lost a deadlock or certification conflict (attempt {} of {}): retrying",
                        invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName(),
                        attempt, MAX_ATTEMPTS);
                pause(attempt);
            }
        }
    }

    static boolean isDeadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == MARIADB_DEADLOCK
                    || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private void pause(int attempt) throws InterruptedException {
        long max = backoff.toMillis() * attempt;
        Thread.sleep(max / 2 + ThreadLocalRandom.current().nextLong(max / 2 + 1));
    }
}
