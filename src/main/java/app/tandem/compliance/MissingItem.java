package app.tandem.compliance;

/** An item that keeps a run from being submitted, and why. */
public record MissingItem(long itemId, String section, String prompt, ItemProblem problem) {
}
