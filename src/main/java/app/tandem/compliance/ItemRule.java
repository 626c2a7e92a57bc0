package app.tandem.compliance;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a checklist item asks and how its answer is judged: the response type with its parameters (the failing
 * answer YES or NO of a YES_NO_NA item, the acceptable range of a NUMBER item, the options of a CHOICE item),
 * whether an answer is required, its weight in the score, whether failing it fails the whole run, and when a
 * note or evidence is needed.
 */
public record ItemRule(ResponseType type, boolean required, int weight, boolean critical,
        @Nullable String failingAnswer, @Nullable BigDecimal min, @Nullable BigDecimal max, List<ChoiceOption> options,
        boolean noteRequiredWhenFailed, boolean evidenceRequiredWhenFailed, boolean evidenceAlwaysRequired) {

    public ItemRule {
        options = List.copyOf(options);
    }

    /** A required PASS_FAIL_NA item of weight 1 without further rules: the plainest item, for tests and defaults. */
    public static ItemRule passFail() {
        return new ItemRule(ResponseType.PASS_FAIL_NA, true, 1, false, null, null, null, List.of(), false, false,
                false);
    }

    public ItemRule withWeight(int newWeight) {
        return new ItemRule(type, required, newWeight, critical, failingAnswer, min, max, options,
                noteRequiredWhenFailed, evidenceRequiredWhenFailed, evidenceAlwaysRequired);
    }

    public ItemRule asCritical() {
        return new ItemRule(type, required, weight, true, failingAnswer, min, max, options, noteRequiredWhenFailed,
                evidenceRequiredWhenFailed, evidenceAlwaysRequired);
    }

    public ItemRule optional() {
        return new ItemRule(type, false, weight, critical, failingAnswer, min, max, options, noteRequiredWhenFailed,
                evidenceRequiredWhenFailed, evidenceAlwaysRequired);
    }

    public ItemRule withEvidenceAndNoteRules(boolean noteWhenFailed, boolean evidenceWhenFailed,
            boolean evidenceAlways) {
        return new ItemRule(type, required, weight, critical, failingAnswer, min, max, options, noteWhenFailed,
                evidenceWhenFailed, evidenceAlways);
    }
}
