package app.tandem.base.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.base.DomainException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TabularReaderTest {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final int LARGE = 100_000;
    /** Streaming grows the heap by about nothing; holding the 100,000 rows as strings alone takes about 40 MB. */
    static final long STREAMING_HEAP_BUDGET = 16L * 1024 * 1024;

    final TabularReader reader = new TabularReader(TabularReader.DEFAULT_MAX_ROWS, Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void a_semicolon_csv_with_byte_order_mark_and_a_line_break_in_quotes_is_read_cell_by_cell() {
        byte[] file = concat(UTF8_BOM, ("Firma;Straße;Notiz\r\n"
                + "Müller GmbH;Hauptstr. 1;\"Zeile eins\r\nZeile zwei\"\r\n"
                + "ACME;\"Ring 2; Hof\";\r\n").getBytes(StandardCharsets.UTF_8));

        Read read = read(file, "kunden.csv");

        assertThat(read.headers).containsExactly("Firma", "Straße", "Notiz");
        assertThat(read.rows).containsExactly(
                new TabularRow(2, List.of("Müller GmbH", "Hauptstr. 1", "Zeile eins\r\nZeile zwei")),
                new TabularRow(3, List.of("ACME", "Ring 2; Hof", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {",", "\t", ";"})
    void the_delimiter_is_taken_from_the_header_line(String delimiter) {
        String csv = String.join(delimiter, "Name", "\"City, State\"", "Phone") + "\n"
                + String.join(delimiter, "Ada", "\"London, UK\"", "+44 20") + "\n";

        Read read = read(csv.getBytes(StandardCharsets.UTF_8), "people.csv");

        assertThat(read.headers).containsExactly("Name", "City, State", "Phone");
        assertThat(read.rows).containsExactly(new TabularRow(2, List.of("Ada", "London, UK", "+44 20")));
    }

    @Test
    void a_csv_saved_by_excel_in_windows_1252_keeps_its_umlauts() {
        byte[] file = "Name;Ort\nJürgen Weiß;Köln\n".getBytes(Charset.forName("windows-1252"));

        Read read = read(file, "export.csv");

        assertThat(read.rows.getFirst().cells()).containsExactly("Jürgen Weiß", "Köln");
    }

    @Test
    void blank_lines_are_skipped_but_row_numbers_stay_those_of_the_file() {
        byte[] file = "\nName,Email\nAda,ada@example.com\n\n,\nGrace,grace@example.com\n".getBytes(
                StandardCharsets.UTF_8);

        Read read = read(file, "people.csv");

        assertThat(read.headers).containsExactly("Name", "Email");
        assertThat(read.rows).extracting(TabularRow::rowNumber).containsExactly(3, 6);
    }

    @Test
    void short_rows_are_padded_to_the_header_with_empty_cells() {
        Read read = read("A,B,C\n1\n".getBytes(StandardCharsets.UTF_8), "short.csv");

        assertThat(read.rows.getFirst().cells()).containsExactly("1", "", "");
        assertThat(read.rows.getFirst().cell(7)).isEmpty();
    }

    @Test
    void an_excel_workbook_reads_numbers_and_dates_as_excel_shows_them() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Accounts");
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle germanDate = workbook.createCellStyle();
            germanDate.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Company");
            header.createCell(1).setCellValue("Revenue");
            header.createCell(2).setCellValue("Note");
            header.createCell(3).setCellValue("Since");
            header.createCell(4).setCellValue("Employees");
            Row acme = sheet.createRow(2);
            acme.createCell(0).setCellValue("ACME Ltd.");
            acme.createCell(1).setCellValue(1234.5);
            acme.getCell(1).setCellStyle(money);
            acme.createCell(3).setCellValue(LocalDate.of(2025, 3, 14));
            acme.getCell(3).setCellStyle(germanDate);
            acme.createCell(4).setCellValue(42);
            workbook.createSheet("Ignored").createRow(0).createCell(0).setCellValue("not the first sheet");
            workbook.write(out);
            file = out.toByteArray();
        }

        Read read = read(file, "accounts.xlsx");

        assertThat(read.headers).containsExactly("Company", "Revenue", "Note", "Since", "Employees");
        assertThat(read.rows).containsExactly(
                new TabularRow(3, List.of("ACME Ltd.", "1,234.50", "", "14.03.2025", "42")));
    }

    @Test
    void an_excel_workbook_is_recognised_by_its_content_whatever_its_name() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, out, List.of("Name"))) {
            writer.write(List.of("Ada"));
        }

        Read read = read(out.toByteArray(), "people.csv");

        assertThat(read.rows).containsExactly(new TabularRow(2, List.of("Ada")));
    }

    @Test
    void a_csv_of_100000_rows_streams_through_in_bounded_memory() throws IOException {
        Path file = dir.resolve("large.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("Company;Website;Email;Phone;Notes\n");
            for (int i = 1; i <= LARGE; i++) {
                out.write("Company " + i + ";https://company" + i + ".example;info@company" + i
                        + ".example;+49 30 " + i + ";\"Some notes about company " + i + "\"\n");
            }
        }

        assertStreamsInBoundedMemory(file, "large.csv");
    }

    @Test
    void an_xlsx_of_100000_rows_streams_through_in_bounded_memory() throws IOException {
        Path file = dir.resolve("large.xlsx");
        try (OutputStream out = Files.newOutputStream(file);
                TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, out,
                        List.of("Company", "Website", "Email", "Employees", "Since"))) {
            for (int i = 1; i <= LARGE; i++) {
                writer.write(List.of("Company " + i, "https://company" + i + ".example",
                        "info@company" + i + ".example", i, LocalDate.of(2000, 1, 1).plusDays(i % 9000)));
            }
        }

        assertStreamsInBoundedMemory(file, "large.xlsx");
    }

    private void assertStreamsInBoundedMemory(Path file, String name) throws IOException {
        long before = usedHeapAfterGc();
        AtomicInteger rows = new AtomicInteger();
        AtomicLong peak = new AtomicLong();
        AtomicInteger lastRowNumber = new AtomicInteger();
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, name, headers -> assertThat(headers).hasSize(5), row -> {
                int count = rows.incrementAndGet();
                lastRowNumber.set(row.rowNumber());
                if (count % (LARGE / 2) == 0) {
                    peak.accumulateAndGet(usedHeapAfterGc(), Math::max);
                }
            });
        }

        assertThat(rows).hasValue(LARGE);
        assertThat(lastRowNumber).hasValue(LARGE + 1);
        assertThat(peak.get() - before).as("heap grown while reading").isLessThan(STREAMING_HEAP_BUDGET);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void preview_returns_the_header_and_the_first_rows_only() throws IOException {
        StringBuilder csv = new StringBuilder("Name,Number\n");
        for (int i = 1; i <= 50; i++) {
            csv.append("Row ").append(i).append(',').append(i).append('\n');
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, xlsx, List.of("Name", "Number"))) {
            for (int i = 1; i <= 50; i++) {
                writer.write(List.of("Row " + i, i));
            }
        }

        TabularPreview fromCsv = reader.preview(stream(csv.toString().getBytes(StandardCharsets.UTF_8)), "a.csv", 3);
        TabularPreview fromXlsx = reader.preview(stream(xlsx.toByteArray()), "a.xlsx", 3);

        for (TabularPreview preview : List.of(fromCsv, fromXlsx)) {
            assertThat(preview.headers()).containsExactly("Name", "Number");
            assertThat(preview.rows()).containsExactly(
                    new TabularRow(2, List.of("Row 1", "1")),
                    new TabularRow(3, List.of("Row 2", "2")),
                    new TabularRow(4, List.of("Row 3", "3")));
        }
    }

    @Test
    void random_bytes_named_xlsx_are_unreadable() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        byte[] brokenZip = concat(new byte[] {'P', 'K', 3, 4}, noise);

        assertFailsWith("import.file.unreadable", noise, "accounts.xlsx");
        assertFailsWith("import.file.unreadable", brokenZip, "accounts.xlsx");
    }

    @Test
    void a_legacy_xls_or_a_binary_file_named_csv_is_unreadable() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};

        assertFailsWith("import.file.unreadable", ole2, "accounts.xls");
        assertFailsWith("import.file.unreadable", ole2, "accounts.csv");
    }

    @Test
    void an_empty_file_or_one_without_a_header_is_empty() throws IOException {
        ByteArrayOutputStream emptySheet = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Empty");
            workbook.write(emptySheet);
        }

        assertFailsWith("import.file.empty", new byte[0], "accounts.csv");
        assertFailsWith("import.file.empty", new byte[0], "accounts.xlsx");
        assertFailsWith("import.file.empty", concat(UTF8_BOM, "\r\n;;\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
                "accounts.csv");
        assertFailsWith("import.file.empty", emptySheet.toByteArray(), "accounts.xlsx");
    }

    @Test
    void a_file_with_more_rows_than_allowed_is_refused_with_the_maximum() {
        TabularReader smallReader = new TabularReader(2, Locale.ENGLISH);
        byte[] threeRows = "Name\nA\nB\n\nC\n".getBytes(StandardCharsets.UTF_8);
        byte[] twoRows = "Name\nA\n\nB\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> smallReader.read(stream(threeRows), "a.csv", h -> { }, r -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("import.file.too-many-rows");
                    assertThat(e.getArguments()).containsExactly(2);
                });
        List<TabularRow> rows = new ArrayList<>();
        smallReader.read(stream(twoRows), "a.csv", h -> { }, rows::add);
        assertThat(rows).hasSize(2);
    }

    @Test
    void an_exception_from_the_row_callback_reaches_the_caller_unchanged() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, xlsx, List.of("Name"))) {
            writer.write(List.of("Ada"));
        }
        IllegalStateException csvFailure = new IllegalStateException("database down");
        DomainException xlsxFailure = new DomainException("some.rule");

        assertThatThrownBy(() -> reader.read(stream("Name\nAda\n".getBytes(StandardCharsets.UTF_8)), "a.csv",
                h -> { }, r -> {
                    throw csvFailure;
                })).isSameAs(csvFailure);
        assertThatThrownBy(() -> reader.read(stream(xlsx.toByteArray()), "a.xlsx", h -> { }, r -> {
            throw xlsxFailure;
        })).isSameAs(xlsxFailure);
    }

    private void assertFailsWith(String messageKey, byte[] file, String name) {
        assertThatThrownBy(() -> read(file, name))
                .as("%s", name)
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }

    private Read read(byte[] file, String name) {
        Read read = new Read();
        reader.read(stream(file), name, read.headers::addAll, read.rows::add);
        return read;
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static final class Read {
        final List<String> headers = new ArrayList<>();
        final List<TabularRow> rows = new ArrayList<>();
    }
}
