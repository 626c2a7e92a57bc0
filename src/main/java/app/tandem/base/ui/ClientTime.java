package app.tandem.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The user's time zone as their browser reports it (UTC until it has answered), for showing times. */
public final class ClientTime {

    private static final String ATTRIBUTE = ClientTime.class.getName();

    private ClientTime() {
    }

    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneOffset.UTC;
    }

    static void learn(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                if (details.getTimeZoneId() != null) {
                    ui.getSession().setAttribute(ATTRIBUTE, ZoneId.of(details.getTimeZoneId()));
                }
            } catch (DateTimeException ignored) {
                // an unknown zone id: keep UTC
            }
        });
    }
}
