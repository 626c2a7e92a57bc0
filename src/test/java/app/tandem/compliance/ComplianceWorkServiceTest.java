package app.tandem.compliance;

import static app.tandem.compliance.ComplianceFixture.EXTINGUISHER;
import static app.tandem.compliance.ComplianceFixture.FRIDGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.tandem.TandemServiceTest;
import app.tandem.base.WorkEntry;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The compliance part of "My work": runs to fill in, runs to sign off (four eyes), findings owned. */
@TandemServiceTest
class ComplianceWorkServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ComplianceWorkService work;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    RunEvidenceService evidence;
    @Autowired
    RunSignOffService signOffs;

    ComplianceFixture f;
    long first;

    @BeforeEach
    void setUp() {
        f = ComplianceFixture.in(context);
        first = f.annasRun("2026-06-01");
    }

    @Test
    void the_assignee_has_her_open_run_to_fill_in_with_its_due_date_and_nobody_else_has() {
        assertThat(f.anna.run(() -> work.myWork())).extracting(WorkEntry::kind, WorkEntry::recordType,
                WorkEntry::recordId, WorkEntry::title, WorkEntry::detail, WorkEntry::dueOn)
                .contains(tuple("compliance.run.fill", "CHECKLIST_RUN", first, "Warehouse safety walk", "East",
                        LocalDate.parse("2026-06-04")));
        assertThat(f.ben.run(() -> work.myWork())).isEmpty();
        assertThat(f.olga.run(() -> work.myWork())).as("nothing submitted yet").isEmpty();
    }

    @Test
    void a_submitted_run_waits_for_an_officers_sign_off_and_then_disappears_everywhere() {
        submitWithFailures();

        assertThat(f.anna.run(() -> work.myWork())).extracting(WorkEntry::recordId).doesNotContain(first);
        assertThat(f.olga.run(() -> work.myWork())).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("compliance.run.sign-off");
            assertThat(e.recordId()).isEqualTo(first);
            assertThat(e.dueOn()).isNull();
            assertThat(e.waitingSince()).isEqualTo(LocalDate.parse("2026-06-01"));
        });
        assertThat(f.adam.run(() -> work.myWork())).extracting(WorkEntry::kind)
                .containsExactly("compliance.run.sign-off");
        assertThat(f.max.run(() -> work.myWork())).as("a manager does not sign off").isEmpty();

        f.otto.exec(() -> signOffs.signOff(first, f.version(first)));

        assertThat(f.olga.run(() -> work.myWork())).isEmpty();
        assertThat(f.adam.run(() -> work.myWork())).isEmpty();
    }

    @Test
    void the_findings_of_a_failed_run_are_work_for_their_owner_until_a_passing_run_closes_them() {
        submitWithFailures();

        assertThat(f.sue.run(() -> work.myWork())).filteredOn(e -> e.kind().equals("compliance.finding"))
                .extracting(WorkEntry::title, WorkEntry::recordId, WorkEntry::dueOn)
                .containsExactly(tuple(EXTINGUISHER, first, LocalDate.parse("2026-06-08")),
                        tuple(FRIDGE, first, LocalDate.parse("2026-06-15")));
        assertThat(f.anna.run(() -> work.myWork())).extracting(WorkEntry::kind)
                .doesNotContain("compliance.finding");
    }

    private void submitWithFailures() {
        f.annaAnswersAll(first, "PASS", "FAIL", "11");
        f.anna.exec(() -> evidence.addEvidence(first, f.item(first, EXTINGUISHER), "tag.png", ComplianceFixture.png(),
                LocalDate.parse("2026-06-01"), null));
        assertThat(f.anna.run(() -> runs.submit(first)).submitted()).isTrue();
    }
}
