package app.tandem.crm;

/**
 * How far an import is: first every row is checked (the total is not known yet), then the rows are written.
 *
 * @param rowsDone rows checked or written so far
 * @param rowsTotal the file's data rows while writing; -1 while checking
 */
public record ImportProgress(Stage stage, int rowsDone, int rowsTotal) {

    public enum Stage {
        CHECKING,
        WRITING
    }

    /** The share written, 0 to 1; 0 while checking. */
    public double fractionWritten() {
        return stage == Stage.WRITING && rowsTotal > 0 ? (double) rowsDone / rowsTotal : 0;
    }
}
