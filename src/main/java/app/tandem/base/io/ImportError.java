package app.tandem.base.io;

/**
 * Why one row (or one cell) of an import was not taken.
 *
 * @param rowNumber the row as the user sees it in the file ({@link TabularRow#rowNumber()}); 0 for an entry about
 *     no single row (e.g. "… and 20 more")
 * @param column the column's header, or "" when the whole row is meant
 * @param message the reason, already in the user's language
 */
public record ImportError(int rowNumber, String column, String message) {
}
