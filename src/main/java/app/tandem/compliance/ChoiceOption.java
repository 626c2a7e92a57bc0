package app.tandem.compliance;

/** One option of a CHOICE item and whether choosing it passes the item. */
public record ChoiceOption(String label, boolean passes) {
}
