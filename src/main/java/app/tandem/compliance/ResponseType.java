package app.tandem.compliance;

/** How a checklist item is answered; each type has its own pass/fail rule (see {@link ChecklistRules}). */
public enum ResponseType {
    /** Pass, fail or not applicable. */
    PASS_FAIL_NA,
    /** Yes, no or not applicable; the item says which of yes and no fails. */
    YES_NO_NA,
    /** A number that passes inside the item's acceptable min/max (either may be open), with a unit. */
    NUMBER,
    /** Free text: passes when given. */
    TEXT,
    /** A date: passes when given. */
    DATE,
    /** One of the item's options, each marked pass or fail. */
    CHOICE
}
