package app.tandem.compliance;

import static app.tandem.compliance.ComplianceFixture.AISLES;
import static app.tandem.compliance.ComplianceFixture.EXTINGUISHER;
import static app.tandem.compliance.ComplianceFixture.FRIDGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg.Person;
import app.tandem.base.RecordNotFoundException;
import app.tandem.base.io.TabularFormat;
import app.tandem.base.ui.TandemI18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Exports: the run register and the findings register as XLSX and CSV (every row of the filter within the reader's
 * scope, dates as dates, scores as numbers) and a run as a PDF report.
 */
@TandemServiceTest
class ComplianceExportTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Autowired
    ApplicationContext context;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    RunEvidenceService evidence;
    @Autowired
    RunSignOffService signOffs;
    @Autowired
    FindingService findings;
    @Autowired
    ChecklistScheduleService schedules;
    @Autowired
    TandemI18NProvider i18n;

    ComplianceFixture f;
    long run;

    /** Anna's run of June 1st submitted with the extinguisher failed (a critical item) and the fridge too warm. */
    @BeforeEach
    void aSubmittedRunWithFindings() {
        f = ComplianceFixture.in(context);
        run = f.annasRun("2026-06-01");
        f.annaAnswersAll(run, "PASS", "FAIL", "11");
        f.anna.exec(() -> runs.note(run, f.item(run, EXTINGUISHER), "Pressure gauge in the red"));
        f.anna.exec(() -> evidence.addEvidence(run, f.item(run, EXTINGUISHER), "tag.png", ComplianceFixture.png(),
                LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31")));
        assertThat(f.anna.run(() -> runs.submit(run)).submitted()).isTrue();
    }

    Function<String, String> english() {
        return key -> i18n.getTranslation(key, Locale.ENGLISH);
    }

    interface Export {
        void to(OutputStream out) throws IOException;
    }

    static byte[] export(Person who, Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        who.exec(() -> {
            try {
                export.to(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out.toByteArray();
    }

    byte[] runRegister(Person who, RunFilter filter) {
        return export(who, out -> runs.export(filter, Sort.unsorted(), TabularFormat.XLSX, out, ZONE,
                Locale.ENGLISH, english()));
    }

    static List<Row> rows(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Row> rows = new ArrayList<>();
            sheet.forEach(rows::add);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows below the header. */
    static List<Row> body(List<Row> rows) {
        return rows.subList(1, rows.size());
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    @Test
    void the_run_register_holds_every_readable_run_of_the_filter_with_dates_as_dates_and_scores_as_numbers() {
        long readable = f.olga.run(() -> runs.list(RunFilter.any(), PageRequest.of(0, 1000))).getNumberOfElements();
        List<Row> rows = rows(runRegister(f.olga, RunFilter.any()));

        assertThat(rows.getFirst().getCell(0).getStringCellValue()).isEqualTo("Run no.");
        assertThat(rows).extracting(r -> text(r, 1)).first().isEqualTo("Checklist");
        assertThat(rows).hasSize((int) readable + 1);
        assertThat(readable).as("the fixture's schedule opened more than one run").isGreaterThan(1);

        Row submitted = rows.stream().skip(1).filter(r -> (long) r.getCell(0).getNumericCellValue() == run)
                .findFirst().orElseThrow();
        assertThat(text(submitted, 1)).isEqualTo("Warehouse safety walk");
        assertThat(text(submitted, 2)).isEqualTo("East");
        assertThat(text(submitted, 3)).isEqualTo("Anna");
        assertThat(text(submitted, 4)).isEqualTo("Submitted");
        Cell opens = submitted.getCell(5);
        assertThat(opens.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(opens)).isTrue();
        assertThat(opens.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(submitted.getCell(6).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.parse("2026-06-04"));
        assertThat(DateUtil.isCellDateFormatted(submitted.getCell(7))).as("submitted at").isTrue();
        Cell score = submitted.getCell(8);
        assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(score.getNumericCellValue()).isEqualTo(f.olga.run(() -> runs.load(run)).score().doubleValue());
        assertThat(text(submitted, 9)).as("critical item failed").isEqualTo("yes");

        List<Row> onlySubmitted = rows(runRegister(f.olga, new RunFilter(RunStatus.SUBMITTED, null, null, null, null,
                null, false)));
        assertThat(onlySubmitted).hasSize(2);
        assertThat(onlySubmitted.get(1).getCell(0).getNumericCellValue()).isEqualTo((double) run);
    }

    @Test
    void a_staff_member_exports_only_the_runs_assigned_to_them() {
        f.olga.exec(() -> schedules.save(new ScheduleData(null, 0, f.walk, f.east, f.ben.id(),
                new RecurrenceRule(Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY), null, LocalDate.parse("2026-06-01"),
                        null), 3, true)));

        List<Row> anna = rows(runRegister(f.anna, RunFilter.any()));
        List<Row> ben = rows(runRegister(f.ben, RunFilter.any()));
        List<Row> supervisor = rows(runRegister(f.sue, RunFilter.any()));
        List<Row> carl = rows(runRegister(f.carl, RunFilter.any()));

        assertThat(body(anna)).isNotEmpty().extracting(r -> text(r, 3)).containsOnly("Anna");
        assertThat(body(ben)).isNotEmpty().extracting(r -> text(r, 3)).containsOnly("Ben");
        assertThat(supervisor).as("the supervisor reads the whole team").hasSize(anna.size() + ben.size() - 1);
        assertThat(carl).as("another team's staff: the header only").hasSize(1);
    }

    @Test
    void the_run_register_as_csv_uses_the_german_list_separator_and_titles() {
        byte[] csv = export(f.olga, out -> runs.export(new RunFilter(RunStatus.SUBMITTED, null, null, null, null, null,
                false), Sort.unsorted(), TabularFormat.CSV, out, ZONE, Locale.GERMAN,
                key -> i18n.getTranslation(key, Locale.GERMAN)));
        String[] lines = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Durchgangs-Nr.;Checkliste;Team;");
        assertThat(lines[1]).startsWith(run + ";Warehouse safety walk;East;Anna;Eingereicht;2026-06-01;2026-06-04;");
    }

    @Test
    void the_findings_register_lists_every_finding_with_due_dates_as_dates_for_officers_only() {
        List<FindingListItem> all = f.olga.run(() -> findings.list(null, null, null, false, PageRequest.of(0, 50)))
                .getContent();
        byte[] xlsx = export(f.olga, out -> findings.export(new FindingFilter(null, null, null, false),
                Sort.unsorted(), TabularFormat.XLSX, out, ZONE, Locale.ENGLISH, english()));
        List<Row> rows = rows(xlsx);

        assertThat(all).hasSize(2);
        assertThat(rows).hasSize(3);
        assertThat(text(rows.getFirst(), 0)).isEqualTo("Finding no.");
        assertThat(body(rows)).extracting(r -> text(r, 1)).containsExactlyInAnyOrder(EXTINGUISHER, FRIDGE);
        Row extinguisher = rows.stream().filter(r -> text(r, 1).equals(EXTINGUISHER)).findFirst().orElseThrow();
        FindingListItem expected = all.stream().filter(x -> x.title().equals(EXTINGUISHER)).findFirst().orElseThrow();
        assertThat(extinguisher.getCell(0).getNumericCellValue()).isEqualTo((double) expected.id());
        assertThat(text(extinguisher, 2)).isEqualTo("High");
        assertThat(text(extinguisher, 3)).isEqualTo("Warehouse safety walk");
        assertThat(DateUtil.isCellDateFormatted(extinguisher.getCell(6))).isTrue();
        assertThat(extinguisher.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected.dueDate());
        assertThat(text(extinguisher, 7)).isEqualTo("Open");
        assertThat(extinguisher.getCell(9).getNumericCellValue()).isEqualTo((double) run);

        List<Row> highOnly = rows(export(f.olga, out -> findings.export(new FindingFilter(null, Severity.HIGH, null,
                true), Sort.unsorted(), TabularFormat.XLSX, out, ZONE, Locale.ENGLISH, english())));
        assertThat(body(highOnly)).extracting(r -> text(r, 1)).containsExactly(EXTINGUISHER);

        for (Person other : List.of(f.anna, f.sue, f.max)) {
            assertThatThrownBy(() -> export(other, out -> findings.export(new FindingFilter(null, null, null, false),
                    Sort.unsorted(), TabularFormat.XLSX, out, ZONE, Locale.ENGLISH, english())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    static String pdfText(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                return text.toString();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(Person who, long runId) {
        return export(who, out -> runs.writePdf(runId, out, ZONE, Locale.ENGLISH));
    }

    @Test
    void the_run_pdf_shows_prompts_answers_notes_evidence_score_and_the_sign_off() {
        f.otto.exec(() -> signOffs.signOff(run, f.version(run)));
        RunView view = f.olga.run(() -> runs.load(run));

        String text = pdfText(pdf(f.olga, run));

        assertThat(text).contains("Warehouse safety walk, version 1", "East", "Anna", "Signed off");
        assertThat(text).contains(AISLES, EXTINGUISHER, FRIDGE, ComplianceFixture.REMARKS);
        assertThat(text).contains("Pass", "Fail", "11 °C", "Not answered");
        assertThat(text).contains("Pressure gauge in the red");
        assertThat(text).contains("Evidence: tag.png", "EXPIRED");
        assertThat(text).contains(view.score() + " %", "Failed (pass mark " + view.passMark() + " %)",
                "a critical item failed");
        assertThat(text).contains("Signed off by otto on").doesNotContain("superseded");
    }

    @Test
    void a_reopened_run_shows_the_earlier_sign_off_as_superseded_and_in_german_when_asked() {
        f.otto.exec(() -> signOffs.signOff(run, f.version(run)));
        f.adam.exec(() -> signOffs.reopen(run, "Wrong reading"));

        String english = pdfText(pdf(f.olga, run));
        assertThat(english).contains("Signed off by otto on", "superseded by a reopening", "Not yet submitted");

        String german = pdfText(export(f.olga, out -> runs.writePdf(run, out, ZONE, Locale.GERMAN)));
        assertThat(german).contains("Warehouse safety walk, Version 1", "Abgezeichnet von otto am",
                "durch Wiedereröffnung ersetzt");
    }

    @Test
    void a_run_the_user_may_not_read_is_not_found_as_a_pdf() {
        assertThat(pdfText(pdf(f.anna, run))).contains(AISLES);
        assertThat(pdfText(pdf(f.sue, run))).as("the team's supervisor reads it").contains(AISLES);

        for (Person other : List.of(f.ben, f.carl)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> other.exec(() -> {
                try {
                    runs.writePdf(run, out, ZONE, Locale.ENGLISH);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).isInstanceOf(RecordNotFoundException.class);
            assertThat(out.size()).as("nothing written").isZero();
        }
        assertThatThrownBy(() -> pdf(f.olga, Long.MAX_VALUE)).isInstanceOf(RecordNotFoundException.class);
    }
}
