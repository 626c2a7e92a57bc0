package app.tandem.crm.ui;

import app.tandem.base.io.ImportField;
import app.tandem.base.io.TabularPreview;
import app.tandem.base.io.TabularRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Map;

/** Step 4 of the import: the file's first rows as the import will read them, one column per mapped field. */
class ImportPreviewStep extends Div {

    final Grid<TabularRow> grid = new Grid<>();

    ImportPreviewStep() {
        grid.setId("import-preview");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("crm.import.preview.empty"));
        H3 title = new H3(getTranslation("crm.import.step.preview"));
        title.addClassName("import-preview-title");
        add(title, grid);
    }

    void show(List<ImportField> fields, Map<String, Integer> mapping, TabularPreview file) {
        grid.removeAllColumns();
        grid.addColumn(TabularRow::rowNumber).setHeader(getTranslation("crm.import.preview.row"))
                .setAutoWidth(true).setFlexGrow(0);
        for (ImportField field : fields) {
            Integer column = mapping.get(field.key());
            if (column != null) {
                grid.addColumn(row -> row.cell(column)).setHeader(getTranslation(field.labelKey()))
                        .setAutoWidth(true).setKey(field.key());
            }
        }
        grid.setItems(file.rows());
    }

    void clear() {
        grid.removeAllColumns();
        grid.setItems(List.of());
    }
}
