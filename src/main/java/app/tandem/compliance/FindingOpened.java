package app.tandem.compliance;

/** Published when a submitted run raises a new finding; the finding opens on its run's page. */
public record FindingOpened(long findingId, long runId, String title, long ownerId, long actorId) {
}
