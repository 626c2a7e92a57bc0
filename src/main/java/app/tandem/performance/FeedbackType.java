package app.tandem.performance;

/** What kind of feedback it is. A formal warning has rules of its own (see {@link FeedbackService}). */
public enum FeedbackType {
    PRAISE, COACHING, CONCERN, FORMAL_WARNING
}
