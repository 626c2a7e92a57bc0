package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.DueReminders;
import app.tandem.base.NotificationKind;
import app.tandem.org.UserService;
import app.tandem.org.TeamService;
import app.tandem.security.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;

/** The due-date job meets a reminder it cannot write: it logs the record's key and writes the others. */
@TandemServiceTest
@ExtendWith(OutputCaptureExtension.class)
class DueNotificationFailuresTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    NotificationWriter writer;
    @Autowired
    NotificationService notifications;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;

    Person anna;

    @BeforeEach
    void aUser() {
        clock.setInstant(Instant.parse("2026-06-01T08:00:00Z"));
        anna = new TestOrg(userService, teamService).person("anna", Role.STAFF);
    }

    @Test
    void a_reminder_that_cannot_be_written_is_logged_with_its_key_and_the_rest_of_the_pass_goes_on(
            CapturedOutput log) {
        long nobody = 987_654_321L;
        DueReminders feature = (now, lookBackDays) -> List.of(
                new DueReminders.Reminder(nobody, true, "ACCOUNT", 1, "Owner gone", "ACTIVITY:1:2026-05-30"),
                new DueReminders.Reminder(anna.id(), false, "ACCOUNT", 2, "Call Acme", "ACTIVITY:2:2026-06-01"));
        NotificationJobs jobs = new NotificationJobs(List.of(feature), writer, clock, transactions);

        int written = jobs.runOnce();

        assertThat(written).as("the second reminder is written although the first fails").isEqualTo(1);
        assertThat(anna.run(() -> notifications.list(false, PageRequest.of(0, 10)).getContent()))
                .extracting(NotificationItem::kind, NotificationItem::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.DUE_SOON, "Call Acme"));
        assertThat(log.getOut()).contains("OVERDUE:ACTIVITY:1:2026-05-30").contains(String.valueOf(nobody));
    }
}
