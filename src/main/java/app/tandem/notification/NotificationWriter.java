package app.tandem.notification;

import app.tandem.base.NotificationKind;
import app.tandem.notification.domain.NotificationPreference;
import app.tandem.notification.domain.NotificationPreferenceRepository;
import app.tandem.notification.domain.NotificationRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes notification rows, in the caller's transaction: one per recipient who wants that kind in the app, never to
 * the one who caused it. With a dedup key (the due-date job) a row the recipient already has is not written again.
 * Recipients who chose e-mail for the kind get a mail after the commit, when mail is on.
 */
@Component
class NotificationWriter {

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final Clock clock;
    private final ObjectProvider<NotificationMailer> mailer;

    NotificationWriter(NotificationRepository notifications, NotificationPreferenceRepository preferences, Clock clock,
            ObjectProvider<NotificationMailer> mailer) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.clock = clock;
        this.mailer = mailer;
    }

    /** What to tell whom: the record it is about (where it opens), its title and who did it (null: the system). */
    record Message(NotificationKind kind, String recordType, long recordId, String title, @Nullable Long actorId,
            @Nullable String actorName, @Nullable String dedupKey) {
    }

    /** Returns how many rows were written. */
    int write(Collection<Long> recipients, Message message) {
        Set<Long> to = new LinkedHashSet<>(recipients);
        if (message.actorId() != null) {
            to.remove(message.actorId());
        }
        if (to.isEmpty()) {
            return 0;
        }
        Map<Long, NotificationPreference> chosen = preferences.findByUserIdInAndKind(to, message.kind()).stream()
                .collect(Collectors.toMap(NotificationPreference::getUserId, Function.identity()));
        String title = cut(message.title(), 200);
        String actor = message.actorName() == null ? null : cut(message.actorName(), 200);
        int written = 0;
        Set<Long> mailTo = new LinkedHashSet<>();
        for (long recipient : to) {
            NotificationPreference preference = chosen.get(recipient);
            int inserted = 0;
            if (preference == null || preference.isInApp()) {
                inserted = notifications.insert(recipient, message.kind().name(), message.recordType(),
                        message.recordId(), title, actor, clock.instant(), message.dedupKey());
                written += inserted;
            }
            // a repeated due-date message has no new row: it was mailed with the first one
            if (preference != null && preference.isEmail() && (message.dedupKey() == null || inserted == 1)) {
                mailTo.add(recipient);
            }
        }
        NotificationMailer sender = mailer.getIfAvailable();
        if (sender != null && !mailTo.isEmpty()) {
            Message mail = new Message(message.kind(), message.recordType(), message.recordId(), title, null, actor,
                    null);
            afterCommit(() -> mailTo.forEach(recipient -> sender.send(recipient, mail)));
        }
        return written;
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    static String cut(String text, int max) {
        String clean = Objects.requireNonNullElse(text, "").strip();
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
