package app.tandem.base.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an import did: rows read, records created and updated, and the rows it refused with their reasons.
 *
 * @param rowsRead data rows read from the file (blank rows not counted)
 * @param errors the errors to show; an import may list only the first ones and end with an entry that says how many
 *     more there are
 * @param errorCount all errors found, also those not listed
 */
public record ImportReport(int rowsRead, int created, int updated, List<ImportError> errors, int errorCount) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** A report that lists all errors it found. */
    public ImportReport(int rowsRead, int created, int updated, List<ImportError> errors) {
        this(rowsRead, created, updated, errors, errors.size());
    }

    public boolean hasErrors() {
        return errorCount > 0 || !errors.isEmpty();
    }

    /**
     * Writes the errors as CSV that Excel opens directly (UTF-8 with BOM): a header row, then one row per error
     * (an error with row number 0, about no single row, leaves the row cell empty). Does not close {@code out}.
     *
     * @param rowHeader the first column's title in the user's language, e.g. "Row"
     * @param columnHeader the second column's title, e.g. "Column"
     * @param messageHeader the third column's title, e.g. "Message"
     * @param delimiter the list separator the user's Excel expects, see {@link TabularWriter#csvDelimiterFor}
     */
    public void writeErrorsCsv(OutputStream out, String rowHeader, String columnHeader, String messageHeader,
            char delimiter) throws IOException {
        try (TabularWriter writer = TabularWriter.openCsv(out, List.of(rowHeader, columnHeader, messageHeader),
                delimiter)) {
            for (ImportError error : errors) {
                // row 0: an entry about no single row, e.g. how many more errors there are
                writer.write(Arrays.asList(error.rowNumber() > 0 ? error.rowNumber() : null, error.column(),
                        error.message()));
            }
        }
    }

    /** Writes the errors as comma-separated CSV, see the method with a delimiter. */
    public void writeErrorsCsv(OutputStream out, String rowHeader, String columnHeader, String messageHeader)
            throws IOException {
        writeErrorsCsv(out, rowHeader, columnHeader, messageHeader, ',');
    }

    /** Counts an import's outcome as it goes, row by row. */
    public static final class Tally {

        private int rowsRead;
        private int created;
        private int updated;
        private final List<ImportError> errors = new ArrayList<>();

        public void rowRead() {
            rowsRead++;
        }

        public void created() {
            created++;
        }

        public void updated() {
            updated++;
        }

        public void error(int rowNumber, String column, String message) {
            errors.add(new ImportError(rowNumber, column, message));
        }

        public ImportReport report() {
            return new ImportReport(rowsRead, created, updated, errors);
        }
    }
}
