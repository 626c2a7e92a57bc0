package app.tandem.compliance;

import app.tandem.base.DashboardChart;
import app.tandem.base.DashboardContributor;
import app.tandem.base.DashboardFocus;
import app.tandem.base.DashboardTile;
import app.tandem.base.DashboardTile.Group;
import app.tandem.base.DashboardTile.Unit;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance's tiles and charts on the home dashboard: runs due this week (against last week), overdue and missed
 * runs and expiring evidence for compliance officers, administrators, managers and supervisors; open findings by
 * severity for compliance officers and administrators; all from the run list and the compliance dashboard, in the
 * reader's record scope. Charts for the compliance focus: the score trend and this month's completion per team.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ComplianceDashboard implements DashboardContributor {

    private static final Map<String, Integer> PLACES = Map.of("runs-due-week", 100, "runs-overdue", 110,
            "runs-missed", 120, "findings-open", 130, "evidence-expiring", 140);

    private final ChecklistRunService runs;
    private final ComplianceDashboardService compliance;
    private final CurrentUser currentUser;
    private final Clock clock;

    ComplianceDashboard(ChecklistRunService runs, ComplianceDashboardService compliance, CurrentUser currentUser,
            Clock clock) {
        this.runs = runs;
        this.compliance = compliance;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Map<String, Integer> places() {
        return PLACES;
    }

    @Override
    public List<String> availableTiles() {
        boolean reader = any(Role.COMPLIANCE_OFFICER, Role.ADMIN, Role.MANAGER, Role.SUPERVISOR);
        boolean findings = any(Role.COMPLIANCE_OFFICER, Role.ADMIN);
        return PLACES.keySet().stream().filter(key -> key.equals("findings-open") ? findings : reader)
                .sorted((a, b) -> PLACES.get(a) - PLACES.get(b)).toList();
    }

    @Override
    public List<DashboardTile> tiles(Collection<String> keys) {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Supplier<ComplianceFigures> week = DashboardContributor.once(() -> compliance.figures(monday,
                monday.plusDays(6)));
        List<DashboardTile> tiles = new ArrayList<>();
        for (String key : keys) {
            DashboardTile tile = switch (key) {
                case "runs-due-week" -> runsDueThisWeek(monday);
                case "runs-overdue" -> new DashboardTile(key, Group.COMPLIANCE, Unit.COUNT,
                        BigDecimal.valueOf(week.get().overdue()), null, null, Map.of(), true,
                        "compliance/runs", Map.of("overdue", "true"));
                // the count of the list the tile opens (approved misses included), so the two always agree
                case "runs-missed" -> new DashboardTile(key, Group.COMPLIANCE, Unit.COUNT,
                        BigDecimal.valueOf(runs.count(new RunFilter(RunStatus.MISSED, null, null, null, null, null,
                                false))), null, null, Map.of(), true,
                        "compliance/runs", Map.of("status", "MISSED"));
                case "findings-open" -> openFindings(week.get());
                case "evidence-expiring" -> new DashboardTile(key, Group.COMPLIANCE, Unit.COUNT,
                        BigDecimal.valueOf(week.get().evidenceExpiring()), null, null, Map.of(), true,
                        "compliance/dashboard", Map.of());
                default -> null;
            };
            if (tile != null) {
                tiles.add(tile);
            }
        }
        return tiles;
    }

    @Override
    public List<DashboardChart> charts(DashboardFocus focus) {
        if (focus != DashboardFocus.COMPLIANCE) {
            return List.of();
        }
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1);
        ComplianceFigures figures = compliance.figures(first, first.plusMonths(1).minusDays(1));
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
            completion.add(rate.completionRate() == null ? null
                    : BigDecimal.valueOf(rate.completionRate() * 100).setScale(1, RoundingMode.HALF_UP));
        }
        return List.of(DashboardChart.ofRates("score-trend", true, months,
                        List.of(new DashboardChart.Series("score", true, scores))),
                DashboardChart.ofRates("completion-by-team", false, teams,
                        List.of(new DashboardChart.Series("completion", false, completion))));
    }

    private DashboardTile runsDueThisWeek(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        long now = runs.count(new RunFilter(null, null, null, null, monday, sunday, false));
        long before = runs.count(new RunFilter(null, null, null, null, monday.minusWeeks(1), sunday.minusWeeks(1),
                false));
        return new DashboardTile("runs-due-week", Group.COMPLIANCE, Unit.COUNT, BigDecimal.valueOf(now),
                BigDecimal.valueOf(before), null, Map.of(), false, "compliance/runs",
                DashboardTile.parameters("dueFrom", monday.toString(), "dueTo", sunday.toString()));
    }

    private static @Nullable DashboardTile openFindings(ComplianceFigures figures) {
        ComplianceFigures.OpenFindings open = figures.findings();
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

    private boolean any(Role... roles) {
        return Set.of(roles).stream().anyMatch(currentUser::hasRole);
    }
}
