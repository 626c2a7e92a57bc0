package app.tandem.compliance;

/** Published when a compliance officer gives a finding to a new owner; it opens on its run's page. */
public record FindingAssigned(long findingId, long runId, String title, long ownerId, long actorId) {
}
