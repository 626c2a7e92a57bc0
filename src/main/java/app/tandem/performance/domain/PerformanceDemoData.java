package app.tandem.performance.domain;

import app.tandem.base.DemoMode;
import app.tandem.performance.Direction;
import app.tandem.performance.Metric;
import app.tandem.performance.MetricRef;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.Rollup;
import app.tandem.performance.TargetStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo performance data, seeded once (after the CRM and improvement demo data) into an empty module: a year of
 * sales history for the sales teams (deals won and lost, activities done, new accounts, dated in past months so
 * the trends have something to show), monthly targets for every seller for the current and the last 12 months,
 * a few proposals for next month, and three manual KPIs with values and targets for the operations team.
 */
@Component
@Conditional(DemoMode.class)
@Order(50)
class PerformanceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PerformanceDemoData.class);

    private final KpiRepository kpis;
    private final TargetRepository targets;
    private final KpiActualRepository actuals;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Random random = new Random(50_2026L);

    PerformanceDemoData(KpiRepository kpis, TargetRepository targets, KpiActualRepository actuals, JdbcTemplate jdbc,
            Clock clock) {
        this.kpis = kpis;
        this.targets = targets;
        this.actuals = actuals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Person(long id, long teamId, String teamKind) {
    }

    @Override
    @Transactional(timeout = DemoMode.SEED_TIMEOUT_SECONDS)
    public void run(ApplicationArguments args) {
        if (kpis.count() > 0 || targets.count() > 0) {
            return;
        }
        // the org feature's demo people, read as plain rows
        List<Person> people = jdbc.query("""
                select u.id, u.team_id, t.kind from app_user u join team t on t.id = u.team_id
                where u.active = true order by u.id
                """, (rs, i) -> new Person(rs.getLong(1), rs.getLong(2), rs.getString(3)));
        List<Person> sellers = people.stream().filter(p -> p.teamKind().equals("SALES")).toList();
        List<Person> operations = people.stream().filter(p -> p.teamKind().equals("OPERATIONS")).toList();
        if (sellers.isEmpty()) {
            return;
        }
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Period thisMonth = Period.containing(PeriodType.MONTH, LocalDate.ofInstant(now, zone));
        int deals = salesHistory(sellers, thisMonth, now, zone);
        int targetCount = salesTargets(sellers, thisMonth, thisMonth.from(zone));
        int kpiValues = operationsKpis(operations, thisMonth);
        log.info("Demo data: {} closed deals of the last 12 months, {} targets, {} KPI values", deals, targetCount,
                kpiValues);
    }

    private int salesHistory(List<Person> sellers, Period thisMonth, Instant now, ZoneId zone) {
        Long won = jdbc.queryForObject("select min(id) from pipeline_stage where won = true", Long.class);
        Long lost = jdbc.queryForObject("select min(id) from pipeline_stage where closed = true and won = false",
                Long.class);
        Long reason = jdbc.queryForObject("select min(id) from lost_reason where active = true", Long.class);
        if (won == null || lost == null) {
            return 0;
        }
        int count = 0;
        for (Person seller : sellers) {
            int skill = 1 + random.nextInt(3);
            for (int back = 12; back >= 0; back--) {
                Period month = thisMonth.minus(back);
                Instant from = month.from(zone);
                Instant to = back == 0 ? now : month.to(zone);
                long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
                int newAccounts = back == 0 ? random.nextInt(2) : 1 + random.nextInt(2);
                List<Long> accounts = new ArrayList<>();
                for (int a = 0; a < newAccounts; a++) {
                    accounts.add(account(seller, "Prospect " + month.label() + "-" + seller.id() + "-" + a,
                            at(from, span)));
                }
                if (accounts.isEmpty()) {
                    accounts.add(account(seller, "Prospect " + month.label() + "-" + seller.id(), at(from, span)));
                }
                int closed = (back == 0 ? 1 : 3) + random.nextInt(3);
                for (int d = 0; d < closed; d++) {
                    boolean isWon = random.nextInt(10) < 3 + skill;
                    BigDecimal amount = BigDecimal.valueOf(1_000L * (3 + random.nextInt(25)));
                    deal(seller, accounts.get(d % accounts.size()), isWon ? won : lost, isWon ? null : reason, amount,
                            at(from, span), month);
                    count++;
                }
                int activities = back == 0 ? 4 + random.nextInt(4) : 10 + random.nextInt(10);
                for (int i = 0; i < activities; i++) {
                    activity(seller, accounts.get(i % accounts.size()), at(from, span));
                }
            }
        }
        return count;
    }

    private Instant at(Instant from, long span) {
        return from.plusSeconds((long) (random.nextDouble() * (span - 1)));
    }

    private long account(Person owner, String name, Instant created) {
        Timestamp at = Timestamp.from(created);
        jdbc.update("""
                insert into account (version, owner_id, team_id, name, status, created_at, created_by, updated_at,
                  updated_by) values (0, ?, ?, ?, 'PROSPECT', ?, 'system', ?, 'system')
                """, owner.id(), owner.teamId(), name, at, at);
        return jdbc.queryForObject("select last_insert_id()", Long.class);
    }

    private void deal(Person owner, long account, long stage, @org.jspecify.annotations.Nullable Long lostReason, BigDecimal amount, Instant closed,
            Period month) {
        Timestamp at = Timestamp.from(closed);
        Timestamp created = Timestamp.from(closed.minusSeconds(86_400L * (10 + random.nextInt(50))));
        jdbc.update("""
                insert into deal (version, owner_id, team_id, name, account_id, amount, stage_id, probability,
                  probability_overridden, expected_close_date, source, lost_reason_id, closed_at, created_at,
                  created_by, updated_at, updated_by)
                values (1, ?, ?, ?, ?, ?, ?, ?, false, ?, 'Referral', ?, ?, ?, 'system', ?, 'system')
                """, owner.id(), owner.teamId(), "Order " + month.label() + " " + amount.intValue(), account, amount,
                stage, lostReason == null ? 100 : 0, java.sql.Date.valueOf(month.lastDay()), lostReason, at, created,
                at);
    }

    private void activity(Person owner, long account, Instant done) {
        Timestamp at = Timestamp.from(done);
        jdbc.update("""
                insert into activity (version, owner_id, team_id, type, subject, due_at, duration_minutes, status,
                  account_id, recurrence, completed_at, created_at, created_by, updated_at, updated_by)
                values (1, ?, ?, ?, 'Follow-up', ?, 30, 'DONE', ?, 'NONE', ?, ?, 'system', ?, 'system')
                """, owner.id(), owner.teamId(), random.nextBoolean() ? "CALL" : "MEETING", at, account, at, at, at);
    }

    private int salesTargets(List<Person> sellers, Period thisMonth, Instant monthStart) {
        List<Target> all = new ArrayList<>();
        for (Person seller : sellers) {
            long revenue = 20_000L + 5_000L * random.nextInt(7);
            // this month already holds the CRM demo's deals and accounts: its targets are set a little above them
            Timestamp since = Timestamp.from(monthStart);
            long wonSoFar = jdbc.queryForObject("""
                    select coalesce(sum(d.amount), 0) from deal d join pipeline_stage s on s.id = d.stage_id
                    where d.owner_id = ? and s.won = true and d.closed_at >= ?
                    """, BigDecimal.class, seller.id(), since).longValue();
            long dealsSoFar = jdbc.queryForObject("""
                    select count(*) from deal d join pipeline_stage s on s.id = d.stage_id
                    where d.owner_id = ? and s.won = true and d.closed_at >= ?
                    """, Long.class, seller.id(), since);
            long accountsSoFar = jdbc.queryForObject(
                    "select count(*) from account where owner_id = ? and created_at >= ?", Long.class, seller.id(),
                    since);
            for (int back = 12; back >= 0; back--) {
                Period month = thisMonth.minus(back);
                boolean current = back == 0;
                long monthRevenue = current ? Math.max(revenue, (wonSoFar * 6 / 5 / 5_000 + 1) * 5_000) : revenue;
                long deals = 2 + random.nextInt(2);
                all.add(target(Metric.REVENUE_WON, seller, month, BigDecimal.valueOf(monthRevenue)));
                all.add(target(Metric.DEALS_WON, seller, month,
                        BigDecimal.valueOf(current ? Math.max(deals, dealsSoFar + 1) : deals)));
                all.add(target(Metric.WIN_RATE, seller, month, BigDecimal.valueOf(40)));
                all.add(target(Metric.ACTIVITIES_DONE, seller, month, BigDecimal.valueOf(15)));
                all.add(target(Metric.NEW_ACCOUNTS, seller, month,
                        BigDecimal.valueOf(current ? accountsSoFar + 2 : 2)));
            }
            Target proposal = new Target(MetricRef.builtIn(Metric.REVENUE_WON), Subject.user(seller.id()),
                    thisMonth.next(), BigDecimal.valueOf(revenue + 5_000), TargetStatus.PROPOSED);
            all.add(proposal);
        }
        targets.saveAll(all);
        return all.size();
    }

    private static Target target(Metric metric, Person seller, Period month, BigDecimal value) {
        return new Target(MetricRef.builtIn(metric), Subject.user(seller.id()), month, value, TargetStatus.ACTIVE);
    }

    private int operationsKpis(List<Person> operations, Period thisMonth) {
        Kpi onTime = kpis.save(new Kpi("On-time delivery", "%", Direction.HIGHER_IS_BETTER, Rollup.MEAN));
        Kpi defects = kpis.save(new Kpi("Defects per 1000 units", "ppt", Direction.LOWER_IS_BETTER, Rollup.MEAN));
        kpis.save(new Kpi("Customer complaints", "count", Direction.LOWER_IS_BETTER, Rollup.SUM));
        List<KpiActual> values = new ArrayList<>();
        List<Target> kpiTargets = new ArrayList<>();
        for (Person person : operations) {
            for (int back = 12; back >= 1; back--) {
                Period month = thisMonth.minus(back);
                values.add(value(onTime, person, month, 88 + random.nextDouble() * 11, "From the shipping log"));
                values.add(value(defects, person, month, 1 + random.nextDouble() * 5, null));
                kpiTargets.add(new Target(ScoreRef.of(onTime), Subject.user(person.id()), month, BigDecimal.valueOf(95),
                        TargetStatus.ACTIVE));
                kpiTargets.add(new Target(ScoreRef.of(defects), Subject.user(person.id()), month, BigDecimal.valueOf(3),
                        TargetStatus.ACTIVE));
            }
            kpiTargets.add(new Target(ScoreRef.of(onTime), Subject.user(person.id()), thisMonth, BigDecimal.valueOf(95),
                    TargetStatus.ACTIVE));
        }
        actuals.saveAll(values);
        targets.saveAll(kpiTargets);
        return values.size();
    }

    private static KpiActual value(Kpi kpi, Person person, Period month, double value, @org.jspecify.annotations.Nullable String comment) {
        KpiActual actual = new KpiActual(kpi.getId(), Subject.user(person.id()), month);
        actual.setActualValue(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
        actual.setComment(comment);
        return actual;
    }

    /** A KPI as a target's metric. */
    private static final class ScoreRef {
        static MetricRef of(Kpi kpi) {
            return new MetricRef(Metric.KPI, kpi.getId(), kpi.getName(), kpi.getUnit(), kpi.getDirection(),
                    kpi.getRollup());
        }
    }
}
