package app.tandem.performance;

import app.tandem.org.UserRef;
import app.tandem.performance.Attainment.Weighted;
import app.tandem.performance.domain.Kpi;
import app.tandem.performance.domain.KpiActual;
import app.tandem.performance.domain.KpiActualRepository;
import app.tandem.performance.domain.KpiRepository;
import app.tandem.performance.domain.PerformanceQueries;
import app.tandem.performance.domain.Subject;
import app.tandem.performance.domain.Target;
import app.tandem.performance.domain.TargetRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Computes scores: targets (active ones only), actuals and attainment of people and teams for a period, in the
 * zone of the application clock. A team's actual always follows from its current members (CRM metrics summed, so
 * the win rate is weighted by closed deals; manual KPIs by the KPI's roll-up, or the team's own entry when no
 * member has a value). A team's target is its own, or else rolled up from its members' targets.
 */
@Component
class ScoreSheets {

    private final PerformanceQueries queries;
    private final ModuleFigures modules;
    private final TargetRepository targets;
    private final KpiRepository kpis;
    private final KpiActualRepository actuals;
    private final Clock clock;

    ScoreSheets(PerformanceQueries queries, ModuleFigures modules, TargetRepository targets, KpiRepository kpis,
            KpiActualRepository actuals, Clock clock) {
        this.queries = queries;
        this.modules = modules;
        this.targets = targets;
        this.kpis = kpis;
        this.actuals = actuals;
        this.clock = clock;
    }

    ZoneId zone() {
        return clock.getZone();
    }

    /** Today in the application clock's zone. */
    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    Period current(PeriodType type) {
        return Period.containing(type, LocalDate.now(clock));
    }

    static List<MetricRef> builtIns() {
        return Arrays.stream(Metric.values()).filter(Metric::builtIn).map(MetricRef::builtIn).toList();
    }

    static MetricRef ref(Kpi kpi) {
        return new MetricRef(Metric.KPI, kpi.getId(), kpi.getName(), kpi.getUnit(), kpi.getDirection(),
                kpi.getRollup());
    }

    /** The metric of a target: built-in, or its KPI. */
    MetricRef metricOf(Metric metric, @Nullable Long kpiId) {
        return metric.builtIn() ? MetricRef.builtIn(metric)
                : ref(kpis.findById(kpiId).orElseThrow(PerformanceAccess::notFound));
    }

    record CrmKey(String subject, String metric) {
    }

    /** The scores of the people (and of their team, when a team id is given) in the period. */
    TeamSheet sheet(List<UserRef> people, @Nullable Long teamId, Period period) {
        List<Long> ids = people.stream().map(UserRef::id).toList();
        Map<Long, CrmFigures> figures = modules.crmFigures(ids, period.from(zone()), period.to(zone()));
        Set<String> keys = new HashSet<>();
        ids.forEach(id -> keys.add(Subject.user(id).key()));
        if (teamId != null) {
            keys.add(Subject.team(teamId).key());
        }
        Map<CrmKey, BigDecimal> targetValues = new HashMap<>();
        Map<CrmKey, BigDecimal> actualValues = new HashMap<>();
        Set<Long> kpiIds = new HashSet<>();
        if (!keys.isEmpty()) {
            for (Target t : targets.findForSubjects(keys, period.type(), period.start())) {
                if (t.getStatus() == TargetStatus.ACTIVE) {
                    targetValues.put(new CrmKey(t.getSubject().key(), t.getMetricKey()), t.getTargetValue());
                    if (t.getKpiId() != null) {
                        kpiIds.add(t.getKpiId());
                    }
                }
            }
            for (KpiActual a : actuals.findForSubjects(keys, period.type(), period.start())) {
                actualValues.put(new CrmKey(a.getSubject().key(), "KPI-" + a.getKpiId()), a.getActualValue());
                kpiIds.add(a.getKpiId());
            }
        }
        List<MetricRef> metrics = Stream.concat(builtIns().stream(), kpis.findAllById(kpiIds).stream()
                .sorted(Comparator.comparing(Kpi::getName)).map(ScoreSheets::ref)).toList();

        List<MemberScores> members = new ArrayList<>();
        for (UserRef person : people) {
            String key = Subject.user(person.id()).key();
            CrmFigures crm = figures.getOrDefault(person.id(), CrmFigures.NONE);
            List<Score> scores = metrics.stream().map(m -> Score.of(m, targetValues.get(new CrmKey(key, m.key())),
                    false, m.metric().builtIn() ? crm.value(m.metric()) : actualValues.get(new CrmKey(key, m.key()))))
                    .toList();
            members.add(new MemberScores(person.id(), person.displayName(), scores));
        }
        MemberScores team = null;
        if (teamId != null) {
            String teamKey = Subject.team(teamId).key();
            CrmFigures sum = CrmFigures.sum(figures.values());
            List<Score> scores = new ArrayList<>();
            for (MetricRef m : metrics) {
                BigDecimal own = targetValues.get(new CrmKey(teamKey, m.key()));
                List<Weighted> memberTargets = new ArrayList<>();
                List<Weighted> memberActuals = new ArrayList<>();
                for (UserRef person : people) {
                    String key = Subject.user(person.id()).key();
                    BigDecimal weight = m.metric() == Metric.WIN_RATE
                            ? BigDecimal.valueOf(figures.getOrDefault(person.id(), CrmFigures.NONE).dealsClosed())
                            : BigDecimal.ONE;
                    BigDecimal target = targetValues.get(new CrmKey(key, m.key()));
                    if (target != null) {
                        memberTargets.add(new Weighted(target, weight));
                    }
                    BigDecimal actual = actualValues.get(new CrmKey(key, m.key()));
                    if (actual != null) {
                        memberActuals.add(Weighted.of(actual));
                    }
                }
                BigDecimal target = own != null ? own : Attainment.rollUp(memberTargets, m.rollup());
                BigDecimal actual = m.metric().builtIn() ? sum.value(m.metric())
                        : memberActuals.isEmpty() ? actualValues.get(new CrmKey(teamKey, m.key()))
                        : Attainment.rollUp(memberActuals, m.rollup());
                scores.add(Score.of(m, target, own == null && target != null, actual));
            }
            team = new MemberScores(null, queries.team(teamId).map(t -> t.name()).orElse(""), scores);
        }
        return new TeamSheet(metrics, members, team, figures);
    }

    record TeamSheet(List<MetricRef> metrics, List<MemberScores> members, @Nullable MemberScores team,
            Map<Long, CrmFigures> figures) {
    }

    /** One person's target and actual of a metric over the periods ending with {@code last}, oldest first. */
    List<TrendPoint> trend(long userId, MetricRef metric, Period last, int count) {
        Period first = last.minus(count - 1);
        String key = Subject.user(userId).key();
        Map<LocalDate, BigDecimal> targetByStart = new HashMap<>();
        targets.findTrend(key, metric.key(), last.type(), first.start(), last.start()).stream()
                .filter(t -> t.getStatus() == TargetStatus.ACTIVE)
                .forEach(t -> targetByStart.put(t.getPeriod().start(), t.getTargetValue()));
        List<TrendPoint> points = new ArrayList<>();
        for (Period p = first; !p.start().isAfter(last.start()); p = p.next()) {
            BigDecimal actual;
            if (metric.metric().builtIn()) {
                actual = modules.crmFigures(List.of(userId), p.from(zone()), p.to(zone())).get(userId)
                        .value(metric.metric());
            } else {
                actual = actuals.findOne(metric.kpiId(), key, p.type(), p.start()).map(KpiActual::getActualValue)
                        .orElse(null);
            }
            points.add(new TrendPoint(p, targetByStart.get(p.start()), actual));
        }
        return points;
    }

    /** Forecast vs target of the people, and of the team (last row) when a team id is given. */
    List<ForecastRow> forecast(List<UserRef> people, @Nullable Long teamId, Period period) {
        List<Long> ids = people.stream().map(UserRef::id).toList();
        Map<Long, CrmFigures> figures = modules.crmFigures(ids, period.from(zone()), period.to(zone()));
        Map<Long, ForecastCategoryTotals> open = modules.openPipeline(ids, period.start(), period.end());
        String metricKey = Metric.REVENUE_WON.name();
        Map<String, BigDecimal> targetBySubject = new HashMap<>();
        Set<String> keys = new HashSet<>();
        ids.forEach(id -> keys.add(Subject.user(id).key()));
        if (teamId != null) {
            keys.add(Subject.team(teamId).key());
        }
        if (!keys.isEmpty()) {
            targets.findForSubjects(keys, period.type(), period.start()).stream()
                    .filter(t -> t.getStatus() == TargetStatus.ACTIVE && t.getMetricKey().equals(metricKey))
                    .forEach(t -> targetBySubject.put(t.getSubject().key(), t.getTargetValue()));
        }
        List<ForecastRow> rows = new ArrayList<>();
        BigDecimal wonSum = BigDecimal.ZERO;
        ForecastCategoryTotals openSum = ForecastCategoryTotals.NONE;
        List<Weighted> memberTargets = new ArrayList<>();
        for (UserRef person : people) {
            CrmFigures f = figures.getOrDefault(person.id(), CrmFigures.NONE);
            ForecastCategoryTotals o = open.getOrDefault(person.id(), ForecastCategoryTotals.NONE);
            BigDecimal target = targetBySubject.get(Subject.user(person.id()).key());
            rows.add(new ForecastRow(person.id(), person.displayName(), f.revenueWon(), o, target));
            wonSum = wonSum.add(f.revenueWon());
            openSum = openSum.plus(o);
            if (target != null) {
                memberTargets.add(Weighted.of(target));
            }
        }
        if (teamId != null) {
            BigDecimal own = targetBySubject.get(Subject.team(teamId).key());
            rows.add(new ForecastRow(null, queries.team(teamId).map(t -> t.name()).orElse(""), wonSum, openSum,
                    own != null ? own : Attainment.rollUp(memberTargets, Rollup.SUM)));
        }
        return rows;
    }
}
