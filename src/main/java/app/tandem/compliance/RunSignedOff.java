package app.tandem.compliance;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import java.util.Set;

/** Published when a run is signed off: to the people who filled it in (assignee, submitter, who answered items). */
public record RunSignedOff(long runId, String title, Set<Long> recipientIds, long actorId) implements Notice.Event {

    @Override
    public Notice notice() {
        return new Notice(NotificationKind.RUN_SIGNED_OFF, recipientIds, ComplianceSearch.RUN, runId, title, actorId);
    }
}
