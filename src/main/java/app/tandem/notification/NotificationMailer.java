package app.tandem.notification;

import app.tandem.base.NotificationKind;
import app.tandem.base.ui.TandemI18NProvider;
import app.tandem.notification.domain.NotificationRepository;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail to users who chose that for its kind, only with {@code tandem.mail.enabled=true}
 * (and Spring Mail's {@code spring.mail.host}). Mails go out on a background thread after the action's commit:
 * a slow or unreachable mail server never blocks or fails the action; failures are logged. The SMTP timeouts
 * ({@code spring.mail.properties.mail.smtp.*timeout}) end a hung attempt, and the queue is bounded.
 */
@Component
@ConditionalOnBooleanProperty(name = "tandem.mail.enabled")
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final JavaMailSender sender;
    private final NotificationRepository notifications;
    private final TandemI18NProvider i18n;
    private final String from;
    private final String baseUrl;
    /** Mails waiting while one goes out; more are dropped with a log line (they stay in the app's bell). */
    static final int QUEUE = 1000;
    /** Kinds whose title quotes what only the recipient may read (feedback, formal warnings): a link only. */
    private static final Set<NotificationKind> NOT_QUOTED = EnumSet.of(NotificationKind.FEEDBACK_RECEIVED);

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread thread = new Thread(r, "notification-mail");
                thread.setDaemon(true);
                return thread;
            });

    NotificationMailer(JavaMailSender sender, NotificationRepository notifications, TandemI18NProvider i18n,
            @Value("${tandem.mail.from:tandem@localhost}") String from,
            @Value("${tandem.mail.base-url:}") String baseUrl) {
        this.sender = sender;
        this.notifications = notifications;
        this.i18n = i18n;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Queues the mail and returns at once; with the queue full the mail is dropped and logged. */
    void send(long recipientId, NotificationWriter.Message message) {
        try {
            executor.execute(() -> {
                try {
                    deliver(recipientId, message);
                } catch (RuntimeException e) {
                    log.warn("Notification mail to user {} not sent: {}", recipientId, e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Mail queue full ({} waiting): notification mail to user {} dropped (still shown in the app)",
                    QUEUE, recipientId);
        }
    }

    private void deliver(long recipientId, NotificationWriter.Message message) {
        List<Object[]> rows = notifications.mailAddressOf(recipientId);
        if (rows.isEmpty() || rows.getFirst()[0] == null || rows.getFirst()[0].toString().isBlank()) {
            return;
        }
        String address = rows.getFirst()[0].toString();
        Locale locale = rows.getFirst()[1] == null ? TandemI18NProvider.ENGLISH
                : Locale.forLanguageTag(rows.getFirst()[1].toString());
        String actor = message.actorName() == null ? i18n.getTranslation("notify.system", locale)
                : message.actorName();
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address);
        mail.setSubject(i18n.getTranslation("notify.mail.subject", locale,
                i18n.getTranslation("notify.kind." + message.kind().name(), locale)));
        String text = NOT_QUOTED.contains(message.kind()) ? "notify.mail.unquoted." : "notify.text.";
        mail.setText(i18n.getTranslation(text + message.kind().name(), locale, message.title(), actor)
                + (baseUrl.isBlank() ? "" : "\n\n" + baseUrl.replaceAll("/+$", "") + "/notifications"));
        sender.send(mail);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
