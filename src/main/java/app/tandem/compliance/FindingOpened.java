package app.tandem.compliance;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import java.util.List;

/** Published when a submitted run raises a new finding; the finding opens on its run's page. */
public record FindingOpened(long findingId, long runId, String title, long ownerId, long actorId)
        implements Notice.Event {

    @Override
    public Notice notice() {
        return new Notice(NotificationKind.FINDING_OPENED, List.of(ownerId), ComplianceSearch.RUN,
                runId, title, actorId);
    }
}
