package app.tandem.performance;

/** Published when someone asks a colleague ({@code askedId}) for feedback on a subject. */
public record FeedbackRequested(long requestId, String subject, long askedId, long requesterId) {
}
