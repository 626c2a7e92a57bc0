package app.tandem.improvement;

/** Published when an improvement item (a corrective action too) gets an owner other than the one who did it. */
public record ImprovementItemAssigned(long itemId, String title, long ownerId, long actorId) {
}
