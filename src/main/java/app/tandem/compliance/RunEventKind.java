package app.tandem.compliance;

/** What happened to a run, for its history. */
public enum RunEventKind {
    STARTED, COPIED_FROM_LAST, SUBMITTED, SIGNED_OFF, REOPENED, MISS_APPROVED
}
