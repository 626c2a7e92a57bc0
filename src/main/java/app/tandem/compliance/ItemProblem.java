package app.tandem.compliance;

/** Why an item keeps a run from being submitted; each is a translation key. */
public enum ItemProblem {
    ANSWER_MISSING("compliance.problem.answer-missing"),
    NOTE_MISSING("compliance.problem.note-missing"),
    EVIDENCE_MISSING("compliance.problem.evidence-missing"),
    /** Copied from the last run and not yet confirmed or changed. */
    RECONFIRM_PENDING("compliance.problem.reconfirm-pending");

    private final String messageKey;

    ItemProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
