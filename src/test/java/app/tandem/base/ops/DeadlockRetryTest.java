package app.tandem.base.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A real deadlock on the embedded MariaDB, the same error (1213) a Galera node reports when another node committed a
 * conflicting write first: the losing service call is run again and succeeds; a call that keeps losing gives up.
 */
@SpringBootTest
class DeadlockRetryTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Transfers transfers;

    @BeforeEach
    void createAccounts() {
        jdbc.execute("CREATE TABLE deadlock_probe (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB");
        jdbc.update("INSERT INTO deadlock_probe VALUES (1, 100), (2, 100)");
        transfers.reset();
    }

    @AfterEach
    void dropAccounts() {
        jdbc.execute("DROP TABLE deadlock_probe");
    }

    @Test
    void a_write_that_loses_a_deadlock_is_run_again_and_succeeds() throws Exception {
        CountDownLatch rowTwoLocked = new CountDownLatch(1);
        CountDownLatch serviceHoldsRowOne = new CountDownLatch(1);
        transfers.afterFirstRow(() -> {
            if (transfers.attempts() == 1) {
                serviceHoldsRowOne.countDown();
                await(rowTwoLocked);
                sleep(300); // the other transaction now waits for row 1
            }
        });
        // a bigger transaction elsewhere (another node, for Galera): locks row 2, then wants row 1
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                await(serviceHoldsRowOne);
                statement.executeUpdate("UPDATE deadlock_probe SET balance = balance + 1 WHERE id = 2");
                statement.executeUpdate("INSERT INTO deadlock_probe SELECT seq + 10, 0 FROM seq_1_to_50");
                rowTwoLocked.countDown();
                statement.executeUpdate("UPDATE deadlock_probe SET balance = balance + 1 WHERE id = 1");
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        transfers.move(1, 2, 10);
        other.get(30, TimeUnit.SECONDS);

        assertThat(transfers.attempts()).isEqualTo(2);
        assertThat(balance(1)).isEqualTo(100 + 1 - 10);
        assertThat(balance(2)).isEqualTo(100 + 1 + 10);
    }

    @Test
    void a_write_that_keeps_losing_gives_up_after_a_few_attempts() {
        transfers.afterFirstRow(() -> {
            throw new CannotAcquireLockException("lost again",
                    new SQLException("Deadlock found when trying to get lock", "40001", 1213));
        });

        assertThatThrownBy(() -> transfers.move(1, 2, 10)).isInstanceOf(CannotAcquireLockException.class);

        assertThat(transfers.attempts()).isEqualTo(DeadlockRetry.MAX_ATTEMPTS);
        assertThat(balance(1)).isEqualTo(100);
    }

    @Test
    void other_failures_are_not_retried() {
        transfers.afterFirstRow(() -> {
            throw new IllegalStateException("a broken rule");
        });

        assertThatThrownBy(() -> transfers.move(1, 2, 10)).isInstanceOf(IllegalStateException.class);

        assertThat(transfers.attempts()).isEqualTo(1);
    }

    private int balance(int id) {
        return jdbc.queryForObject("SELECT balance FROM deadlock_probe WHERE id = ?", Integer.class, id);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A write service as the features have one: transactional, two rows in one transaction. */
    static class Transfers {

        private final AtomicInteger attempts = new AtomicInteger();
        private final JdbcTemplate jdbc;
        private volatile Runnable afterFirstRow = () -> { };

        Transfers(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        public void reset() {
            attempts.set(0);
            afterFirstRow = () -> { };
        }

        public void afterFirstRow(Runnable action) {
            afterFirstRow = action;
        }

        public int attempts() {
            return attempts.get();
        }

        @Transactional
        public void move(int from, int to, int amount) {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException("attempt " + attempts.get() + " runs without a transaction");
            }
            attempts.incrementAndGet();
            jdbc.update("UPDATE deadlock_probe SET balance = balance - ? WHERE id = ?", amount, from);
            afterFirstRow.run();
            jdbc.update("UPDATE deadlock_probe SET balance = balance + ? WHERE id = ?", amount, to);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TransfersConfig {
        @Bean
        Transfers transfers(JdbcTemplate jdbc) {
            return new Transfers(jdbc);
        }
    }
}
