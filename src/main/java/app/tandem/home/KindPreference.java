package app.tandem.home;

/** Whether a user wants a kind of notification in the app, and by e-mail (used only when mail is on). */
public record KindPreference(NotificationKind kind, boolean inApp, boolean email) {
}
