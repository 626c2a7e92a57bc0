package app.tandem.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg.Person;
import app.tandem.base.SearchHit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The global search's compliance part: templates for those who manage them, and runs (by template name, team
 * name or number) in the reader's run scope. Runs of the "Warehouse safety walk" exist for East (Anna) and West
 * (Carl).
 */
@TandemServiceTest
class ComplianceSearchTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ComplianceSearch search;
    @Autowired
    ChecklistScheduleService schedules;
    @Autowired
    ChecklistRunService runService;

    ComplianceFixture f;
    List<RunListItem> eastRuns;
    List<RunListItem> westRuns;

    @BeforeEach
    void runsInEastAndWest() {
        f = ComplianceFixture.in(context);
        f.olga.run(() -> schedules.save(new ScheduleData(null, 0, f.walk, f.west, f.carl.id(),
                new RecurrenceRule(Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY), null, LocalDate.parse("2026-06-01"),
                        null), 3, true)));
        List<RunListItem> all = f.max.run(() -> runService.list(RunFilter.any(), PageRequest.of(0, 500,
                Sort.by(Sort.Order.desc("dueOn"), Sort.Order.desc("id"))))).getContent();
        eastRuns = all.stream().filter(r -> r.team().equals("East")).toList();
        westRuns = all.stream().filter(r -> r.team().equals("West")).toList();
        assertThat(eastRuns).isNotEmpty();
        assertThat(westRuns).isNotEmpty();
    }

    @Test
    void assignees_and_supervisors_find_their_runs_and_staff_never_another_teams() {
        assertThat(ids(f.anna.run(() -> search.runs("safety walk", 500)))).containsExactlyElementsOf(ids(eastRuns));
        assertThat(ids(f.sue.run(() -> search.runs("safety walk", 500)))).containsExactlyElementsOf(ids(eastRuns));
        assertThat(ids(f.carl.run(() -> search.runs("safety walk", 500)))).containsExactlyElementsOf(ids(westRuns));
        assertThat(f.ben.run(() -> search.runs("safety walk", 500)))
                .as("a colleague who neither fills nor supervises the runs").isEmpty();
    }

    @Test
    void officers_and_managers_find_every_run_latest_due_first() {
        List<Long> all = f.max.run(() -> runService.list(RunFilter.any(), PageRequest.of(0, 500,
                Sort.by(Sort.Order.desc("dueOn"), Sort.Order.desc("id"))))).map(RunListItem::id).getContent();

        assertThat(ids(f.olga.run(() -> search.runs("warehouse", 500)))).containsExactlyElementsOf(all);
        assertThat(ids(f.max.run(() -> search.runs("warehouse", 500)))).containsExactlyElementsOf(all);
        assertThat(f.max.run(() -> search.runs("warehouse", 2))).hasSize(2);
    }

    @Test
    void runs_are_found_by_team_name_and_by_number_within_the_scope() {
        RunListItem annas = eastRuns.getFirst();
        RunListItem carls = westRuns.getFirst();

        assertThat(ids(f.max.run(() -> search.runs("west", 500)))).containsExactlyElementsOf(ids(westRuns));
        assertThat(f.anna.run(() -> search.runs("#" + annas.id(), 5))).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(ComplianceSearch.RUN);
            assertThat(hit.title()).isEqualTo("Warehouse safety walk");
            assertThat(hit.subtitle()).isEqualTo("#" + annas.id() + " · East · " + annas.dueOn());
        });
        assertThat(ids(f.anna.run(() -> search.runs(Long.toString(annas.id()), 5)))).contains(annas.id());
        assertThat(f.anna.run(() -> search.runs("#" + carls.id(), 5))).isEmpty();
        assertThat(f.anna.run(() -> search.runs("west", 500))).isEmpty();
    }

    @Test
    void compliance_officers_and_administrators_find_templates_and_nobody_else_may_ask() {
        assertThat(f.olga.run(() -> search.templates("warehouse saf", 5))).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(f.walk);
            assertThat(hit.kind()).isEqualTo(ComplianceSearch.TEMPLATE);
            assertThat(hit.subtitle()).isEqualTo("Safety");
        });
        assertThat(f.adam.run(() -> search.templates("walk", 5))).extracting(SearchHit::id).containsExactly(f.walk);
        assertThat(f.olga.run(() -> search.templates("forklift", 5))).isEmpty();
        assertThatThrownBy(() -> f.anna.run(() -> search.templates("walk", 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.max.run(() -> search.templates("walk", 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void boolean_operators_typed_into_the_search_are_harmless() {
        assertThat(f.olga.run(() -> search.runs("-warehouse (walk*) \"~<>@", 500))).hasSize(eastRuns.size()
                + westRuns.size());
        assertThat(f.olga.run(() -> search.runs("+-*\"()~<>@", 500))).isEmpty();
        assertThat(f.olga.run(() -> search.templates("+-*\"()~<>@", 5))).isEmpty();
        assertThat(f.olga.run(() -> search.runs("100%_east", 500))).as("like wildcards are literal").isEmpty();
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> r instanceof SearchHit h ? h.id() : ((RunListItem) r).id()).toList();
    }
}
