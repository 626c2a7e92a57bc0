package app.tandem.org.ui;

import app.tandem.base.ui.UserPreferences;
import app.tandem.org.UserService;
import app.tandem.security.CurrentUser;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Gives the shell the logged-in user's stored preferences; nothing for anonymous pages. */
@Component
class UserPreferencesAdapter implements UserPreferences {

    private final UserService userService;
    private final CurrentUser currentUser;

    UserPreferencesAdapter(UserService userService, CurrentUser currentUser) {
        this.userService = userService;
        this.currentUser = currentUser;
    }

    @Override
    public boolean darkMode() {
        return currentUser.get().isPresent() && userService.myAccount().darkMode();
    }

    @Override
    public void setDarkMode(boolean dark) {
        userService.setDarkMode(dark);
    }

    @Override
    public Optional<Locale> language() {
        if (currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userService.myAccount().language()).map(Locale::forLanguageTag);
    }
}
