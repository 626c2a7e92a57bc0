package app.tandem.base.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.base.DomainException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Hostile spreadsheets: a cell far out of range, too many columns, a zip bomb. Each is refused, the heap stays. */
class TabularReaderLimitsTest {

    static final long HEAP_BUDGET = 64L * 1024 * 1024;

    final TabularReader reader = new TabularReader(TabularReader.DEFAULT_MAX_ROWS, Locale.ENGLISH);

    @Test
    void a_two_kilobyte_xlsx_with_a_cell_at_ZZZZZZ1_is_unreadable_and_the_heap_stays_flat() throws IOException {
        byte[] file = withSheetXml(workbook(), sheet("<c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c>"
                + "<c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>boom</t></is></c>"));
        assertThat(file.length).isLessThan(8 * 1024);

        long before = usedHeapAfterGc();
        assertUnreadable(file);
        assertThat(usedHeapAfterGc() - before).as("heap grown").isLessThan(HEAP_BUDGET);
    }

    @Test
    void a_cell_beyond_excels_last_column_XFD_is_unreadable() throws IOException {
        assertUnreadable(withSheetXml(workbook(), sheet("<c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c>"
                + "<c r=\"XFE1\" t=\"inlineStr\"><is><t>too far</t></is></c>")));
    }

    @Test
    void a_cell_in_excels_last_column_XFD_is_read() throws IOException {
        byte[] file = withSheetXml(workbook(), sheet("<c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c>"
                + "<c r=\"XFD1\" t=\"inlineStr\"><is><t>last</t></is></c>"));
        List<String>[] headers = new List[1];
        reader.read(new ByteArrayInputStream(file), "a.xlsx", h -> headers[0] = h, r -> { });
        assertThat(headers[0]).hasSize(16_384).endsWith("last");
    }

    @Test
    void a_row_beyond_excels_last_row_is_unreadable() throws IOException {
        assertUnreadable(withSheetXml(workbook(), "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t>"
                + "</is></c></row><row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + "</sheetData></worksheet>"));
    }

    @Test
    void a_zip_bomb_sheet_is_unreadable_before_it_is_inflated() throws IOException {
        StringBuilder cells = new StringBuilder("<c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c>");
        String padding = " ".repeat(1024 * 1024);
        String xml = sheet(cells.toString()).replace("<sheetData>", "<sheetData>" + padding.repeat(20));
        byte[] bomb = withSheetXml(workbook(), xml);
        assertThat(bomb.length).as("compressed").isLessThan(100 * 1024);

        assertUnreadable(bomb);
    }

    private void assertUnreadable(byte[] file) {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(file), "hostile.xlsx", h -> { }, r -> { }))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.file.unreadable"));
    }

    private static String sheet(String firstRowCells) {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\">" + firstRowCells + "</row></sheetData></worksheet>";
    }

    private static byte[] workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, out, List.of("Name"))) {
            writer.write(List.of("Ada"));
        }
        return out.toByteArray();
    }

    /** The workbook with its first sheet's XML replaced. */
    private static byte[] withSheetXml(byte[] xlsx, String sheetXml) throws IOException {
        Path original = Files.createTempFile("tandem-test-", ".xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Files.write(original, xlsx);
            try (ZipFile in = new ZipFile(original.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(9);
                for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        zip.write(sheetXml.getBytes(StandardCharsets.UTF_8));
                    } else {
                        try (var content = in.getInputStream(entry)) {
                            content.transferTo(zip);
                        }
                    }
                    zip.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(original);
        }
        return out.toByteArray();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
