package app.tandem.performance;

public enum FeedbackRequestStatus {
    OPEN, ANSWERED, DECLINED
}
