package app.tandem.compliance;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A run as a PDF report (OpenPDF): the header with score and result, each section's items with answer, result,
 * note and evidence (expired evidence flagged), and the sign-offs with the superseded ones marked. All texts
 * come from the messages files in the reader's language.
 */
final class RunPdf {

    /** Translates a message key with its arguments into the reader's language. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... args);
    }

    private static final Color FAIL_COLOR = new Color(0xB0, 0x1E, 0x1E);
    private static final Color MUTED = new Color(0x55, 0x5F, 0x6D);

    private final RunView run;
    private final List<RunEventRow> signOffs;
    private final ZoneId zone;
    private final Texts text;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;
    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private final Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL, MUTED);
    private final Font failed = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Font.NORMAL, FAIL_COLOR);

    /**
     * @param signOffs the run's sign-off events, newest first
     */
    RunPdf(RunView run, List<RunEventRow> signOffs, ZoneId zone, Locale locale, Texts text) {
        this.run = run;
        this.signOffs = signOffs;
        this.zone = zone;
        this.text = text;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
    }

    /** Writes the report; leaves the stream open, as it belongs to the caller. */
    void write(OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(titleText());
            document.addCreator("Tandem");
            document.open();
            document.add(new Paragraph(titleText(), title));
            document.add(header());
            for (RunView.Section section : run.sections()) {
                Paragraph sectionTitle = new Paragraph(section.title(), heading);
                sectionTitle.setSpacingBefore(12);
                sectionTitle.setSpacingAfter(4);
                document.add(sectionTitle);
                document.add(items(section));
            }
            Paragraph signOffTitle = new Paragraph(text.get("compliance.pdf.sign-off"), heading);
            signOffTitle.setSpacingBefore(12);
            signOffTitle.setSpacingAfter(4);
            document.add(signOffTitle);
            if (signOffs.isEmpty()) {
                document.add(new Paragraph(text.get("compliance.pdf.not-signed-off"), normal));
            }
            for (RunEventRow signOff : signOffs) {
                String line = text.get("compliance.pdf.signed-off-by", signOff.actorName(),
                        dateTime(signOff.happenedAt()));
                document.add(new Paragraph(signOff.superseded()
                        ? line + " (" + text.get("compliance.pdf.superseded") + ")" : line,
                        signOff.superseded() ? small : normal));
            }
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private String titleText() {
        return text.get("compliance.pdf.title", run.template(), run.templateVersion());
    }

    private PdfPTable header() {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        row(table, "compliance.field.team", run.team());
        row(table, "compliance.field.assignee", run.assignee());
        row(table, "compliance.pdf.opens", date(run.opensOn()));
        row(table, "compliance.field.due", date(run.dueOn()));
        row(table, "compliance.pdf.submitted", run.submittedAt() == null ? text.get("compliance.pdf.not-submitted")
                : dateTime(run.submittedAt()));
        String status = text.get("compliance.status." + run.status().name());
        if (run.overdue()) {
            status += " · " + text.get("compliance.flag.overdue");
        }
        if (run.completedLate()) {
            status += " · " + text.get("compliance.flag.late");
        }
        row(table, "compliance.field.status", status);
        if (run.missReason() != null) {
            row(table, "compliance.pdf.miss-reason", run.missReason());
        }
        row(table, "compliance.field.score", run.score() == null ? "–" : run.score() + " %");
        row(table, "compliance.pdf.result", result());
        return table;
    }

    /** Passed or failed against the pass mark, once submitted; a failed critical item fails whatever the score. */
    private String result() {
        if (run.submittedAt() == null) {
            return text.get("compliance.pdf.result.pending");
        }
        boolean critical = Boolean.TRUE.equals(run.criticalFailed());
        boolean passed = !critical && (run.score() == null || run.score() >= run.passMark());
        String result = text.get(passed ? "compliance.pdf.result.passed" : "compliance.pdf.result.failed",
                run.passMark());
        return critical ? result + " · " + text.get("compliance.pdf.result.critical") : result;
    }

    private void row(PdfPTable table, String labelKey, String value) {
        table.addCell(cell(new Phrase(text.get(labelKey), bold)));
        table.addCell(cell(new Phrase(value, normal)));
    }

    private PdfPTable items(RunView.Section section) {
        PdfPTable table = new PdfPTable(new float[] {4, 2, 1.3f, 3});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("compliance.pdf.item", "compliance.pdf.answer", "compliance.pdf.item-result",
                "compliance.pdf.note")) {
            PdfPCell head = cell(new Phrase(text.get(key), bold));
            head.setBackgroundColor(new Color(0xEE, 0xF1, 0xF4));
            table.addCell(head);
        }
        for (RunView.Item item : section.items()) {
            Phrase prompt = new Phrase(item.item().prompt(), normal);
            for (EvidenceRow evidence : item.evidence()) {
                prompt.add(new Phrase("\n" + evidenceLine(evidence), evidence.expired() ? failed : small));
            }
            table.addCell(cell(prompt));
            table.addCell(cell(new Phrase(answer(item), normal)));
            table.addCell(cell(new Phrase(item.result() == null ? "" : text.get("compliance.result."
                    + item.result().name()), item.result() == ItemResult.FAIL ? failed : normal)));
            table.addCell(cell(new Phrase(item.note() == null ? "" : item.note(), normal)));
        }
        return table;
    }

    private String evidenceLine(EvidenceRow evidence) {
        String line = text.get("compliance.pdf.evidence", evidence.fileName(), date(evidence.effectiveDate()));
        if (evidence.expiryDate() != null) {
            line += ", " + text.get("compliance.pdf.expires", date(evidence.expiryDate()));
        }
        return evidence.expired() ? line + " · " + text.get("compliance.pdf.expired") : line;
    }

    /** The answer in the reader's words: pass/fail and yes/no translated, numbers with their unit, dates formatted. */
    private String answer(RunView.Item item) {
        String value = item.value();
        if (value == null) {
            return text.get("compliance.pdf.unanswered");
        }
        return switch (item.item().rule().type()) {
            case PASS_FAIL_NA, YES_NO_NA -> text.get("compliance.answer." + value);
            case NUMBER -> item.item().unit() == null ? value : value + " " + item.item().unit();
            case DATE -> formattedDate(value);
            case TEXT, CHOICE -> value;
        };
    }

    private String formattedDate(String iso) {
        try {
            return date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setBorderColor(new Color(0xC8, 0xCE, 0xD6));
        return cell;
    }

    private String date(LocalDate date) {
        return dates.format(date);
    }

    private String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : dateTimes.format(instant.atZone(zone));
    }
}
