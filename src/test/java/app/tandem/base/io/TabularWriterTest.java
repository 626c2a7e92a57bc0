package app.tandem.base.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularWriterTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final List<String> HEADERS = List.of("Text", "Integer", "Long", "Amount", "Share", "Due", "Changed",
            "Empty", "Active");

    static List<Object> cellsOfEachType() {
        return Arrays.asList("Müller, \"Nord\"", 42, 1_234_567_890L, new BigDecimal("1234.50"), 0.25,
                LocalDate.of(2025, 3, 14), Instant.parse("2025-03-14T09:30:00Z"), null, true);
    }

    static final List<String> AS_TEXT = List.of("Müller, \"Nord\"", "42", "1234567890", "1234.50", "0.25",
            "2025-03-14", "2025-03-14 10:30", "", "TRUE");

    final TabularReader reader = new TabularReader(1000, Locale.ENGLISH);

    @Test
    void cells_of_each_type_exported_to_csv_read_back_as_written() throws IOException {
        byte[] file = export(TabularFormat.CSV);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> cells = readBack(file, "export.csv");
        assertThat(cells.subList(0, 8)).isEqualTo(AS_TEXT.subList(0, 8));
        assertThat(cells.get(8)).isEqualTo("true");
    }

    @Test
    void cells_of_each_type_exported_to_xlsx_read_back_as_excel_shows_them() throws IOException {
        byte[] file = export(TabularFormat.XLSX);

        assertThat(readBack(file, "export.xlsx")).isEqualTo(AS_TEXT);
    }

    @Test
    void xlsx_export_has_numeric_and_date_cells_and_a_bold_header() throws IOException {
        byte[] file = export(TabularFormat.XLSX);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(Stream.of(1, 2, 3, 4).map(i -> row.getCell(i).getCellType())).containsOnly(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
            assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 14));
            assertThat(DateUtil.isCellDateFormatted(row.getCell(6))).isTrue();
            assertThat(row.getCell(7)).isNull();
            assertThat(workbook.getSheetAt(0).getColumnWidth(0)).isEqualTo(12 * 256);
        }
    }

    @Test
    void xlsx_export_leaves_no_temporary_files_behind() throws IOException {
        Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        List<Path> before = sheetTempFiles(poiTemp);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, out, HEADERS, BERLIN)) {
            for (int i = 0; i < 500; i++) {
                writer.write(cellsOfEachType());
            }
            assertThat(sheetTempFiles(poiTemp)).as("rows beyond the window are on disk")
                    .hasSizeGreaterThan(before.size());
        }

        assertThat(sheetTempFiles(poiTemp)).isEqualTo(before);
        assertThat(out.size()).isPositive();
    }

    @Test
    void the_csv_delimiter_follows_the_users_excel() {
        assertThat(TabularWriter.csvDelimiterFor(Locale.GERMANY)).isEqualTo(';');
        assertThat(TabularWriter.csvDelimiterFor(Locale.US)).isEqualTo(',');
    }

    @Test
    void a_semicolon_csv_for_german_excel_writes_decimal_commas_and_leaves_whole_numbers_and_text_alone()
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.openCsv(out, List.of("Name", "Amount", "Share", "Count"),
                TabularWriter.csvDelimiterFor(Locale.GERMANY))) {
            writer.write(List.of("Version 1.5", new BigDecimal("1234.50"), 0.25, 42));
        }
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8).substring(1);

        assertThat(csv.lines().toList()).containsExactly("Name;Amount;Share;Count", "Version 1.5;1234,50;0,25;42");
    }

    @Test
    void csv_export_neutralises_text_that_a_spreadsheet_would_run_as_a_formula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.openCsv(out, List.of("=Header", "B", "C", "D", "E", "F", "G"),
                ',')) {
            writer.write(List.of("=HYPERLINK(\"http://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd",
                    "\rcmd", "plain - text"));
        }
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT
                .parse(new java.io.StringReader(out.toString(java.nio.charset.StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        List<String> cells = records.get(1).toList();

        assertThat(cells).containsExactly("'=HYPERLINK(\"http://evil.example\")", "'+1+1", "'-2+3", "'@SUM(A1)",
                "'\tcmd", "'\rcmd", "plain - text");
        assertThat(records.get(0).get(0)).isEqualTo("'=Header");
    }

    @Test
    void csv_export_keeps_negative_numbers_as_numbers_but_neutralises_the_same_text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.openCsv(out, List.of("Amount", "Count", "Share", "Text"), ';')) {
            writer.write(List.of(new BigDecimal("-1234.50"), -42, -0.25, "-1234,50"));
        }
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8).substring(1);

        assertThat(csv.lines().toList()).containsExactly("Amount;Count;Share;Text", "-1234,50;-42;-0,25;'-1234,50");
    }

    @Test
    void xlsx_export_writes_formula_like_text_as_plain_text_and_negative_numbers_as_numbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, out, List.of("=A", "B", "C"))) {
            writer.write(List.of("=1+1", "@SUM(A1)", new BigDecimal("-5.50")));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(header.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-5.5);
        }
    }

    private static List<Path> sheetTempFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf")).sorted().toList();
        }
    }

    private static byte[] export(TabularFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.open(format, out, HEADERS, BERLIN)) {
            writer.write(cellsOfEachType());
        }
        return out.toByteArray();
    }

    private List<String> readBack(byte[] file, String name) {
        List<String> headers = new ArrayList<>();
        List<TabularRow> rows = new ArrayList<>();
        reader.read(new ByteArrayInputStream(file), name, headers::addAll, rows::add);
        assertThat(headers).isEqualTo(HEADERS);
        assertThat(rows).hasSize(1);
        return rows.getFirst().cells();
    }
}
