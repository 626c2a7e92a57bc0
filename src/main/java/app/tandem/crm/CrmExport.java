package app.tandem.crm;

import app.tandem.base.Paging;
import app.tandem.base.io.TabularFormat;
import app.tandem.base.io.TabularWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Writes the rows of a CRM list as CSV or XLSX while they stream from the database, one row at a time. */
final class CrmExport {

    private CrmExport() {
    }

    /** The list's sort (or its default when the grid has none), with the id as tie-breaker, as the list pages. */
    static Sort stableSort(Sort sort, Sort fallback) {
        return Paging.withStableSort(Pageable.unpaged(sort), fallback, "id").getSort();
    }

    /**
     * Writes a header row of the translated column titles, then a row per streamed item. CSV uses the list
     * separator of the user's locale (a semicolon in German), so Excel opens it in columns.
     *
     * @param columnKeys message keys of the column titles: the same as the grid's column headers
     * @param text translates a message key into the user's language
     */
    static <T> void write(Stream<T> rows, List<String> columnKeys, Function<T, List<@Nullable Object>> cells,
            TabularFormat format, OutputStream out, ZoneId zone, Locale locale, Function<String, String> text)
            throws IOException {
        List<String> headers = columnKeys.stream().map(text).toList();
        try (TabularWriter writer = format == TabularFormat.CSV
                ? TabularWriter.openCsv(out, headers, TabularWriter.csvDelimiterFor(locale), zone)
                : TabularWriter.open(format, out, headers, zone)) {
            for (Iterator<T> it = rows.iterator(); it.hasNext(); ) {
                writer.write(cells.apply(it.next()));
            }
        }
    }
}
