package app.tandem.crm.ui;

import app.tandem.base.io.TabularFormat;
import app.tandem.base.ui.LimitedUpload;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.function.BiConsumer;

/** Step 2 of the import: the upload, limited on the server, and what was read from the file or what is wrong. */
class ImportFileStep extends ImportStep {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    final Upload upload = new Upload();
    final Span fileInfo = new Span();
    final Span fileProblem = new Span();

    private final Paragraph limits = hint("crm.import.file.hint", "");

    /** @param onFile told each file received, by the name the user gave it and where it is stored */
    ImportFileStep(BiConsumer<String, Path> onFile) {
        super("crm.import.step.file");
        // read no further than the limit on the server: the browser's check is only a courtesy
        upload.setUploadHandler(new LimitedUpload(MAX_FILE_BYTES, onFile::accept, name -> {
            upload.clearFileList();
            showProblem(tooBig());
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", TabularFormat.CSV.mediaType(), TabularFormat.XLSX.mediaType());
        upload.setDropAllowed(true);
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
        upload.addFailedListener(e -> showProblem(getTranslation("crm.import.upload.failed")));
        fileInfo.setId("import-file-info");
        fileInfo.addClassName("import-file-info");
        fileProblem.setId("import-file-problem");
        fileProblem.addClassName("import-problem");
        fileProblem.getElement().setAttribute("role", "alert");
        fileProblem.setVisible(false);
        add(limits, upload, fileInfo, fileProblem);
    }

    /** The file's limits: asked of the service once the user may import (its methods refuse everyone else). */
    void showLimits(int maxRows) {
        limits.setText(getTranslation("crm.import.file.hint", NumberFormat.getIntegerInstance(getLocale())
                .format(maxRows)));
    }

    String tooBig() {
        return getTranslation("crm.import.upload.too-big", MAX_FILE_BYTES / 1024 / 1024);
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("crm.import.upload.add"))
                .setMany(getTranslation("crm.import.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("crm.import.upload.drop"))
                .setMany(getTranslation("crm.import.upload.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(tooBig())
                .setIncorrectFileType(getTranslation("crm.import.upload.wrong-type"))
                .setTooManyFiles(getTranslation("crm.import.upload.too-many")));
        return texts;
    }

    /** A file was read: its name and how many columns it has. */
    void showLoaded(String name, int columns) {
        fileProblem.setVisible(false);
        fileInfo.setText(getTranslation("crm.import.file.loaded", name, columns));
    }

    /** Why the file cannot be used; the owner forgets the file. */
    void showProblem(String message) {
        fileInfo.setText("");
        fileProblem.setText(message);
        fileProblem.setVisible(true);
        problemListener.run();
    }

    private Runnable problemListener = () -> { };

    void onProblem(Runnable listener) {
        problemListener = listener;
    }

    void clearInfo() {
        fileInfo.setText("");
    }
}
