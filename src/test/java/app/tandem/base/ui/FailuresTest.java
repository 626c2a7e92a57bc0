package app.tandem.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Without a UI, {@link Failures#describe} returns the message key it would translate. */
class FailuresTest {

    @Test
    void a_database_that_cannot_be_reached_asks_the_user_to_try_again() {
        var noConnection = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

        assertThat(Failures.describe(noConnection)).isEqualTo("error.database-unavailable");
    }

    @Test
    void a_connection_lost_in_the_middle_of_an_action_asks_the_user_to_try_again() {
        var lost = new JpaSystemException(new JDBCConnectionException("could not execute statement",
                new SQLNonTransientConnectionException("(conn=42) Connection reset")));
        var resource = new DataAccessResourceFailureException("Unable to acquire JDBC Connection");

        assertThat(Failures.describe(lost)).isEqualTo("error.database-unavailable");
        assertThat(Failures.describe(resource)).isEqualTo("error.database-unavailable");
    }

    @Test
    void any_other_failure_is_still_unexpected() {
        assertThat(Failures.describe(new IllegalStateException("a bug"))).isEqualTo("error.unexpected");
    }
}
