package app.tandem.compliance;

import app.tandem.base.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The pass/fail rules of checklist items, as pure functions. An answer is kept as text in a canonical form per
 * response type: PASS/FAIL/NA, YES/NO/NA, a plain decimal number, the text, an ISO date, or the chosen option's
 * label. {@link #normalise} turns what a user gave into that form (or refuses it), {@link #evaluate} computes the
 * item's result, {@link #problems} lists what still keeps the item from being submitted.
 */
public final class ChecklistRules {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_WEIGHT = 100;

    private ChecklistRules() {
    }

    /** Refuses an item definition that could never be answered sensibly. */
    public static void validate(ItemRule rule) {
        if (rule.weight() < 1 || rule.weight() > MAX_WEIGHT) {
            throw new DomainException("compliance.item.weight-invalid", MAX_WEIGHT);
        }
        switch (rule.type()) {
            case YES_NO_NA -> {
                if (!"YES".equals(rule.failingAnswer()) && !"NO".equals(rule.failingAnswer())) {
                    throw new DomainException("compliance.item.failing-answer-required");
                }
            }
            case NUMBER -> {
                if (rule.min() != null && rule.max() != null && rule.min().compareTo(rule.max()) > 0) {
                    throw new DomainException("compliance.item.range-invalid");
                }
            }
            case CHOICE -> {
                if (rule.options().size() < 2) {
                    throw new DomainException("compliance.item.options-too-few");
                }
                Set<String> seen = new HashSet<>();
                for (ChoiceOption option : rule.options()) {
                    String label = option.label().trim();
                    if (label.isEmpty() || label.length() > 200) {
                        throw new DomainException("compliance.item.option-invalid");
                    }
                    if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                        throw new DomainException("compliance.item.option-duplicate", label);
                    }
                }
                if (rule.options().stream().noneMatch(ChoiceOption::passes)) {
                    throw new DomainException("compliance.item.option-none-passes");
                }
            }
            default -> {
                // PASS_FAIL_NA, TEXT and DATE need no parameters
            }
        }
    }

    /**
     * The canonical form of a given answer, or null when nothing was given (blank clears the answer).
     *
     * @throws DomainException when the answer does not fit the item's response type
     */
    public static @Nullable String normalise(ItemRule rule, @Nullable String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String value = given.trim();
        return switch (rule.type()) {
            case PASS_FAIL_NA -> oneOf(value, "PASS", "FAIL", "NA");
            case YES_NO_NA -> oneOf(value, "YES", "NO", "NA");
            case NUMBER -> {
                try {
                    BigDecimal number = new BigDecimal(value.replace(',', '.'));
                    if (number.precision() - number.scale() > 11 || number.scale() > 4) {
                        throw new DomainException("compliance.answer.number-invalid");
                    }
                    yield number.stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw new DomainException("compliance.answer.number-invalid");
                }
            }
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    throw new DomainException("compliance.answer.text-too-long", MAX_TEXT);
                }
                yield value;
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw new DomainException("compliance.answer.date-invalid");
                }
            }
            case CHOICE -> rule.options().stream().map(ChoiceOption::label)
                    .filter(label -> label.trim().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new DomainException("compliance.answer.choice-invalid"));
        };
    }

    private static String oneOf(String value, String... allowed) {
        String upper = value.toUpperCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(upper)) {
                return a;
            }
        }
        throw new DomainException("compliance.answer.choice-invalid");
    }

    /** The item's result for a canonical answer; null while it is unanswered. */
    public static @Nullable ItemResult evaluate(ItemRule rule, @Nullable String answer) {
        if (answer == null) {
            return null;
        }
        return switch (rule.type()) {
            case PASS_FAIL_NA -> ItemResult.valueOf(answer);
            case YES_NO_NA -> "NA".equals(answer) ? ItemResult.NA
                    : answer.equals(rule.failingAnswer()) ? ItemResult.FAIL : ItemResult.PASS;
            case NUMBER -> {
                BigDecimal number = new BigDecimal(answer);
                boolean tooLow = rule.min() != null && number.compareTo(rule.min()) < 0;
                boolean tooHigh = rule.max() != null && number.compareTo(rule.max()) > 0;
                yield tooLow || tooHigh ? ItemResult.FAIL : ItemResult.PASS;
            }
            case TEXT, DATE -> ItemResult.PASS;
            case CHOICE -> rule.options().stream().filter(o -> o.label().equals(answer)).findFirst()
                    .map(o -> o.passes() ? ItemResult.PASS : ItemResult.FAIL).orElse(ItemResult.FAIL);
        };
    }

    /**
     * What keeps this item from being submitted: a required answer missing, a note or evidence the rules ask
     * for. Empty when the item is fine as it is.
     */
    public static List<ItemProblem> problems(ItemRule rule, @Nullable String answer, boolean hasNote,
            int evidenceCount) {
        List<ItemProblem> problems = new ArrayList<>();
        ItemResult result = evaluate(rule, answer);
        if (result == null && rule.required()) {
            problems.add(ItemProblem.ANSWER_MISSING);
        }
        boolean failed = result == ItemResult.FAIL;
        if (failed && rule.noteRequiredWhenFailed() && !hasNote) {
            problems.add(ItemProblem.NOTE_MISSING);
        }
        boolean evidenceNeeded = rule.evidenceAlwaysRequired() && result != null && result != ItemResult.NA
                || failed && rule.evidenceRequiredWhenFailed();
        if (evidenceNeeded && evidenceCount == 0) {
            problems.add(ItemProblem.EVIDENCE_MISSING);
        }
        return problems;
    }
}
