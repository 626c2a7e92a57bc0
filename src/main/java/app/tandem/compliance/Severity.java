package app.tandem.compliance;

/** How serious a finding is: HIGH for a critical item, else from the item's weight. */
public enum Severity {
    HIGH(7), MEDIUM(14), LOW(30);

    private final int daysToFix;

    Severity(int daysToFix) {
        this.daysToFix = daysToFix;
    }

    /** Days from the run's submission to the finding's due date. */
    public int daysToFix() {
        return daysToFix;
    }

    /** Critical: HIGH; weight 5 or more: HIGH; 2 to 4: MEDIUM; 1: LOW. */
    public static Severity of(ItemRule rule) {
        if (rule.critical() || rule.weight() >= 5) {
            return HIGH;
        }
        return rule.weight() >= 2 ? MEDIUM : LOW;
    }
}
