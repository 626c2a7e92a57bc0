package app.tandem.base.ui;

import java.util.Locale;
import java.util.Optional;

/** The logged-in user's UI preferences, kept per user (implemented by the org feature). */
public interface UserPreferences {

    boolean darkMode();

    void setDarkMode(boolean dark);

    /** The chosen language, or empty to follow the browser. */
    Optional<Locale> language();
}
