package app.tandem.base.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table row by row as CSV or XLSX, for exports of any size: the caller fetches rows page by page and
 * writes each, nothing holds all rows. {@link #close()} finishes the file but leaves the stream open, as it
 * belongs to the caller.
 *
 * <pre>{@code
 * try (TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, out, headers, zone)) {
 *     for (Slice<Row> page = first(); ; page = next(page)) { ... writer.write(List.of(...)); ... }
 * }
 * }</pre>
 *
 * Cells: {@code null} is empty; numbers are numbers and {@code LocalDate}, {@code LocalDateTime} and
 * {@code Instant} are dates in XLSX (shown as {@code yyyy-mm-dd} and {@code yyyy-mm-dd hh:mm}) and are written the
 * same way as text in CSV; anything else is written as its {@code toString()}.
 */
public sealed interface TabularWriter extends Closeable permits CsvTabularWriter, XlsxTabularWriter {

    /** Opens a writer that writes instants in UTC; CSV is comma-separated. */
    static TabularWriter open(TabularFormat format, OutputStream out, List<String> headers) throws IOException {
        return open(format, out, headers, ZoneOffset.UTC);
    }

    /**
     * Opens a writer and writes the header row.
     *
     * @param zone the user's time zone, in which instants are written
     */
    static TabularWriter open(TabularFormat format, OutputStream out, List<String> headers, ZoneId zone)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvTabularWriter(out, headers, ',', zone);
            case XLSX -> new XlsxTabularWriter(out, headers, zone);
        };
    }

    /** Opens a CSV writer with the given delimiter, instants in UTC. */
    static TabularWriter openCsv(OutputStream out, List<String> headers, char delimiter) throws IOException {
        return new CsvTabularWriter(out, headers, delimiter, ZoneOffset.UTC);
    }

    /** Opens a CSV writer with the given delimiter and time zone. */
    static TabularWriter openCsv(OutputStream out, List<String> headers, char delimiter, ZoneId zone)
            throws IOException {
        return new CsvTabularWriter(out, headers, delimiter, zone);
    }

    /**
     * The list separator Excel uses in the given locale: a semicolon where the decimal separator is a comma
     * (German, French, ...), a comma elsewhere. A CSV with it opens in columns by double-click.
     */
    static char csvDelimiterFor(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }

    /** Writes one row; cells beyond the headers are written too, missing ones stay empty. */
    void write(List<? extends @Nullable Object> cells) throws IOException;

    /** Finishes the file and flushes it to the stream; does not close the stream. */
    @Override
    void close() throws IOException;
}
