package app.tandem.performance.ui;

import app.tandem.performance.FeedbackNoteItem;
import app.tandem.performance.FeedbackService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The follow-up notes of the open feedback, oldest first, and a field to add one. */
class FeedbackNotes extends VerticalLayout {

    private final FeedbackService service;
    final Div notes = new Div();
    final TextArea note = new TextArea();
    final Button addNote = new Button();
    private @Nullable Long feedbackId;

    FeedbackNotes(FeedbackService service) {
        this.service = service;
        setPadding(false);
        notes.setId("feedback-notes");
        notes.addClassName("improvement-log");
        note.setId("feedback-note");
        note.setPlaceholder(getTranslation("feedback.note.placeholder"));
        note.setAriaLabel(getTranslation("feedback.note.placeholder"));
        note.setWidthFull();
        note.setMaxLength(5000);
        addNote.setId("feedback-note-add");
        addNote.setText(getTranslation("feedback.note.add"));
        addNote.addClickListener(e -> addNote());
        add(new H4(getTranslation("feedback.notes.title")), notes, note, addNote);
    }

    /** Shows the notes of this feedback, with an empty field for a new one. */
    void show(long id) {
        feedbackId = id;
        note.clear();
        note.setInvalid(false);
        showNotes(id);
    }

    private void addNote() {
        Long id = feedbackId;
        if (id == null) {
            return;
        }
        if (note.getValue().isBlank()) {
            note.setErrorMessage(getTranslation("feedback.note.required"));
            note.setInvalid(true);
            return;
        }
        service.addNote(id, note.getValue());
        note.clear();
        note.setInvalid(false);
        showNotes(id);
    }

    private void showNotes(long id) {
        notes.removeAll();
        List<FeedbackNoteItem> items = service.notes(id);
        for (FeedbackNoteItem item : items) {
            Div row = new Div();
            row.addClassName("improvement-log-entry");
            Span who = new Span(FeedbackTexts.when(getLocale(), item.writtenAt()) + " · " + item.authorName());
            who.addClassName("improvement-log-meta");
            Span text = new Span(item.text());
            text.addClassName("improvement-log-text");
            row.add(who, text);
            notes.add(row);
        }
        if (items.isEmpty()) {
            Span empty = new Span(getTranslation("feedback.notes.empty"));
            empty.addClassName("empty-state");
            notes.add(empty);
        }
    }
}
