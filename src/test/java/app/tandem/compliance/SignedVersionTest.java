package app.tandem.compliance;

import static app.tandem.compliance.ComplianceFixture.AISLES;
import static app.tandem.compliance.ComplianceFixture.EXTINGUISHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** A signed-off run keeps what was signed, and a sign-off is tied to the version the reviewer saw (issue 13). */
@TandemServiceTest
class SignedVersionTest {

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
    EvidenceRow tag;

    @BeforeEach
    void aSubmittedRunWithANoteAndEvidence() {
        f = ComplianceFixture.in(context);
        run = f.annasRun("2026-06-01");
        f.annaAnswersAll(run, "PASS", "PASS", "5");
        f.anna.exec(() -> runs.note(run, f.item(run, AISLES), "Checked with Ben"));
        tag = f.anna.run(() -> evidence.addEvidence(run, f.item(run, EXTINGUISHER), "tag.png", ComplianceFixture.png(),
                LocalDate.parse("2026-06-01"), null));
        assertThat(f.anna.run(() -> runs.submit(run)).submitted()).isTrue();
    }

    @Test
    void a_reopened_run_still_shows_and_exports_the_answers_and_evidence_as_they_were_signed_off() {
        f.olga.exec(() -> signOffs.signOff(run, runs.load(run).version()));
        f.clock.advance(Duration.ofDays(1));
        f.adam.exec(() -> signOffs.reopen(run, "Aisle photo was of the wrong aisle"));
        f.anna.exec(() -> {
            runs.answer(run, f.item(run, AISLES), "FAIL");
            runs.note(run, f.item(run, AISLES), "Pallet in aisle 3");
            evidence.removeEvidence(run, tag.id());
        });

        RunView now = f.olga.run(() -> runs.load(run));
        assertThat(answerOf(now, AISLES).value()).isEqualTo("FAIL");
        assertThat(now.items().flatMap(i -> i.evidence().stream())).isEmpty();

        long signOff = f.olga.run(() -> runs.history(run)).stream()
                .filter(e -> e.kind() == RunEventKind.SIGNED_OFF && e.superseded()).findFirst().orElseThrow().id();
        SignedRun signed = f.sue.run(() -> runs.signedVersion(run, signOff));
        assertThat(signed.signedBy()).isEqualTo("olga");
        assertThat(signed.signedAt()).isEqualTo(java.time.Instant.parse("2026-06-01T07:00:00Z"));
        assertThat(signed.run().status()).isEqualTo(RunStatus.SIGNED_OFF);
        assertThat(signed.run().score()).isNotNull();
        assertThat(answerOf(signed.run(), AISLES).value()).isEqualTo("PASS");
        assertThat(answerOf(signed.run(), AISLES).note()).isEqualTo("Checked with Ben");
        assertThat(answerOf(signed.run(), EXTINGUISHER).evidence()).extracting(EvidenceRow::fileName)
                .containsExactly("tag.png");
        assertThat(signed.run().rights().fill()).isFalse();

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        f.olga.exec(() -> evidence.writeEvidence(tag.id(), file));
        assertThat(file.toByteArray()).as("the removed file is kept").isEqualTo(ComplianceFixture.png());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        f.olga.exec(() -> {
            try {
                runs.writeSignedPdf(run, signOff, pdf, ZoneOffset.UTC, Locale.ENGLISH);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(new String(pdf.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThatThrownBy(() -> f.ben.run(() -> runs.signedVersion(run, signOff)))
                .isInstanceOf(app.tandem.base.RecordNotFoundException.class);
    }

    @Test
    void evidence_removed_from_a_run_never_signed_off_is_deleted() {
        long next = f.annasRun("2026-06-08");
        f.clock.advance(Duration.ofDays(7));
        f.anna.exec(() -> runs.start(next));
        EvidenceRow photo = f.anna.run(() -> evidence.addEvidence(next, f.item(next, EXTINGUISHER), "photo.png",
                ComplianceFixture.png(), LocalDate.parse("2026-06-08"), null));
        f.anna.exec(() -> evidence.removeEvidence(next, photo.id()));

        assertThatThrownBy(() -> f.anna.exec(() -> evidence.writeEvidence(photo.id(), new ByteArrayOutputStream())))
                .isInstanceOf(app.tandem.base.RecordNotFoundException.class);
    }

    @Test
    void signing_off_a_run_that_changed_since_the_reviewer_opened_it_is_a_conflict() {
        long seenByOtto = f.otto.run(() -> runs.load(run).version());
        f.olga.exec(() -> signOffs.signOff(run, runs.load(run).version()));
        f.adam.exec(() -> signOffs.reopen(run, "Wrong fridge"));
        f.anna.exec(() -> {
            runs.answer(run, f.item(run, ComplianceFixture.FRIDGE), "7");
            assertThat(runs.submit(run).submitted()).isTrue();
        });

        assertThatThrownBy(() -> f.otto.exec(() -> signOffs.signOff(run, seenByOtto)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(f.otto.run(() -> runs.load(run)).status()).isEqualTo(RunStatus.SUBMITTED);
        f.otto.exec(() -> signOffs.signOff(run, runs.load(run).version()));
        assertThat(f.otto.run(() -> runs.load(run)).status()).isEqualTo(RunStatus.SIGNED_OFF);
    }

    private static RunView.Item answerOf(RunView view, String prompt) {
        return view.items().filter(i -> i.item().prompt().equals(prompt)).findFirst().orElseThrow();
    }
}
