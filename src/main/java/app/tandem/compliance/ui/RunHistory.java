package app.tandem.compliance.ui;

import app.tandem.base.ui.ClientTime;
import app.tandem.compliance.RunEventKind;
import app.tandem.compliance.RunEventRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** A run's history, newest first, and one button per superseded sign-off that opens what it signed. */
class RunHistory extends Details {

    private final RunContext context;
    /** Shown at the top of the page, apart from the history: a reopened run keeps what each sign-off signed. */
    final Div signedVersions = new Div();

    RunHistory(RunContext context) {
        this.context = context;
        setId("run-history");
        setSummaryText(getTranslation("compliance.run.history"));
        signedVersions.setId("run-signed-versions");
        signedVersions.addClassName("run-signed-versions");
    }

    void show() {
        removeAll();
        signedVersions.removeAll();
        List<RunEventRow> events;
        try {
            events = context.runs().history(context.runId());
        } catch (RuntimeException e) {
            return; // the run itself could not be read: the page already says so
        }
        showSignedVersions(events);
        if (events.isEmpty()) {
            add(new Paragraph(getTranslation("compliance.run.history-empty")));
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        ZoneId zone = context.clock().getZone();
        UnorderedList lines = new UnorderedList();
        for (RunEventRow e : events) {
            String text = format.format(e.happenedAt().atZone(zone)) + " · " + e.actorName() + " · "
                    + getTranslation("compliance.event." + e.kind().name())
                    + (e.text() == null ? "" : ": " + e.text());
            ListItem line = new ListItem(text);
            if (e.superseded()) {
                line.add(Labels.flag(this, "compliance.event.superseded", "flag-superseded"));
            }
            lines.add(line);
        }
        add(lines);
    }

    private void showSignedVersions(List<RunEventRow> events) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        long runId = context.runId();
        for (RunEventRow e : events) {
            if (e.kind() == RunEventKind.SIGNED_OFF && e.superseded()) {
                Button open = new Button(getTranslation("compliance.signed.open",
                        format.format(e.happenedAt().atZone(ClientTime.zone())), e.actorName()),
                        VaadinIcon.CHECK_SQUARE_O.create(), click -> new SignedRunDialog(context.runs(),
                                context.evidence(), runId, context.runs().signedVersion(runId, e.id())).open());
                open.setId("signed-version-" + e.id());
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                signedVersions.add(open);
            }
        }
    }
}
