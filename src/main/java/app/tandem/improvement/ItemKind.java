package app.tandem.improvement;

/** What sort of improvement an item is; A3, kaizen and corrective actions work with the A3 sections. */
public enum ItemKind {
    IDEA, KAIZEN, A3, PROJECT, CORRECTIVE_ACTION;

    /** Whether the A3 sections are part of the work (they stay available, optional, for the others). */
    public boolean usesA3() {
        return this == A3 || this == KAIZEN || this == CORRECTIVE_ACTION;
    }
}
