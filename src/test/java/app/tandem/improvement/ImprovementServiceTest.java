package app.tandem.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.improvement.domain.RevisitDeferredItems;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@TandemServiceTest
class ImprovementServiceTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    ImprovementService improvementService;
    @Autowired
    ActionPlanService planService;
    @Autowired
    ItemLogService logService;
    @Autowired
    AreaService areaService;
    @Autowired
    MutableClock clock;
    @Autowired
    RevisitDeferredItems revisit;

    Person anna;
    Person ben;
    Person carl;
    Person sue;
    Person olga;
    Person max;
    Person mia;
    long eastId;

    @BeforeEach
    void twoTeamsAndTwoManagers() {
        clock.setInstant(Instant.parse("2026-06-01T09:00:00Z"));
        TestUsers.runAsAdmin("setup", () -> {
            anna = person("anna", Role.STAFF);
            ben = person("ben", Role.STAFF);
            carl = person("carl", Role.STAFF);
            sue = person("sue", Role.SUPERVISOR, Role.STAFF);
            olga = person("olga", Role.COMPLIANCE_OFFICER);
            max = person("max", Role.MANAGER);
            mia = person("mia", Role.MANAGER);
            eastId = team("East", sue, anna, ben, sue);
            team("West", null, carl);
            return null;
        });
    }

    // --- scope ------------------------------------------------------------------------------------

    @Test
    void staff_see_their_teams_items_and_those_they_are_involved_in_but_not_another_teams() {
        long annas = as(anna, () -> improvementService.submitIdea(idea("Label printer jams daily")));
        long carls = as(carl, () -> improvementService.submitIdea(idea("Loading dock lights")));

        assertThat(as(ben, () -> titles(ItemFilter.any()))).containsExactly("Label printer jams daily");
        assertThat(as(ben, () -> improvementService.load(annas)).title()).isEqualTo("Label printer jams daily");
        assertThatThrownBy(() -> as(ben, () -> improvementService.load(carls)))
                .isInstanceOf(RecordNotFoundException.class);

        as(carl, () -> planService.saveAction(carls, new ActionRow(null, 0, "Order LED tubes", ben.id(),
                null, false)));

        assertThat(as(ben, () -> improvementService.load(carls)).title())
                .as("an action row owner is involved").isEqualTo("Loading dock lights");
        assertThat(as(ben, () -> titles(ItemFilter.any())))
                .containsExactlyInAnyOrder("Label printer jams daily", "Loading dock lights");
    }

    @Test
    void supervisors_see_their_team_managers_and_compliance_officers_see_everything() {
        as(anna, () -> improvementService.submitIdea(idea("Shelf labels")));
        as(carl, () -> improvementService.submitIdea(idea("Night shift handover")));

        assertThat(as(sue, () -> titles(ItemFilter.any()))).containsExactly("Shelf labels");
        assertThat(as(max, () -> titles(ItemFilter.any())))
                .containsExactlyInAnyOrder("Shelf labels", "Night shift handover");
        assertThat(as(olga, () -> titles(ItemFilter.any())))
                .containsExactlyInAnyOrder("Shelf labels", "Night shift handover");
    }

    @Test
    void compliance_officers_read_and_comment_but_do_not_edit_content_and_colleagues_edit_nothing() {
        long id = as(anna, () -> improvementService.submitIdea(idea("Glove dispenser")));
        ItemData data = as(anna, () -> improvementService.load(id));

        assertThatThrownBy(() -> as(olga, () -> improvementService.update(retitled(data, "Officer's title"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ben, () -> improvementService.update(retitled(data, "Ben's title"))))
                .isInstanceOf(AccessDeniedException.class);
        as(olga, () -> {
            logService.comment(id, "Relevant for the audit in July");
            return null;
        });
        assertThat(as(sue, () -> improvementService.update(retitled(data, "Glove dispensers at each line"))).title())
                .as("the team's supervisor edits").isEqualTo("Glove dispensers at each line");
        assertThat(as(anna, () -> logService.log(id))).extracting(LogItem::kind)
                .containsExactly(LogKind.COMMENT, LogKind.STATUS);
    }

    @Test
    void a_stale_version_is_refused_and_nothing_changes() {
        long id = as(anna, () -> improvementService.submitIdea(idea("Forklift charging")));
        ItemData loaded = as(anna, () -> improvementService.load(id));
        as(sue, () -> improvementService.update(retitled(loaded, "Forklift charging slots")));

        assertThatThrownBy(() -> as(anna, () -> improvementService.update(retitled(loaded, "Mine"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(anna, () -> improvementService.load(id)).title()).isEqualTo("Forklift charging slots");
    }

    // --- lifecycle --------------------------------------------------------------------------------

    @Test
    void an_item_moves_through_pdca_with_approval_and_completion_by_the_approver_and_every_step_logged() {
        long id = as(anna, () -> improvementService.submitIdea(idea("Kanban for screws")));
        as(max, () -> improvementService.update(approvedBy(improvementService.load(id), mia)));

        assertThatThrownBy(() -> as(anna, () -> improvementService.moveTo(id, ItemStatus.APPROVED, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("improvement.transition.approver-only");
        assertThatThrownBy(() -> as(sue, () -> improvementService.moveTo(id, ItemStatus.APPROVED, null, null)))
                .as("a supervisor is not the approver").isInstanceOf(DomainException.class);
        as(mia, () -> improvementService.moveTo(id, ItemStatus.APPROVED, null, null));
        assertThatThrownBy(() -> as(anna, () -> improvementService.moveTo(id, ItemStatus.COMPLETED, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("improvement.transition.not-allowed");
        as(anna, () -> improvementService.moveTo(id, ItemStatus.IN_PROGRESS, null, null));
        as(anna, () -> improvementService.moveTo(id, ItemStatus.CHECKING, null, null));
        as(anna, () -> improvementService.moveTo(id, ItemStatus.STANDARDISING, null, null));
        assertThat(as(anna, () -> improvementService.rights(id)).moves()).containsExactly(ItemStatus.CHECKING);
        assertThatThrownBy(() -> as(anna, () -> improvementService.moveTo(id, ItemStatus.COMPLETED, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("improvement.transition.approver-only");
        assertThat(as(mia, () -> improvementService.rights(id)).moves()).contains(ItemStatus.COMPLETED);
        as(mia, () -> improvementService.moveTo(id, ItemStatus.COMPLETED, null, null));

        assertThat(as(anna, () -> improvementService.load(id)).status()).isEqualTo(ItemStatus.COMPLETED);
        assertThat(as(anna, () -> logService.log(id)).reversed()).extracting(LogItem::toStatus)
                .containsExactly(ItemStatus.SUBMITTED, ItemStatus.APPROVED, ItemStatus.IN_PROGRESS,
                        ItemStatus.CHECKING, ItemStatus.STANDARDISING, ItemStatus.COMPLETED);
        assertThat(as(anna, () -> logService.history(id))).anyMatch(h -> h.field().equals("status")
                && h.from().equals("STANDARDISING") && h.to().equals("COMPLETED"));
    }

    @Test
    void rejecting_needs_a_reason_and_deferring_a_revisit_date_both_written_to_the_log() {
        long rejected = as(anna, () -> improvementService.submitIdea(idea("Second coffee machine")));
        long deferred = as(anna, () -> improvementService.submitIdea(idea("New racking")));

        assertThatThrownBy(() -> as(max, () -> improvementService.moveTo(rejected, ItemStatus.REJECTED, " ", null)))
                .isInstanceOf(DomainException.class).hasMessage("improvement.reject.reason-required");
        as(max, () -> improvementService.moveTo(rejected, ItemStatus.REJECTED, "Not a process problem", null));
        assertThatThrownBy(() -> as(max, () -> improvementService.moveTo(deferred, ItemStatus.DEFERRED, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("improvement.defer.date-required");
        as(max, () -> improvementService.moveTo(deferred, ItemStatus.DEFERRED, "Budget", LocalDate.of(2026, 9, 1)));

        assertThat(as(anna, () -> improvementService.load(rejected)).statusReason()).isEqualTo("Not a process problem");
        assertThat(as(anna, () -> logService.log(rejected)).getFirst().text()).isEqualTo("Not a process problem");
        assertThat(as(anna, () -> improvementService.load(deferred)).revisitDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(as(anna, () -> logService.log(deferred)).getFirst().text()).contains("2026-09-01");
    }

    @Test
    void a_deferred_item_returns_for_review_when_its_revisit_date_comes_and_the_job_may_run_twice() {
        long id = as(anna, () -> improvementService.submitIdea(idea("Automatic door at dock 3")));
        as(max, () -> improvementService.moveTo(id, ItemStatus.DEFERRED, "Budget", LocalDate.of(2026, 6, 10)));

        clock.setInstant(Instant.parse("2026-06-09T23:59:00Z"));
        assertThat(revisit.returnDueItems()).as("the day before").isZero();
        assertThat(as(anna, () -> improvementService.load(id)).status()).isEqualTo(ItemStatus.DEFERRED);

        clock.setInstant(Instant.parse("2026-06-10T00:01:00Z"));
        assertThat(revisit.returnDueItems()).isEqualTo(1);
        assertThat(revisit.returnDueItems()).as("nothing left to do on the second run").isZero();

        ItemData back = as(anna, () -> improvementService.load(id));
        assertThat(back.status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(back.revisitDate()).isNull();
        LogItem entry = as(anna, () -> logService.log(id)).getFirst();
        assertThat(entry.fromStatus()).isEqualTo(ItemStatus.DEFERRED);
        assertThat(entry.toStatus()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(entry.text()).isEqualTo("improvement.log.revisit-due|2026-06-10");
        as(max, () -> improvementService.moveTo(id, ItemStatus.APPROVED, null, null));
    }

    // --- overdue ----------------------------------------------------------------------------------

    @Test
    void overdue_follows_the_clock_and_ends_with_completion() {
        long id = as(anna, () -> improvementService.submitIdea(idea("Shorter changeover")));
        as(anna, () -> improvementService.update(due(improvementService.load(id), LocalDate.of(2026, 6, 5))));
        ItemFilter overdueOnly = new ItemFilter(null, null, null, null, null, null, true, null, null);

        assertThat(as(anna, () -> improvementService.load(id)).overdue()).isFalse();
        assertThat(as(anna, () -> titles(overdueOnly))).isEmpty();

        clock.advance(Duration.ofDays(4));
        assertThat(as(anna, () -> improvementService.load(id)).overdue()).as("due today is not late").isFalse();
        clock.advance(Duration.ofDays(1));

        assertThat(as(anna, () -> improvementService.load(id)).overdue()).isTrue();
        assertThat(as(anna, () -> list(overdueOnly))).extracting(ItemListItem::overdue).containsExactly(true);

        as(max, () -> {
            for (ItemStatus step : List.of(ItemStatus.APPROVED, ItemStatus.IN_PROGRESS, ItemStatus.CHECKING,
                    ItemStatus.STANDARDISING, ItemStatus.COMPLETED)) {
                improvementService.moveTo(id, step, null, null);
            }
            return null;
        });
        assertThat(as(anna, () -> improvementService.load(id)).overdue()).isFalse();
        assertThat(as(anna, () -> titles(overdueOnly))).isEmpty();
    }

    // --- similar items, areas, corrective actions -------------------------------------------------

    @Test
    void similar_items_are_found_by_words_of_title_or_problem_within_the_readers_scope() {
        long pallets = as(anna, () -> improvementService.submitIdea(new IdeaDraft("Pallet wrapping wastes film",
                "Operators use three layers of stretch film on every pallet", null, null)));
        as(ben, () -> improvementService.submitIdea(new IdeaDraft("Label printer", "Ribbons run out mid shift",
                null, null)));
        as(carl, () -> improvementService.submitIdea(new IdeaDraft("Pallet jack repair", "Wheels worn", null, null)));

        assertThat(as(ben, () -> improvementService.similar("too much pall", null)))
                .extracting(SimilarItem::id).containsExactly(pallets);
        assertThat(as(ben, () -> improvementService.similar("stretch", null))).extracting(SimilarItem::title)
                .containsExactly("Pallet wrapping wastes film");
        assertThat(as(ben, () -> improvementService.similar("pallet", pallets))).isEmpty();
        assertThat(as(max, () -> improvementService.similar("pallet", null))).hasSize(2);
        assertThat(as(ben, () -> improvementService.similar("forklift", null))).isEmpty();
        assertThat(as(ben, () -> improvementService.similar("a to", null))).isEmpty();
    }

    @Test
    void administrators_keep_the_areas_and_retired_ones_are_no_longer_offered() {
        AreaRef picking = TestUsers.runAsAdmin("admin", () -> areaService.create("Picking"));
        TestUsers.runAsAdmin("admin", () -> areaService.create("Packing"));

        assertThatThrownBy(() -> TestUsers.runAsAdmin("admin", () -> areaService.create(" picking ")))
                .isInstanceOf(DomainException.class).hasMessage("improvement.area.name-taken");
        assertThatThrownBy(() -> as(max, () -> areaService.create("Shipping")))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.runAsAdmin("admin", () -> areaService.setActive(picking.id(), picking.version(), false));

        assertThat(as(anna, () -> areaService.active())).extracting(AreaRef::name).containsExactly("Packing");
        assertThatThrownBy(() -> as(anna, () -> improvementService.submitIdea(
                new IdeaDraft("Scanner holsters", "Scanners get dropped", picking.id(), null))))
                .isInstanceOf(DomainException.class).hasMessage("improvement.area.unknown");
    }

    @Test
    void another_feature_opens_a_corrective_action_with_its_origin_and_gets_its_id() {
        long id = as(olga, () -> improvementService.openCorrectiveAction(new CorrectiveActionRequest(
                "Fire exit blocked", "Checklist item 4 failed: pallets in front of exit B", eastId, sue.id(),
                LocalDate.of(2026, 6, 15), "CHECKLIST_RUN_ITEM", 4711L, "Safety walk 2026-05 / item 4")));

        ItemData action = as(sue, () -> improvementService.load(id));
        assertThat(action.kind()).isEqualTo(ItemKind.CORRECTIVE_ACTION);
        assertThat(action.status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(action.ownerId()).isEqualTo(sue.id());
        assertThat(action.submitterId()).isEqualTo(olga.id());
        assertThat(action.originType()).isEqualTo("CHECKLIST_RUN_ITEM");
        assertThat(action.originId()).isEqualTo(4711L);
        assertThat(action.originLabel()).isEqualTo("Safety walk 2026-05 / item 4");
        assertThat(as(ben, () -> titles(ItemFilter.any()))).as("the team sees it").containsExactly("Fire exit blocked");
    }

    @Test
    void an_idea_raised_from_a_deal_keeps_the_deal_as_its_origin_and_needs_a_label_for_it() {
        long id = as(ben, () -> improvementService.submitIdeaFrom(new IdeaDraft("Quote in two days",
                "Lost Acme because the quote took a week", null, null), "DEAL", 99L, "Acme renewal · Acme"));

        ItemData idea = as(ben, () -> improvementService.load(id));
        assertThat(idea.kind()).isEqualTo(ItemKind.IDEA);
        assertThat(idea.status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(idea.teamId()).isEqualTo(eastId);
        assertThat(idea.originType()).isEqualTo("DEAL");
        assertThat(idea.originId()).isEqualTo(99L);
        assertThat(as(ben, () -> logService.log(id)).getFirst().text()).isEqualTo("Acme renewal · Acme");
        assertThatThrownBy(() -> as(ben, () -> improvementService.submitIdeaFrom(new IdeaDraft("x", "y", null, null),
                "DEAL", 99L, " "))).isInstanceOf(DomainException.class).hasMessage("improvement.origin.required");
    }

    @Test
    void an_idea_without_a_title_or_problem_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> as(anna, () -> improvementService.submitIdea(new IdeaDraft(" ", "x", null, null))))
                .isInstanceOf(DomainException.class).hasMessage("improvement.title.required");
        assertThatThrownBy(() -> as(anna, () -> improvementService.submitIdea(new IdeaDraft("x", "", null, null))))
                .isInstanceOf(DomainException.class).hasMessage("improvement.problem.required");
        assertThat(as(max, () -> titles(ItemFilter.any()))).isEmpty();
    }

    // --- helpers ------------------------------------------------------------------------------------

    private List<ItemListItem> list(ItemFilter filter) {
        return improvementService.list(filter, PageRequest.of(0, 50)).getContent();
    }

    private List<String> titles(ItemFilter filter) {
        return list(filter).stream().map(ItemListItem::title).toList();
    }

    private static IdeaDraft idea(String title) {
        return new IdeaDraft(title, "Problem of " + title, null, null);
    }

    private static ItemData retitled(ItemData d, String title) {
        return new ItemData(d.id(), d.version(), d.kind(), title, d.problemStatement(), d.areaId(), d.teamId(),
                d.submitterId(), d.ownerId(), d.approverId(), d.priority(), d.dueDate(), d.status(), d.statusReason(),
                d.revisitDate(), d.originType(), d.originId(), d.originLabel(), d.background(), d.currentState(),
                d.goal(), d.whySteps(), d.countermeasures(), d.results(), d.followUp(), d.overdue());
    }

    private static ItemData approvedBy(ItemData d, Person approver) {
        return new ItemData(d.id(), d.version(), d.kind(), d.title(), d.problemStatement(), d.areaId(), d.teamId(),
                d.submitterId(), d.ownerId(), approver.id(), d.priority(), d.dueDate(), d.status(), d.statusReason(),
                d.revisitDate(), d.originType(), d.originId(), d.originLabel(), d.background(), d.currentState(),
                d.goal(), d.whySteps(), d.countermeasures(), d.results(), d.followUp(), d.overdue());
    }

    private static ItemData due(ItemData d, LocalDate dueDate) {
        return new ItemData(d.id(), d.version(), d.kind(), d.title(), d.problemStatement(), d.areaId(), d.teamId(),
                d.submitterId(), d.ownerId(), d.approverId(), d.priority(), dueDate, d.status(), d.statusReason(),
                d.revisitDate(), d.originType(), d.originId(), d.originLabel(), d.background(), d.currentState(),
                d.goal(), d.whySteps(), d.countermeasures(), d.results(), d.followUp(), d.overdue());
    }

    private TestOrg org() {
        return new TestOrg(userService, teamService);
    }

    private <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }

    private Person person(String username, Role... roles) {
        return org().person(username, roles[0], Arrays.copyOfRange(roles, 1, roles.length));
    }

    private long team(String name, Person supervisor, Person... members) {
        return org().team(name, TeamKind.OPERATIONS, supervisor, members);
    }
}
