package app.tandem.base.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * CSV in UTF-8 with a byte order mark, so Excel shows umlauts right; dates as ISO text. Text that a spreadsheet
 * would run as a formula gets a leading {@code '} (OWASP CSV injection); numbers passed as numbers stay numbers.
 */
final class CsvTabularWriter implements TabularWriter {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CSVPrinter printer;
    private final ZoneId zone;
    /** A comma where the list separator is a semicolon (German Excel), else a dot. */
    private final char decimalSeparator;

    CsvTabularWriter(OutputStream out, List<String> headers, char delimiter, ZoneId zone) throws IOException {
        this.zone = zone;
        this.decimalSeparator = delimiter == ';' ? ',' : '.';
        out.write(UTF8_BOM);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), format);
        printer.printRecord(headers.stream().map(CsvTabularWriter::neutralised).toList());
    }

    @Override
    public void write(List<? extends @Nullable Object> cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(text(cell));
        }
        printer.printRecord(texts);
    }

    private String text(@Nullable Object cell) {
        return switch (cell) {
            case null -> "";
            case BigDecimal decimal -> decimal(decimal.toPlainString());
            case Double d when Double.isFinite(d) -> decimal(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
            case Float f when Float.isFinite(f) -> decimal(new BigDecimal(f.toString()).stripTrailingZeros()
                    .toPlainString());
            case LocalDate date -> date.toString();
            case LocalDateTime dateTime -> DATE_TIME.format(dateTime);
            case Instant instant -> DATE_TIME.format(instant.atZone(zone));
            // a number the caller passed as a number is data, not a formula, even when negative
            case Number number -> number.toString();
            default -> neutralised(cell.toString());
        };
    }

    /** Text starting with {@code = + - @}, tab or carriage return, prefixed with {@code '} so it stays text. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private String decimal(String plain) {
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }

    @Override
    public void close() throws IOException {
        // flush, not close: the stream belongs to the caller
        printer.flush();
    }
}
