package app.tandem.crm.ui;

import app.tandem.base.io.ColumnMapping;
import app.tandem.base.io.ImportField;
import app.tandem.base.io.TabularPreview;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Step 3 of the import: one picker per field, listing the file's columns, pre-filled with the suggestion from the
 * headers; with step 4, the preview of the first rows as they will be read, in the same card below.
 */
class ImportMappingStep extends ImportStep {

    final FormLayout mappingForm = new FormLayout();
    final Map<String, ComboBox<Integer>> columnOf = new LinkedHashMap<>();
    final ImportPreviewStep preview = new ImportPreviewStep();
    private List<ImportField> fields = List.of();

    ImportMappingStep() {
        super("crm.import.step.mapping");
        mappingForm.setId("import-mapping");
        mappingForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2), new FormLayout.ResponsiveStep("50em", 3));
        add(hint("crm.import.mapping.hint"), mappingForm, preview);
        setVisible(false);
    }

    /** The pickers for these fields and the file read; hidden without a file. */
    void show(List<ImportField> fields, @Nullable TabularPreview file) {
        mappingForm.removeAll();
        columnOf.clear();
        this.fields = fields;
        setVisible(file != null);
        if (file == null) {
            preview.clear();
            return;
        }
        List<String> headers = file.headers();
        Map<String, Integer> suggested = ColumnMapping.suggest(fields, headers);
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(i);
        }
        for (ImportField field : fields) {
            ComboBox<Integer> column = new ComboBox<>(getTranslation(field.labelKey()));
            column.setId("import-map-" + field.key());
            column.setItems(columns);
            column.setItemLabelGenerator(i -> columnName(headers, i));
            column.setPlaceholder(getTranslation("crm.import.mapping.none"));
            column.setClearButtonVisible(true);
            column.setRequiredIndicatorVisible(field.required());
            column.setValue(suggested.get(field.key()));
            column.addValueChangeListener(e -> {
                check(false);
                preview.show(fields, mapping(), file);
            });
            columnOf.put(field.key(), column);
            mappingForm.add(column);
        }
        check(false);
        preview.show(fields, mapping(), file);
    }

    /** The header as the file has it; a blank or repeated header says which column it is. */
    private String columnName(List<String> headers, int column) {
        String header = headers.get(column);
        if (header.isBlank()) {
            return getTranslation("crm.import.column.blank", column + 1);
        }
        boolean repeated = headers.indexOf(header) != column || headers.lastIndexOf(header) != column;
        return repeated ? getTranslation("crm.import.column.repeated", header, column + 1) : header;
    }

    /** Marks required fields without a column (when asked) and columns given to two fields. */
    boolean check(boolean requireAll) {
        boolean valid = true;
        Map<Integer, String> fieldOfColumn = new LinkedHashMap<>();
        for (ImportField field : fields) {
            ComboBox<Integer> column = columnOf.get(field.key());
            String problem = null;
            Integer chosen = column.getValue();
            if (chosen == null) {
                if (requireAll && field.required()) {
                    problem = getTranslation("import.mapping.missing", getTranslation(field.labelKey()));
                }
            } else {
                String other = fieldOfColumn.putIfAbsent(chosen, field.labelKey());
                if (other != null) {
                    problem = getTranslation("import.mapping.duplicate", getTranslation(other),
                            getTranslation(field.labelKey()));
                }
            }
            column.setInvalid(problem != null);
            column.setErrorMessage(problem);
            valid &= problem == null;
        }
        return valid;
    }

    /** Field key to the column chosen for it. */
    Map<String, Integer> mapping() {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        columnOf.forEach((field, column) -> {
            if (column.getValue() != null) {
                mapping.put(field, column.getValue());
            }
        });
        return mapping;
    }

    void setReadOnly(boolean readOnly) {
        columnOf.values().forEach(c -> c.setReadOnly(readOnly));
    }
}
