package app.tandem.performance;

/**
 * Published when feedback is given that its recipient may read (never for MANAGER_ONLY feedback: the recipient must
 * not learn of it). {@code excerpt} is the start of the text.
 */
public record FeedbackGiven(long feedbackId, String excerpt, long recipientId, long giverId) {
}
