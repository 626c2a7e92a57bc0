package app.tandem.home;

import app.tandem.compliance.FindingAssigned;
import app.tandem.compliance.FindingOpened;
import app.tandem.compliance.RunSignedOff;
import app.tandem.crm.CrmRecordAssigned;
import app.tandem.improvement.ImprovementApprovalRequested;
import app.tandem.improvement.ImprovementItemAssigned;
import app.tandem.performance.ActionItemGiven;
import app.tandem.performance.FeedbackGiven;
import app.tandem.performance.FeedbackRequested;
import app.tandem.performance.TargetProposed;
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
 * Turns the modules' domain events into notifications. Each handler runs after the action's transaction committed
 * (a rolled-back action notifies nobody) and writes in a new transaction of its own; a failure here is logged and
 * never reaches the user whose action caused it.
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

    @TransactionalEventListener
    void on(CrmRecordAssigned e) {
        notify(List.of(e.ownerId()), NotificationKind.ASSIGNED, e.recordType(), e.recordId(), e.title(), e.actorId());
    }

    @TransactionalEventListener
    void on(ImprovementItemAssigned e) {
        notify(List.of(e.ownerId()), NotificationKind.ASSIGNED, RecordTypes.IMPROVEMENT_ITEM, e.itemId(), e.title(),
                e.actorId());
    }

    @TransactionalEventListener
    void on(ImprovementApprovalRequested e) {
        notify(e.approverIds(), NotificationKind.APPROVAL_REQUESTED, RecordTypes.IMPROVEMENT_ITEM, e.itemId(),
                e.title(), e.actorId());
    }

    @TransactionalEventListener
    void on(FindingOpened e) {
        notify(List.of(e.ownerId()), NotificationKind.FINDING_OPENED, RecordTypes.CHECKLIST_RUN, e.runId(),
                e.title(), e.actorId());
    }

    @TransactionalEventListener
    void on(FindingAssigned e) {
        notify(List.of(e.ownerId()), NotificationKind.ASSIGNED, RecordTypes.CHECKLIST_RUN, e.runId(), e.title(),
                e.actorId());
    }

    @TransactionalEventListener
    void on(RunSignedOff e) {
        notify(e.recipientIds(), NotificationKind.RUN_SIGNED_OFF, RecordTypes.CHECKLIST_RUN, e.runId(), e.title(),
                e.actorId());
    }

    @TransactionalEventListener
    void on(FeedbackGiven e) {
        notify(List.of(e.recipientId()), NotificationKind.FEEDBACK_RECEIVED, RecordTypes.FEEDBACK, e.feedbackId(),
                e.excerpt(), e.giverId());
    }

    @TransactionalEventListener
    void on(FeedbackRequested e) {
        notify(List.of(e.askedId()), NotificationKind.FEEDBACK_REQUESTED, RecordTypes.FEEDBACK_REQUEST,
                e.requestId(), e.subject(), e.requesterId());
    }

    @TransactionalEventListener
    void on(ActionItemGiven e) {
        notify(List.of(e.ownerId()), NotificationKind.ASSIGNED, RecordTypes.ONE_ON_ONE_MEETING, e.meetingId(),
                e.text(), e.actorId());
    }

    @TransactionalEventListener
    void on(TargetProposed e) {
        notify(e.managerIds(), NotificationKind.APPROVAL_REQUESTED, RecordTypes.TARGET, e.targetId(), e.title(),
                e.actorId());
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
