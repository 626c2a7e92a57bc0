package app.tandem.compliance;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import java.util.List;

/** Published when a compliance officer gives a finding to a new owner; it opens on its run's page. */
public record FindingAssigned(long findingId, long runId, String title, long ownerId, long actorId)
        implements Notice.Event {

    @Override
    public Notice notice() {
        return new Notice(NotificationKind.ASSIGNED, List.of(ownerId), ComplianceSearch.RUN, runId, title, actorId);
    }
}
