package app.tandem.org;

public enum TeamKind {
    SALES, OPERATIONS, COMPLIANCE, OTHER
}
