package app.tandem.home;

import app.tandem.base.DomainException;
import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.ComplianceDashboardService;
import app.tandem.compliance.ComplianceFigures;
import app.tandem.compliance.RunFilter;
import app.tandem.compliance.RunStatus;
import app.tandem.compliance.Severity;
import app.tandem.crm.ClosedDeals;
import app.tandem.crm.DealService;
import app.tandem.crm.PipelineFilter;
import app.tandem.crm.StageInfo;
import app.tandem.crm.StageTotals;
import app.tandem.home.DashboardTile.Group;
import app.tandem.home.DashboardTile.Unit;
import app.tandem.home.domain.DashboardHiddenTiles;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemFilter;
import app.tandem.improvement.ItemStatus;
import app.tandem.improvement.SavingsFigures;
import app.tandem.improvement.SavingsService;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.performance.FeedbackLogFilter;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.MemberScores;
import app.tandem.performance.Metric;
import app.tandem.performance.MetricRef;
import app.tandem.performance.PerformanceService;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.Score;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home dashboard: the tiles the logged-in user's roles call for, each figure taken from the module service
 * whose screen shows it (same query, same record scope, so the numbers cannot drift), with the previous period's
 * value for the trend and the address of the filtered list behind it; the charts of the user's main role; and
 * the tiles each user has hidden.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DashboardService {

    /** Every tile, in the dashboard's order. */
    public static final List<String> TILES = List.of("pipeline-open", "pipeline-weighted", "won-month", "win-rate",
            "no-next-activity", "items-in-progress", "items-overdue", "savings-hard", "savings-soft", "runs-due-week",
            "runs-overdue", "runs-missed", "findings-open", "evidence-expiring", "my-attainment", "team-attainment",
            "team-feedback");

    private static final MetricRef REVENUE_WON = MetricRef.builtIn(Metric.REVENUE_WON);
    private static final int CHART_MONTHS = 12;
    private static final int ATTAINMENT_MONTHS = 6;

    private final DealService deals;
    private final ImprovementService improvements;
    private final SavingsService savings;
    private final ChecklistRunService runs;
    private final ComplianceDashboardService compliance;
    private final PerformanceService performance;
    private final FeedbackService feedback;
    private final TeamService teams;
    private final DashboardHiddenTiles hidden;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardService(DealService deals, ImprovementService improvements, SavingsService savings,
            ChecklistRunService runs, ComplianceDashboardService compliance, PerformanceService performance,
            FeedbackService feedback, TeamService teams, DashboardHiddenTiles hidden, CurrentUser currentUser,
            Clock clock) {
        this.deals = deals;
        this.improvements = improvements;
        this.savings = savings;
        this.runs = runs;
        this.compliance = compliance;
        this.performance = performance;
        this.feedback = feedback;
        this.teams = teams;
        this.hidden = hidden;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- which tiles -----------------------------------------------------------------------------------

    /** The tiles the user's roles call for, hidden ones included, in the dashboard's order (keys of {@link #TILES}). */
    public List<String> availableTiles() {
        boolean sales = any(Role.STAFF, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN);
        boolean operations = any(Role.SUPERVISOR, Role.MANAGER, Role.ADMIN, Role.COMPLIANCE_OFFICER);
        boolean complianceReader = any(Role.COMPLIANCE_OFFICER, Role.ADMIN, Role.MANAGER, Role.SUPERVISOR);
        boolean findings = any(Role.COMPLIANCE_OFFICER, Role.ADMIN);
        boolean targets = any(Role.STAFF, Role.SUPERVISOR);
        boolean teamLead = currentUser.hasRole(Role.SUPERVISOR) && !any(Role.MANAGER, Role.ADMIN);
        Map<String, Boolean> shown = new LinkedHashMap<>();
        for (String key : List.of("pipeline-open", "pipeline-weighted", "won-month", "win-rate", "no-next-activity")) {
            shown.put(key, sales);
        }
        for (String key : List.of("items-in-progress", "items-overdue", "savings-hard", "savings-soft")) {
            shown.put(key, operations);
        }
        for (String key : List.of("runs-due-week", "runs-overdue", "runs-missed", "evidence-expiring")) {
            shown.put(key, complianceReader);
        }
        shown.put("findings-open", findings);
        shown.put("my-attainment", targets);
        shown.put("team-attainment", teamLead);
        shown.put("team-feedback", teamLead);
        return TILES.stream().filter(key -> shown.getOrDefault(key, false)).toList();
    }

    /** The user's tiles that are not hidden, with their figures, computed in SQL within the user's record scope. */
    public List<DashboardTile> tiles() {
        Set<String> hiddenTiles = hidden.of(currentUser.id());
        Figures figures = new Figures();
        List<DashboardTile> tiles = new ArrayList<>();
        for (String key : availableTiles()) {
            if (!hiddenTiles.contains(key)) {
                DashboardTile tile = figures.tile(key);
                if (tile != null) {
                    tiles.add(tile);
                }
            }
        }
        return tiles;
    }

    /** The tiles this user has hidden. */
    public Set<String> hiddenTiles() {
        return hidden.of(currentUser.id());
    }

    /** Hides one of the user's tiles, for them only, until they show it again. */
    @Transactional
    public void hideTile(String key) {
        hidden.hide(currentUser.id(), known(key));
    }

    @Transactional
    public void showTile(String key) {
        hidden.show(currentUser.id(), known(key));
    }

    @Transactional
    public void showAllTiles() {
        hidden.showAll(currentUser.id());
    }

    private static String known(String key) {
        if (!TILES.contains(key)) {
            throw new DomainException("dash.tile.unknown");
        }
        return key;
    }

    // --- charts ------------------------------------------------------------------------------------------

    /**
     * The charts of the user's main role, at most three, each from the module service whose screen shows it (same
     * query, same record scope). The main role is decided in this order:
     * <ol>
     * <li><b>compliance</b>: compliance officers get the score trend and this month's completion rate per team;</li>
     * <li><b>sales</b>: managers and admins (they see every module; sales is what they steer by) and staff or
     * supervisors of a {@link TeamKind#SALES} team get the open pipeline of this quarter by stage and the won amount
     * per month of the last twelve;</li>
     * <li><b>operations</b>: staff or supervisors of an {@link TeamKind#OPERATIONS} team, whose main work is
     * improvement, get the annualised savings per month of completion this year, hard vs soft (the savings page's
     * monthly figures), and their improvement items by status (the item list's counts);</li>
     * <li><b>people</b>: other staff and supervisors (a compliance or other team, or none) get the targets set and
     * met per month over the last six months, as "My performance" shows them;</li>
     * </ol>
     * A supervisor's team is the one they supervise, else the one they belong to. Supervisors of a sales or
     * operations team get their team's attainment over the last six months as a third chart (the team page's
     * roll-up), and in the people role it replaces their own. None for anyone else.
     */
    public List<DashboardChart> charts() {
        if (currentUser.hasRole(Role.COMPLIANCE_OFFICER)) {
            return complianceCharts();
        }
        if (any(Role.MANAGER, Role.ADMIN)) {
            return List.of(pipelineByStage(), wonByMonth());
        }
        if (!any(Role.STAFF, Role.SUPERVISOR)) {
            return List.of();
        }
        TeamRef supervised = currentUser.hasRole(Role.SUPERVISOR) ? supervisedTeam() : null;
        TeamRef team = supervised != null ? supervised : teams.teamOf(currentUser.id()).orElse(null);
        TeamKind kind = team == null ? TeamKind.OTHER : team.kind();
        List<DashboardChart> charts = new ArrayList<>();
        switch (kind) {
            case SALES -> charts.addAll(List.of(pipelineByStage(), wonByMonth()));
            case OPERATIONS -> charts.addAll(List.of(savingsByMonth(), itemsByStatus()));
            default -> {
                if (supervised == null) {
                    charts.add(attainmentByMonth("my-attainment-by-month", performance::myScores));
                }
            }
        }
        if (supervised != null) {
            charts.add(attainmentByMonth("team-attainment-by-month",
                    period -> performance.team(supervised.id(), period).team()));
        }
        return charts;
    }

    /** The annualised savings of the items completed in each month of this year so far, hard and soft. */
    private DashboardChart savingsByMonth() {
        LocalDate today = today();
        Map<Integer, SavingsFigures.Savings> byMonth = new LinkedHashMap<>();
        savings.figures(today.getYear()).byMonth().forEach(m -> byMonth.put(Integer.valueOf(m.label()), m));
        List<String> months = new ArrayList<>();
        List<@Nullable BigDecimal> hard = new ArrayList<>();
        List<@Nullable BigDecimal> soft = new ArrayList<>();
        for (int m = 1; m <= today.getMonthValue(); m++) {
            SavingsFigures.Savings month = byMonth.get(m);
            months.add(YearMonth.of(today.getYear(), m).toString());
            hard.add(month == null ? BigDecimal.ZERO : month.hard());
            soft.add(month == null ? BigDecimal.ZERO : month.soft());
        }
        return new DashboardChart("savings-by-month", true, months, List.of(
                new DashboardChart.Series("hard", false, hard), new DashboardChart.Series("soft", false, soft)));
    }

    /** How many of the items the user may read are in each status, as the item list counts them. */
    private DashboardChart itemsByStatus() {
        List<String> statuses = new ArrayList<>();
        List<@Nullable BigDecimal> counts = new ArrayList<>();
        for (ItemStatus status : ItemStatus.values()) {
            statuses.add(status.name());
            counts.add(BigDecimal.valueOf(improvements.count(
                    new ItemFilter(null, status, null, null, null, null, false, null, null))));
        }
        return new DashboardChart("items-by-status", false, statuses,
                List.of(new DashboardChart.Series("items", false, counts)), "improvement.status.");
    }

    /** Targets set and met in each of the last six months (this one included), from the performance pages. */
    private DashboardChart attainmentByMonth(String key, Function<Period, MemberScores> scores) {
        Period month = period(PeriodType.MONTH);
        List<Period> months = new ArrayList<>();
        for (int m = 0; m < ATTAINMENT_MONTHS; m++) {
            months.addFirst(month);
            month = month.previous();
        }
        List<String> labels = new ArrayList<>();
        List<@Nullable BigDecimal> targetsSet = new ArrayList<>();
        List<@Nullable BigDecimal> targetsMet = new ArrayList<>();
        for (Period period : months) {
            MemberScores sheet = scores.apply(period);
            labels.add(YearMonth.from(period.start()).toString());
            targetsSet.add(BigDecimal.valueOf(set(sheet)));
            targetsMet.add(BigDecimal.valueOf(met(sheet)));
        }
        return new DashboardChart(key, true, labels, List.of(
                new DashboardChart.Series("targets-set", false, targetsSet),
                new DashboardChart.Series("targets-met", false, targetsMet)));
    }

    private DashboardChart pipelineByStage() {
        Period quarter = period(PeriodType.QUARTER);
        Map<Long, StageTotals> totals = new LinkedHashMap<>();
        deals.pipelineTotals(quarterFilter(quarter)).forEach(t -> totals.put(t.stageId(), t));
        List<String> names = new ArrayList<>();
        List<BigDecimal> amount = new ArrayList<>();
        List<BigDecimal> weighted = new ArrayList<>();
        for (StageInfo stage : deals.stages()) {
            if (!stage.closed()) {
                StageTotals t = totals.get(stage.id());
                names.add(stage.name());
                amount.add(t == null ? BigDecimal.ZERO : t.amount());
                weighted.add(t == null ? BigDecimal.ZERO : t.weighted());
            }
        }
        return new DashboardChart("pipeline-by-stage", false, names, List.of(
                new DashboardChart.Series("amount", false, amount),
                new DashboardChart.Series("weighted", false, weighted)));
    }

    private DashboardChart wonByMonth() {
        YearMonth first = YearMonth.from(today()).minusMonths(CHART_MONTHS - 1);
        ZoneId zone = clock.getZone();
        List<String> months = new ArrayList<>();
        List<BigDecimal> won = new ArrayList<>();
        for (int m = 0; m < CHART_MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            months.add(month.toString());
            won.add(deals.closedDeals(month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()).wonAmount());
        }
        return new DashboardChart("won-by-month", true, months,
                List.of(new DashboardChart.Series("won", false, won)));
    }

    private List<DashboardChart> complianceCharts() {
        Period month = period(PeriodType.MONTH);
        ComplianceFigures figures = compliance.figures(month.start(), month.lastDay());
        List<String> months = new ArrayList<>();
        List<@Nullable BigDecimal> scores = new ArrayList<>();
        for (ComplianceFigures.MonthScore score : figures.scoreTrend()) {
            months.add(score.month().toString());
            scores.add(score.averageScore() == null ? null
                    : BigDecimal.valueOf(score.averageScore()).setScale(1, RoundingMode.HALF_UP));
        }
        List<String> teams = new ArrayList<>();
        List<@Nullable BigDecimal> completion = new ArrayList<>();
        for (ComplianceFigures.Rate rate : figures.byTeam()) {
            teams.add(rate.label());
            completion.add(percent(rate.completionRate()));
        }
        return List.of(DashboardChart.ofRates("score-trend", true, months,
                        List.of(new DashboardChart.Series("score", true, scores))),
                DashboardChart.ofRates("completion-by-team", false, teams,
                        List.of(new DashboardChart.Series("completion", false, completion))));
    }

    // --- the figures -------------------------------------------------------------------------------------

    /** The figures of one dashboard, each module's read once however many of its tiles are shown. */
    private final class Figures {

        private final LocalDate today = today();
        private final Period month = Period.containing(PeriodType.MONTH, today);
        private final Period quarter = Period.containing(PeriodType.QUARTER, today);
        private final LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        private final Supplier<List<StageTotals>> pipeline = once(() -> openStages(
                deals.pipelineTotals(quarterFilter(quarter))));
        private final Supplier<SavingsFigures[]> savingsFigures = once(() -> new SavingsFigures[] {
                savings.figures(today.getYear()), savings.figures(today.getYear() - 1)});
        private final Supplier<ComplianceFigures> complianceFigures = once(() -> compliance.figures(monday,
                monday.plusDays(6)));
        private final Supplier<MemberScores[]> myScores = once(() -> new MemberScores[] {
                performance.myScores(month), performance.myScores(month.previous())});

        @Nullable DashboardTile tile(String key) {
            return switch (key) {
                case "pipeline-open" -> pipelineTile(key, StageTotals::amount);
                case "pipeline-weighted" -> pipelineTile(key, StageTotals::weighted);
                case "won-month" -> wonThisMonth();
                case "win-rate" -> winRate();
                case "no-next-activity" -> new DashboardTile(key, Group.SALES, Unit.COUNT,
                        BigDecimal.valueOf(deals.countWithoutNextActivity()), null, null, Map.of(), true,
                        "crm/deals", Map.of("noNextActivity", "true"));
                case "items-in-progress" -> new DashboardTile(key, Group.OPERATIONS, Unit.COUNT,
                        BigDecimal.valueOf(improvements.count(items(ItemStatus.IN_PROGRESS, false))), null, null,
                        Map.of(), false, "improvement/items", Map.of("status", ItemStatus.IN_PROGRESS.name()));
                case "items-overdue" -> new DashboardTile(key, Group.OPERATIONS, Unit.COUNT,
                        BigDecimal.valueOf(improvements.count(items(null, true))), null, null, Map.of(), true,
                        "improvement/items", Map.of("overdue", "true"));
                case "savings-hard" -> savingsTile(key, SavingsFigures.Savings::hard);
                case "savings-soft" -> savingsTile(key, SavingsFigures.Savings::soft);
                case "runs-due-week" -> runsDueThisWeek();
                case "runs-overdue" -> new DashboardTile(key, Group.COMPLIANCE, Unit.COUNT,
                        BigDecimal.valueOf(complianceFigures.get().overdue()), null, null, Map.of(), true,
                        "compliance/runs", Map.of("overdue", "true"));
                // the count of the list the tile opens (approved misses included), so the two always agree
                case "runs-missed" -> new DashboardTile(key, Group.COMPLIANCE, Unit.COUNT,
                        BigDecimal.valueOf(runs.count(new RunFilter(RunStatus.MISSED, null, null, null, null, null,
                                false))), null, null, Map.of(), true,
                        "compliance/runs", Map.of("status", "MISSED"));
                case "findings-open" -> openFindings();
                case "evidence-expiring" -> new DashboardTile(key, Group.COMPLIANCE, Unit.COUNT,
                        BigDecimal.valueOf(complianceFigures.get().evidenceExpiring()), null, null, Map.of(), true,
                        "compliance/dashboard", Map.of());
                case "my-attainment" -> attainment(key, myScores.get()[0], myScores.get()[1], "performance/me",
                        Map.of("period", periodKey(month)));
                case "team-attainment" -> teamAttainment();
                case "team-feedback" -> teamFeedback();
                default -> null;
            };
        }

        private DashboardTile pipelineTile(String key, Function<StageTotals, BigDecimal> figure) {
            BigDecimal sum = pipeline.get().stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new DashboardTile(key, Group.SALES, Unit.MONEY, sum, null, null, Map.of(), false, "crm/pipeline",
                    ordered("closeFrom", quarter.start().toString(), "closeTo", quarter.lastDay().toString()));
        }

        /** My revenue won this month against my target, as on "My performance". */
        private DashboardTile wonThisMonth() {
            Score now = myScores.get()[0].score(REVENUE_WON).orElse(null);
            Score before = myScores.get()[1].score(REVENUE_WON).orElse(null);
            return new DashboardTile("won-month", Group.SALES, Unit.MONEY,
                    now == null || now.actual() == null ? BigDecimal.ZERO : now.actual(),
                    before == null || before.actual() == null ? BigDecimal.ZERO : before.actual(),
                    now == null ? null : now.target(), Map.of(), false, "performance/me",
                    Map.of("period", periodKey(month)));
        }

        private DashboardTile winRate() {
            ZoneId zone = clock.getZone();
            ClosedDeals now = deals.closedDeals(quarter.from(zone), quarter.to(zone));
            Period last = quarter.previous();
            ClosedDeals before = deals.closedDeals(last.from(zone), last.to(zone));
            return new DashboardTile("win-rate", Group.SALES, Unit.PERCENT, now.winRate(), before.winRate(), null,
                    Map.of(), false, "crm/deals", Map.of());
        }

        private ItemFilter items(@Nullable ItemStatus status, boolean overdue) {
            return new ItemFilter(null, status, null, null, null, null, overdue, null, null);
        }

        private DashboardTile savingsTile(String key, Function<SavingsFigures.Savings, BigDecimal> kind) {
            SavingsFigures[] years = savingsFigures.get();
            return new DashboardTile(key, Group.OPERATIONS, Unit.MONEY, realised(years[0], kind),
                    realised(years[1], kind), null, Map.of(), false, "improvement/savings",
                    Map.of("year", Integer.toString(today.getYear())));
        }

        private DashboardTile runsDueThisWeek() {
            LocalDate sunday = monday.plusDays(6);
            long now = runs.count(new RunFilter(null, null, null, null, monday, sunday, false));
            long before = runs.count(new RunFilter(null, null, null, null, monday.minusWeeks(1), sunday.minusWeeks(1),
                    false));
            return new DashboardTile("runs-due-week", Group.COMPLIANCE, Unit.COUNT, BigDecimal.valueOf(now),
                    BigDecimal.valueOf(before), null, Map.of(), false, "compliance/runs",
                    ordered("dueFrom", monday.toString(), "dueTo", sunday.toString()));
        }

        private @Nullable DashboardTile openFindings() {
            ComplianceFigures.OpenFindings open = complianceFigures.get().findings();
            if (open == null) {
                return null;
            }
            Map<String, Long> bySeverity = new LinkedHashMap<>();
            for (Severity severity : Severity.values()) {
                bySeverity.put(severity.name(), open.bySeverity().getOrDefault(severity, 0L));
            }
            return new DashboardTile("findings-open", Group.COMPLIANCE, Unit.COUNT, BigDecimal.valueOf(open.total()),
                    null, null, bySeverity, true, "compliance/findings", Map.of());
        }

        private @Nullable DashboardTile teamAttainment() {
            TeamRef team = supervisedTeam();
            if (team == null) {
                return null;
            }
            return attainment("team-attainment", performance.team(team.id(), month).team(),
                    performance.team(team.id(), month.previous()).team(), "performance/team",
                    ordered("team", Long.toString(team.id()), "period", periodKey(month)));
        }

        private @Nullable DashboardTile teamFeedback() {
            if (supervisedTeam() == null) {
                return null;
            }
            Period last = month.previous();
            long now = feedback.logCount(new FeedbackLogFilter(null, null, null, month.start(), month.lastDay()));
            long before = feedback.logCount(new FeedbackLogFilter(null, null, null, last.start(), last.lastDay()));
            return new DashboardTile("team-feedback", Group.PEOPLE, Unit.COUNT, BigDecimal.valueOf(now),
                    BigDecimal.valueOf(before), null, Map.of(), false, "performance/feedback-log",
                    ordered("from", month.start().toString(), "to", month.lastDay().toString()));
        }
    }

    /** Targets met of targets set in a period: the value is the number met, the target the number set. */
    private static DashboardTile attainment(String key, MemberScores now, MemberScores before, String route,
            Map<String, String> parameters) {
        return new DashboardTile(key, Group.PEOPLE, Unit.COUNT, BigDecimal.valueOf(met(now)),
                BigDecimal.valueOf(met(before)), BigDecimal.valueOf(set(now)), Map.of(), false, route, parameters);
    }

    private static long met(MemberScores scores) {
        return scores.scores().stream().filter(s -> s.target() != null && s.met()).count();
    }

    private static long set(MemberScores scores) {
        return scores.scores().stream().filter(s -> s.target() != null).count();
    }

    /** The annualised savings of the items completed in the year, hard or soft, as the savings page sums them. */
    static BigDecimal realised(SavingsFigures figures, Function<SavingsFigures.Savings, BigDecimal> kind) {
        return figures.byMonth().stream().map(kind).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private @Nullable TeamRef supervisedTeam() {
        List<TeamRef> teams = performance.teams();
        return teams.isEmpty() ? null : teams.getFirst();
    }

    private List<StageTotals> openStages(List<StageTotals> totals) {
        Set<Long> open = new java.util.HashSet<>();
        deals.stages().stream().filter(Predicate.not(StageInfo::closed)).forEach(s -> open.add(s.id()));
        return totals.stream().filter(t -> open.contains(t.stageId())).toList();
    }

    private static PipelineFilter quarterFilter(Period quarter) {
        return new PipelineFilter(null, null, quarter.start(), quarter.lastDay());
    }

    private Period period(PeriodType type) {
        return Period.containing(type, today());
    }

    /** "MONTH:2026-11-01": how the performance pages name a period in their address. */
    static String periodKey(Period period) {
        return period.type().name() + ":" + period.start();
    }

    private static @Nullable BigDecimal percent(@Nullable Double rate) {
        return rate == null ? null : BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP);
    }

    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private boolean any(Role... roles) {
        return Arrays.stream(roles).anyMatch(currentUser::hasRole);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private @Nullable T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
