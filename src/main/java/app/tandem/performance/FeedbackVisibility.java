package app.tandem.performance;

/**
 * Who besides the giver reads a piece of feedback. "Managers" are users with the MANAGER role; the
 * supervisor is the supervisor of the recipient's team. An ADMIN is no reader by that role alone.
 */
public enum FeedbackVisibility {
    /** the recipient's team, the recipient, their supervisor and managers */
    PUBLIC,
    /** the recipient only */
    PRIVATE,
    /** the recipient, their supervisor and managers */
    PRIVATE_AND_MANAGER,
    /** the recipient's supervisor and managers, not the recipient */
    MANAGER_ONLY
}
