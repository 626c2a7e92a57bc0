package app.tandem.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** For every session: failures become notifications; for every UI: the user's language and time zone. */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final UserPreferences preferences;

    UiInitializer(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession()
                .setErrorHandler(error -> Failures.show(error.getThrowable())));
        event.getSource().addUIInitListener(init -> {
            preferences.language().ifPresent(init.getUI()::setLocale);
            ClientTime.learn(init.getUI());
        });
    }
}
