package app.tandem.crm.ui;

import app.tandem.base.io.ColumnMapping;
import app.tandem.base.io.ImportError;
import app.tandem.base.io.ImportField;
import app.tandem.base.io.ImportReport;
import app.tandem.base.io.TabularFormat;
import app.tandem.base.io.TabularPreview;
import app.tandem.base.io.TabularRow;
import app.tandem.base.io.TabularWriter;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.LimitedUpload;
import app.tandem.base.ui.Notices;
import app.tandem.crm.CrmImportService;
import app.tandem.crm.ImportProgress;
import app.tandem.crm.ImportTarget;
import app.tandem.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Imports accounts or contacts from a CSV or Excel file, step by step on one page: what to import, the file, which
 * column fills which field (suggested from the headers), the first rows as they will be read, then the import
 * itself. It runs off the request thread with a progress bar (the page polls; there is no server push), and ends
 * with the counts or with every error found, which can be downloaded.
 */
@Route("crm/import")
@RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "STAFF"})
class ImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    static final int POLL_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    private final CrmImportService importService;
    private final TaskExecutor executor;
    private final CurrentUser currentUser;

    final RadioButtonGroup<ImportTarget> target = new RadioButtonGroup<>();
    final Anchor template = new Anchor();
    final Upload upload = new Upload();
    final Span fileInfo = new Span();
    final Span fileProblem = new Span();
    final Div mappingSection = new Div();
    final FormLayout mappingForm = new FormLayout();
    final Map<String, ComboBox<Integer>> columnOf = new LinkedHashMap<>();
    final Grid<TabularRow> preview = new Grid<>();
    final Button start = new Button();
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Div result = new Div();
    final Span resultText = new Span();
    final Grid<ImportError> errors = new Grid<>();
    @Nullable Anchor errorReport;
    @Nullable RouterLink openList;

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
        addClassName("import-view");
        setMaxWidth("72rem");
        add(targetSection(), fileSection(), mappingSection(), startSection(), resultSection());
    }

    /** Compliance officers also hold Staff, which @RolesAllowed lets in; they change nothing in the CRM. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CrmImportService.mayImport(currentUser::hasRole)) {
            event.rerouteToError(AccessDeniedException.class, "crm/import");
        } else if (template.getText().isEmpty()) {
            showTarget(ImportTarget.ACCOUNTS);
        }
    }

    // --- 1. what ---------------------------------------------------------------------------------------------

    private Component targetSection() {
        target.setId("import-target");
        target.setLabel(getTranslation("crm.import.target"));
        target.setItems(ImportTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("crm.import.target." + t.name()));
        target.setValue(ImportTarget.ACCOUNTS);
        template.setId("import-template");
        template.getElement().setAttribute("download", true);
        Paragraph matching = new Paragraph();
        matching.setId("import-matching");
        matching.addClassName("import-hint");
        target.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                matching.setText(getTranslation("crm.import.matching." + e.getValue().name()));
                showTarget(e.getValue());
            }
        });
        matching.setText(getTranslation("crm.import.matching." + ImportTarget.ACCOUNTS.name()));
        return section("crm.import.step.target", target, matching, template);
    }

    /** Another target: its template, and the fields mapped afresh for the file already uploaded. */
    private void showTarget(ImportTarget shown) {
        template.setText(getTranslation("crm.import.template." + shown.name()));
        template.setHref(templateDownload(shown));
        buildMapping();
        clearResult();
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

    // --- 2. the file -----------------------------------------------------------------------------------------

    private Component fileSection() {
        // read no further than the limit on the server: the browser's check is only a courtesy
        upload.setUploadHandler(new LimitedUpload(MAX_FILE_BYTES, this::fileReceived, name -> {
            upload.clearFileList();
            showFileProblem(getTranslation("crm.import.upload.too-big", MAX_FILE_BYTES / 1024 / 1024));
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", TabularFormat.CSV.mediaType(), TabularFormat.XLSX.mediaType());
        upload.setDropAllowed(true);
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> showFileProblem(e.getErrorMessage()));
        upload.addFailedListener(e -> showFileProblem(getTranslation("crm.import.upload.failed")));
        Paragraph hint = new Paragraph(getTranslation("crm.import.file.hint",
                NumberFormat.getIntegerInstance(getLocale()).format(CrmImportService.MAX_ROWS)));
        hint.addClassName("import-hint");
        fileInfo.setId("import-file-info");
        fileInfo.addClassName("import-file-info");
        fileProblem.setId("import-file-problem");
        fileProblem.addClassName("import-problem");
        fileProblem.getElement().setAttribute("role", "alert");
        fileProblem.setVisible(false);
        return section("crm.import.step.file", hint, upload, fileInfo, fileProblem);
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("crm.import.upload.add"))
                .setMany(getTranslation("crm.import.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("crm.import.upload.drop"))
                .setMany(getTranslation("crm.import.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("crm.import.upload.too-big", MAX_FILE_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("crm.import.upload.wrong-type"))
                .setTooManyFiles(getTranslation("crm.import.upload.too-many")));
        return texts;
    }

    /** What the upload does with a received file (also the way in for tests): reads its header and first rows. */
    void fileReceived(String name, Path received) {
        upload.clearFileList();
        if (running != null && !running.isDone()) {
            delete(received);
            return;
        }
        forgetFile();
        clearResult();
        try {
            if (Files.size(received) > MAX_FILE_BYTES) {
                delete(received);
                showFileProblem(getTranslation("crm.import.upload.too-big", MAX_FILE_BYTES / 1024 / 1024));
                return;
            }
            filePreview = importService.preview(received, name, getLocale());
        } catch (IOException | RuntimeException e) {
            delete(received);
            showFileProblem(Failures.describe(e));
            return;
        }
        file = received;
        fileName = name;
        fileProblem.setVisible(false);
        fileInfo.setText(getTranslation("crm.import.file.loaded", name, filePreview.headers().size()));
        buildMapping();
    }

    private void showFileProblem(String message) {
        forgetFile();
        fileInfo.setText("");
        fileProblem.setText(message);
        fileProblem.setVisible(true);
        buildMapping();
    }

    private void forgetFile() {
        if (file != null) {
            delete(file);
        }
        file = null;
        fileName = "";
        filePreview = null;
    }

    // --- 3. mapping and 4. preview ---------------------------------------------------------------------------

    private Component mappingSection() {
        mappingForm.setId("import-mapping");
        mappingForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2), new FormLayout.ResponsiveStep("50em", 3));
        Paragraph hint = new Paragraph(getTranslation("crm.import.mapping.hint"));
        hint.addClassName("import-hint");
        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        preview.setAllRowsVisible(true);
        preview.setEmptyStateText(getTranslation("crm.import.preview.empty"));
        H3 previewTitle = new H3(getTranslation("crm.import.step.preview"));
        previewTitle.addClassName("import-preview-title");
        mappingSection.add(new H3(getTranslation("crm.import.step.mapping")), hint, mappingForm, previewTitle,
                preview);
        mappingSection.addClassNames("card-section", "import-section");
        mappingSection.setVisible(false);
        return mappingSection;
    }

    /** One picker per field of the chosen target, listing the file's columns, pre-filled with the suggestion. */
    private void buildMapping() {
        mappingForm.removeAll();
        columnOf.clear();
        TabularPreview shown = filePreview;
        mappingSection.setVisible(shown != null);
        start.setEnabled(shown != null);
        if (shown == null) {
            preview.setItems(List.of());
            return;
        }
        List<ImportField> fields = importService.fields(target.getValue());
        List<String> headers = shown.headers();
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
                checkMapping(false);
                showPreview();
            });
            columnOf.put(field.key(), column);
            mappingForm.add(column);
        }
        checkMapping(false);
        showPreview();
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
    boolean checkMapping(boolean requireAll) {
        boolean valid = true;
        Map<Integer, String> fieldOfColumn = new LinkedHashMap<>();
        for (ImportField field : importService.fields(target.getValue())) {
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

    Map<String, Integer> mapping() {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        columnOf.forEach((field, column) -> {
            if (column.getValue() != null) {
                mapping.put(field, column.getValue());
            }
        });
        return mapping;
    }

    /** The first rows as the import will read them: one column per mapped field. */
    private void showPreview() {
        preview.removeAllColumns();
        TabularPreview shown = filePreview;
        if (shown == null) {
            return;
        }
        preview.addColumn(TabularRow::rowNumber).setHeader(getTranslation("crm.import.preview.row"))
                .setAutoWidth(true).setFlexGrow(0);
        for (ImportField field : importService.fields(target.getValue())) {
            Integer column = columnOf.get(field.key()).getValue();
            if (column != null) {
                preview.addColumn(row -> row.cell(column)).setHeader(getTranslation(field.labelKey()))
                        .setAutoWidth(true).setKey(field.key());
            }
        }
        preview.setItems(shown.rows());
    }

    // --- 5. import -------------------------------------------------------------------------------------------

    private Component startSection() {
        start.setText(getTranslation("crm.import.start"));
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setIcon(VaadinIcon.UPLOAD_ALT.create());
        start.setEnabled(false);
        start.setDisableOnClick(true);
        start.addClickListener(e -> startImport());
        progressBar.setId("import-progress");
        progressBar.getElement().setAttribute("aria-label", getTranslation("crm.import.progress"));
        progressBar.setVisible(false);
        progressText.setId("import-progress-text");
        progressText.addClassName("import-hint");
        progressText.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout row = new HorizontalLayout(start, progressText);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        Div section = new Div(row, progressBar);
        section.addClassName("import-start");
        return section;
    }

    void startImport() {
        Path importing = file;
        if (importing == null || !checkMapping(true)) {
            start.setEnabled(importing != null);
            return;
        }
        ImportTarget what = target.getValue();
        Map<String, Integer> chosen = mapping();
        String name = fileName;
        Locale locale = getLocale();
        UI ui = UI.getCurrent();
        clearResult();
        setRunning(true);
        ui.setPollInterval(POLL_MILLIS);
        Runnable work = () -> {
            try {
                ImportReport report = importService.importFile(what, importing, name, chosen, locale,
                        progress -> inUi(ui, () -> showProgress(progress)));
                inUi(ui, () -> finished(what, report));
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
        start.setEnabled(!on && file != null);
        upload.setEnabled(!on);
        target.setEnabled(!on);
        columnOf.values().forEach(c -> c.setReadOnly(on));
        progressBar.setVisible(on);
        progressBar.setIndeterminate(true);
        progressBar.setValue(0);
        progressText.setText(on ? getTranslation("crm.import.progress.checking", 0) : "");
    }

    private void showProgress(ImportProgress progress) {
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        if (progress.stage() == ImportProgress.Stage.CHECKING) {
            progressBar.setIndeterminate(true);
            progressText.setText(getTranslation("crm.import.progress.checking", number.format(progress.rowsDone())));
        } else if (progress.rowsDone() == progress.rowsTotal()) {
            // the history of the changes is written as the transaction commits
            progressBar.setIndeterminate(true);
            progressText.setText(getTranslation("crm.import.progress.finishing", number.format(progress.rowsTotal())));
        } else {
            progressBar.setIndeterminate(false);
            progressBar.setValue(progress.fractionWritten());
            progressText.setText(getTranslation("crm.import.progress.writing", number.format(progress.rowsDone()),
                    number.format(progress.rowsTotal())));
        }
    }

    private void finished(ImportTarget what, ImportReport report) {
        stopPolling();
        setRunning(false);
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        result.setVisible(true);
        if (report.hasErrors()) {
            resultText.setText(getTranslation("crm.import.failed", number.format(report.errorCount())));
            resultText.addClassName("import-problem");
            errors.setItems(report.errors());
            // a few errors show whole; many scroll within the grid
            errors.setAllRowsVisible(report.errors().size() <= 12);
            if (report.errors().size() > 12) {
                errors.setHeight("24rem");
            }
            errors.setVisible(true);
            errorReport = new Anchor(errorReportDownload(report), getTranslation("crm.import.errors.download"));
            errorReport.setId("import-errors-download");
            errorReport.getElement().setAttribute("download", true);
            result.add(errorReport);
            if (detached) {
                Notices.error(resultText.getText());
                forgetFile();
            }
            return;
        }
        resultText.setText(getTranslation("crm.import.done", number.format(report.created()),
                number.format(report.updated())));
        Notices.success(resultText.getText());
        openList = new RouterLink(getTranslation("crm.import.open." + what.name()),
                what == ImportTarget.ACCOUNTS ? AccountsView.class : ContactsView.class);
        openList.setId("import-open-list");
        result.add(openList);
        forgetFile();
        fileInfo.setText("");
        buildMapping();
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

    private void failed(RuntimeException failure) {
        stopPolling();
        setRunning(false);
        result.setVisible(true);
        resultText.setText(Failures.describe(failure));
        resultText.addClassName("import-problem");
        if (detached) {
            Notices.error(resultText.getText());
            forgetFile();
        }
    }

    private void stopPolling() {
        if (!detached) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    // --- 6. result -------------------------------------------------------------------------------------------

    private Component resultSection() {
        result.setId("import-result");
        result.addClassNames("card-section", "import-section");
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
        result.add(resultText, errors);
        result.setVisible(false);
        return result;
    }

    private void clearResult() {
        result.setVisible(false);
        resultText.setText("");
        resultText.removeClassName("import-problem");
        errors.setItems(List.of());
        errors.setVisible(false);
        if (errorReport != null) {
            result.remove(errorReport);
            errorReport = null;
        }
        if (openList != null) {
            result.remove(openList);
            openList = null;
        }
    }

    // --- lifecycle -------------------------------------------------------------------------------------------

    private static Div section(String titleKey, Component... content) {
        Div section = new Div();
        section.add(new H3(section.getTranslation(titleKey)));
        section.add(content);
        section.addClassNames("card-section", "import-section");
        return section;
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
