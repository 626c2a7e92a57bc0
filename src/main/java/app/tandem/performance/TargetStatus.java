package app.tandem.performance;

/** A supervisor's target is PROPOSED until a manager accepts it; only ACTIVE targets count for attainment. */
public enum TargetStatus {
    PROPOSED, ACTIVE
}
