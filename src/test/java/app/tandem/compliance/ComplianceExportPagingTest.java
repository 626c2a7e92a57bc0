package app.tandem.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.base.io.TabularFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/** A register is read page after page until the last one, and every row of every page is written. */
class ComplianceExportPagingTest {

    @Test
    void every_page_is_read_in_turn_and_written_until_the_last() throws IOException {
        List<Integer> requested = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ComplianceExport.write(page -> {
            requested.add(page);
            List<Integer> rows = IntStream.range(page * 3, page * 3 + (page < 2 ? 3 : 1)).boxed().toList();
            Slice<Integer> slice = new SliceImpl<>(rows, PageRequest.of(page, 3), page < 2);
            return slice;
        }, List.of("number"), n -> Arrays.asList(n, n % 2 == 0 ? "even" : null), TabularFormat.XLSX, out,
                ZoneOffset.UTC, Locale.ENGLISH, key -> key.toUpperCase(Locale.ROOT));

        assertThat(requested).containsExactly(0, 1, 2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = new ArrayList<>();
            workbook.getSheetAt(0).forEach(rows::add);
            assertThat(rows.getFirst().getCell(0).getStringCellValue()).isEqualTo("NUMBER");
            assertThat(rows.subList(1, rows.size())).extracting(r -> (int) r.getCell(0).getNumericCellValue())
                    .containsExactly(0, 1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void a_flag_is_yes_in_the_users_words_or_empty() {
        assertThat(ComplianceExport.flag(true, key -> key.equals("compliance.export.yes") ? "ja" : "?")).isEqualTo("ja");
        assertThat(ComplianceExport.flag(false, key -> "ja")).isNull();
        assertThat(ComplianceExport.flag(null, key -> "ja")).isNull();
    }
}
