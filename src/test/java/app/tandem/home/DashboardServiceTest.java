package app.tandem.home;

import static app.tandem.home.DashboardFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg.Person;
import app.tandem.base.DashboardChart;
import app.tandem.base.DashboardTile;
import app.tandem.base.DomainException;
import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.ComplianceDashboardService;
import app.tandem.compliance.ComplianceFigures;
import app.tandem.compliance.RunFilter;
import app.tandem.compliance.RunStatus;
import app.tandem.crm.DealFilter;
import app.tandem.crm.DealService;
import app.tandem.crm.PipelineFilter;
import app.tandem.crm.StageInfo;
import app.tandem.crm.StageTotals;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemFilter;
import app.tandem.improvement.ItemStatus;
import app.tandem.improvement.SavingsFigures;
import app.tandem.improvement.SavingsService;
import app.tandem.performance.FeedbackLogFilter;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.MemberScores;
import app.tandem.performance.Metric;
import app.tandem.performance.MetricRef;
import app.tandem.performance.PerformanceService;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.Score;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The dashboard on known data (see {@link DashboardFixture}): every figure equals what the module's own query
 * gives the same user for the same filter, within that user's record scope, with the previous period's value as
 * its trend; and hidden tiles are each user's own.
 */
@TandemServiceTest
class DashboardServiceTest {

    static final Period JUNE = Period.containing(PeriodType.MONTH, TODAY);
    static final Period Q2 = Period.containing(PeriodType.QUARTER, TODAY);
    static final LocalDate MONDAY = LocalDate.parse("2026-06-15");
    static final LocalDate SUNDAY = LocalDate.parse("2026-06-21");

    @Autowired
    ApplicationContext context;
    @Autowired
    DashboardService dashboard;
    @Autowired
    DealService deals;
    @Autowired
    ImprovementService improvements;
    @Autowired
    SavingsService savings;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    ComplianceDashboardService compliance;
    @Autowired
    PerformanceService performance;
    @Autowired
    FeedbackService feedback;

    DashboardFixture f;

    @BeforeEach
    void knownData() {
        f = DashboardFixture.in(context, "");
    }

    Map<String, DashboardTile> tiles(Person who) {
        return who.run(() -> dashboard.tiles()).stream()
                .collect(java.util.stream.Collectors.toMap(DashboardTile::key, Function.identity()));
    }

    static BigDecimal value(Map<String, DashboardTile> tiles, String key) {
        assertThat(tiles).as("tiles").containsKey(key);
        return tiles.get(key).value();
    }

    @Test
    void each_role_sees_the_tiles_of_its_work() {
        assertThat(f.anna.run(() -> dashboard.availableTiles())).containsExactly("pipeline-open",
                "pipeline-weighted", "won-month", "win-rate", "no-next-activity", "my-attainment");
        assertThat(f.olga.run(() -> dashboard.availableTiles())).containsExactly("items-in-progress",
                "items-overdue", "savings-hard", "savings-soft", "runs-due-week", "runs-overdue", "runs-missed",
                "findings-open", "evidence-expiring");
        assertThat(f.sue.run(() -> dashboard.availableTiles())).containsExactly("pipeline-open",
                "pipeline-weighted", "won-month", "win-rate", "no-next-activity", "items-in-progress",
                "items-overdue", "savings-hard", "savings-soft", "runs-due-week", "runs-overdue", "runs-missed",
                "evidence-expiring", "my-attainment", "team-attainment", "team-feedback");
        assertThat(f.max.run(() -> dashboard.availableTiles())).containsExactly("pipeline-open",
                "pipeline-weighted", "won-month", "win-rate", "no-next-activity", "items-in-progress",
                "items-overdue", "savings-hard", "savings-soft", "runs-due-week", "runs-overdue", "runs-missed",
                "evidence-expiring");
        assertThat(f.adam.run(() -> dashboard.availableTiles())).contains("findings-open")
                .doesNotContain("my-attainment", "team-attainment");
        assertThat(f.sue.run(() -> dashboard.tiles())).extracting(DashboardTile::key)
                .as("every available tile has a figure").isEqualTo(f.sue.run(() -> dashboard.availableTiles()));
    }

    @Test
    void the_pipeline_figures_equal_the_pipeline_boards_open_columns_within_the_users_scope() {
        PipelineFilter quarter = new PipelineFilter(null, null, Q2.start(), Q2.lastDay());
        for (Person who : List.of(f.anna, f.max)) {
            List<StageTotals> board = who.run(() -> deals.pipelineTotals(quarter)).stream()
                    .filter(t -> !stage(t.stageId()).closed()).toList();
            Map<String, DashboardTile> tiles = tiles(who);
            assertThat(value(tiles, "pipeline-open")).isEqualByComparingTo(
                    board.stream().map(StageTotals::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(value(tiles, "pipeline-weighted")).isEqualByComparingTo(
                    board.stream().map(StageTotals::weighted).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        int proposal = f.stage("Proposal").probability();
        Map<String, DashboardTile> anna = tiles(f.anna);
        assertThat(value(anna, "pipeline-open")).as("Open A only: Open later closes next quarter, West open is West's")
                .isEqualByComparingTo("1000");
        assertThat(value(anna, "pipeline-weighted")).isEqualByComparingTo(BigDecimal.valueOf(10L * proposal));
        assertThat(value(tiles(f.max), "pipeline-open")).as("the manager reads both teams").isEqualByComparingTo("5000");
        assertThat(anna.get("pipeline-open").previous()).as("a snapshot has no trend").isNull();
    }

    @Test
    void deals_without_a_next_activity_are_the_deals_list_with_that_filter() {
        for (Person who : List.of(f.anna, f.max)) {
            long listed = who.run(() -> deals.list(DealFilter.withoutNextActivity(), PageRequest.of(0, 50)))
                    .getNumberOfElements();
            assertThat(value(tiles(who), "no-next-activity")).isEqualByComparingTo(BigDecimal.valueOf(listed));
        }
        assertThat(f.anna.run(() -> deals.list(DealFilter.withoutNextActivity(), PageRequest.of(0, 50))).getContent())
                .extracting(d -> d.name()).containsExactly("Open later");
        assertThat(value(tiles(f.max), "no-next-activity")).isEqualByComparingTo("2");
    }

    @Test
    void the_win_rate_counts_the_deals_closed_this_quarter_against_last_quarter() {
        DashboardTile anna = tiles(f.anna).get("win-rate");
        assertThat(anna.value()).as("May and June won, June lost").isEqualByComparingTo("66.7");
        assertThat(anna.previous()).as("one won, one lost in March").isEqualByComparingTo("50.0");
        assertThat(anna.change()).isEqualByComparingTo("16.7");
        assertThat(tiles(f.max).get("win-rate").value()).as("with West's win").isEqualByComparingTo("75.0");
        assertThat(tiles(f.carl).get("win-rate").previous()).as("no deal closed in March").isNull();
    }

    @Test
    void won_this_month_is_my_revenue_won_against_my_target_as_my_performance_shows_it() {
        MetricRef revenue = MetricRef.builtIn(Metric.REVENUE_WON);
        Score june = f.anna.run(() -> performance.myScores(JUNE)).score(revenue).orElseThrow();
        Score may = f.anna.run(() -> performance.myScores(JUNE.previous())).score(revenue).orElseThrow();

        DashboardTile won = tiles(f.anna).get("won-month");

        assertThat(won.value()).isEqualByComparingTo(june.actual()).isEqualByComparingTo("2000");
        assertThat(won.target()).isEqualByComparingTo(june.target()).isEqualByComparingTo("5000");
        assertThat(won.previous()).isEqualByComparingTo(may.actual()).isEqualByComparingTo("300");
        assertThat(won.change()).isEqualByComparingTo("1700");
        assertThat(won.url()).isEqualTo("performance/me?period=MONTH%3A2026-06-01");
    }

    @Test
    void the_operations_figures_equal_the_item_list_and_the_savings_page_within_the_users_scope() {
        for (Person who : List.of(f.sue, f.max, f.olga)) {
            Map<String, DashboardTile> tiles = tiles(who);
            long inProgress = who.run(() -> improvements.list(new ItemFilter(null, ItemStatus.IN_PROGRESS, null, null,
                    null, null, false, null, null), PageRequest.of(0, 50))).getNumberOfElements();
            long overdue = who.run(() -> improvements.list(new ItemFilter(null, null, null, null, null, null, true,
                    null, null), PageRequest.of(0, 50))).getNumberOfElements();
            SavingsFigures year = who.run(() -> savings.figures(2026));
            assertThat(value(tiles, "items-in-progress")).isEqualByComparingTo(BigDecimal.valueOf(inProgress));
            assertThat(value(tiles, "items-overdue")).isEqualByComparingTo(BigDecimal.valueOf(overdue));
            assertThat(value(tiles, "savings-hard")).isEqualByComparingTo(year.byMonth().stream()
                    .map(SavingsFigures.Savings::hard).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(value(tiles, "savings-soft")).isEqualByComparingTo(year.byMonth().stream()
                    .map(SavingsFigures.Savings::soft).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        Map<String, DashboardTile> sue = tiles(f.sue);
        assertThat(value(sue, "items-in-progress")).as("East's Scrap, not West's idea").isEqualByComparingTo("1");
        assertThat(value(tiles(f.max), "items-in-progress")).isEqualByComparingTo("2");
        assertThat(value(sue, "items-overdue")).isEqualByComparingTo("1");
        assertThat(value(sue, "savings-hard")).as("100 a month, annualised").isEqualByComparingTo("1200");
        assertThat(sue.get("savings-hard").previous()).as("nothing completed in 2025").isEqualByComparingTo("0");
        assertThat(value(sue, "savings-soft")).isEqualByComparingTo("0");
    }

    @Test
    void the_compliance_figures_equal_the_runs_list_and_the_compliance_dashboard_within_the_users_scope() {
        for (Person who : List.of(f.olga, f.sue)) {
            Map<String, DashboardTile> tiles = tiles(who);
            ComplianceFigures figures = who.run(() -> compliance.figures(MONDAY, SUNDAY));
            long dueThisWeek = who.run(() -> runs.list(new RunFilter(null, null, null, null, MONDAY, SUNDAY, false),
                    PageRequest.of(0, 50))).getNumberOfElements();
            long overdueListed = who.run(() -> runs.list(new RunFilter(null, null, null, null, null, null, true),
                    PageRequest.of(0, 50))).getNumberOfElements();
            assertThat(value(tiles, "runs-due-week")).isEqualByComparingTo(BigDecimal.valueOf(dueThisWeek));
            assertThat(value(tiles, "runs-overdue")).isEqualByComparingTo(BigDecimal.valueOf(figures.overdue()))
                    .isEqualByComparingTo(BigDecimal.valueOf(overdueListed));
            long missedListed = who.run(() -> runs.list(new RunFilter(RunStatus.MISSED, null, null, null, null, null,
                    false), PageRequest.of(0, 50))).getNumberOfElements();
            assertThat(value(tiles, "runs-missed")).isEqualByComparingTo(BigDecimal.valueOf(missedListed));
            assertThat(value(tiles, "evidence-expiring"))
                    .isEqualByComparingTo(BigDecimal.valueOf(figures.evidenceExpiring()));
        }
        Map<String, DashboardTile> olga = tiles(f.olga);
        assertThat(value(olga, "runs-due-week")).isEqualByComparingTo("2");
        assertThat(olga.get("runs-due-week").previous()).isEqualByComparingTo("0");
        assertThat(value(olga, "runs-overdue")).as("Carl's run of Monday").isEqualByComparingTo("1");
        assertThat(value(olga, "findings-open")).isEqualByComparingTo("1");
        assertThat(olga.get("findings-open").parts()).containsExactly(Map.entry("HIGH", 0L), Map.entry("MEDIUM", 0L),
                Map.entry("LOW", 1L));
        Map<String, DashboardTile> sue = tiles(f.sue);
        assertThat(value(sue, "runs-due-week")).as("East's run only").isEqualByComparingTo("1");
        assertThat(value(sue, "runs-overdue")).isEqualByComparingTo("0");
        assertThat(sue).as("findings are officer data").doesNotContainKey("findings-open");
        assertThat(f.olga.run(() -> runs.count(new RunFilter(RunStatus.SUBMITTED, null, null, null, null, null,
                false)))).isEqualTo(1);
    }

    @Test
    void the_people_figures_equal_my_performance_the_team_page_and_the_team_feedback_log() {
        MemberScores annaJune = f.anna.run(() -> performance.myScores(JUNE));
        DashboardTile mine = tiles(f.anna).get("my-attainment");
        assertThat(mine.value()).isEqualByComparingTo(BigDecimal.valueOf(
                annaJune.scores().stream().filter(s -> s.target() != null && s.met()).count())).isEqualByComparingTo("0");
        assertThat(mine.target()).as("targets set").isEqualByComparingTo("1");

        MemberScores east = f.sue.run(() -> performance.team(f.east, JUNE)).team();
        Map<String, DashboardTile> sue = tiles(f.sue);
        assertThat(sue.get("team-attainment").value()).isEqualByComparingTo(BigDecimal.valueOf(
                east.scores().stream().filter(s -> s.target() != null && s.met()).count()));
        assertThat(sue.get("team-attainment").target()).isEqualByComparingTo(BigDecimal.valueOf(
                east.scores().stream().filter(s -> s.target() != null).count())).isEqualByComparingTo("1");
        assertThat(sue.get("team-attainment").url())
                .isEqualTo("performance/team?team=" + f.east + "&period=MONTH%3A2026-06-01");

        long logged = f.sue.run(() -> feedback.log(new FeedbackLogFilter(null, null, null, JUNE.start(),
                JUNE.lastDay()), PageRequest.of(0, 50))).getNumberOfElements();
        DashboardTile given = sue.get("team-feedback");
        assertThat(given.value()).isEqualByComparingTo(BigDecimal.valueOf(logged)).isEqualByComparingTo("1");
        assertThat(given.previous()).as("Ben's coaching in May").isEqualByComparingTo("1");
        assertThat(given.change()).isEqualByComparingTo("0");
    }

    @Test
    void each_tile_links_to_its_list_with_the_figures_filter() {
        Map<String, DashboardTile> olga = tiles(f.olga);
        Map<String, DashboardTile> sue = tiles(f.sue);
        assertThat(sue.get("pipeline-open").url()).isEqualTo("crm/pipeline?closeFrom=2026-04-01&closeTo=2026-06-30");
        assertThat(sue.get("no-next-activity").url()).isEqualTo("crm/deals?noNextActivity=true");
        assertThat(sue.get("items-in-progress").url()).isEqualTo("improvement/items?status=IN_PROGRESS");
        assertThat(sue.get("items-overdue").url()).isEqualTo("improvement/items?overdue=true");
        assertThat(sue.get("savings-hard").url()).isEqualTo("improvement/savings?year=2026");
        assertThat(sue.get("runs-due-week").url()).isEqualTo("compliance/runs?dueFrom=2026-06-15&dueTo=2026-06-21");
        assertThat(sue.get("runs-overdue").url()).isEqualTo("compliance/runs?overdue=true");
        assertThat(sue.get("runs-missed").url()).isEqualTo("compliance/runs?status=MISSED");
        assertThat(sue.get("team-feedback").url()).isEqualTo("performance/feedback-log?from=2026-06-01&to=2026-06-30");
        assertThat(olga.get("findings-open").url()).isEqualTo("compliance/findings");
    }

    @Test
    void a_hidden_tile_is_gone_for_that_user_only_and_comes_back_when_shown() {
        f.anna.exec(() -> dashboard.hideTile("win-rate"));
        f.anna.exec(() -> dashboard.hideTile("win-rate"));

        assertThat(tiles(f.anna)).doesNotContainKey("win-rate").containsKey("pipeline-open");
        assertThat(f.anna.run(() -> dashboard.hiddenTiles())).containsExactly("win-rate");
        assertThat(f.anna.run(() -> dashboard.availableTiles())).as("still offered in Customise").contains("win-rate");
        assertThat(tiles(f.ben)).as("Ben's dashboard is his own").containsKey("win-rate");

        f.anna.exec(() -> dashboard.showTile("win-rate"));
        assertThat(tiles(f.anna)).containsKey("win-rate");

        f.anna.exec(() -> {
            dashboard.hideTile("win-rate");
            dashboard.hideTile("pipeline-open");
            dashboard.showAllTiles();
        });
        assertThat(f.anna.run(() -> dashboard.hiddenTiles())).isEmpty();
        assertThatThrownBy(() -> f.anna.exec(() -> dashboard.hideTile("no-such-tile")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void the_sales_charts_show_the_quarters_open_pipeline_by_stage_and_twelve_months_of_won_deals() {
        List<DashboardChart> charts = f.anna.run(() -> dashboard.charts());

        assertThat(charts).extracting(DashboardChart::key).containsExactly("pipeline-by-stage", "won-by-month");
        DashboardChart byStage = charts.getFirst();
        int proposal = byStage.categories().indexOf("Proposal");
        assertThat(byStage.series().getFirst().values().get(proposal)).isEqualByComparingTo("1000");
        DashboardChart won = charts.get(1);
        assertThat(won.categories()).hasSize(12).startsWith("2025-07").endsWith("2026-06");
        assertThat(won.series().getFirst().values().subList(8, 12)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("300"), new BigDecimal("2000"));
        assertThat(f.max.run(() -> dashboard.charts()).get(1).series().getFirst().values().getLast())
                .as("with West's win").isEqualByComparingTo("2700");
    }

    @Test
    void an_officer_gets_the_score_trend_and_completion_by_team() {
        List<DashboardChart> charts = f.olga.run(() -> dashboard.charts());

        assertThat(charts).extracting(DashboardChart::key).containsExactly("score-trend", "completion-by-team");
        assertThat(charts.getFirst().series().getFirst().line()).isTrue();
        assertThat(charts.getFirst().series().getFirst().values().getLast()).as("June's submitted run").isNotNull();
        assertThat(charts.getFirst().series().getFirst().values().getFirst()).as("no runs a year ago").isNull();
    }

    @Test
    void an_operations_team_gets_savings_per_month_and_items_by_status_as_the_savings_page_and_item_list_show_them() {
        f.addOperationsAndBackOffice();
        for (Person who : List.of(f.olive, f.otto)) {
            List<DashboardChart> charts = who.run(() -> dashboard.charts());
            assertThat(charts).extracting(DashboardChart::key).startsWith("savings-by-month", "items-by-status");

            DashboardChart savingsChart = charts.getFirst();
            assertThat(savingsChart.categories()).as("January to this month")
                    .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
            SavingsFigures year = who.run(() -> savings.figures(2026));
            for (SavingsFigures.Savings month : year.byMonth()) {
                int index = Integer.parseInt(month.label()) - 1;
                assertThat(savingsChart.series().get(0).values().get(index)).isEqualByComparingTo(month.hard());
                assertThat(savingsChart.series().get(1).values().get(index)).isEqualByComparingTo(month.soft());
            }
            assertThat(savingsChart.series().get(0).values().getLast()).as("Pallets: 100 a month, annualised")
                    .isEqualByComparingTo("1200");
            assertThat(savingsChart.series().get(1).values().getLast()).as("not East's Done").isEqualByComparingTo("480");
            assertThat(savingsChart.series().get(0).values().getFirst()).isEqualByComparingTo("0");

            DashboardChart byStatus = charts.get(1);
            assertThat(byStatus.categoryKeys()).isEqualTo("improvement.status.");
            assertThat(byStatus.categories()).containsExactlyElementsOf(
                    java.util.Arrays.stream(ItemStatus.values()).map(ItemStatus::name).toList());
            for (ItemStatus status : ItemStatus.values()) {
                long listed = who.run(() -> improvements.list(new ItemFilter(null, status, null, null, null, null,
                        false, null, null), PageRequest.of(0, 50))).getNumberOfElements();
                assertThat(byStatus.series().getFirst().values().get(status.ordinal())).as(status.name())
                        .isEqualByComparingTo(BigDecimal.valueOf(listed));
            }
            assertThat(byStatus.series().getFirst().values().get(ItemStatus.IN_PROGRESS.ordinal()))
                    .as("Plant's Leak only, not East's Scrap or West's idea").isEqualByComparingTo("1");
            assertThat(byStatus.series().getFirst().values().get(ItemStatus.COMPLETED.ordinal()))
                    .isEqualByComparingTo("1");
        }
        assertThat(f.olive.run(() -> dashboard.charts())).as("staff: no team chart").hasSize(2);
        assertThat(f.otto.run(() -> dashboard.charts())).extracting(DashboardChart::key).as("at most three")
                .containsExactly("savings-by-month", "items-by-status", "team-attainment-by-month");
    }

    @Test
    void people_outside_sales_and_operations_get_their_targets_of_the_last_six_months_as_my_performance_shows_them() {
        f.addOperationsAndBackOffice();
        List<DashboardChart> charts = f.pia.run(() -> dashboard.charts());

        assertThat(charts).extracting(DashboardChart::key).containsExactly("my-attainment-by-month");
        DashboardChart chart = charts.getFirst();
        assertThat(chart.categories()).containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
                "2026-06");
        Period month = JUNE;
        for (int i = 5; i >= 0; i--, month = month.previous()) {
            Period period = month;
            MemberScores mine = f.pia.run(() -> performance.myScores(period));
            assertThat(chart.series().get(0).values().get(i)).as("set in " + period.start())
                    .isEqualByComparingTo(BigDecimal.valueOf(targetsSet(mine)));
            assertThat(chart.series().get(1).values().get(i)).as("met in " + period.start())
                    .isEqualByComparingTo(BigDecimal.valueOf(targetsMet(mine)));
        }
        assertThat(chart.series().get(0).values().subList(3, 6)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
        assertThat(chart.series().get(1).values().getLast()).as("nothing won").isEqualByComparingTo("0");
        assertThat(chart.empty()).isFalse();
    }

    @Test
    void a_supervisor_gets_the_team_targets_of_the_last_six_months_as_a_third_chart_as_the_team_page_shows_them() {
        List<DashboardChart> charts = f.sue.run(() -> dashboard.charts());

        assertThat(charts).extracting(DashboardChart::key)
                .containsExactly("pipeline-by-stage", "won-by-month", "team-attainment-by-month");
        DashboardChart team = charts.getLast();
        Period month = JUNE;
        for (int i = 5; i >= 0; i--, month = month.previous()) {
            Period period = month;
            MemberScores east = f.sue.run(() -> performance.team(f.east, period).team());
            assertThat(team.series().get(0).values().get(i)).isEqualByComparingTo(BigDecimal.valueOf(targetsSet(east)));
            assertThat(team.series().get(1).values().get(i)).isEqualByComparingTo(BigDecimal.valueOf(targetsMet(east)));
        }
        assertThat(team.series().get(0).values().getLast()).as("Anna's June target, rolled up").isPositive();
        assertThat(f.anna.run(() -> dashboard.charts())).as("staff of a sales team: no people chart").hasSize(2);
        assertThat(f.max.run(() -> dashboard.charts())).as("managers: sales").extracting(DashboardChart::key)
                .containsExactly("pipeline-by-stage", "won-by-month");
    }

    @Test
    void a_chart_without_data_is_empty() {
        f.addOperationsAndBackOffice();
        DashboardChart otto = f.otto.run(() -> dashboard.charts()).getLast();

        assertThat(otto.key()).isEqualTo("team-attainment-by-month");
        assertThat(otto.empty()).as("no targets for Plant").isTrue();
        assertThat(f.otto.run(() -> dashboard.charts()).getFirst().empty()).isFalse();
    }

    private static long targetsSet(MemberScores scores) {
        return scores.scores().stream().filter(s -> s.target() != null).count();
    }

    private static long targetsMet(MemberScores scores) {
        return scores.scores().stream().filter(s -> s.target() != null && s.met()).count();
    }

    private StageInfo stage(long id) {
        return f.stages.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }
}
