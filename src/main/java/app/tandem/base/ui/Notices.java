package app.tandem.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's notifications: short, at the bottom, coloured by outcome. */
public final class Notices {

    private Notices() {
    }

    public static Notification success(String text) {
        return show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static Notification error(String text) {
        return show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    public static Notification warning(String text) {
        return show(text, NotificationVariant.LUMO_WARNING, 8000);
    }

    /** An error with one action, e.g. "Reload" after a conflicting change. */
    public static Notification errorWithAction(String text, String actionText, String actionId, Runnable action) {
        return withAction(text, NotificationVariant.LUMO_ERROR, 0, actionText, actionId, action);
    }

    /** A success with one action, e.g. "Open" for the record just created elsewhere; stays for 8 seconds. */
    public static Notification successWithAction(String text, String actionText, String actionId, Runnable action) {
        return withAction(text, NotificationVariant.LUMO_SUCCESS, 8000, actionText, actionId, action);
    }

    private static Notification withAction(String text, NotificationVariant variant, int millis, String actionText,
            String actionId, Runnable action) {
        Notification notification = new Notification();
        notification.setDuration(millis);
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        Button button = new Button(actionText, e -> {
            notification.close();
            action.run();
        });
        button.setId(actionId);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(notification.getTranslation("action.close"));
        HorizontalLayout layout = new HorizontalLayout(new Span(text), button, close);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(layout);
        notification.open();
        return notification;
    }

    private static Notification show(String text, NotificationVariant variant, int millis) {
        Notification notification = new Notification(text, millis, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        notification.open();
        return notification;
    }
}
