package app.tandem.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The notification insert skips a repeated due-date row, and nothing else: a broken row is an error. */
@TandemServiceTest
class NotificationInsertTest {

    @Autowired
    NotificationRepository notifications;
    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_notification_for_a_user_that_does_not_exist_fails_instead_of_vanishing() {
        assertThatThrownBy(() -> insert(Long.MAX_VALUE - 7, "KEY:1"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_repeated_due_date_notification_writes_nothing_and_one_without_a_key_is_always_written() {
        long anna = new TestOrg(userService, teamService).person("anna", Role.STAFF).id();

        assertThat(insert(anna, "DUE:RUN:1:2026-06-01")).isEqualTo(1);
        assertThat(insert(anna, "DUE:RUN:1:2026-06-01")).isZero();
        assertThat(insert(anna, null)).isEqualTo(1);
        assertThat(insert(anna, null)).isEqualTo(1);
    }

    private int insert(long recipient, String dedupKey) {
        Integer written = new TransactionTemplate(transactions).execute(status -> notifications.insert(recipient,
                "OVERDUE", "CHECKLIST_RUN", 1, "Walk", null, Instant.parse("2026-06-01T06:00:00Z"), dedupKey));
        return written == null ? -1 : written;
    }
}
