package app.tandem;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

/**
 * A browserless click calls the listener directly; in a browser a failure in a listener reaches the session's
 * error handler (which shows it). This does the same, so a test sees what the user sees.
 */
public final class SessionErrors {

    private SessionErrors() {
    }

    public static void handled(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }
}
