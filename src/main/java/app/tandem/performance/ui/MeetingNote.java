package app.tandem.performance.ui;

import app.tandem.base.ui.Notices;
import app.tandem.performance.OneOnOneService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

/** My private note on the meeting: only I read it. */
class MeetingNote extends MeetingSection {

    final TextArea note = new TextArea();
    final Button saveNote = new Button();

    MeetingNote(OneOnOneService service) {
        super(service, "oneonone.note.title", "oneonone.note.help");
        addClassName("oneonone-private");
        note.setId("oneonone-note");
        note.setAriaLabel(getTranslation("oneonone.note.title"));
        note.setWidthFull();
        note.setMinHeight("8rem");
        note.setMaxLength(10000);
        saveNote.setId("oneonone-note-save");
        saveNote.setText(getTranslation("oneonone.note.save"));
        saveNote.addClickListener(e -> {
            if (meeting != null) {
                service.saveMyNote(meeting.id(), note.getValue());
                Notices.success(getTranslation("oneonone.note.saved"));
            }
        });
        add(note, saveNote);
    }

    @Override
    void refresh() {
        if (meeting != null) {
            note.setValue(service.myNote(meeting.id()));
        }
    }
}
