package app.tandem.crm;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import java.util.List;

/**
 * Published in the transaction that gave a CRM record (account, deal, planned activity) to an owner other than the
 * one who did it: on create or on reassignment. {@code recordType} and {@code recordId} say where the record opens
 * ({@code ACCOUNT}, {@code DEAL}; an activity opens on its account), {@code title} is its name or subject.
 */
public record CrmRecordAssigned(String recordType, long recordId, String title, long ownerId, long actorId)
        implements Notice.Event {

    @Override
    public Notice notice() {
        return new Notice(NotificationKind.ASSIGNED, List.of(ownerId), recordType, recordId, title, actorId);
    }
}
