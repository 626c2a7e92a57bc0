package app.tandem.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.DomainException;
import app.tandem.base.HistoryEntry;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@TandemServiceTest
class ImpactServiceTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    ImprovementService improvementService;
    @Autowired
    ImpactService impactService;
    @Autowired
    ItemLogService logService;

    Person anna;
    Person carl;
    Person max;
    Person mia;

    /** Anna and Carl in teams of their own; Max and Mia are managers. */
    @BeforeEach
    void staffInTwoTeamsAndTwoManagers() {
        String u = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna" + u, Role.STAFF);
        carl = org.person("carl" + u, Role.STAFF);
        max = org.person("max" + u, Role.MANAGER);
        mia = org.person("mia" + u, Role.MANAGER);
        org.team("East " + u, TeamKind.OPERATIONS, null, anna);
        org.team("West " + u, TeamKind.OPERATIONS, null, carl);
    }

    @Test
    void annualised_targets_are_computed_in_sql_monthly_twelve_times_one_off_once() {
        String title = "Less scrap on line " + anna.id();
        long id = as(anna, () -> improvementService.submitIdea(idea(title)));
        as(anna, () -> impactService.saveImpact(id, impact(ImpactRecurrence.MONTHLY, ImpactUnit.MONEY, "100.50")));
        as(anna, () -> impactService.saveImpact(id, impact(ImpactRecurrence.ONE_OFF, ImpactUnit.MONEY, "500")));
        as(anna, () -> impactService.saveImpact(id, impact(ImpactRecurrence.MONTHLY, ImpactUnit.HOURS, "10")));

        assertThat(as(anna, () -> impactService.impacts(id))).extracting(m -> m.annualTarget().toPlainString())
                .containsExactly("1206.00", "500.00", "120.00");
        ItemFilter mine = new ItemFilter(title, null, null, null, null, null, false, null, null);
        assertThat(as(anna, () -> improvementService.list(mine, PageRequest.of(0, 5)).getContent()).getFirst()
                .annualTarget()).as("the list's annual target counts money only").isEqualByComparingTo("1706.00");
    }

    @Test
    void impacts_are_locked_once_completed_except_for_the_approver_and_managers_and_such_changes_are_logged() {
        long id = as(anna, () -> improvementService.submitIdea(idea("Reusable crates")));
        as(max, () -> improvementService.update(approvedBy(improvementService.load(id), mia)));
        ImpactData saving = as(anna, () -> impactService.saveImpact(id,
                impact(ImpactRecurrence.YEARLY, ImpactUnit.MONEY, "4000")));
        as(mia, () -> {
            for (ItemStatus step : List.of(ItemStatus.APPROVED, ItemStatus.IN_PROGRESS, ItemStatus.CHECKING,
                    ItemStatus.STANDARDISING, ItemStatus.COMPLETED)) {
                improvementService.moveTo(id, step, null, null);
            }
            return null;
        });

        assertThat(as(anna, () -> improvementService.rights(id)).editImpacts()).isFalse();
        assertThatThrownBy(() -> as(anna, () -> impactService.saveImpact(id, withActual(saving, "3500"))))
                .isInstanceOf(DomainException.class).hasMessage("improvement.impact.locked");
        assertThatThrownBy(() -> as(anna, () -> {
            impactService.deleteImpact(id, saving.id(), saving.version());
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("improvement.impact.locked");

        ImpactData changed = as(mia, () -> impactService.saveImpact(id, withActual(saving, "3500")));

        assertThat(changed.actual()).isEqualByComparingTo("3500");
        assertThat(as(anna, () -> logService.log(id)).getFirst().kind()).isEqualTo(LogKind.IMPACT);
    }

    @Test
    void the_history_of_an_item_shows_its_impact_rows_added_changed_and_deleted() {
        long id = as(anna, () -> improvementService.submitIdea(idea("Reuse shipping cartons")));
        ImpactData added = as(anna, () -> impactService.saveImpact(id,
                impact(ImpactRecurrence.YEARLY, ImpactUnit.MONEY, "1200")));
        ImpactData changed = as(anna, () -> impactService.saveImpact(id, withActual(added, "900")));
        as(anna, () -> {
            impactService.deleteImpact(id, changed.id(), changed.version());
            return null;
        });

        List<HistoryEntry> impactChanges = as(anna, () -> logService.history(id)).stream()
                .filter(e -> e.field().equals("impact")).toList();
        assertThat(impactChanges).extracting(HistoryEntry::kind).as("newest first").containsExactly(
                HistoryEntry.Kind.DELETED, HistoryEntry.Kind.CHANGED, HistoryEntry.Kind.CREATED);
        assertThat(impactChanges.get(1).from()).contains("target 1200.00").contains("actual –");
        assertThat(impactChanges.get(1).to()).contains("actual 900.00");
        assertThat(impactChanges.get(1).changedBy()).isEqualTo(anna.username());
        assertThat(impactChanges.getFirst().from()).contains("actual 900.00");
        assertThatThrownBy(() -> as(carl, () -> logService.history(id)))
                .as("another team's item stays hidden").isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(carl, () -> impactService.impacts(id)))
                .as("and so do its impacts").isInstanceOf(RecordNotFoundException.class);
    }

    private static IdeaDraft idea(String title) {
        return new IdeaDraft(title, "Problem of " + title, null, null);
    }

    private static ImpactData impact(ImpactRecurrence recurrence, ImpactUnit unit, String target) {
        return ImpactData.of(null, 0, ImpactType.COST, true, recurrence, unit, null, new BigDecimal(target), null,
                null);
    }

    private static ImpactData withActual(ImpactData m, String actual) {
        return ImpactData.of(m.id(), m.version(), m.type(), m.hard(), m.recurrence(), m.unit(), m.description(),
                m.target(), m.forecast(), new BigDecimal(actual));
    }

    private static ItemData approvedBy(ItemData d, Person approver) {
        return new ItemData(d.id(), d.version(), d.kind(), d.title(), d.problemStatement(), d.areaId(), d.teamId(),
                d.submitterId(), d.ownerId(), approver.id(), d.priority(), d.dueDate(), d.status(), d.statusReason(),
                d.revisitDate(), d.originType(), d.originId(), d.originLabel(), d.background(), d.currentState(),
                d.goal(), d.whySteps(), d.countermeasures(), d.results(), d.followUp(), d.overdue());
    }

    private <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }
}
