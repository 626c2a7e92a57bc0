package app.tandem.notification;

import app.tandem.base.NotificationKind;
import app.tandem.base.Paging;
import app.tandem.base.RecordNotFoundException;
import app.tandem.notification.domain.Notification;
import app.tandem.notification.domain.NotificationPreference;
import app.tandem.notification.domain.NotificationPreferenceRepository;
import app.tandem.notification.domain.NotificationRepository;
import app.tandem.security.CurrentUser;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in user's notifications and their choices of what to be told. A user only ever sees their own: anyone
 * else's notification is "not found", by id too.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NotificationService {

    /** How many the bell lists. */
    public static final int NEWEST = 20;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean mailEnabled;

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
            CurrentUser currentUser, Clock clock, @Value("${tandem.mail.enabled:false}") boolean mailEnabled) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.clock = clock;
        this.mailEnabled = mailEnabled;
    }

    /** The number on the bell: one COUNT on an index, cheap enough to ask every 30 seconds. */
    public long unreadCount() {
        return notifications.countUnread(currentUser.id());
    }

    /** My newest notifications, read or not, for the bell's list. */
    public List<NotificationItem> newest() {
        return notifications.listOf(currentUser.id(), false, PageRequest.of(0, NEWEST, NEWEST_FIRST)).getContent();
    }

    /** A page of my notifications, newest first; only the unread ones if asked. */
    public Slice<NotificationItem> list(boolean unreadOnly, Pageable pageable) {
        Pageable page = pageable.isPaged() ? Paging.withSort(pageable,
                NEWEST_FIRST) : Pageable.unpaged(NEWEST_FIRST);
        return notifications.listOf(currentUser.id(), unreadOnly, Paging.withStableSort(page, NEWEST_FIRST, "id"));
    }

    /** Marks one of my notifications read (opening it does that); someone else's is "not found". */
    @Transactional
    public void markRead(long id) {
        Notification notification = notifications.findByIdAndRecipientId(id, currentUser.id())
                .orElseThrow(RecordNotFoundException::new);
        notification.markRead(clock.instant());
    }

    /** Marks all my notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(currentUser.id(), clock.instant());
    }

    /** My choice for every kind, in the order of the kinds (on in the app and off by e-mail unless I changed it). */
    public List<KindPreference> preferences() {
        Map<NotificationKind, NotificationPreference> mine = preferences.findByUserId(currentUser.id()).stream()
                .collect(Collectors.toMap(NotificationPreference::getKind, Function.identity()));
        return Arrays.stream(NotificationKind.values()).map(kind -> {
            NotificationPreference p = mine.get(kind);
            return p == null ? new KindPreference(kind, true, false) : new KindPreference(kind, p.isInApp(), p.isEmail());
        }).toList();
    }

    @Transactional
    public KindPreference choose(NotificationKind kind, boolean inApp, boolean email) {
        long me = currentUser.id();
        NotificationPreference preference = preferences.findByUserIdAndKind(me, kind)
                .orElseGet(() -> new NotificationPreference(me, kind));
        preference.choose(inApp, email);
        preferences.saveAndFlush(preference);
        return new KindPreference(kind, inApp, email);
    }

    /** Whether notifications can go out by e-mail here ({@code tandem.mail.enabled}). */
    public boolean mailEnabled() {
        return mailEnabled;
    }
}
