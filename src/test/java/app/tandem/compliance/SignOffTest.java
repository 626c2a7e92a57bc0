package app.tandem.compliance;

import static app.tandem.compliance.ComplianceFixture.AISLES;
import static app.tandem.compliance.ComplianceFixture.EXTINGUISHER;
import static app.tandem.compliance.ComplianceFixture.REMARKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@TandemServiceTest
class SignOffTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    RunEvidenceService evidence;
    @Autowired
    RunSignOffService signOffs;

    ComplianceFixture f;
    long run;

    @BeforeEach
    void aSubmittedRun() {
        f = ComplianceFixture.in(context);
        run = f.annasRun("2026-06-01");
        f.annaAnswersAll(run, "PASS", "PASS", "5");
        f.anna.exec(() -> runs.note(run, f.item(run, AISLES), "Checked with Ben"));
        f.anna.exec(() -> evidence.addEvidence(run, f.item(run, EXTINGUISHER), "tag.png", ComplianceFixture.png(),
                LocalDate.parse("2026-06-01"), null));
        assertThat(f.anna.run(() -> runs.submit(run)).submitted()).isTrue();
    }

    @Test
    void an_officer_signs_off_a_submitted_run_which_records_who_and_when() {
        RunView signed = f.olga.run(() -> signOffs.signOff(run, f.version(run)));

        assertThat(signed.status()).isEqualTo(RunStatus.SIGNED_OFF);
        assertThat(signed.rights().fill()).isFalse();
        assertThat(f.olga.run(() -> runs.history(run))).first().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(RunEventKind.SIGNED_OFF);
            assertThat(e.actorName()).isEqualTo("olga");
            assertThat(e.happenedAt()).isEqualTo(f.clock.instant());
            assertThat(e.superseded()).isFalse();
        });
    }

    @Test
    void nobody_but_officers_and_admins_signs_off_and_only_submitted_runs() {
        for (var other : java.util.List.of(f.anna, f.sue, f.max)) {
            assertThatThrownBy(() -> other.run(() -> signOffs.signOff(run, f.version(run))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        long next = f.annasRun("2026-06-08");
        assertThatThrownBy(() -> f.olga.run(() -> signOffs.signOff(next, f.version(next))))
                .hasMessage("compliance.signoff.not-submitted");
        assertThat(f.adam.run(() -> signOffs.signOff(run, f.version(run))).status()).isEqualTo(RunStatus.SIGNED_OFF);
    }

    @Test
    void an_officer_never_signs_off_a_run_they_filled_in_another_officer_does() {
        long westWalk = f.olga.run(() -> f.schedules.save(new ScheduleData(null, 0, f.walk, f.west, f.olga.id(),
                new RecurrenceRule(Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY), null, LocalDate.parse("2026-06-01"),
                        null), 3, true))).id();
        long olgasRun = f.olga.run(() -> runs.myRuns()).stream().filter(r -> r.team().equals("West")).findFirst()
                .orElseThrow().id();
        assertThat(westWalk).isPositive();
        f.olga.exec(() -> {
            runs.answer(olgasRun, f.item(olgasRun, AISLES), "PASS");
            runs.answer(olgasRun, f.item(olgasRun, EXTINGUISHER), "PASS");
            runs.answer(olgasRun, f.item(olgasRun, ComplianceFixture.FRIDGE), "3");
            assertThat(runs.submit(olgasRun).submitted()).isTrue();
        });

        assertThat(f.olga.run(() -> runs.load(olgasRun)).rights().signOff()).isFalse();
        assertThatThrownBy(() -> f.olga.run(() -> signOffs.signOff(olgasRun, f.version(olgasRun))))
                .hasMessage("compliance.signoff.four-eyes");
        assertThat(f.otto.run(() -> runs.load(olgasRun)).rights().signOff()).isTrue();
        assertThat(f.otto.run(() -> signOffs.signOff(olgasRun, f.version(olgasRun))).status())
                .isEqualTo(RunStatus.SIGNED_OFF);
    }

    @Test
    void a_signed_off_run_refuses_every_change_through_every_service_method() {
        f.olga.exec(() -> signOffs.signOff(run, f.version(run)));
        long aisles = f.item(run, AISLES);
        long evidenceId = f.olga.run(() -> runs.load(run)).items().flatMap(i -> i.evidence().stream()).findFirst()
                .orElseThrow().id();
        Map<String, Runnable> changes = new LinkedHashMap<>();
        changes.put("start", () -> runs.start(run));
        changes.put("answer", () -> runs.answer(run, aisles, "FAIL"));
        changes.put("clear answer", () -> runs.answer(run, aisles, ""));
        changes.put("note", () -> runs.note(run, aisles, "changed"));
        changes.put("confirm", () -> runs.confirm(run, aisles));
        changes.put("start from last", () -> runs.startFromLast(run));
        changes.put("add evidence", () -> evidence.addEvidence(run, aisles, "x.png", ComplianceFixture.png(),
                LocalDate.parse("2026-06-01"), null));
        changes.put("remove evidence", () -> evidence.removeEvidence(run, evidenceId));
        changes.put("submit", () -> runs.submit(run));

        changes.forEach((what, change) -> assertThatThrownBy(() -> f.anna.exec(change)).as(what)
                .hasMessage("compliance.run.locked"));
        assertThatThrownBy(() -> f.otto.run(() -> signOffs.signOff(run, f.version(run))))
                .hasMessage("compliance.run.locked");
        assertThatThrownBy(() -> f.olga.run(() -> signOffs.approveMiss(run, "why"))).hasMessage(
                "compliance.miss.not-missed");

        RunView after = f.olga.run(() -> runs.load(run));
        RunView.Item item = after.items().filter(i -> i.item().prompt().equals(AISLES)).findFirst().orElseThrow();
        assertThat(item.value()).isEqualTo("PASS");
        assertThat(item.note()).isEqualTo("Checked with Ben");
        assertThat(after.items().flatMap(i -> i.evidence().stream())).hasSize(1);
        assertThat(after.items().filter(i -> i.item().prompt().equals(REMARKS)).findFirst().orElseThrow().value())
                .isNull();
        assertThat(after.status()).isEqualTo(RunStatus.SIGNED_OFF);
    }

    @Test
    void an_admin_reopens_with_a_reason_the_old_sign_off_stays_superseded_and_a_new_one_is_needed() {
        f.olga.exec(() -> signOffs.signOff(run, f.version(run)));
        assertThatThrownBy(() -> f.olga.run(() -> signOffs.reopen(run, "Wrong reading")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.adam.run(() -> signOffs.reopen(run, "  "))).hasMessage(
                "compliance.reopen.reason-required");

        RunView reopened = f.adam.run(() -> signOffs.reopen(run, "Fridge reading was from the wrong unit"));
        assertThat(reopened.status()).isEqualTo(RunStatus.IN_PROGRESS);
        assertThat(f.adam.run(() -> runs.history(run))).extracting(RunEventRow::kind, RunEventRow::superseded)
                .startsWith(org.assertj.core.groups.Tuple.tuple(RunEventKind.REOPENED, false),
                        org.assertj.core.groups.Tuple.tuple(RunEventKind.SIGNED_OFF, true));

        f.anna.exec(() -> runs.answer(run, f.item(run, ComplianceFixture.FRIDGE), "4"));
        assertThatThrownBy(() -> f.otto.run(() -> signOffs.signOff(run, f.version(run))))
                .hasMessage("compliance.signoff.not-submitted");
        assertThat(f.anna.run(() -> runs.submit(run)).submitted()).isTrue();
        f.otto.exec(() -> signOffs.signOff(run, f.version(run)));
        assertThat(f.adam.run(() -> runs.history(run))).filteredOn(e -> e.kind() == RunEventKind.SIGNED_OFF)
                .extracting(RunEventRow::actorName, RunEventRow::superseded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("otto", false),
                        org.assertj.core.groups.Tuple.tuple("olga", true));
    }
}
