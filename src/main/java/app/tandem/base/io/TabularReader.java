package app.tandem.base.io;

import app.tandem.base.DomainException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded CSV or XLSX file row by row, never holding the whole file in memory. The first non-blank row is
 * the header; blank rows are skipped but still counted, so row numbers match what the user sees in the file.
 *
 * <p>CSV: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise Windows-1252; the delimiter (comma, semicolon or
 * tab) is taken from the header line. XLSX: the first sheet, cells formatted as Excel shows them.
 *
 * <p>Failures are {@link DomainException}s: {@code import.file.unreadable}, {@code import.file.empty} and
 * {@code import.file.too-many-rows} (with the maximum). Exceptions thrown by the callbacks pass through unchanged.
 */
public final class TabularReader {

    public static final int DEFAULT_MAX_ROWS = 200_000;
    /** Excel's last column is XFD, its last row 1,048,576: a sheet beyond them is not a real workbook. */
    public static final int MAX_COLUMNS = 16_384;
    static final int MAX_SHEET_ROWS = 1_048_576;
    /** The most one ZIP entry of an XLSX may inflate to (a 50 MB upload of text compresses about tenfold). */
    static final long MAX_ZIP_ENTRY_BYTES = 1024L * 1024 * 1024;
    /** A ZIP entry compressed better than 1:100 is a zip bomb, not a spreadsheet (POI's own default). */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI reads these once per ZIP it opens; set here so no import opens a workbook without them
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
    }

    static final int SNIFF_BYTES = 64 * 1024;
    private static final Set<String> CSV_EXTENSIONS = Set.of("csv", "txt", "tsv", "");

    private final int maxRows;
    private final Locale locale;

    /** At most {@value #DEFAULT_MAX_ROWS} data rows; XLSX numbers and dates formatted as in the root locale. */
    public TabularReader() {
        this(DEFAULT_MAX_ROWS, Locale.ROOT);
    }

    /**
     * @param maxRows the most data rows (without header and blank rows) a file may have
     * @param locale the user's locale: XLSX numbers and dates are formatted as their Excel would show them
     */
    public TabularReader(int maxRows, Locale locale) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        this.maxRows = maxRows;
        this.locale = locale;
    }

    public int maxRows() {
        return maxRows;
    }

    /**
     * Reads the whole file: {@code onHeader} once with the column titles, then {@code onRow} for each non-blank data
     * row, in file order, each row with at least as many cells as there are headers. Does not close {@code in}.
     */
    public void read(InputStream in, String fileName, Consumer<List<String>> onHeader, Consumer<TabularRow> onRow) {
        RowSink sink = new RowSink(onHeader, onRow, Integer.MAX_VALUE);
        parse(in, fileName, sink);
    }

    /** The headers and the first {@code rows} data rows; stops reading after them. Does not close {@code in}. */
    public TabularPreview preview(InputStream in, String fileName, int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        List<String> headers = new ArrayList<>();
        List<TabularRow> firstRows = new ArrayList<>();
        parse(in, fileName, new RowSink(headers::addAll, firstRows::add, rows));
        return new TabularPreview(headers, firstRows);
    }

    private void parse(InputStream in, String fileName, RowSink sink) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
            byte[] start = peek(buffered, 8);
            if (start.length == 0) {
                throw new DomainException("import.file.empty");
            }
            String extension = extension(fileName);
            if (isZip(start)) {
                readXlsx(buffered, sink);
            } else if (CSV_EXTENSIONS.contains(extension)) {
                CsvRows.read(buffered, sink::accept);
            } else {
                // .xlsx that is no ZIP, legacy .xls (OLE2), or any other kind of file
                throw new DomainException("import.file.unreadable");
            }
        } catch (IOException | RuntimeException e) {
            switch (unreadableUnlessOurs(e)) {
                case StopReading stop -> {
                    // the preview has its rows
                }
                case CallbackFailure failure -> throw failure.getCause();
                case RuntimeException other -> throw other;
            }
        }
        if (!sink.headerSeen) {
            throw new DomainException("import.file.empty");
        }
    }

    // --- XLSX --------------------------------------------------------------------------------------------------

    private void readXlsx(InputStream in, RowSink sink) throws IOException {
        // a file lets POI read the ZIP's entries on demand instead of inflating them all into memory
        Path temp = Files.createTempFile("tandem-import-", ".xlsx");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            OPCPackage pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ);
            try {
                readFirstSheet(pkg, sink);
            } finally {
                pkg.revert();
            }
        } catch (SAXException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw unreadableUnlessOurs(e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void readFirstSheet(OPCPackage pkg, RowSink sink)
            throws IOException, SAXException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        XSSFReader reader = new XSSFReader(pkg);
        SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return;
        }
        try (InputStream sheet = sheets.next()) {
            XMLReader xml = XMLHelper.newXMLReader();
            DataFormatter formatter = new DataFormatter(locale);
            xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new SheetRows(sink), formatter, false));
            xml.parse(new InputSource(sheet));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser available", e);
        }
    }

    /** Collects one sheet row's cells, filling the gaps the sheet leaves for empty cells with "". */
    private static final class SheetRows implements SheetContentsHandler {

        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();

        SheetRows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowIndex) {
            if (rowIndex < 0 || rowIndex >= MAX_SHEET_ROWS) {
                throw new DomainException("import.file.unreadable");
            }
            cells.clear();
        }

        @Override
        public void endRow(int rowIndex) {
            sink.accept(rowIndex + 1, cells);
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            int column = reference == null ? cells.size() : columnIndex(reference);
            if (column < 0 || column >= MAX_COLUMNS) {
                throw new DomainException("import.file.unreadable");
            }
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue.strip();
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
        }

        /** "C7" is column 2; past Excel's last column (or no column at all) it is -1. */
        private static int columnIndex(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
                if (column > MAX_COLUMNS) {
                    return -1;
                }
            }
            return column - 1;
        }
    }

    // --- both --------------------------------------------------------------------------------------------------

    /** Turns raw rows into the header and data rows, skipping blank ones and counting against the maximum. */
    private final class RowSink {

        private final Consumer<List<String>> onHeader;
        private final Consumer<TabularRow> onRow;
        private final int stopAfter;
        private boolean headerSeen;
        private int columns;
        private int rows;

        RowSink(Consumer<List<String>> onHeader, Consumer<TabularRow> onRow, int stopAfter) {
            this.onHeader = onHeader;
            this.onRow = onRow;
            this.stopAfter = stopAfter;
        }

        void accept(int rowNumber, List<String> cells) {
            if (cells.size() > MAX_COLUMNS) {
                throw new DomainException("import.file.unreadable");
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                columns = cells.size();
                List<String> headers = List.copyOf(cells);
                callback(() -> onHeader.accept(headers));
                if (stopAfter == 0) {
                    throw new StopReading();
                }
                return;
            }
            rows++;
            if (rows > maxRows) {
                throw new DomainException("import.file.too-many-rows", maxRows);
            }
            List<String> padded = new ArrayList<>(Math.max(columns, cells.size()));
            padded.addAll(cells);
            while (padded.size() < columns) {
                padded.add("");
            }
            TabularRow row = new TabularRow(rowNumber, padded);
            callback(() -> onRow.accept(row));
            if (rows >= stopAfter) {
                throw new StopReading();
            }
        }

        private static void callback(Runnable callback) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                throw new CallbackFailure(e);
            }
        }
    }

    /** Stops reading once a preview has its rows; SAX offers no other way out of a parse. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Carries a callback's exception past the parsers, so it is not mistaken for a broken file. */
    private static final class CallbackFailure extends RuntimeException {
        CallbackFailure(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Our own signals pass through whatever wrapped them (SAX, Commons CSV); anything else means a broken file. */
    private static RuntimeException unreadableUnlessOurs(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (t instanceof StopReading || t instanceof CallbackFailure || t instanceof DomainException) {
                return (RuntimeException) t;
            }
        }
        DomainException unreadable = new DomainException("import.file.unreadable");
        unreadable.initCause(thrown);
        return unreadable;
    }

    private static @Nullable Throwable next(Throwable t) {
        if (t instanceof SAXException sax && sax.getException() != null && sax.getException() != t) {
            return sax.getException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    static byte[] peek(BufferedInputStream in, int length) throws IOException {
        in.mark(length);
        byte[] bytes = in.readNBytes(length);
        in.reset();
        return bytes;
    }

    private static boolean isZip(byte[] start) {
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }
}
