package app.tandem.performance;

import app.tandem.base.DashboardChart;
import app.tandem.base.DashboardContributor;
import app.tandem.base.DashboardFocus;
import app.tandem.base.DashboardTile;
import app.tandem.base.DashboardTile.Group;
import app.tandem.base.DashboardTile.Unit;
import app.tandem.org.TeamRef;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team performance's tiles and charts on the home dashboard: my revenue won this month against my target (sales
 * roles), my targets met (staff and supervisors), and for supervisors who are not managers their team's targets
 * met and the feedback given in their team, each as the performance pages show it. Charts: a supervisor's team
 * attainment over the last six months, and in the people focus the user's own.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PerformanceDashboard implements DashboardContributor {

    private static final MetricRef REVENUE_WON = MetricRef.builtIn(Metric.REVENUE_WON);
    private static final int ATTAINMENT_MONTHS = 6;
    private static final Map<String, Integer> PLACES = Map.of("won-month", 30, "my-attainment", 160,
            "team-attainment", 170, "team-feedback", 180);

    private final PerformanceService performance;
    private final FeedbackService feedback;
    private final CurrentUser currentUser;
    private final Clock clock;

    PerformanceDashboard(PerformanceService performance, FeedbackService feedback, CurrentUser currentUser,
            Clock clock) {
        this.performance = performance;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Map<String, Integer> places() {
        return PLACES;
    }

    @Override
    public List<String> availableTiles() {
        boolean sales = any(Role.STAFF, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN);
        boolean targets = any(Role.STAFF, Role.SUPERVISOR);
        boolean teamLead = currentUser.hasRole(Role.SUPERVISOR) && !any(Role.MANAGER, Role.ADMIN);
        List<String> keys = new ArrayList<>();
        if (sales) {
            keys.add("won-month");
        }
        if (targets) {
            keys.add("my-attainment");
        }
        if (teamLead) {
            keys.addAll(List.of("team-attainment", "team-feedback"));
        }
        return keys;
    }

    @Override
    public List<DashboardTile> tiles(Collection<String> keys) {
        Period month = Period.containing(PeriodType.MONTH, LocalDate.now(clock));
        Supplier<MemberScores[]> mine = DashboardContributor.once(() -> new MemberScores[] {
                performance.myScores(month), performance.myScores(month.previous())});
        List<DashboardTile> tiles = new ArrayList<>();
        for (String key : keys) {
            DashboardTile tile = switch (key) {
                case "won-month" -> wonThisMonth(mine.get(), month);
                case "my-attainment" -> attainment(key, mine.get()[0], mine.get()[1], "performance/me",
                        Map.of("period", periodKey(month)));
                case "team-attainment" -> teamAttainment(month);
                case "team-feedback" -> teamFeedback(month);
                default -> null;
            };
            if (tile != null) {
                tiles.add(tile);
            }
        }
        return tiles;
    }

    /** A supervisor's team attainment (any focus but compliance); in the people focus otherwise the user's own. */
    @Override
    public List<DashboardChart> charts(DashboardFocus focus) {
        if (focus == DashboardFocus.COMPLIANCE || focus == DashboardFocus.NONE
                || any(Role.MANAGER, Role.ADMIN, Role.COMPLIANCE_OFFICER)) {
            return List.of();
        }
        TeamRef supervised = currentUser.hasRole(Role.SUPERVISOR) ? supervisedTeam() : null;
        if (supervised != null) {
            return List.of(attainmentByMonth("team-attainment-by-month",
                    period -> performance.team(supervised.id(), period).team()));
        }
        return focus == DashboardFocus.PEOPLE
                ? List.of(attainmentByMonth("my-attainment-by-month", performance::myScores)) : List.of();
    }

    /** My revenue won this month against my target, as on "My performance". */
    private static DashboardTile wonThisMonth(MemberScores[] mine, Period month) {
        Score now = mine[0].score(REVENUE_WON).orElse(null);
        Score before = mine[1].score(REVENUE_WON).orElse(null);
        return new DashboardTile("won-month", Group.SALES, Unit.MONEY,
                now == null || now.actual() == null ? BigDecimal.ZERO : now.actual(),
                before == null || before.actual() == null ? BigDecimal.ZERO : before.actual(),
                now == null ? null : now.target(), Map.of(), false, "performance/me",
                Map.of("period", periodKey(month)));
    }

    private @Nullable DashboardTile teamAttainment(Period month) {
        TeamRef team = supervisedTeam();
        if (team == null) {
            return null;
        }
        return attainment("team-attainment", performance.team(team.id(), month).team(),
                performance.team(team.id(), month.previous()).team(), "performance/team",
                DashboardTile.parameters("team", Long.toString(team.id()), "period", periodKey(month)));
    }

    private @Nullable DashboardTile teamFeedback(Period month) {
        if (supervisedTeam() == null) {
            return null;
        }
        Period last = month.previous();
        long now = feedback.logCount(new FeedbackLogFilter(null, null, null, month.start(), month.lastDay()));
        long before = feedback.logCount(new FeedbackLogFilter(null, null, null, last.start(), last.lastDay()));
        return new DashboardTile("team-feedback", Group.PEOPLE, Unit.COUNT, BigDecimal.valueOf(now),
                BigDecimal.valueOf(before), null, Map.of(), false, "performance/feedback-log",
                DashboardTile.parameters("from", month.start().toString(), "to", month.lastDay().toString()));
    }

    /** Targets set and met in each of the last six months (this one included), from the performance pages. */
    private DashboardChart attainmentByMonth(String key, Function<Period, MemberScores> scores) {
        Period month = Period.containing(PeriodType.MONTH, LocalDate.now(clock));
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

    private @Nullable TeamRef supervisedTeam() {
        List<TeamRef> teams = performance.teams();
        return teams.isEmpty() ? null : teams.getFirst();
    }

    /** "MONTH:2026-11-01": how the performance pages name a period in their address. */
    static String periodKey(Period period) {
        return period.type().name() + ":" + period.start();
    }

    private boolean any(Role... roles) {
        return Set.of(roles).stream().anyMatch(currentUser::hasRole);
    }
}
