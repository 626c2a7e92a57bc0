package app.tandem.base.io;

import java.util.List;

/**
 * One data row of an imported file.
 *
 * @param rowNumber the row number as the user sees it in the file (the header is row 1, so data starts at 2)
 * @param cells the cells as text, at least as many as there are headers; empty cells are ""
 */
public record TabularRow(int rowNumber, List<String> cells) {

    public TabularRow {
        cells = List.copyOf(cells);
    }

    /** The cell in the given column, or "" when the row is shorter. */
    public String cell(int columnIndex) {
        return columnIndex >= 0 && columnIndex < cells.size() ? cells.get(columnIndex) : "";
    }
}
