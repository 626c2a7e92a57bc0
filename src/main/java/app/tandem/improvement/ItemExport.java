package app.tandem.improvement;

import app.tandem.base.io.TabularFormat;
import app.tandem.base.io.TabularWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.springframework.data.domain.Slice;

/** The item list as a file: its columns, and its rows read page by page (never all rows in memory). */
final class ItemExport {

    static final int PAGE_SIZE = 500;
    private static final List<String> FIELDS = List.of("title", "kind", "status", "area", "team", "owner",
            "priority", "dueDate", "overdue", "created");

    private ItemExport() {
    }

    /**
     * @param page reads the page of the given number
     * @param text translates a message key into the user's language
     */
    static void write(IntFunction<Slice<ItemListItem>> page, String currencyCode, TabularFormat format,
            OutputStream out, ZoneId zone, Locale locale, Function<String, String> text) throws IOException {
        List<String> headers = new ArrayList<>(FIELDS.stream().map(f -> text.apply("improvement.field." + f)).toList());
        headers.add(text.apply("improvement.items.annual-target") + " (" + currencyCode + ")");
        String yes = text.apply("improvement.export.yes");
        try (TabularWriter writer = format == TabularFormat.CSV
                ? TabularWriter.openCsv(out, headers, TabularWriter.csvDelimiterFor(locale), zone)
                : TabularWriter.open(format, out, headers, zone)) {
            boolean more = true;
            for (int number = 0; more; number++) {
                Slice<ItemListItem> slice = page.apply(number);
                for (ItemListItem i : slice) {
                    writer.write(Arrays.asList(i.title(), text.apply("improvement.kind." + i.kind().name()),
                            text.apply("improvement.status." + i.status().name()), i.areaName(), i.teamName(),
                            i.ownerName(), text.apply("improvement.priority." + i.priority().name()), i.dueDate(),
                            i.overdue() ? yes : "", i.createdAt(), i.annualTarget()));
                }
                more = slice.hasNext();
            }
        }
    }
}
