package app.tandem.compliance;

import java.util.List;

/** The result of submitting: submitted, or the list of what is still missing (then nothing changed). */
public record SubmitOutcome(boolean submitted, List<MissingItem> missing) {
}
