package app.tandem.performance;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.HistoryEntry;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The history of a feedback shows a reader only the versions they could read (issue 13, section 4). */
@TandemServiceTest
class FeedbackHistoryVisibilityTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    FeedbackService feedbackService;
    @Autowired
    MutableClock clock;

    Person giver;
    Person recipient;
    Person supervisor;
    Person manager;

    @BeforeEach
    void aTeamWithItsSupervisorAndAManager() {
        clock.setInstant(Instant.parse("2026-06-01T12:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        giver = org.person("gary", Role.STAFF);
        recipient = org.person("rita", Role.STAFF);
        supervisor = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        manager = org.person("max", Role.MANAGER);
        org.team("East", TeamKind.SALES, supervisor, recipient, supervisor);
        org.team("West", TeamKind.SALES, null, giver);
    }

    @Test
    void an_employee_never_sees_the_manager_only_text_written_before_the_feedback_was_shown_to_them() {
        long id = giver.run(() -> feedbackService.give(new FeedbackDraft(recipient.id(), FeedbackType.CONCERN,
                FeedbackVisibility.MANAGER_ONLY, "Rita keeps missing deadlines")));
        clock.advance(Duration.ofMinutes(10));
        change(id, FeedbackVisibility.PRIVATE_AND_MANAGER, "Rita could plan her week ahead");

        List<HistoryEntry> seenByRita = recipient.run(() -> feedbackService.history(id));
        assertThat(texts(seenByRita)).contains("Rita could plan her week ahead")
                .noneMatch(t -> t.contains("missing deadlines")).doesNotContain("MANAGER_ONLY");
        assertThat(texts(manager.run(() -> feedbackService.history(id))))
                .contains("Rita keeps missing deadlines", "Rita could plan her week ahead");
    }

    @Test
    void a_supervisor_never_sees_the_private_text_written_before_the_feedback_was_made_public() {
        long id = giver.run(() -> feedbackService.give(new FeedbackDraft(recipient.id(), FeedbackType.COACHING,
                FeedbackVisibility.PRIVATE, "Between us: your pitch was weak")));
        clock.advance(Duration.ofMinutes(10));
        change(id, FeedbackVisibility.PUBLIC, "Good pitch, more numbers next time");

        assertThat(texts(supervisor.run(() -> feedbackService.history(id))))
                .contains("Good pitch, more numbers next time").noneMatch(t -> t.contains("weak"));
        assertThat(texts(recipient.run(() -> feedbackService.history(id))))
                .contains("Between us: your pitch was weak", "Good pitch, more numbers next time");
    }

    private void change(long id, FeedbackVisibility visibility, String text) {
        giver.exec(() -> feedbackService.update(id, feedbackService.load(id).version(),
                new FeedbackDraft(recipient.id(), feedbackService.load(id).type(), visibility, text)));
    }

    private static List<String> texts(List<HistoryEntry> history) {
        return history.stream().flatMap(e -> Stream.of(e.from(), e.to())).filter(s -> !s.isEmpty()).toList();
    }
}
