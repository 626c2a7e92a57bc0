package app.tandem.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Tells the user above a record they may read but not change that this is so, and why nothing is offered. */
public class ReadOnlyNotice extends Span {

    public ReadOnlyNotice() {
        setId("crm-read-only");
        addClassName("read-only-notice");
        Icon lock = VaadinIcon.LOCK.create();
        lock.getElement().setAttribute("aria-hidden", "true");
        add(lock, new Span(getTranslation("crm.read-only")));
    }
}
