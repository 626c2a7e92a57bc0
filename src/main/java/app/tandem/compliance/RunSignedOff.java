package app.tandem.compliance;

import java.util.Set;

/** Published when a run is signed off: to the people who filled it in (assignee, submitter, who answered items). */
public record RunSignedOff(long runId, String title, Set<Long> recipientIds, long actorId) {
}
