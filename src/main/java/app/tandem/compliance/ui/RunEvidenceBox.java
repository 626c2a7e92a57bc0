package app.tandem.compliance.ui;

import app.tandem.base.ui.LimitedUpload;
import app.tandem.base.ui.Notices;
import app.tandem.compliance.EvidenceRow;
import app.tandem.compliance.EvidenceType;
import app.tandem.compliance.RunView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;

/** An item's evidence: each file with its dates, and while the run is filled, upload and remove. */
class RunEvidenceBox extends Div {

    private final RunContext context;

    RunEvidenceBox(RunContext context, RunView.Item item, boolean edit) {
        this.context = context;
        long itemId = item.item().id();
        addClassName("run-evidence");
        setId("evidence-" + itemId);
        for (EvidenceRow row : item.evidence()) {
            add(line(row, edit));
        }
        if (edit) {
            add(upload(itemId));
        }
    }

    private Div line(EvidenceRow row, boolean edit) {
        Div line = new Div();
        line.addClassName("evidence-line");
        line.add(EvidenceDownloads.link(context.evidence(), row), new Span(" " + getTranslation(
                "compliance.evidence.effective", Labels.date(this, row.effectiveDate()))));
        if (row.expiryDate() != null) {
            line.add(new Span(" · " + getTranslation("compliance.evidence.expires", Labels.date(this,
                    row.expiryDate()))));
        }
        if (row.expired()) {
            line.add(Labels.flag(this, "compliance.flag.expired", "flag-expired"));
        }
        if (edit) {
            Button remove = new Button(getTranslation("action.delete"), e -> confirmRemove(row));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("remove-evidence-" + row.id());
            line.add(remove);
        }
        return line;
    }

    private Details upload(long itemId) {
        DatePicker effective = new DatePicker(getTranslation("compliance.evidence.effective-date"));
        effective.setValue(LocalDate.now(context.clock()));
        effective.setId("evidence-effective-" + itemId);
        DatePicker expiry = new DatePicker(getTranslation("compliance.evidence.expiry-date"));
        expiry.setId("evidence-expiry-" + itemId);
        expiry.setClearButtonVisible(true);
        // read no further than the limit on the server: the browser's check is only a courtesy
        Upload upload = new Upload();
        upload.setUploadHandler(new LimitedUpload(EvidenceType.MAX_BYTES, (name, file) -> {
            try {
                context.evidence().addEvidence(context.runId(), itemId, name, Files.readAllBytes(file),
                        effective.getValue(), expiry.getValue());
                Notices.success(getTranslation("compliance.evidence.added", name));
                context.reload().run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                LimitedUpload.deleteQuietly(file);
            }
        }, name -> {
            upload.clearFileList();
            Notices.error(getTranslation("compliance.evidence.too-large", EvidenceType.MAX_BYTES / 1024 / 1024));
        }));
        upload.setId("upload-" + itemId);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) EvidenceType.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf",
                ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf");
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(e -> Notices.error(getTranslation("compliance.evidence.rejected",
                e.getErrorMessage())));
        Details add = new Details(getTranslation("compliance.evidence.add"));
        Div dates = new Div(effective, expiry);
        dates.addClassName("evidence-dates");
        add.add(dates, upload);
        return add;
    }

    private void confirmRemove(EvidenceRow row) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("compliance.evidence.remove-title"),
                getTranslation("compliance.evidence.remove-text", row.fileName()), getTranslation("action.delete"),
                e -> context.act(() -> context.evidence().removeEvidence(context.runId(), row.id())),
                getTranslation("action.cancel"), e -> {
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
