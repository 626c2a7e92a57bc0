package app.tandem.notification;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import app.tandem.security.CurrentUser;
import app.tandem.security.TandemUser;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the modules' domain events ({@link Notice.Event}) into notifications. The handler runs after the action's
 * transaction committed (a rolled-back action notifies nobody) and writes in a new transaction of its own; a failure
 * here is logged and never reaches the user whose action caused it.
 */
@Component
class NotificationEvents {

    private static final Logger log = LoggerFactory.getLogger(NotificationEvents.class);

    private final NotificationWriter writer;
    private final CurrentUser currentUser;
    private final TransactionTemplate newTransaction;

    NotificationEvents(NotificationWriter writer, CurrentUser currentUser, PlatformTransactionManager transactions) {
        this.writer = writer;
        this.currentUser = currentUser;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Every feature's events that tell people something: what, to whom, about which record. */
    @TransactionalEventListener
    void on(Notice.Event event) {
        Notice notice = event.notice();
        notify(notice.recipientIds(), notice.kind(), notice.recordType(), notice.recordId(), notice.title(),
                notice.actorId());
    }

    private void notify(Collection<Long> recipients, NotificationKind kind, String recordType, long recordId,
            String title, long actorId) {
        NotificationWriter.Message message = new NotificationWriter.Message(kind, recordType, recordId, title,
                actorId, actorName(actorId), null);
        try {
            newTransaction.executeWithoutResult(status -> writer.write(recipients, message));
        } catch (RuntimeException e) {
            log.error("Notification {} about {} {} not written", kind, recordType, recordId, e);
        }
    }

    /** The actor is the user logged in on this thread (the listener runs right after their commit). */
    private @Nullable String actorName(long actorId) {
        return currentUser.get().filter(u -> u.id() == actorId).map(TandemUser::displayName).orElse(null);
    }
}
