package app.tandem.improvement;

/** A log entry is a user's comment, or written by the application when the status or a locked impact changes. */
public enum LogKind {
    COMMENT, STATUS, IMPACT
}
