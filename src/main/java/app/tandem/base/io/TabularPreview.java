package app.tandem.base.io;

import java.util.List;

/** The header and the first rows of a file, to show before the user confirms the import. */
public record TabularPreview(List<String> headers, List<TabularRow> rows) {

    public TabularPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
