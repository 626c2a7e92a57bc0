package app.tandem.performance.ui;

import app.tandem.performance.MeetingData;
import app.tandem.performance.OneOnOneService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** A card of the 1:1 meeting page: a title, an optional help line, and what it shows of the open meeting. */
abstract class MeetingSection extends Div {

    protected final OneOnOneService service;
    protected @Nullable MeetingData meeting;

    MeetingSection(OneOnOneService service, String titleKey, @Nullable String helpKey) {
        this.service = service;
        addClassNames("card-section", "oneonone-card");
        add(new H3(getTranslation(titleKey)));
        if (helpKey != null) {
            Paragraph help = new Paragraph(getTranslation(helpKey));
            help.addClassName("feedback-meta");
            add(help);
        }
    }

    /** Shows this part of the meeting. */
    void show(MeetingData data) {
        meeting = data;
        refresh();
    }

    abstract void refresh();

    /** A box that ticks something off at once; refused, it shows again what is stored and the handler says why. */
    protected Checkbox tickBox(String id, String text, boolean done, Consumer<Boolean> tick) {
        Checkbox box = new Checkbox(text, done);
        box.setId(id);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    tick.accept(e.getValue());
                } catch (RuntimeException ex) {
                    refresh();
                    throw ex;
                }
            }
        });
        return box;
    }

    protected Span empty(String key) {
        Span empty = new Span(getTranslation(key));
        empty.addClassName("empty-state");
        return empty;
    }
}
