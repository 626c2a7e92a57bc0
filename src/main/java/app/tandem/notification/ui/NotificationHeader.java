package app.tandem.notification.ui;

import app.tandem.base.ui.HeaderContributor;
import app.tandem.base.ui.RecordLinks;
import app.tandem.notification.NotificationService;
import java.time.Clock;

/** Puts the notification bell into the header of every page (after the global search). */
@org.springframework.stereotype.Component
class NotificationHeader implements HeaderContributor {

    private final NotificationService service;
    private final RecordLinks links;
    private final Clock clock;

    NotificationHeader(NotificationService service, RecordLinks links, Clock clock) {
        this.service = service;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new NotificationBell(service, links, clock);
    }
}
