package app.tandem.compliance;

import static app.tandem.compliance.ComplianceFixture.AISLES;
import static app.tandem.compliance.ComplianceFixture.EXTINGUISHER;
import static app.tandem.compliance.ComplianceFixture.FRIDGE;
import static app.tandem.compliance.ComplianceFixture.REMARKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@TandemServiceTest
class ChecklistRunServiceTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    RunEvidenceService evidence;
    @Autowired
    RunSignOffService signOffs;
    @Autowired
    ComplianceJobs jobs;

    ComplianceFixture f;
    long run;

    @BeforeEach
    void setUp() {
        f = ComplianceFixture.in(context);
        run = f.annasRun("2026-06-01");
    }

    long item(String prompt) {
        return f.item(run, prompt);
    }

    @Test
    void my_checklists_show_the_runs_assigned_to_me_soonest_due_first() {
        assertThat(f.anna.run(() -> runs.myRuns())).extracting(r -> r.opensOn().toString(), RunListItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-06-01", RunStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple("2026-06-08", RunStatus.OPEN));
        assertThat(f.ben.run(() -> runs.myRuns())).isEmpty();
    }

    @Test
    void each_answer_is_saved_at_once_and_its_result_computed_from_the_rules() {
        RunView.Item fridge = f.anna.run(() -> runs.answer(run, item(FRIDGE), "9,5"));
        assertThat(fridge.value()).isEqualTo("9.5");
        assertThat(fridge.result()).isEqualTo(ItemResult.FAIL);

        RunView reloaded = f.anna.run(() -> runs.load(run));
        assertThat(reloaded.status()).as("the first answer starts the run").isEqualTo(RunStatus.IN_PROGRESS);
        assertThat(reloaded.items().filter(i -> i.item().prompt().equals(FRIDGE)).findFirst().orElseThrow().result())
                .isEqualTo(ItemResult.FAIL);

        f.anna.exec(() -> runs.answer(run, item(FRIDGE), "4"));
        assertThat(f.anna.run(() -> runs.load(run)).items().filter(i -> i.item().prompt().equals(FRIDGE))
                .findFirst().orElseThrow().result()).isEqualTo(ItemResult.PASS);
    }

    @Test
    void an_invalid_answer_is_refused_and_the_previous_one_kept() {
        f.anna.exec(() -> runs.answer(run, item(FRIDGE), "4"));
        assertThatThrownBy(() -> f.anna.exec(() -> runs.answer(run, item(FRIDGE), "cold")))
                .hasMessage("compliance.answer.number-invalid");
        assertThat(f.anna.run(() -> runs.load(run)).items().filter(i -> i.item().prompt().equals(FRIDGE))
                .findFirst().orElseThrow().value()).isEqualTo("4");
    }

    @Test
    void submit_lists_what_is_missing_and_changes_nothing_until_every_rule_is_met() {
        f.anna.exec(() -> {
            runs.answer(run, item(AISLES), "FAIL");
            runs.answer(run, item(EXTINGUISHER), "FAIL");
        });

        SubmitOutcome refused = f.anna.run(() -> runs.submit(run));
        assertThat(refused.submitted()).isFalse();
        assertThat(refused.missing()).extracting(MissingItem::prompt, MissingItem::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AISLES, ItemProblem.NOTE_MISSING),
                org.assertj.core.groups.Tuple.tuple(EXTINGUISHER, ItemProblem.EVIDENCE_MISSING),
                org.assertj.core.groups.Tuple.tuple(FRIDGE, ItemProblem.ANSWER_MISSING));
        assertThat(f.anna.run(() -> runs.load(run)).status()).isEqualTo(RunStatus.IN_PROGRESS);

        f.anna.exec(() -> {
            runs.note(run, item(AISLES), "Pallet in aisle 4, moved");
            evidence.addEvidence(run, item(EXTINGUISHER), "extinguisher.png", ComplianceFixture.png(),
                    LocalDate.parse("2026-06-01"), null);
            runs.answer(run, item(FRIDGE), "5");
        });
        assertThat(f.anna.run(() -> runs.missing(run))).as("the optional remark is not missing").isEmpty();

        assertThat(f.anna.run(() -> runs.submit(run)).submitted()).isTrue();
        RunView submitted = f.anna.run(() -> runs.load(run));
        assertThat(submitted.status()).isEqualTo(RunStatus.SUBMITTED);
        assertThat(submitted.score()).as("weights 1 fail, 3 fail, 2 pass").isEqualTo(33);
        assertThat(submitted.criticalFailed()).isTrue();
        assertThat(submitted.completedLate()).isFalse();
        assertThatThrownBy(() -> f.anna.exec(() -> runs.answer(run, item(REMARKS), "Late remark")))
                .hasMessage("compliance.run.not-fillable");
    }

    @Test
    void a_run_submitted_after_its_due_date_was_overdue_and_is_completed_late() {
        f.anna.exec(() -> runs.answer(run, item(AISLES), "PASS"));
        f.clock.advance(Duration.ofDays(4));
        assertThat(f.anna.run(() -> runs.load(run)).overdue()).isTrue();
        assertThat(f.sue.run(() -> runs.list(new RunFilter(null, null, null, null, null, null, true),
                PageRequest.of(0, 10))).getContent()).extracting(RunListItem::id).containsExactly(run);

        f.annaAnswersAll(run, "PASS", "PASS", "5");
        f.anna.exec(() -> runs.submit(run));
        RunView late = f.anna.run(() -> runs.load(run));
        assertThat(late.overdue()).isFalse();
        assertThat(late.completedLate()).isTrue();
        assertThat(late.score()).isEqualTo(100);
    }

    @Test
    void only_the_assignee_fills_a_run() {
        for (var other : java.util.List.of(f.ben, f.sue, f.olga, f.adam)) {
            assertThatThrownBy(() -> other.exec(() -> runs.answer(run, item(AISLES), "PASS")))
                    .isInstanceOf(DomainException.class);
        }
        assertThat(f.anna.run(() -> runs.load(run)).status()).isEqualTo(RunStatus.OPEN);
    }

    @Test
    void staff_see_only_their_runs_supervisors_their_team_officers_and_managers_everything() {
        assertThatThrownBy(() -> f.ben.run(() -> runs.load(run))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> f.carl.run(() -> runs.load(run))).isInstanceOf(RecordNotFoundException.class);
        assertThat(f.ben.run(() -> runs.list(RunFilter.any(), PageRequest.of(0, 10))).getContent()).isEmpty();
        assertThat(f.sue.run(() -> runs.load(run)).team()).isEqualTo("East");
        assertThat(f.sue.run(() -> runs.list(RunFilter.any(), PageRequest.of(0, 10))).getContent()).hasSize(2);
        assertThat(f.olga.run(() -> runs.list(RunFilter.any(), PageRequest.of(0, 10))).getContent()).hasSize(2);
        assertThat(f.max.run(() -> runs.list(RunFilter.any(), PageRequest.of(0, 10))).getContent())
                .as("a manager reads every team's runs, also without a team of their own").hasSize(2);
        assertThat(f.anna.run(() -> runs.list(new RunFilter(RunStatus.OPEN, f.walk, f.east, f.anna.id(),
                LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-05"), false), PageRequest.of(0, 10)))
                .getContent()).extracting(RunListItem::id).containsExactly(run);
    }

    @Test
    void start_from_the_last_run_copies_its_answers_each_to_be_confirmed() {
        f.annaAnswersAll(run, "PASS", "PASS", "5");
        f.anna.exec(() -> runs.note(run, item(AISLES), "All clear"));
        f.anna.exec(() -> runs.submit(run));
        f.clock.advance(Duration.ofDays(7));
        long next = f.annasRun("2026-06-08");
        assertThat(f.anna.run(() -> runs.load(next)).rights().startFromLast()).isTrue();

        assertThat(f.anna.run(() -> runs.startFromLast(next))).isEqualTo(3);

        RunView copied = f.anna.run(() -> runs.load(next));
        RunView.Item aisles = copied.items().filter(i -> i.item().prompt().equals(AISLES)).findFirst().orElseThrow();
        assertThat(aisles.value()).isEqualTo("PASS");
        assertThat(aisles.note()).isEqualTo("All clear");
        assertThat(aisles.reconfirm()).isTrue();
        assertThat(f.anna.run(() -> runs.submit(next)).missing()).extracting(MissingItem::problem)
                .containsOnly(ItemProblem.RECONFIRM_PENDING).hasSize(3);

        f.anna.exec(() -> {
            runs.confirm(next, f.item(next, AISLES));
            runs.confirm(next, f.item(next, EXTINGUISHER));
            runs.answer(next, f.item(next, FRIDGE), "6");
        });
        assertThat(f.anna.run(() -> runs.submit(next)).submitted()).isTrue();
        assertThatThrownBy(() -> f.anna.run(() -> runs.startFromLast(next))).isInstanceOf(DomainException.class);
    }

    @Test
    void start_from_the_last_run_needs_a_submitted_earlier_run_and_no_answers_yet() {
        assertThatThrownBy(() -> f.anna.run(() -> runs.startFromLast(run))).hasMessage("compliance.run.no-previous");
    }

    @Test
    void evidence_is_checked_by_its_content_stored_and_streamed_back() {
        long extinguisher = item(EXTINGUISHER);
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        EvidenceRow row = f.anna.run(() -> evidence.addEvidence(run, extinguisher, "C:\\scans\\service-report.pdf", pdf,
                LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31")));
        assertThat(row.contentType()).isEqualTo("application/pdf");
        assertThat(row.fileName()).isEqualTo("service-report.pdf");
        assertThat(row.expired()).as("expired yesterday").isTrue();
        assertThat(f.anna.run(() -> runs.load(run)).hasExpiredEvidence()).isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.sue.exec(() -> evidence.writeEvidence(row.id(), out));
        assertThat(out.toByteArray()).isEqualTo(pdf);
        assertThatThrownBy(() -> f.ben.exec(() -> evidence.writeEvidence(row.id(), new ByteArrayOutputStream())))
                .isInstanceOf(RecordNotFoundException.class);

        assertThatThrownBy(() -> f.anna.run(() -> evidence.addEvidence(run, extinguisher, "photo.png",
                "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8), LocalDate.parse("2026-06-01"), null)))
                .as("a name is not a type").hasMessage("compliance.evidence.type-not-allowed");
        assertThatThrownBy(() -> f.anna.run(() -> evidence.addEvidence(run, extinguisher, "big.png",
                new byte[(int) EvidenceType.MAX_BYTES + 1], LocalDate.parse("2026-06-01"), null)))
                .hasMessage("compliance.evidence.too-large");
        assertThatThrownBy(() -> f.anna.run(() -> evidence.addEvidence(run, extinguisher, "a.png", ComplianceFixture.png(),
                LocalDate.parse("2026-06-01"), LocalDate.parse("2026-05-01"))))
                .hasMessage("compliance.evidence.expiry-before-effective");
        assertThat(f.anna.run(() -> runs.load(run)).items().flatMap(i -> i.evidence().stream())).hasSize(1);

        f.anna.exec(() -> evidence.removeEvidence(run, row.id()));
        assertThat(f.anna.run(() -> runs.load(run)).items().flatMap(i -> i.evidence().stream())).isEmpty();
    }

    @Test
    void a_run_not_yet_started_takes_the_newest_published_version_when_it_starts() {
        long draft = f.olga.run(() -> f.templates.draftFor(f.walk));
        f.olga.exec(() -> {
            long section = f.templates.content(draft).sections().getFirst().id();
            f.templates.saveItem(section, new TemplateItemData(null, "Exit signs lit", null, null,
                    ItemRule.passFail()));
            f.templates.publish(draft);
        });
        assertThat(f.anna.run(() -> runs.load(run)).templateVersion()).isEqualTo(1);

        RunView started = f.anna.run(() -> runs.start(run));
        assertThat(started.templateVersion()).isEqualTo(2);
        assertThat(started.items()).extracting(i -> i.item().prompt()).contains("Exit signs lit");
    }

    @Test
    void an_officer_approves_a_missed_run_with_a_reason() {
        f.clock.advance(Duration.ofDays(4));
        jobs.runOnce();
        assertThat(f.olga.run(() -> runs.load(run)).status()).isEqualTo(RunStatus.MISSED);
        assertThatThrownBy(() -> f.olga.run(() -> signOffs.approveMiss(run, " "))).hasMessage(
                "compliance.miss.reason-required");
        assertThatThrownBy(() -> f.sue.run(() -> signOffs.approveMiss(run, "Stocktake")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        RunView approved = f.olga.run(() -> signOffs.approveMiss(run, "Warehouse closed for stocktake"));
        assertThat(approved.missReason()).isEqualTo("Warehouse closed for stocktake");
        assertThat(approved.rights().approveMiss()).isFalse();
        assertThat(f.olga.run(() -> runs.history(run))).extracting(RunEventRow::kind)
                .containsExactly(RunEventKind.MISS_APPROVED);
        assertThatThrownBy(() -> f.anna.run(() -> runs.answer(run, item(AISLES), "PASS")))
                .hasMessage("compliance.run.not-fillable");
    }
}
