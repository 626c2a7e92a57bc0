package app.tandem.crm.ui;

import app.tandem.base.io.ImportError;
import app.tandem.base.io.ImportReport;
import app.tandem.base.io.TabularPreview;
import app.tandem.base.io.TabularRow;
import app.tandem.base.ui.Failures;
import app.tandem.crm.CrmImportService;
import app.tandem.crm.ImportTarget;
import app.tandem.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Imports accounts or contacts from a CSV or Excel file, step by step on one page, one component per step: what to
 * import ({@link ImportTargetStep}), the file ({@link ImportFileStep}), which column fills which field and the
 * first rows as they will be read ({@link ImportMappingStep}, {@link ImportPreviewStep}), the import itself
 * ({@link ImportRunStep}) and its outcome ({@link ImportReportStep}). This view holds the file and runs the import
 * off the request thread (the page polls; there is no server push).
 */
@Route("crm/import")
@RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "STAFF"})
class ImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int MAX_FILE_BYTES = ImportFileStep.MAX_FILE_BYTES;
    static final int POLL_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    private final CrmImportService importService;
    private final TaskExecutor executor;
    private final CurrentUser currentUser;

    final ImportTargetStep targetStep;
    final ImportFileStep fileStep;
    final ImportMappingStep mappingSection;
    final ImportRunStep runStep;
    final ImportReportStep report;
    // the steps' parts that tests work with
    final RadioButtonGroup<ImportTarget> target;
    final Anchor template;
    final Upload upload;
    final Span fileInfo;
    final Span fileProblem;
    final Map<String, ComboBox<Integer>> columnOf;
    final Grid<TabularRow> preview;
    final Button start;
    final ProgressBar progressBar;
    final Span resultText;
    final Grid<ImportError> errors;

    private @Nullable Path file;
    private String fileName = "";
    private @Nullable TabularPreview filePreview;
    /** The running import, if any; package-private so a test can wait for it. */
    @Nullable CompletableFuture<Void> running;
    private volatile boolean detached;

    // by name: with scheduling on there is a second TaskExecutor, the scheduler's, which must not run imports
    ImportView(CrmImportService importService, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            CurrentUser currentUser) {
        this.importService = importService;
        this.executor = executor;
        this.currentUser = currentUser;
        report = new ImportReportStep();
        targetStep = new ImportTargetStep(importService, shown -> {
            showMapping();
            report.clear();
        });
        fileStep = new ImportFileStep(this::fileReceived);
        fileStep.onProblem(() -> {
            forgetFile();
            showMapping();
        });
        mappingSection = new ImportMappingStep();
        runStep = new ImportRunStep(this::startImport);
        target = targetStep.target;
        template = targetStep.template;
        upload = fileStep.upload;
        fileInfo = fileStep.fileInfo;
        fileProblem = fileStep.fileProblem;
        columnOf = mappingSection.columnOf;
        preview = mappingSection.preview.grid;
        start = runStep.start;
        progressBar = runStep.progressBar;
        resultText = report.resultText;
        errors = report.errors;
        addClassName("import-view");
        setMaxWidth("72rem");
        add(targetStep, fileStep, mappingSection, runStep, report);
    }

    /** Compliance officers also hold Staff, which @RolesAllowed lets in; they change nothing in the CRM. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CrmImportService.mayImport(currentUser::hasRole)) {
            event.rerouteToError(AccessDeniedException.class, "crm/import");
        } else if (targetStep.template.getText().isEmpty()) {
            targetStep.showFirst();
            fileStep.showLimits(importService.maxRows());
        }
    }

    /** What the upload does with a received file (also the way in for tests): reads its header and first rows. */
    void fileReceived(String name, Path received) {
        upload.clearFileList();
        if (running != null && !running.isDone()) {
            delete(received);
            return;
        }
        forgetFile();
        report.clear();
        try {
            if (Files.size(received) > MAX_FILE_BYTES) {
                delete(received);
                fileStep.showProblem(fileStep.tooBig());
                return;
            }
            filePreview = importService.preview(received, name, getLocale());
        } catch (IOException | RuntimeException e) {
            delete(received);
            fileStep.showProblem(Failures.describe(e));
            return;
        }
        file = received;
        fileName = name;
        fileStep.showLoaded(name, filePreview.headers().size());
        showMapping();
    }

    private void forgetFile() {
        if (file != null) {
            delete(file);
        }
        file = null;
        fileName = "";
        filePreview = null;
    }

    private void showMapping() {
        mappingSection.show(importService.fields(targetStep.value()), filePreview);
        start.setEnabled(filePreview != null);
    }

    boolean checkMapping(boolean requireAll) {
        return mappingSection.check(requireAll);
    }

    Map<String, Integer> mapping() {
        return mappingSection.mapping();
    }

    void startImport() {
        Path importing = file;
        if (importing == null || !checkMapping(true)) {
            start.setEnabled(importing != null);
            return;
        }
        ImportTarget what = targetStep.value();
        Map<String, Integer> chosen = mapping();
        String name = fileName;
        Locale locale = getLocale();
        UI ui = UI.getCurrent();
        report.clear();
        setRunning(true);
        ui.setPollInterval(POLL_MILLIS);
        Runnable work = () -> {
            try {
                ImportReport outcome = importService.importFile(what, importing, name, chosen, locale,
                        progress -> inUi(ui, () -> runStep.show(progress)));
                inUi(ui, () -> finished(what, outcome));
            } catch (RuntimeException e) {
                inUi(ui, () -> failed(e));
            } finally {
                if (detached) {
                    delete(importing);
                }
            }
        };
        running = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(work), executor);
    }

    private void setRunning(boolean on) {
        runStep.setRunning(on, file != null);
        upload.setEnabled(!on);
        target.setEnabled(!on);
        mappingSection.setReadOnly(on);
    }

    private void finished(ImportTarget what, ImportReport outcome) {
        stopPolling();
        setRunning(false);
        if (report.show(what, outcome, detached)) {
            forgetFile();
            fileStep.clearInfo();
            showMapping();
        } else if (detached) {
            forgetFile();
        }
    }

    private void failed(RuntimeException failure) {
        stopPolling();
        setRunning(false);
        report.showFailure(failure, detached);
        if (detached) {
            forgetFile();
        }
    }

    private void stopPolling() {
        if (!detached) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /** Runs a change of the page from the import's thread; the user may have left meanwhile. */
    private static void inUi(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            log.debug("Import finished after its page was closed");
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        detached = false;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        detached = true;
        // the next page need not poll; a notification tells the outcome of a running import
        detachEvent.getUI().setPollInterval(-1);
        if (running == null || running.isDone()) {
            forgetFile();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.crm.import") + " | " + getTranslation("app.name");
    }
}
