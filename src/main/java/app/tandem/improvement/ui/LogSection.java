package app.tandem.improvement.ui;

import app.tandem.base.ui.ClientTime;
import app.tandem.improvement.ItemLogService;
import app.tandem.improvement.LogItem;
import app.tandem.improvement.LogKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The item's log, newest first: status steps, comments and changes of locked impacts; anyone who reads it comments. */
class LogSection extends VerticalLayout {

    private final ItemLogService service;
    private final ItemFormats formats;
    final TextArea comment = new TextArea();
    final Button addComment = new Button();
    final Div log = new Div();
    private @Nullable Long itemId;

    LogSection(ItemLogService service, ItemFormats formats) {
        this.service = service;
        this.formats = formats;
        setPadding(false);
        comment.setPlaceholder(getTranslation("improvement.log.comment"));
        comment.setAriaLabel(getTranslation("improvement.log.comment"));
        comment.setId("improvement-comment");
        comment.setWidthFull();
        comment.setMaxLength(5000);
        addComment.setText(getTranslation("improvement.log.add"));
        addComment.setId("improvement-comment-add");
        addComment.addClickListener(e -> addComment());
        log.setId("improvement-log");
        log.addClassName("improvement-log");
        add(new H4(getTranslation("improvement.log.title")), comment, addComment, log);
    }

    private void addComment() {
        if (itemId == null) {
            return;
        }
        if (comment.getValue().isBlank()) {
            comment.setErrorMessage(getTranslation("improvement.comment.required"));
            comment.setInvalid(true);
            return;
        }
        service.comment(itemId, comment.getValue());
        comment.clear();
        comment.setInvalid(false);
        show(itemId);
    }

    void show(long itemId) {
        this.itemId = itemId;
        log.removeAll();
        List<LogItem> entries = service.log(itemId);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClientTime.zone());
        for (LogItem entry : entries) {
            Div row = new Div();
            row.addClassNames("improvement-log-entry", "log-" + entry.kind().name().toLowerCase());
            Span meta = new Span(format.format(entry.loggedAt()) + " · " + entry.authorName());
            meta.addClassName("improvement-log-meta");
            Span text = new Span(describe(entry));
            text.addClassName("improvement-log-text");
            row.add(meta, text);
            log.add(row);
        }
        if (entries.isEmpty()) {
            log.add(new Span(getTranslation("improvement.log.empty")));
        }
    }

    private String describe(LogItem entry) {
        String text = entry.text() == null ? "" : entry.text();
        if (entry.kind() == LogKind.STATUS && entry.toStatus() != null) {
            String to = getTranslation("improvement.status." + entry.toStatus().name());
            String line = entry.fromStatus() == null ? getTranslation("improvement.log.created", to)
                    : getTranslation("improvement.log.moved", getTranslation("improvement.status."
                            + entry.fromStatus().name()), to);
            if (text.startsWith("improvement.log.") && text.contains("|")) {
                // an automatic step, e.g. a deferred item back on its revisit date: key|date
                String[] parts = text.split("\\|", -1);
                text = getTranslation(parts[0], formats.date(LocalDate.parse(parts[1])));
            }
            return text.isEmpty() ? line : line + ": " + text;
        }
        if (entry.kind() == LogKind.IMPACT) {
            String[] parts = text.split("\\|", -1);
            if (parts.length == 5) {
                return getTranslation(parts[0], getTranslation("improvement.impact.type." + parts[1]),
                        parts[2].isEmpty() ? "–" : parts[2], parts[3].isEmpty() ? "–" : parts[3],
                        parts[4].isEmpty() ? "–" : parts[4]);
            }
        }
        return text;
    }
}
