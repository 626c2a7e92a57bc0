package app.tandem.crm.ui;

import app.tandem.base.io.TabularFormat;
import app.tandem.base.io.TabularWriter;
import app.tandem.crm.CrmImportService;
import app.tandem.crm.ImportTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.function.Consumer;

/** Step 1 of the import: what the file holds, how its rows match existing records, and a template to fill in. */
class ImportTargetStep extends ImportStep {

    final RadioButtonGroup<ImportTarget> target = new RadioButtonGroup<>();
    final Anchor template = new Anchor();
    private final CrmImportService importService;

    /** @param onChange told the target the user chose (after its template is shown) */
    ImportTargetStep(CrmImportService importService, Consumer<ImportTarget> onChange) {
        super("crm.import.step.target");
        this.importService = importService;
        target.setId("import-target");
        target.setLabel(getTranslation("crm.import.target"));
        target.setItems(ImportTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("crm.import.target." + t.name()));
        target.setValue(ImportTarget.ACCOUNTS);
        template.setId("import-template");
        template.getElement().setAttribute("download", true);
        Paragraph matching = hint("crm.import.matching." + ImportTarget.ACCOUNTS.name());
        matching.setId("import-matching");
        target.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                matching.setText(getTranslation("crm.import.matching." + e.getValue().name()));
                showTemplate(e.getValue());
                onChange.accept(e.getValue());
            }
        });
        add(target, matching, template);
    }

    ImportTarget value() {
        return target.getValue();
    }

    /** Shows the first target's template, once. */
    void showFirst() {
        if (template.getText().isEmpty()) {
            showTemplate(target.getValue());
        }
    }

    private void showTemplate(ImportTarget shown) {
        template.setText(getTranslation("crm.import.template." + shown.name()));
        template.setHref(templateDownload(shown));
    }

    private DownloadHandler templateDownload(ImportTarget shown) {
        List<String> headers = importService.fields(shown).stream().map(f -> getTranslation(f.labelKey())).toList();
        char delimiter = TabularWriter.csvDelimiterFor(getLocale());
        String name = getTranslation("crm.import.template.file." + shown.name()) + "." + TabularFormat.CSV.extension();
        return event -> {
            event.setFileName(name);
            event.setContentType(TabularFormat.CSV.mediaType());
            TabularWriter.openCsv(event.getOutputStream(), headers, delimiter).close();
        };
    }
}
