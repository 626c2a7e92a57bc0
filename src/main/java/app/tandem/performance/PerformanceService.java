package app.tandem.performance;

import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.performance.domain.KpiRepository;
import app.tandem.performance.domain.PerformanceQueries;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performance figures: my targets and attainment, trends, forecast vs target, a team's members and roll-up, and
 * a person's scorecard. Computed in SQL for any period in the application clock's zone ({@link ScoreSheets}).
 *
 * <p>Scope ({@link PerformanceAccess}): everyone sees their own; supervisors their teams and members; managers and
 * admins all. Anything else is "not found", also by id.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PerformanceService {

    /** How many periods a trend shows. */
    public static final int TREND_PERIODS = 12;

    private final ScoreSheets sheets;
    private final PerformanceAccess access;
    private final PerformanceQueries queries;
    private final ModuleFigures modules;
    private final KpiRepository kpis;

    PerformanceService(ScoreSheets sheets, PerformanceAccess access, PerformanceQueries queries, ModuleFigures modules,
            KpiRepository kpis) {
        this.modules = modules;
        this.sheets = sheets;
        this.access = access;
        this.queries = queries;
        this.kpis = kpis;
    }

    /** The period of that type that contains today (application clock). */
    public Period currentPeriod(PeriodType type) {
        return sheets.current(type);
    }

    /** The built-in metrics and the active manual KPIs, for pickers. */
    public List<MetricRef> metrics() {
        return Stream.concat(ScoreSheets.builtIns().stream(),
                kpis.findByActiveTrueOrderByNameAscIdAsc().stream().map(ScoreSheets::ref)).toList();
    }

    public MemberScores myScores(Period period) {
        return scoresOf(access.me(), period);
    }

    /** A person's scores in the period (themselves, their supervisor, managers and admins). */
    public MemberScores scoresOf(long userId, Period period) {
        UserRef person = readablePerson(userId);
        return sheets.sheet(List.of(person), null, period).members().getFirst();
    }

    /** My target and actual of the metric over the last {@value #TREND_PERIODS} periods up to {@code last}. */
    public List<TrendPoint> myTrend(MetricRef metric, Period last) {
        return sheets.trend(access.me(), metric, last, TREND_PERIODS);
    }

    public ForecastRow myForecast(Period period) {
        UserRef me = readablePerson(access.me());
        return sheets.forecast(List.of(me), null, period).getFirst();
    }

    /** The teams the user may look into: all for managers and admins, their own for supervisors. */
    public List<TeamRef> teams() {
        return access.readableTeams();
    }

    /** The team's active members (for supervisors of the team, managers and admins). */
    public List<UserRef> members(long teamId) {
        access.checkReadTeam(teamId);
        return queries.members(teamId);
    }

    public TeamPerformance team(long teamId, Period period) {
        access.checkReadTeam(teamId);
        TeamRef team = queries.team(teamId).orElseThrow(PerformanceAccess::notFound);
        ScoreSheets.TeamSheet sheet = sheets.sheet(queries.members(teamId), teamId, period);
        return new TeamPerformance(teamId, team.name(), period, sheet.metrics(), sheet.members(),
                java.util.Objects.requireNonNull(sheet.team()));
    }

    /** Forecast vs target per member, and the team's as the last row. */
    public List<ForecastRow> teamForecast(long teamId, Period period) {
        access.checkReadTeam(teamId);
        return sheets.forecast(queries.members(teamId), teamId, period);
    }

    /** A person's scorecard: visible to the person, their supervisor, managers and admins only. */
    public Scorecard scorecard(long userId, Period period) {
        UserRef person = readablePerson(userId);
        ScoreSheets.TeamSheet sheet = sheets.sheet(List.of(person), null, period);
        var from = period.from(sheets.zone());
        var to = period.to(sheets.zone());
        long[] checklists = modules.checklistsOnTime(userId, period.start(), period.lastDay(),
                sheets.today());
        return new Scorecard(person.id(), person.displayName(), period, sheet.members().getFirst().scores(),
                sheet.figures().get(person.id()), modules.improvementsSubmitted(userId, from, to),
                modules.improvementsCompleted(userId, from, to), checklists[0], checklists[1]);
    }

    private UserRef readablePerson(long userId) {
        access.checkReadPerson(userId);
        return queries.user(userId).orElseThrow(PerformanceAccess::notFound);
    }
}
