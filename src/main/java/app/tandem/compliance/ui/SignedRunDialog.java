package app.tandem.compliance.ui;

import app.tandem.base.ui.ClientTime;
import app.tandem.base.ui.Failures;
import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.RunEvidenceService;
import app.tandem.compliance.EvidenceRow;
import app.tandem.compliance.ResponseType;
import app.tandem.compliance.RunView;
import app.tandem.compliance.SignedRun;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A run as one sign-off signed it, read-only, with its own PDF: shown after the run was reopened. */
class SignedRunDialog extends Dialog {

    SignedRunDialog(ChecklistRunService service, RunEvidenceService evidence, long runId, SignedRun signed) {
        ZoneId zone = ClientTime.zone();
        Locale locale = Labels.locale();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(signed.signedAt().atZone(zone));
        setHeaderTitle(getTranslation("compliance.signed.open", when, signed.signedBy()));
        setId("signed-version-dialog");
        addClassName("signed-version");
        setWidth("min(48rem, 100vw)");
        RunView run = signed.run();
        Div head = new Div(Labels.status(this, run.status()));
        head.addClassName("run-badges");
        if (run.score() != null) {
            Span score = Labels.flag(this, "compliance.run.score", Boolean.TRUE.equals(run.criticalFailed())
                    || run.score() < run.passMark() ? "flag-failed" : "flag-passed");
            score.setText(getTranslation("compliance.run.score", run.score(), run.passMark()));
            head.add(score);
        }
        Anchor pdf = new Anchor(pdf(service, runId, signed.signOffEventId(), zone, locale), "");
        pdf.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("compliance.signed.pdf")));
        pdf.setId("signed-version-pdf");
        pdf.addClassName("export-link");
        add(new Paragraph(getTranslation("compliance.signed.intro")), head, pdf);
        for (RunView.Section section : run.sections()) {
            add(new H3(section.title()));
            for (RunView.Item item : section.items()) {
                add(item(evidence, item));
            }
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("signed-version-close");
        getFooter().add(close);
    }

    private Div item(RunEvidenceService evidence, RunView.Item item) {
        Div card = new Div();
        card.addClassNames("run-item", "signed-item");
        card.setId("signed-item-" + item.item().id());
        Span prompt = new Span(item.item().prompt());
        prompt.addClassName("run-item-prompt");
        Span answer = new Span(answerText(item));
        answer.addClassName("signed-answer");
        card.add(prompt, answer);
        if (item.result() != null) {
            Span result = new Span(getTranslation("compliance.result." + item.result().name()));
            result.addClassNames("status-badge", "result-" + item.result().name().toLowerCase(Locale.ROOT));
            card.add(result);
        }
        if (item.note() != null) {
            Paragraph note = new Paragraph(getTranslation("compliance.run.note") + ": " + item.note());
            note.addClassName("run-item-help");
            card.add(note);
        }
        for (EvidenceRow row : item.evidence()) {
            Div line = new Div(EvidenceDownloads.link(evidence, row), new Span(" " + getTranslation("compliance.evidence.effective",
                    Labels.date(this, row.effectiveDate()))));
            line.addClassName("evidence-line");
            card.add(line);
        }
        return card;
    }

    private String answerText(RunView.Item item) {
        if (item.value() == null) {
            return getTranslation("compliance.signed.unanswered");
        }
        ResponseType type = item.item().rule().type();
        if (type == ResponseType.PASS_FAIL_NA || type == ResponseType.YES_NO_NA) {
            return getTranslation("compliance.answer." + item.value());
        }
        return item.item().unit() == null ? item.value() : item.value() + " " + item.item().unit();
    }

    private static DownloadHandler pdf(ChecklistRunService service, long runId, long signOff, ZoneId zone,
            Locale locale) {
        return event -> {
            event.setFileName("checklist-run-" + runId + "-signed.pdf");
            event.setContentType("application/pdf");
            // a download is a request of its own: the session's error handler never sees its failure
            try {
                service.writeSignedPdf(runId, signOff, event.getOutputStream(), zone, locale);
            } catch (RuntimeException e) {
                event.getUI().access(() -> Failures.show(e));
                throw e;
            }
        };
    }
}
