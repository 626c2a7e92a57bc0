package app.tandem.notification.ui;

import app.tandem.notification.NotificationItem;
import app.tandem.base.NotificationKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.Locale;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import app.tandem.base.ui.ClientTime;

/** How a notification reads: its kind's icon, its sentence and how long ago it came. */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static Icon icon(NotificationKind kind) {
        Icon icon = switch (kind) {
            case ASSIGNED -> VaadinIcon.USER_CHECK.create();
            case DUE_SOON -> VaadinIcon.CLOCK.create();
            case OVERDUE -> VaadinIcon.EXCLAMATION_CIRCLE_O.create();
            case FEEDBACK_RECEIVED -> VaadinIcon.COMMENT.create();
            case FEEDBACK_REQUESTED -> VaadinIcon.COMMENT_ELLIPSIS_O.create();
            case APPROVAL_REQUESTED -> VaadinIcon.GAVEL.create();
            case RUN_SIGNED_OFF -> VaadinIcon.CHECK_SQUARE_O.create();
            case FINDING_OPENED -> VaadinIcon.WARNING.create();
        };
        icon.addClassNames("notification-icon", "notification-" + kind.name().toLowerCase().replace('_', '-'));
        return icon;
    }

    /** The sentence, e.g. "Sue assigned to you: Acme renewal"; the due-date job's have no actor. */
    static String text(Component in, NotificationItem n) {
        String actor = n.actorName() == null ? in.getTranslation("notify.system") : n.actorName();
        return in.getTranslation("notify.text." + n.kind().name(), n.title(), actor);
    }

    static String ago(Component in, Instant at, Instant now) {
        Duration age = Duration.between(at, now);
        if (age.toMinutes() < 1) {
            return in.getTranslation("notify.ago.now");
        }
        if (age.toHours() < 1) {
            return in.getTranslation("notify.ago.minutes", Long.toString(age.toMinutes()));
        }
        if (age.toDays() < 1) {
            return in.getTranslation("notify.ago.hours", Long.toString(age.toHours()));
        }
        if (age.toDays() < 7) {
            return in.getTranslation("notify.ago.days", Long.toString(age.toDays()));
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale())
                .format(at.atZone(ClientTime.zone()));
    }
}
