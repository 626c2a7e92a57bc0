package app.tandem.crm.ui;

import app.tandem.crm.ImportProgress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.text.NumberFormat;

/** Step 5 of the import: the button that starts it, and its progress while it runs. */
class ImportRunStep extends Div {

    final Button start = new Button();
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();

    ImportRunStep(Runnable onStart) {
        start.setText(getTranslation("crm.import.start"));
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setIcon(VaadinIcon.UPLOAD_ALT.create());
        start.setEnabled(false);
        start.setDisableOnClick(true);
        start.addClickListener(e -> onStart.run());
        progressBar.setId("import-progress");
        progressBar.getElement().setAttribute("aria-label", getTranslation("crm.import.progress"));
        progressBar.setVisible(false);
        progressText.setId("import-progress-text");
        progressText.addClassName("import-hint");
        progressText.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout row = new HorizontalLayout(start, progressText);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        add(row, progressBar);
        addClassName("import-start");
    }

    /** Shows the import running (or not); the button can start one when not running and a file is there. */
    void setRunning(boolean on, boolean mayStart) {
        start.setEnabled(!on && mayStart);
        progressBar.setVisible(on);
        progressBar.setIndeterminate(true);
        progressBar.setValue(0);
        progressText.setText(on ? getTranslation("crm.import.progress.checking", 0) : "");
    }

    void show(ImportProgress progress) {
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        if (progress.stage() == ImportProgress.Stage.CHECKING) {
            progressBar.setIndeterminate(true);
            progressText.setText(getTranslation("crm.import.progress.checking", number.format(progress.rowsDone())));
        } else if (progress.rowsDone() == progress.rowsTotal()) {
            progressBar.setIndeterminate(true);
            progressText.setText(getTranslation("crm.import.progress.finishing", number.format(progress.rowsTotal())));
        } else {
            progressBar.setIndeterminate(false);
            progressBar.setValue(progress.fractionWritten());
            progressText.setText(getTranslation("crm.import.progress.writing", number.format(progress.rowsDone()),
                    number.format(progress.rowsTotal())));
        }
    }
}
