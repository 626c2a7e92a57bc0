package app.tandem.compliance;

import app.tandem.base.io.TabularFormat;
import app.tandem.base.io.TabularWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;

/**
 * Writes a compliance register (runs, findings) as CSV or XLSX page by page as it is read from the database: only
 * one page is in memory at a time. CSV uses the list separator of the user's locale, so Excel opens it in columns.
 */
final class ComplianceExport {

    /** Rows read per query. */
    static final int PAGE_SIZE = 500;

    private ComplianceExport() {
    }

    /**
     * @param columnKeys message keys of the column titles
     * @param page reads the page of the given number
     * @param text translates a message key into the user's language
     */
    static <T> void write(IntFunction<Slice<T>> page, List<String> columnKeys,
            Function<T, List<@Nullable Object>> cells, TabularFormat format, OutputStream out, ZoneId zone,
            Locale locale, Function<String, String> text) throws IOException {
        List<String> headers = columnKeys.stream().map(text).toList();
        try (TabularWriter writer = format == TabularFormat.CSV
                ? TabularWriter.openCsv(out, headers, TabularWriter.csvDelimiterFor(locale), zone)
                : TabularWriter.open(format, out, headers, zone)) {
            Slice<T> slice;
            int number = 0;
            do {
                slice = page.apply(number++);
                for (T row : slice) {
                    writer.write(cells.apply(row));
                }
            } while (slice.hasNext());
        }
    }

    /** "yes" in the user's words for a set flag, empty otherwise. */
    static @Nullable String flag(@Nullable Boolean value, Function<String, String> text) {
        return Boolean.TRUE.equals(value) ? text.apply("compliance.export.yes") : null;
    }
}
