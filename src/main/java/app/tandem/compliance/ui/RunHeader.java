package app.tandem.compliance.ui;

import app.tandem.base.DomainException;
import app.tandem.base.ui.ClientTime;
import app.tandem.base.ui.Failures;
import app.tandem.compliance.RunStatus;
import app.tandem.compliance.RunView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneId;
import java.util.Locale;

/** The run's checklist, team, assignee, due date and badges, its PDF report, and "Start" for the assignee. */
class RunHeader extends Div {

    private final RunContext context;

    RunHeader(RunContext context) {
        this.context = context;
        addClassName("run-header");
    }

    void show(RunView r) {
        removeAll();
        H2 title = new H2(r.template());
        title.setId("run-title");
        Span meta = new Span(r.team() + " · " + r.assignee() + " · " + getTranslation("compliance.due-on",
                Labels.date(this, r.dueOn())) + " · " + getTranslation("compliance.run.version", r.templateVersion()));
        meta.addClassName("run-meta");
        add(title, meta, badges(r), pdfLink());
        if (r.missReason() != null) {
            add(new Paragraph(getTranslation("compliance.run.miss-approved", r.missReason())));
        }
        if (r.status() == RunStatus.OPEN && r.rights().fill()) {
            Button start = new Button(getTranslation("compliance.my.start"),
                    e -> context.act(() -> context.runs().start(context.runId())));
            start.setId("run-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add(start);
        }
    }

    private Div badges(RunView r) {
        Div badges = new Div(Labels.status(this, r.status()));
        badges.setId("run-status");
        badges.addClassName("run-badges");
        if (r.overdue()) {
            badges.add(Labels.flag(this, "compliance.flag.overdue", "flag-overdue"));
        }
        if (r.completedLate()) {
            badges.add(Labels.flag(this, "compliance.flag.late", "flag-late"));
        }
        if (r.hasExpiredEvidence()) {
            badges.add(Labels.flag(this, "compliance.flag.expired-evidence", "flag-expired"));
        }
        if (r.score() != null) {
            Span score = Labels.flag(this, "compliance.run.score", Boolean.TRUE.equals(r.criticalFailed())
                    || r.score() < r.passMark() ? "flag-failed" : "flag-passed");
            score.setText(getTranslation("compliance.run.score", r.score(), r.passMark()));
            score.setId("run-score");
            badges.add(score);
        }
        if (Boolean.TRUE.equals(r.criticalFailed())) {
            badges.add(Labels.flag(this, "compliance.run.critical-failed", "flag-failed"));
        }
        return badges;
    }

    /** The run as a PDF report, in the user's language and time zone. */
    private Anchor pdfLink() {
        Anchor link = new Anchor(pdf(), "");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("compliance.export.pdf")));
        link.setId("run-pdf");
        link.addClassName("export-link");
        link.getElement().setAttribute("title", getTranslation("compliance.export.pdf-hint"));
        return link;
    }

    private DownloadHandler pdf() {
        long id = context.runId();
        ZoneId zone = ClientTime.zone();
        Locale locale = getLocale();
        return event -> {
            event.setFileName("checklist-run-" + id + ".pdf");
            event.setContentType("application/pdf");
            // a download is a request of its own: the session's error handler never sees its failure
            try {
                context.runs().writePdf(id, event.getOutputStream(), zone, locale);
            } catch (DomainException e) {
                event.getResponse().setStatus(503);
                event.getUI().access(() -> Failures.show(e));
            } catch (RuntimeException e) {
                event.getUI().access(() -> Failures.show(e));
                throw e;
            }
        };
    }
}
