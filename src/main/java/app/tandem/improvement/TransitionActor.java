package app.tandem.improvement;

/** Who may take a status transition. */
public enum TransitionActor {
    /** the item's owner (or submitter), the supervisor of its team, a manager or an administrator */
    OWNER,
    /** the item's approver, a manager or an administrator */
    APPROVER
}
