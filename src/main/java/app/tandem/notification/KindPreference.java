package app.tandem.notification;

import app.tandem.base.NotificationKind;

/** Whether a user wants a kind of notification in the app, and by e-mail (used only when mail is on). */
public record KindPreference(NotificationKind kind, boolean inApp, boolean email) {
}
