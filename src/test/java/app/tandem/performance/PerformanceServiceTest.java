package app.tandem.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.RecordNotFoundException;
import app.tandem.crm.AccountService;
import app.tandem.crm.ActivityService;
import app.tandem.crm.DealService;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Actuals, attainment, roll-ups and forecast computed in SQL on known CRM data, and who may see them. */
@TandemServiceTest
class PerformanceServiceTest {

    static final Period MARCH = new Period(PeriodType.MONTH, LocalDate.of(2026, 3, 1));

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accountService;
    @Autowired
    DealService dealService;
    @Autowired
    ActivityService activityService;
    @Autowired
    ImprovementService improvementService;
    @Autowired
    PerformanceService performanceService;
    @Autowired
    TargetService targetService;
    @Autowired
    KpiService kpiService;
    @Autowired
    ModuleFigures modules;
    @Autowired
    MutableClock clock;

    CrmHistory crm;
    Person anna;
    Person ben;
    Person sue;
    Person carl;
    Person wes;
    Person max;
    Person ada;
    Person olga;
    long east;
    long west;

    @BeforeEach
    void twoSalesTeams() {
        crm = new CrmHistory(accountService, dealService, activityService, clock);
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        ben = org.person("ben", Role.STAFF);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        carl = org.person("carl", Role.STAFF);
        wes = org.person("wes", Role.SUPERVISOR, Role.STAFF);
        max = org.person("max", Role.MANAGER);
        ada = org.person("ada", Role.ADMIN);
        olga = org.person("olga", Role.COMPLIANCE_OFFICER, Role.STAFF);
        east = org.team("East", TeamKind.SALES, sue, anna, ben, sue);
        west = org.team("West", TeamKind.SALES, wes, carl, wes);
    }

    @Test
    void each_built_in_metric_counts_the_known_crm_records_of_the_period() {
        long account = crm.account(anna, "2026-03-10T09:00:00Z");
        crm.account(anna, "2026-02-27T09:00:00Z");
        crm.won(anna, account, "1000", "2026-03-05T10:00:00Z");
        crm.won(anna, account, "500", "2026-03-31T23:59:59Z");
        crm.won(anna, account, "9000", "2026-04-01T00:00:00Z");
        crm.lost(anna, account, "700", "2026-03-20T10:00:00Z");
        crm.done(anna, account, "2026-03-15T10:00:00Z");
        crm.done(anna, account, "2026-04-02T10:00:00Z");

        MemberScores march = anna.run(() -> performanceService.myScores(MARCH));

        assertThat(actual(march, Metric.REVENUE_WON)).isEqualByComparingTo("1500");
        assertThat(actual(march, Metric.DEALS_WON)).isEqualByComparingTo("2");
        assertThat(actual(march, Metric.WIN_RATE)).isEqualByComparingTo("66.67");
        assertThat(actual(march, Metric.ACTIVITIES_DONE)).isEqualByComparingTo("1");
        assertThat(actual(march, Metric.NEW_ACCOUNTS)).isEqualByComparingTo("1");
        MemberScores april = anna.run(() -> performanceService.myScores(MARCH.next()));
        assertThat(actual(april, Metric.REVENUE_WON)).isEqualByComparingTo("9000");
        assertThat(actual(april, Metric.WIN_RATE)).isEqualByComparingTo("100");
        MemberScores quarter = anna.run(() -> performanceService.myScores(
                Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 3, 1))));
        assertThat(actual(quarter, Metric.NEW_ACCOUNTS)).isEqualByComparingTo("2");
        assertThat(actual(quarter, Metric.WIN_RATE)).isEqualByComparingTo("66.67");
    }

    @Test
    void a_month_ends_at_midnight_of_the_configured_zone() {
        long account = crm.account(anna, "2026-01-10T09:00:00Z");
        // 23:30 UTC on 31 January is already 1 February in Berlin
        crm.won(anna, account, "100", "2026-01-31T23:30:00Z");
        // the last second of February (2026 is no leap year) and the first of March, in UTC
        crm.won(anna, account, "20", "2026-02-28T23:59:59Z");
        crm.won(anna, account, "3", "2026-03-01T00:00:00Z");
        Period january = new Period(PeriodType.MONTH, LocalDate.of(2026, 1, 1));
        Period february = january.next();

        assertThat(revenue(january, ZoneOffset.UTC)).isEqualByComparingTo("100");
        assertThat(revenue(february, ZoneOffset.UTC)).isEqualByComparingTo("20");
        assertThat(revenue(MARCH, ZoneOffset.UTC)).isEqualByComparingTo("3");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(revenue(january, berlin)).isEqualByComparingTo("0");
        assertThat(revenue(february, berlin)).isEqualByComparingTo("100");
        assertThat(revenue(MARCH, berlin)).isEqualByComparingTo("23");
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(revenue(january, newYork)).isEqualByComparingTo("100");
        assertThat(revenue(february, newYork)).isEqualByComparingTo("23");
    }

    private BigDecimal revenue(Period period, ZoneId zone) {
        // the CRM's read model is a secured service: asked as Anna, as her scorecard asks it
        return anna.run(() -> modules.crmFigures(List.of(anna.id()), period.from(zone), period.to(zone)))
                .get(anna.id()).revenueWon();
    }

    @Test
    void attainment_honours_the_target_and_ignores_proposals_until_a_manager_accepts_them() {
        long account = crm.account(anna, "2026-03-02T09:00:00Z");
        crm.won(anna, account, "6000", "2026-03-05T10:00:00Z");
        long proposal = sue.run(() -> targetService.save(target(Metric.REVENUE_WON, anna.id(), null, "8000")));

        assertThat(sue.run(() -> targetService.statusOf(proposal))).isEqualTo(TargetStatus.PROPOSED);
        assertThat(anna.run(() -> performanceService.myScores(MARCH)).score(MetricRef.builtIn(Metric.REVENUE_WON))
                .orElseThrow().target()).isNull();

        max.exec(() -> targetService.accept(proposal, 0));

        Score revenue = anna.run(() -> performanceService.myScores(MARCH)).score(MetricRef.builtIn(Metric.REVENUE_WON))
                .orElseThrow();
        assertThat(revenue.target()).isEqualByComparingTo("8000");
        assertThat(revenue.attainment()).isEqualByComparingTo("75.0");
        assertThat(revenue.met()).isFalse();
    }

    @Test
    void a_teams_actual_comes_from_its_members_and_its_target_rolls_up_weighted_by_closed_deals() {
        long a = crm.account(anna, "2026-03-02T09:00:00Z");
        long b = crm.account(ben, "2026-03-02T09:00:00Z");
        crm.won(anna, a, "1000", "2026-03-05T10:00:00Z");
        crm.lost(anna, a, "1000", "2026-03-06T10:00:00Z");
        crm.won(ben, b, "3000", "2026-03-07T10:00:00Z");
        for (int i = 0; i < 7; i++) {
            crm.lost(ben, b, "100", "2026-03-08T10:0" + i + ":00Z");
        }
        max.exec(() -> {
            targetService.save(target(Metric.REVENUE_WON, anna.id(), null, "2000"));
            targetService.save(target(Metric.REVENUE_WON, ben.id(), null, "6000"));
            targetService.save(target(Metric.WIN_RATE, anna.id(), null, "50"));
            targetService.save(target(Metric.WIN_RATE, ben.id(), null, "20"));
        });

        TeamPerformance team = sue.run(() -> performanceService.team(east, MARCH));

        assertThat(team.members()).extracting(MemberScores::name).containsExactly("Anna", "Ben", "Sue");
        Score revenue = team.team().score(MetricRef.builtIn(Metric.REVENUE_WON)).orElseThrow();
        assertThat(revenue.actual()).isEqualByComparingTo("4000");
        assertThat(revenue.target()).isEqualByComparingTo("8000");
        assertThat(revenue.targetRolledUp()).isTrue();
        assertThat(revenue.attainment()).isEqualByComparingTo("50.0");
        Score winRate = team.team().score(MetricRef.builtIn(Metric.WIN_RATE)).orElseThrow();
        // 2 won of 10 closed; targets 50 % (2 closed) and 20 % (8 closed) weigh to 26 %
        assertThat(winRate.actual()).isEqualByComparingTo("20");
        assertThat(winRate.target()).isEqualByComparingTo("26");

        max.exec(() -> targetService.save(target(Metric.REVENUE_WON, null, east, "5000")));
        Score own = sue.run(() -> performanceService.team(east, MARCH)).team()
                .score(MetricRef.builtIn(Metric.REVENUE_WON)).orElseThrow();
        assertThat(own.target()).isEqualByComparingTo("5000");
        assertThat(own.targetRolledUp()).isFalse();
        assertThat(own.attainment()).isEqualByComparingTo("80.0");
    }

    @Test
    void a_lower_is_better_kpi_entered_by_the_supervisor_counts_target_over_actual_and_rolls_up_as_mean() {
        KpiData defects = ada.run(() -> kpiService.save(new KpiData(null, 0, "Defects per 1000 units", "ppt",
                Direction.LOWER_IS_BETTER, Rollup.MEAN, true)));
        sue.exec(() -> {
            kpiService.saveActual(new KpiActualData(null, 0, defects.id(), anna.id(), null, MARCH, new BigDecimal("4"),
                    "Line 2 scratches"));
            kpiService.saveActual(new KpiActualData(null, 0, defects.id(), ben.id(), null, MARCH, new BigDecimal("2"),
                    ""));
        });
        max.exec(() -> targetService.save(new TargetData(null, 0, defects.ref(), anna.id(), null, MARCH,
                new BigDecimal("2"))));

        Score annas = anna.run(() -> performanceService.myScores(MARCH)).score(defects.ref()).orElseThrow();
        assertThat(annas.actual()).isEqualByComparingTo("4");
        assertThat(annas.attainment()).isEqualByComparingTo("50.0");
        Score teams = sue.run(() -> performanceService.team(east, MARCH)).team().score(defects.ref()).orElseThrow();
        assertThat(teams.actual()).isEqualByComparingTo("3");
        assertThat(sue.run(() -> kpiService.actual(defects.id(), anna.id(), null, MARCH)).orElseThrow().comment())
                .isEqualTo("Line 2 scratches");
    }

    @Test
    void a_supervisor_enters_kpi_values_only_for_their_team() {
        KpiData onTime = ada.run(() -> kpiService.save(new KpiData(null, 0, "On-time delivery", "%",
                Direction.HIGHER_IS_BETTER, Rollup.MEAN, true)));

        assertThatThrownBy(() -> sue.exec(() -> kpiService.saveActual(new KpiActualData(null, 0, onTime.id(),
                carl.id(), null, MARCH, BigDecimal.TEN, "")))).isInstanceOf(
                        org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> anna.exec(() -> kpiService.saveActual(new KpiActualData(null, 0, onTime.id(),
                anna.id(), null, MARCH, BigDecimal.TEN, "")))).isInstanceOf(
                        org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> max.exec(() -> kpiService.save(new KpiData(null, 0, "Other", "%",
                Direction.HIGHER_IS_BETTER, Rollup.MEAN, true)))).isInstanceOf(
                        org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> ada.exec(() -> kpiService.save(new KpiData(null, 0, "on-time DELIVERY", "%",
                Direction.HIGHER_IS_BETTER, Rollup.MEAN, true)))).isInstanceOf(app.tandem.base.DomainException.class)
                .hasMessage("perf.kpi.name.taken");
        KpiActualData entered = wes.run(() -> kpiService.saveActual(new KpiActualData(null, 0, onTime.id(), null, west,
                MARCH, new BigDecimal("97.5"), "Team figure")));
        assertThat(entered.teamId()).isEqualTo(west);
    }

    @Test
    void forecast_adds_the_weighted_open_pipeline_by_category_to_what_was_won() {
        long a = crm.account(anna, "2026-03-02T09:00:00Z");
        crm.won(anna, a, "1000", "2026-03-05T10:00:00Z");
        crm.open(anna, a, "2000", "Negotiation", LocalDate.of(2026, 3, 25), "2026-03-06T10:00:00Z");
        crm.open(anna, a, "1000", "Proposal", LocalDate.of(2026, 3, 31), "2026-03-06T10:00:00Z");
        crm.open(anna, a, "1000", "Qualification", LocalDate.of(2026, 3, 1), "2026-03-06T10:00:00Z");
        crm.open(anna, a, "50000", "Negotiation", LocalDate.of(2026, 4, 1), "2026-03-06T10:00:00Z");
        long c = crm.account(carl, "2026-03-02T09:00:00Z");
        crm.won(carl, c, "400", "2026-03-05T10:00:00Z");
        max.exec(() -> targetService.save(target(Metric.REVENUE_WON, anna.id(), null, "5000")));

        ForecastRow mine = anna.run(() -> performanceService.myForecast(MARCH));

        assertThat(mine.won()).isEqualByComparingTo("1000");
        assertThat(mine.open().commit()).isEqualByComparingTo("1500");
        assertThat(mine.open().bestCase()).isEqualByComparingTo("500");
        assertThat(mine.open().pipeline()).isEqualByComparingTo("100");
        assertThat(mine.forecast()).isEqualByComparingTo("2500");
        assertThat(mine.forecastPercent()).isEqualByComparingTo("50.0");
        List<ForecastRow> team = max.run(() -> performanceService.teamForecast(east, MARCH));
        assertThat(team).extracting(ForecastRow::name).containsExactly("Anna", "Ben", "Sue", "East");
        assertThat(team.getLast().won()).isEqualByComparingTo("1000");
        assertThat(team.getLast().target()).isEqualByComparingTo("5000");
    }

    @Test
    void the_scorecard_counts_activities_win_rate_and_improvements_of_the_period() {
        long a = crm.account(anna, "2026-03-02T09:00:00Z");
        crm.won(anna, a, "1000", "2026-03-05T10:00:00Z");
        crm.done(anna, a, "2026-03-06T10:00:00Z");
        crm.done(anna, a, "2026-03-07T10:00:00Z");
        clock.setInstant(Instant.parse("2026-03-08T10:00:00Z"));
        anna.exec(() -> improvementService.submitIdea(new IdeaDraft("Shorter quotes", "Quotes take a day", null,
                null)));

        Scorecard card = sue.run(() -> performanceService.scorecard(anna.id(), MARCH));

        assertThat(card.name()).isEqualTo("Anna");
        assertThat(card.crm().activitiesDone()).isEqualTo(2);
        assertThat(card.crm().winRate()).isEqualByComparingTo("100");
        assertThat(card.improvementsSubmitted()).isEqualTo(1);
        assertThat(card.improvementsCompleted()).isZero();
    }

    /** Who may open Anna's scorecard (East, supervised by Sue): the person, her supervisor, managers, admins. */
    @ParameterizedTest(name = "{0} reads Anna''s scorecard: {1}")
    @CsvSource({
        "anna, true",
        "sue, true",
        "max, true",
        "ada, true",
        "ben, false",
        "carl, false",
        "wes, false",
        "olga, false"
    })
    void only_the_person_their_supervisor_managers_and_admins_see_a_scorecard(String reader, boolean sees) {
        Person who = people().get(reader);
        if (sees) {
            assertThat(who.run(() -> performanceService.scorecard(anna.id(), MARCH)).userId()).isEqualTo(anna.id());
            assertThat(who.run(() -> performanceService.scoresOf(anna.id(), MARCH)).userId()).isEqualTo(anna.id());
        } else {
            assertThatThrownBy(() -> who.run(() -> performanceService.scorecard(anna.id(), MARCH)))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> who.run(() -> performanceService.scoresOf(anna.id(), MARCH)))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    /** Which teams each role looks into, and that a team outside them is "not found". */
    @ParameterizedTest(name = "{0} sees teams {1}")
    @CsvSource({
        "anna, ''",
        "olga, ''",
        "sue, East",
        "wes, West",
        "max, East West",
        "ada, East West"
    })
    void each_role_looks_into_exactly_its_teams(String reader, String teams) {
        Person who = people().get(reader);
        List<String> expected = teams.isBlank() ? List.of() : List.of(teams.split(" "));

        assertThat(who.run(() -> performanceService.teams())).extracting(t -> t.name()).containsExactlyElementsOf(
                expected);
        if (!expected.contains("East")) {
            assertThatThrownBy(() -> who.run(() -> performanceService.team(east, MARCH)))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> who.run(() -> performanceService.teamForecast(east, MARCH)))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    private Map<String, Person> people() {
        return java.util.stream.Stream.of(anna, ben, sue, carl, wes, max, ada, olga)
                .collect(java.util.stream.Collectors.toMap(Person::username, Function.identity()));
    }

    static TargetData target(Metric metric, Long userId, Long teamId, String value) {
        return new TargetData(null, 0, MetricRef.builtIn(metric), userId, teamId, MARCH, new BigDecimal(value));
    }

    private static BigDecimal actual(MemberScores scores, Metric metric) {
        return scores.score(MetricRef.builtIn(metric)).orElseThrow().actual();
    }
}
