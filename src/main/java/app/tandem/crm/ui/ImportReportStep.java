package app.tandem.crm.ui;

import app.tandem.base.io.ImportError;
import app.tandem.base.io.ImportReport;
import app.tandem.base.io.TabularFormat;
import app.tandem.base.io.TabularWriter;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.crm.ImportTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.text.NumberFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Step 6 of the import: the counts and a link to the records, or every error found, also as a download. */
class ImportReportStep extends Div {

    private static final int ERRORS_SHOWN_WHOLE = 12;

    final Span resultText = new Span();
    final Grid<ImportError> errors = new Grid<>();
    @Nullable Anchor errorReport;
    @Nullable RouterLink openList;

    ImportReportStep() {
        setId("import-result");
        addClassNames("card-section", "import-section");
        resultText.setId("import-result-text");
        resultText.addClassName("import-result-text");
        resultText.getElement().setAttribute("role", "status");
        errors.setId("import-errors");
        errors.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        errors.addColumn(e -> e.rowNumber() > 0 ? Integer.toString(e.rowNumber()) : "")
                .setHeader(getTranslation("crm.import.errors.row")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ImportError::column).setHeader(getTranslation("crm.import.errors.column"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ImportError::message).setHeader(getTranslation("crm.import.errors.message"))
                .setFlexGrow(1);
        errors.setVisible(false);
        add(resultText, errors);
        setVisible(false);
    }

    /**
     * The outcome of an import; when the user has left the page, a notification tells it.
     *
     * @return whether the import wrote the records (no errors)
     */
    boolean show(ImportTarget what, ImportReport report, boolean pageLeft) {
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        setVisible(true);
        if (report.hasErrors()) {
            showProblem(getTranslation("crm.import.failed", number.format(report.errorCount())), pageLeft);
            errors.setItems(report.errors());
            // a few errors show whole; many scroll within the grid
            errors.setAllRowsVisible(report.errors().size() <= ERRORS_SHOWN_WHOLE);
            if (report.errors().size() > ERRORS_SHOWN_WHOLE) {
                errors.setHeight("24rem");
            }
            errors.setVisible(true);
            errorReport = new Anchor(errorReportDownload(report), getTranslation("crm.import.errors.download"));
            errorReport.setId("import-errors-download");
            errorReport.getElement().setAttribute("download", true);
            add(errorReport);
            return false;
        }
        resultText.setText(getTranslation("crm.import.done", number.format(report.created()),
                number.format(report.updated())));
        Notices.success(resultText.getText());
        openList = new RouterLink(getTranslation("crm.import.open." + what.name()),
                what == ImportTarget.ACCOUNTS ? AccountsView.class : ContactsView.class);
        openList.setId("import-open-list");
        add(openList);
        return true;
    }

    /** An import that failed as a whole (a record changed meanwhile, too many imports at once). */
    void showFailure(RuntimeException failure, boolean pageLeft) {
        setVisible(true);
        showProblem(Failures.describe(failure), pageLeft);
    }

    private void showProblem(String text, boolean pageLeft) {
        resultText.setText(text);
        resultText.addClassName("import-problem");
        if (pageLeft) {
            Notices.error(text);
        }
    }

    private DownloadHandler errorReportDownload(ImportReport report) {
        String row = getTranslation("crm.import.errors.row");
        String column = getTranslation("crm.import.errors.column");
        String message = getTranslation("crm.import.errors.message");
        char delimiter = TabularWriter.csvDelimiterFor(getLocale());
        String name = getTranslation("crm.import.errors.file") + "." + TabularFormat.CSV.extension();
        return event -> {
            event.setFileName(name);
            event.setContentType(TabularFormat.CSV.mediaType());
            report.writeErrorsCsv(event.getOutputStream(), row, column, message, delimiter);
        };
    }

    void clear() {
        setVisible(false);
        resultText.setText("");
        resultText.removeClassName("import-problem");
        errors.setItems(List.of());
        errors.setVisible(false);
        if (errorReport != null) {
            remove(errorReport);
            errorReport = null;
        }
        if (openList != null) {
            remove(openList);
            openList = null;
        }
    }
}
