package app.tandem.performance;

/** Published when a 1:1 action item is given to a participant other than the one who wrote it down. */
public record ActionItemGiven(long meetingId, String text, long ownerId, long actorId) {
}
