package app.tandem.compliance;

/** A template version is edited as a DRAFT; once PUBLISHED it never changes (runs pin it). */
public enum VersionStatus {
    DRAFT, PUBLISHED
}
