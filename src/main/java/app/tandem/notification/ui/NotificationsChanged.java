package app.tandem.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when notifications were read on the page, so that the bell of the same UI counts again. */
class NotificationsChanged extends ComponentEvent<UI> {

    NotificationsChanged(UI ui) {
        super(ui, false);
    }
}
