package app.tandem.notification.ui;

import app.tandem.base.RecordNotFoundException;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.RecordLinks;
import app.tandem.notification.NotificationItem;
import app.tandem.notification.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the header: the number of unread notifications (asked again every 30 seconds, from the database, so
 * it works with several app instances) and on every page change, and on click the newest 20; opening one marks it read and goes to its record.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

    /** How often the browser asks for the count, in milliseconds. */
    static final int POLL_MILLIS = 30_000;

    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover popover = new Popover();
    final Div list = new Div();
    final Button markAll = new Button();

    private final NotificationService service;
    private final RecordLinks links;
    private final Clock clock;
    private @Nullable Registration changes;

    NotificationBell(NotificationService service, RecordLinks links, Clock clock) {
        this.service = service;
        this.links = links;
        this.clock = clock;
        addClassName("notification-bell");
        setId("notification-bell");

        bell.setId("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.addClickListener(e -> toggle());
        count.setId("notification-count");
        count.addClassName("notification-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(bell, count);

        Span title = new Span(getTranslation("notify.title"));
        title.addClassName("notification-popover-title");
        markAll.setText(getTranslation("notify.mark-all"));
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(e -> markAllRead());
        Div head = new Div(title, markAll);
        head.addClassName("notification-popover-head");
        list.setId("notification-list");
        list.addClassName("notification-list");
        list.getElement().setAttribute("role", "list");
        Anchor all = new Anchor("notifications", getTranslation("notify.all"));
        all.setId("notification-all");
        all.addClassName("notification-all");
        all.getElement().addEventListener("click", e -> popover.close());
        popover.add(head, list, all);
        popover.setTarget(bell);
        popover.setOpenOnClick(false);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addClassName("notification-popover");
        popover.setAriaLabel(getTranslation("notify.title"));
        popover.setWidth("min(24rem, 94vw)");
        add(popover);
        refreshCount();
    }

    /** Asked by the browser every 30 seconds: only the count is read again. */
    @ClientCallable
    void poll() {
        refreshCount();
    }

    /** The header stays while the user moves between pages: each page counts again. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }

    void refreshCount() {
        long unread = service.unreadCount();
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("notify.bell.none") : getTranslation("notify.bell.unread", Long.toString(unread));
        bell.setAriaLabel(label);
        bell.setTooltipText(label);
    }

    private void toggle() {
        if (popover.isOpened()) {
            popover.close();
        } else {
            refreshList();
            popover.open();
        }
    }

    void refreshList() {
        list.removeAll();
        List<NotificationItem> newest = service.newest();
        Instant now = clock.instant();
        for (NotificationItem n : newest) {
            list.add(entry(n, now));
        }
        if (newest.isEmpty()) {
            Div empty = new Div(getTranslation("notify.empty"));
            empty.addClassName("empty-state");
            empty.setId("notification-empty");
            list.add(empty);
        }
        markAll.setEnabled(newest.stream().anyMatch(n -> !n.read()));
        refreshCount();
    }

    private NativeButton entry(NotificationItem n, Instant now) {
        Span text = new Span(NotificationTexts.text(this, n));
        text.addClassName("notification-text");
        Span when = new Span(NotificationTexts.ago(this, n.createdAt(), now));
        when.addClassName("notification-when");
        NativeButton entry = new NativeButton();
        entry.add(NotificationTexts.icon(n.kind()), new Div(text, when));
        entry.setId("notification-" + n.id());
        entry.addClassName("notification-entry");
        entry.addClassName(n.read() ? "read" : "unread");
        entry.getElement().setAttribute("role", "listitem");
        entry.addClickListener(e -> open(n));
        return entry;
    }

    void open(NotificationItem n) {
        try {
            service.markRead(n.id());
        } catch (RecordNotFoundException e) {
            Failures.show(e);
            refreshList();
            return;
        }
        popover.close();
        refreshCount();
        links.urlOf(n.recordType(), n.recordId()).ifPresent(url -> UI.getCurrent().navigate(url));
    }

    private void markAllRead() {
        service.markAllRead();
        refreshList();
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new NotificationsChanged(ui)));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refreshCount();
        changes = ComponentUtil.addListener(attachEvent.getUI(), NotificationsChanged.class, e -> refreshCount());
        // a timer of our own, not UI.setPollInterval: other views (the CRM import) set and clear the UI's poll.
        // It asks only while the user has been active within the session timeout: a poll is a request, and an
        // open tab must not keep an idle session alive forever (server.servlet.session.timeout).
        getElement().executeJs("""
                const bell = this;
                if (!window.__tandemActivity) {
                  window.__tandemActivity = Date.now();
                  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
                    document.addEventListener(type, () => { window.__tandemActivity = Date.now(); },
                        { capture: true, passive: true });
                  }
                }
                clearInterval(bell.__notifyTimer);
                bell.__notifyTimer = setInterval(() => {
                  if (!bell.isConnected) { clearInterval(bell.__notifyTimer); return; }
                  if (Date.now() - window.__tandemActivity < $1) { bell.$server.poll(); }
                }, $0);
                """, POLL_MILLIS, activeMillis());
    }

    /** How long after the user's last click or key press the bell keeps asking: the session timeout, less a poll. */
    private static double activeMillis() {
        VaadinSession session = VaadinSession.getCurrent();
        int seconds = session == null || session.getSession() == null ? 1800
                : session.getSession().getMaxInactiveInterval();
        return seconds <= 0 ? Double.MAX_VALUE : Math.max(POLL_MILLIS, seconds * 1000.0 - POLL_MILLIS);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
        super.onDetach(detachEvent);
    }
}
