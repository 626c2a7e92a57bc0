package app.tandem.base.io;

import app.tandem.base.DomainException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV half of {@link TabularReader}: the character set from a byte-order mark or the bytes themselves
 * (UTF-8, else Windows-1252; a NUL byte means no text file), and the delimiter from the header line.
 */
final class CsvRows {

    private static final int MAX_HEADER_LINE_CHARS = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvRows() {
    }

    /** Reads the rows of a CSV file (the header is row 1), each as its record number and cells. */
    static void read(BufferedInputStream in, BiConsumer<Integer, List<String>> sink) throws IOException {
        Charset charset = charsetSkippingBom(in);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), MAX_HEADER_LINE_CHARS);
        char delimiter = delimiterOfHeaderLine(reader);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(nonClosing(reader)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                sink.accept(Math.toIntExact(record.getRecordNumber()), Arrays.asList(record.values()));
            }
        }
    }

    private static Charset charsetSkippingBom(BufferedInputStream in) throws IOException {
        byte[] bom = TabularReader.peek(in, 3);
        if (bom.length >= 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16LE;
        }
        if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16BE;
        }
        byte[] sample = TabularReader.peek(in, TabularReader.SNIFF_BYTES);
        for (byte b : sample) {
            if (b == 0) {
                throw new DomainException("import.file.unreadable");
            }
        }
        return isUtf8(sample) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static boolean isUtf8(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(sample.length);
        // not end of input: a character cut off at the end of the sample is no error
        return !decoder.decode(ByteBuffer.wrap(sample), out, false).isError();
    }

    /** The delimiter that occurs most often outside quotes in the first line; comma when none occurs. */
    private static char delimiterOfHeaderLine(BufferedReader reader) throws IOException {
        reader.mark(MAX_HEADER_LINE_CHARS);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean content = false;
        for (int read = 0; read < MAX_HEADER_LINE_CHARS - 1; read++) {
            int c = reader.read();
            if (c == -1 || !quoted && (c == '\n' || c == '\r') && content) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
            content |= c != '\n' && c != '\r';
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static Reader nonClosing(Reader reader) {
        return new java.io.FilterReader(reader) {
            @Override
            public void close() {
                // the caller owns the upload's stream
            }
        };
    }
}
