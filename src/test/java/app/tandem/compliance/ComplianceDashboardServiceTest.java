package app.tandem.compliance;

import static app.tandem.compliance.ComplianceFixture.AISLES;
import static app.tandem.compliance.ComplianceFixture.EXTINGUISHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.compliance.ComplianceFigures.AgeBucket;
import app.tandem.compliance.ComplianceFigures.Rate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The compliance dashboard on known data, in June 2026 as seen on the 19th: team East has Anna's run of the 1st
 * submitted on time with two failures, of the 8th submitted late, of the 15th missed; team West has Carl's one-off
 * run of the 1st started and overdue.
 */
@TandemServiceTest
class ComplianceDashboardServiceTest {

    static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");
    static final LocalDate JUNE_30 = LocalDate.parse("2026-06-30");

    @Autowired
    ApplicationContext context;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    RunEvidenceService evidence;
    @Autowired
    RunSignOffService signOffs;
    @Autowired
    ChecklistScheduleService schedules;
    @Autowired
    ComplianceJobs jobs;
    @Autowired
    ComplianceDashboardService dashboard;

    ComplianceFixture f;
    long onTime;
    long late;
    long missed;
    long carls;

    @BeforeEach
    void juneOfTwoTeams() {
        f = ComplianceFixture.in(context);
        f.olga.exec(() -> schedules.save(new ScheduleData(null, 0, f.walk, f.west, f.carl.id(),
                RecurrenceRule.of(Recurrence.ONE_OFF, JUNE_1), 3, true)));
        carls = f.carl.run(() -> runs.myRuns()).getFirst().id();
        f.carl.exec(() -> {
            runs.start(carls);
            evidence.addEvidence(carls, f.item(carls, AISLES), "permit.png", ComplianceFixture.png(), JUNE_1,
                    LocalDate.parse("2026-06-25"));
        });

        onTime = f.annasRun("2026-06-01");
        f.annaAnswersAll(onTime, "PASS", "FAIL", "11");
        f.anna.exec(() -> {
            evidence.addEvidence(onTime, f.item(onTime, EXTINGUISHER), "tag.png", ComplianceFixture.png(), JUNE_1,
                    LocalDate.parse("2026-07-10"));
            evidence.addEvidence(onTime, f.item(onTime, AISLES), "old.png", ComplianceFixture.png(), JUNE_1,
                    LocalDate.parse("2026-06-10"));
        });
        assertThat(f.anna.run(() -> runs.submit(onTime)).submitted()).isTrue();

        f.clock.setInstant(Instant.parse("2026-06-08T07:00:00Z"));
        jobs.runOnce();
        late = f.annasRun("2026-06-08");
        f.anna.exec(() -> runs.start(late));
        f.clock.setInstant(Instant.parse("2026-06-15T07:00:00Z"));
        jobs.runOnce();
        missed = f.annasRun("2026-06-15");
        f.annaAnswersAll(late, "PASS", "PASS", "11");
        assertThat(f.anna.run(() -> runs.submit(late)).submitted()).isTrue();

        f.clock.setInstant(Instant.parse("2026-06-19T07:00:00Z"));
        jobs.runOnce();
        assertThat(f.olga.run(() -> runs.load(missed)).status()).isEqualTo(RunStatus.MISSED);
        assertThat(f.olga.run(() -> runs.load(late)).completedLate()).isTrue();
        assertThat(f.olga.run(() -> runs.load(onTime)).completedLate()).isFalse();
    }

    ComplianceFigures june(TestOrg.Person who) {
        return who.run(() -> dashboard.figures(JUNE_1, JUNE_30));
    }

    @Test
    void completion_and_on_time_rates_count_the_runs_due_by_team_and_by_category() {
        ComplianceFigures figures = f.olga.run(() -> dashboard.figures(JUNE_1, JUNE_30));

        assertThat(figures.byTeam()).extracting(Rate::label, Rate::due, Rate::completed, Rate::onTimeBase,
                Rate::onTime).containsExactly(tuple("East", 3L, 2L, 3L, 1L), tuple("West", 1L, 0L, 1L, 0L));
        assertThat(figures.byCategory()).extracting(Rate::label, Rate::due, Rate::completed, Rate::onTime)
                .containsExactly(tuple("Safety", 4L, 2L, 1L));
        assertThat(figures.byTeam().getFirst().completionRate()).isEqualTo(2 / 3d);
        assertThat(figures.total().completionRate()).isEqualTo(0.5);
        assertThat(figures.total().onTimeRate()).isEqualTo(0.25);
        assertThat(f.olga.run(() -> dashboard.figures(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31")))
                .byTeam()).as("nothing was due in May").isEmpty();
    }

    @Test
    void an_approved_miss_leaves_the_on_time_rate_and_the_missed_count() {
        assertThat(june(f.olga).missed()).isEqualTo(1);

        f.olga.exec(() -> signOffs.approveMiss(missed, "Warehouse closed for stocktake"));

        ComplianceFigures figures = june(f.olga);
        assertThat(figures.missed()).isZero();
        Rate east = figures.byTeam().getFirst();
        assertThat(east.onTimeBase()).isEqualTo(2);
        assertThat(east.onTimeRate()).isEqualTo(0.5);
        assertThat(east.completionRate()).as("the miss still counts as not completed").isEqualTo(2 / 3d);
    }

    @Test
    void the_score_trend_averages_the_submitted_runs_per_month_of_the_last_twelve() {
        int first = f.olga.run(() -> runs.load(onTime)).score();
        int second = f.olga.run(() -> runs.load(late)).score();

        ComplianceFigures figures = june(f.olga);

        assertThat(figures.scoreTrend()).hasSize(12);
        assertThat(figures.scoreTrend().getFirst().month()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(figures.scoreTrend().getLast().month()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(figures.scoreTrend().getLast().runs()).isEqualTo(2);
        assertThat(figures.scoreTrend().getLast().averageScore()).isEqualTo((first + second) / 2d);
        assertThat(figures.scoreTrend().subList(0, 11)).allMatch(m -> m.runs() == 0 && m.averageScore() == null);
    }

    @Test
    void overdue_and_missed_runs_are_counted_now() {
        ComplianceFigures figures = june(f.olga);
        assertThat(figures.overdue()).as("Carl's started run").isEqualTo(1);
        assertThat(figures.missed()).as("Anna's run of the 15th").isEqualTo(1);
    }

    @Test
    void officers_see_open_findings_by_severity_and_age_and_others_do_not() {
        ComplianceFigures.OpenFindings findings = june(f.olga).findings();

        assertThat(findings).isNotNull();
        assertThat(findings.bySeverity()).containsEntry(Severity.MEDIUM, 1L).containsEntry(Severity.HIGH, 0L)
                .containsEntry(Severity.LOW, 0L);
        assertThat(findings.byAge()).as("the fridge finding of the 1st, still failing; the extinguisher closed")
                .containsEntry(AgeBucket.DAYS_8_30, 1L).containsEntry(AgeBucket.DAYS_0_7, 0L)
                .containsEntry(AgeBucket.DAYS_31_90, 0L).containsEntry(AgeBucket.OVER_90, 0L);
        assertThat(june(f.adam).findings()).isNotNull();
        assertThat(june(f.max).findings()).as("findings are officer data, as in FindingService").isNull();
        assertThat(june(f.sue).findings()).isNull();

        f.clock.setInstant(Instant.parse("2026-08-01T07:00:00Z"));
        assertThat(june(f.olga).findings().byAge()).as("61 days old").containsEntry(AgeBucket.DAYS_31_90, 1L)
                .containsEntry(AgeBucket.DAYS_8_30, 0L);
        f.clock.setInstant(Instant.parse("2026-08-31T07:00:00Z"));
        assertThat(june(f.olga).findings().byAge()).as("91 days old").containsEntry(AgeBucket.OVER_90, 1L)
                .containsEntry(AgeBucket.DAYS_31_90, 0L);
    }

    @Test
    void evidence_expiring_within_thirty_days_and_already_expired_is_counted_and_listed() {
        ComplianceFigures figures = june(f.olga);

        assertThat(figures.evidenceExpiring()).isEqualTo(2);
        assertThat(figures.evidenceExpired()).isEqualTo(1);
        assertThat(figures.expiringSoon()).extracting(ComplianceFigures.ExpiringEvidence::fileName,
                ComplianceFigures.ExpiringEvidence::team, ComplianceFigures.ExpiringEvidence::expiryDate)
                .containsExactly(tuple("permit.png", "West", LocalDate.parse("2026-06-25")),
                        tuple("tag.png", "East", LocalDate.parse("2026-07-10")));
    }

    @Test
    void a_supervisor_sees_only_the_runs_of_their_team_and_a_manager_all() {
        ComplianceFigures sues = june(f.sue);
        assertThat(sues.byTeam()).extracting(Rate::label).containsExactly("East");
        assertThat(sues.overdue()).as("Carl's overdue run is West's").isZero();
        assertThat(sues.missed()).isEqualTo(1);
        assertThat(sues.evidenceExpiring()).isEqualTo(1);
        assertThat(sues.expiringSoon()).extracting(ComplianceFigures.ExpiringEvidence::fileName)
                .containsExactly("tag.png");

        assertThat(june(f.max).byTeam()).extracting(Rate::label).containsExactly("East", "West");
        assertThat(june(f.max).overdue()).isEqualTo(1);
    }

    @Test
    void staff_may_not_open_the_dashboard() {
        assertThatThrownBy(() -> june(f.anna)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> june(f.carl)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reversed_period_is_refused_with_a_message() {
        assertThatThrownBy(() -> f.olga.run(() -> dashboard.figures(JUNE_30, JUNE_1)))
                .hasMessage("compliance.dashboard.period-reversed");
    }
}
