package app.tandem.base;

/** What a notification tells its recipient; each kind can be switched off per user (in-app, and e-mail). */
public enum NotificationKind {
    /** a record (account, deal, activity, improvement item, finding, 1:1 action) was given to you */
    ASSIGNED,
    /** a planned activity or a checklist run falls due within a day */
    DUE_SOON,
    /** an activity, checklist run, improvement item or corrective action is past its due date */
    OVERDUE,
    /** a colleague gave you feedback you may read */
    FEEDBACK_RECEIVED,
    /** a colleague asked you for feedback */
    FEEDBACK_REQUESTED,
    /** an improvement item or a target proposal waits for your decision */
    APPROVAL_REQUESTED,
    /** a checklist run you filled in was signed off */
    RUN_SIGNED_OFF,
    /** a checklist run raised a finding you own */
    FINDING_OPENED
}
