package app.tandem.compliance;

/** The result of one answered item, computed from its rules, never entered. */
public enum ItemResult {
    PASS, FAIL, NA
}
