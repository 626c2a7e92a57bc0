package app.tandem.base.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void the_tally_counts_rows_and_keeps_the_errors_in_order() {
        ImportReport.Tally tally = new ImportReport.Tally();
        tally.rowRead();
        tally.created();
        tally.rowRead();
        tally.updated();
        tally.rowRead();
        tally.error(4, "E-mail", "Not an e-mail address");

        ImportReport report = tally.report();

        assertThat(report).isEqualTo(new ImportReport(3, 1, 1,
                List.of(new ImportError(4, "E-mail", "Not an e-mail address"))));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void the_error_report_is_a_csv_with_the_callers_header_and_one_row_per_error() throws IOException {
        ImportReport report = new ImportReport(10, 7, 1, List.of(
                new ImportError(3, "E-Mail", "Keine gültige E-Mail-Adresse"),
                new ImportError(7, "", "Doppelt; siehe Zeile 3")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report.writeErrorsCsv(out, "Zeile", "Spalte", "Meldung", ';');

        byte[] file = out.toByteArray();
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "Zeile;Spalte;Meldung\r\n"
                        + "3;E-Mail;Keine gültige E-Mail-Adresse\r\n"
                        + "7;;\"Doppelt; siehe Zeile 3\"\r\n");
    }

    @Test
    void the_error_report_reads_back_with_the_tabular_reader() throws IOException {
        ImportReport report = new ImportReport(2, 0, 0, List.of(
                new ImportError(2, "Website", "Line one,\nline two")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report.writeErrorsCsv(out, "Row", "Column", "Message");

        TabularPreview preview = new TabularReader().preview(new ByteArrayInputStream(out.toByteArray()),
                "errors.csv", 10);
        assertThat(preview.headers()).containsExactly("Row", "Column", "Message");
        assertThat(preview.rows()).containsExactly(
                new TabularRow(2, List.of("2", "Website", "Line one,\nline two")));
    }

    @Test
    void a_capped_report_counts_all_errors_and_its_summary_entry_has_an_empty_row_cell_in_the_csv() throws IOException {
        ImportReport report = new ImportReport(1_500, 0, 0, List.of(
                new ImportError(2, "Name", "Enter the name."),
                new ImportError(0, "", "… and 1,499 more errors")), 1_500);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report.writeErrorsCsv(out, "Row", "Column", "Message");

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.errorCount()).isEqualTo(1_500);
        assertThat(new ImportReport(1, 1, 0, List.of()).errorCount()).isZero();
        assertThat(new String(out.toByteArray(), 3, out.size() - 3, StandardCharsets.UTF_8)).isEqualTo(
                "Row,Column,Message\r\n"
                        + "2,Name,Enter the name.\r\n"
                        + "\"\",,\"… and 1,499 more errors\"\r\n");
    }
}
