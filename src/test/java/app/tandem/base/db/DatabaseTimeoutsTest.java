package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * No database call waits forever: a connection from the pool, a connect, a read from the socket and every
 * transaction's statements all have a limit, as the application runs (this is its own configuration).
 */
@TandemServiceTest
class DatabaseTimeoutsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void connections_connects_socket_reads_and_transactions_have_timeouts() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        assertThat(Duration.ofMillis(pool.getConnectionTimeout())).as("waiting for a pooled connection")
                .isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(pool.getDataSourceProperties()).as("driver properties")
                .containsKeys("connectTimeout", "socketTimeout");
        assertThat(Long.parseLong(pool.getDataSourceProperties().getProperty("socketTimeout")))
                .as("a read from the socket: longer than the longest statement allowed").isPositive();
        assertThat(((AbstractPlatformTransactionManager) transactions).getDefaultTimeout())
                .as("seconds a transaction's statements may take").isPositive();
    }
}
