package app.tandem.improvement;

import static app.tandem.improvement.ItemStatus.APPROVED;
import static app.tandem.improvement.ItemStatus.CHECKING;
import static app.tandem.improvement.ItemStatus.COMPLETED;
import static app.tandem.improvement.ItemStatus.DEFERRED;
import static app.tandem.improvement.ItemStatus.DRAFT;
import static app.tandem.improvement.ItemStatus.IN_PROGRESS;
import static app.tandem.improvement.ItemStatus.REJECTED;
import static app.tandem.improvement.ItemStatus.STANDARDISING;
import static app.tandem.improvement.ItemStatus.SUBMITTED;
import static app.tandem.improvement.TransitionActor.APPROVER;
import static app.tandem.improvement.TransitionActor.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.base.DomainException;
import app.tandem.improvement.domain.ImprovementItem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The PDCA state machine: every pair of statuses is either one of these transitions, or refused. */
class ItemStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** The allowed transitions and who may take them; every other pair is refused. */
    static final Map<String, TransitionActor> ALLOWED = Map.ofEntries(
            Map.entry("DRAFT>SUBMITTED", OWNER),
            Map.entry("SUBMITTED>APPROVED", APPROVER),
            Map.entry("SUBMITTED>REJECTED", APPROVER),
            Map.entry("SUBMITTED>DEFERRED", APPROVER),
            Map.entry("APPROVED>IN_PROGRESS", OWNER),
            Map.entry("APPROVED>DEFERRED", APPROVER),
            Map.entry("IN_PROGRESS>CHECKING", OWNER),
            Map.entry("IN_PROGRESS>DEFERRED", APPROVER),
            Map.entry("CHECKING>STANDARDISING", OWNER),
            Map.entry("CHECKING>IN_PROGRESS", OWNER),
            Map.entry("STANDARDISING>COMPLETED", APPROVER),
            Map.entry("STANDARDISING>CHECKING", OWNER),
            Map.entry("DEFERRED>SUBMITTED", OWNER));

    static Stream<Arguments> allPairs() {
        return Arrays.stream(ItemStatus.values())
                .flatMap(from -> Arrays.stream(ItemStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void each_transition_is_allowed_exactly_when_the_lifecycle_has_it_and_names_who_takes_it(ItemStatus from,
            ItemStatus to) {
        TransitionActor expected = ALLOWED.get(from + ">" + to);

        assertThat(from.actorFor(to).orElse(null)).isEqualTo(expected);
        assertThat(from.next().contains(to)).isEqualTo(expected != null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void an_item_takes_an_allowed_step_and_refuses_any_other_unchanged(ItemStatus from, ItemStatus to) {
        ImprovementItem item = itemIn(from);
        boolean allowed = ALLOWED.containsKey(from + ">" + to);

        if (allowed) {
            item.moveTo(to, "a reason", TODAY.plusDays(30), TODAY);
            assertThat(item.getStatus()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> item.moveTo(to, "a reason", TODAY.plusDays(30), TODAY))
                    .isInstanceOf(DomainException.class).hasMessage("improvement.transition.not-allowed");
            assertThat(item.getStatus()).isEqualTo(from);
        }
    }

    @Test
    void rejecting_needs_a_reason_and_keeps_it() {
        ImprovementItem item = itemIn(SUBMITTED);

        assertThatThrownBy(() -> item.moveTo(REJECTED, "  ", null, TODAY)).isInstanceOf(DomainException.class)
                .hasMessage("improvement.reject.reason-required");
        assertThat(item.getStatus()).isEqualTo(SUBMITTED);
        item.moveTo(REJECTED, "Already solved by the new scanner", null, TODAY);
        assertThat(item.getStatusReason()).isEqualTo("Already solved by the new scanner");
    }

    @Test
    void deferring_needs_a_revisit_date_after_today() {
        ImprovementItem item = itemIn(SUBMITTED);

        assertThatThrownBy(() -> item.moveTo(DEFERRED, null, null, TODAY)).isInstanceOf(DomainException.class)
                .hasMessage("improvement.defer.date-required");
        assertThatThrownBy(() -> item.moveTo(DEFERRED, null, TODAY, TODAY)).isInstanceOf(DomainException.class)
                .hasMessage("improvement.defer.date-past");
        item.moveTo(DEFERRED, null, TODAY.plusMonths(3), TODAY);
        assertThat(item.getRevisitDate()).isEqualTo(TODAY.plusMonths(3));
        item.moveTo(SUBMITTED, null, null, TODAY);
        assertThat(item.getRevisitDate()).isNull();
    }

    @Test
    void overdue_means_due_before_today_and_not_closed() {
        ImprovementItem late = itemIn(IN_PROGRESS);
        late.setDueDate(TODAY.minusDays(1));
        ImprovementItem dueToday = itemIn(IN_PROGRESS);
        dueToday.setDueDate(TODAY);
        ImprovementItem done = itemIn(COMPLETED);
        done.setDueDate(TODAY.minusDays(10));

        assertThat(late.isOverdue(TODAY)).isTrue();
        assertThat(dueToday.isOverdue(TODAY)).isFalse();
        assertThat(done.isOverdue(TODAY)).isFalse();
    }

    /** An item walked to the status along allowed steps. */
    static ImprovementItem itemIn(ItemStatus status) {
        ImprovementItem item = new ImprovementItem(ItemKind.IDEA, "Title", "Problem", 1L);
        ItemStatus[] path = switch (status) {
            case DRAFT -> new ItemStatus[] {};
            case SUBMITTED -> new ItemStatus[] {SUBMITTED};
            case APPROVED -> new ItemStatus[] {SUBMITTED, APPROVED};
            case IN_PROGRESS -> new ItemStatus[] {SUBMITTED, APPROVED, IN_PROGRESS};
            case CHECKING -> new ItemStatus[] {SUBMITTED, APPROVED, IN_PROGRESS, CHECKING};
            case STANDARDISING -> new ItemStatus[] {SUBMITTED, APPROVED, IN_PROGRESS, CHECKING, STANDARDISING};
            case COMPLETED -> new ItemStatus[] {SUBMITTED, APPROVED, IN_PROGRESS, CHECKING, STANDARDISING, COMPLETED};
            case REJECTED -> new ItemStatus[] {SUBMITTED, REJECTED};
            case DEFERRED -> new ItemStatus[] {SUBMITTED, DEFERRED};
        };
        for (ItemStatus step : path) {
            item.moveTo(step, "reason", TODAY.plusDays(1), TODAY);
        }
        assertThat(item.getStatus()).isEqualTo(status);
        return item;
    }

    @Test
    void draft_is_where_an_item_starts() {
        assertThat(new ImprovementItem(ItemKind.A3, "t", "p", 1L).getStatus()).isEqualTo(DRAFT);
    }
}
