package app.tandem.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The raising feature reports that a corrective action worked: {@link ImprovementService#recordEffectiveness}. */
@TandemServiceTest
class CorrectiveActionEffectivenessTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    ImprovementService improvementService;
    @Autowired
    ItemLogService logService;
    @Autowired
    MutableClock clock;

    Person anna;
    Person sue;
    Person max;
    long action;

    @BeforeEach
    void aCorrectiveActionRaisedByAChecklist() {
        clock.setInstant(Instant.parse("2026-06-01T09:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        max = org.person("max", Role.MANAGER);
        long east = org.team("East", TeamKind.OPERATIONS, sue, anna, sue);
        action = anna.run(() -> improvementService.openCorrectiveAction(new CorrectiveActionRequest("Exit blocked",
                "Checklist item failed", east, sue.id(), LocalDate.of(2026, 6, 15), "CHECKLIST_FINDING", 42L,
                "Safety walk")));
    }

    @Test
    void an_action_in_progress_moves_to_checking_with_the_evidence_in_its_log() {
        max.run(() -> improvementService.moveTo(action, ItemStatus.APPROVED, null, null));
        sue.run(() -> improvementService.moveTo(action, ItemStatus.IN_PROGRESS, null, null));

        ItemStatus status = anna.run(() -> improvementService.recordEffectiveness(action, "CHECKLIST_FINDING", 42L,
                "Run of 2026-06-08: item passed"));

        assertThat(status).isEqualTo(ItemStatus.CHECKING);
        assertThat(sue.run(() -> improvementService.load(action)).status()).isEqualTo(ItemStatus.CHECKING);
        assertThat(sue.run(() -> logService.log(action)).getFirst()).satisfies(entry -> {
            assertThat(entry.toStatus()).isEqualTo(ItemStatus.CHECKING);
            assertThat(entry.text()).isEqualTo("Run of 2026-06-08: item passed");
        });
    }

    @Test
    void an_action_not_yet_in_progress_keeps_its_status_and_gets_the_evidence_as_a_comment() {
        ItemStatus status = anna.run(() -> improvementService.recordEffectiveness(action, "CHECKLIST_FINDING", 42L,
                "Run of 2026-06-08: item passed"));

        assertThat(status).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(sue.run(() -> logService.log(action)).getFirst()).satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(LogKind.COMMENT);
            assertThat(entry.text()).isEqualTo("Run of 2026-06-08: item passed");
        });
    }

    @Test
    void only_the_raising_side_naming_the_right_origin_records_effectiveness() {
        assertThatThrownBy(() -> anna.run(() -> improvementService.recordEffectiveness(action, "CHECKLIST_FINDING",
                43L, "x"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> anna.run(() -> improvementService.recordEffectiveness(action, "OTHER", 42L, "x")))
                .isInstanceOf(RecordNotFoundException.class);
        long idea = anna.run(() -> improvementService.submitIdea(new IdeaDraft("Idea", "Problem", null, null)));
        assertThatThrownBy(() -> anna.run(() -> improvementService.recordEffectiveness(idea, "CHECKLIST_FINDING", 42L,
                "x"))).isInstanceOf(RecordNotFoundException.class);
    }
}
