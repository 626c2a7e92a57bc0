package app.tandem.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.base.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChecklistRulesTest {

    static ItemRule rule(ResponseType type) {
        return new ItemRule(type, true, 1, false, null, null, null, List.of(), false, false, false);
    }

    static ItemRule yesNo(String failing) {
        return new ItemRule(ResponseType.YES_NO_NA, true, 1, false, failing, null, null, List.of(), false, false,
                false);
    }

    static ItemRule number(String min, String max) {
        return new ItemRule(ResponseType.NUMBER, true, 1, false, null, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), List.of(), false, false, false);
    }

    static ItemRule choice(ChoiceOption... options) {
        return new ItemRule(ResponseType.CHOICE, true, 1, false, null, null, null, List.of(options), false, false,
                false);
    }

    static ItemResult result(ItemRule rule, String given) {
        return ChecklistRules.evaluate(rule, ChecklistRules.normalise(rule, given));
    }

    @Nested
    class PassFailNa {
        @Test
        void pass_fail_and_na_are_what_they_say_in_any_case() {
            ItemRule r = rule(ResponseType.PASS_FAIL_NA);
            assertThat(result(r, "pass")).isEqualTo(ItemResult.PASS);
            assertThat(result(r, "FAIL")).isEqualTo(ItemResult.FAIL);
            assertThat(result(r, " na ")).isEqualTo(ItemResult.NA);
        }

        @Test
        void anything_else_is_refused() {
            assertThatThrownBy(() -> ChecklistRules.normalise(rule(ResponseType.PASS_FAIL_NA), "maybe"))
                    .isInstanceOf(DomainException.class).hasMessage("compliance.answer.choice-invalid");
        }
    }

    @Nested
    class YesNoNa {
        @Test
        void the_failing_answer_fails_the_other_passes() {
            assertThat(result(yesNo("NO"), "yes")).isEqualTo(ItemResult.PASS);
            assertThat(result(yesNo("NO"), "no")).isEqualTo(ItemResult.FAIL);
            assertThat(result(yesNo("YES"), "yes")).isEqualTo(ItemResult.FAIL);
            assertThat(result(yesNo("YES"), "no")).isEqualTo(ItemResult.PASS);
            assertThat(result(yesNo("YES"), "na")).isEqualTo(ItemResult.NA);
        }

        @Test
        void an_item_without_a_failing_answer_is_not_a_valid_definition() {
            assertThatThrownBy(() -> ChecklistRules.validate(yesNo(null)))
                    .hasMessage("compliance.item.failing-answer-required");
            ChecklistRules.validate(yesNo("YES"));
        }
    }

    @Nested
    class Number {
        @Test
        void inside_the_range_including_its_bounds_passes_outside_fails() {
            ItemRule fridge = number("2", "8");
            assertThat(result(fridge, "2")).isEqualTo(ItemResult.PASS);
            assertThat(result(fridge, "5,5")).isEqualTo(ItemResult.PASS);
            assertThat(result(fridge, "8.0")).isEqualTo(ItemResult.PASS);
            assertThat(result(fridge, "8.01")).isEqualTo(ItemResult.FAIL);
            assertThat(result(fridge, "1.99")).isEqualTo(ItemResult.FAIL);
            assertThat(result(fridge, "-3")).isEqualTo(ItemResult.FAIL);
        }

        @Test
        void an_open_bound_accepts_everything_on_that_side() {
            assertThat(result(number("0", null), "1000000")).isEqualTo(ItemResult.PASS);
            assertThat(result(number(null, "10"), "-5")).isEqualTo(ItemResult.PASS);
            assertThat(result(number(null, null), "42")).isEqualTo(ItemResult.PASS);
        }

        @Test
        void numbers_are_kept_in_a_plain_form_and_non_numbers_refused() {
            assertThat(ChecklistRules.normalise(number(null, null), "7,50")).isEqualTo("7.5");
            assertThat(ChecklistRules.normalise(number(null, null), "1E+3")).isEqualTo("1000");
            assertThatThrownBy(() -> ChecklistRules.normalise(number(null, null), "seven"))
                    .hasMessage("compliance.answer.number-invalid");
            assertThatThrownBy(() -> ChecklistRules.normalise(number(null, null), "0.00001"))
                    .hasMessage("compliance.answer.number-invalid");
        }

        @Test
        void a_minimum_above_the_maximum_is_not_a_valid_definition() {
            assertThatThrownBy(() -> ChecklistRules.validate(number("9", "8"))).hasMessage(
                    "compliance.item.range-invalid");
        }
    }

    @Nested
    class TextAndDate {
        @Test
        void a_given_text_or_date_passes() {
            assertThat(result(rule(ResponseType.TEXT), "Fire doors clear")).isEqualTo(ItemResult.PASS);
            assertThat(result(rule(ResponseType.DATE), "2028-02-29")).isEqualTo(ItemResult.PASS);
        }

        @Test
        void a_blank_answer_is_no_answer() {
            assertThat(ChecklistRules.normalise(rule(ResponseType.TEXT), "   ")).isNull();
            assertThat(ChecklistRules.evaluate(rule(ResponseType.TEXT), null)).isNull();
        }

        @Test
        void an_impossible_date_and_an_overlong_text_are_refused() {
            assertThatThrownBy(() -> ChecklistRules.normalise(rule(ResponseType.DATE), "2027-02-29"))
                    .hasMessage("compliance.answer.date-invalid");
            assertThatThrownBy(() -> ChecklistRules.normalise(rule(ResponseType.TEXT), "x".repeat(2001)))
                    .hasMessage("compliance.answer.text-too-long");
        }
    }

    @Nested
    class Choice {
        final ItemRule condition = choice(new ChoiceOption("Good", true), new ChoiceOption("Worn", true),
                new ChoiceOption("Damaged", false));

        @Test
        void each_option_passes_or_fails_as_marked() {
            assertThat(result(condition, "Good")).isEqualTo(ItemResult.PASS);
            assertThat(result(condition, "worn")).isEqualTo(ItemResult.PASS);
            assertThat(result(condition, "Damaged")).isEqualTo(ItemResult.FAIL);
            assertThat(ChecklistRules.normalise(condition, "damaged")).isEqualTo("Damaged");
        }

        @Test
        void an_answer_that_is_not_an_option_is_refused() {
            assertThatThrownBy(() -> ChecklistRules.normalise(condition, "Fine"))
                    .hasMessage("compliance.answer.choice-invalid");
        }

        @Test
        void a_choice_needs_two_distinct_options_of_which_one_passes() {
            assertThatThrownBy(() -> ChecklistRules.validate(choice(new ChoiceOption("Only", true))))
                    .hasMessage("compliance.item.options-too-few");
            assertThatThrownBy(() -> ChecklistRules.validate(choice(new ChoiceOption("A", true),
                    new ChoiceOption("a ", false)))).hasMessage("compliance.item.option-duplicate");
            assertThatThrownBy(() -> ChecklistRules.validate(choice(new ChoiceOption("A", false),
                    new ChoiceOption("B", false)))).hasMessage("compliance.item.option-none-passes");
            assertThatThrownBy(() -> ChecklistRules.validate(choice(new ChoiceOption(" ", true),
                    new ChoiceOption("B", false)))).hasMessage("compliance.item.option-invalid");
            ChecklistRules.validate(condition);
        }
    }

    @Test
    void weights_must_lie_between_1_and_100() {
        assertThatThrownBy(() -> ChecklistRules.validate(ItemRule.passFail().withWeight(0)))
                .hasMessage("compliance.item.weight-invalid");
        assertThatThrownBy(() -> ChecklistRules.validate(ItemRule.passFail().withWeight(101)))
                .hasMessage("compliance.item.weight-invalid");
        ChecklistRules.validate(ItemRule.passFail().withWeight(100));
    }

    @Nested
    class Problems {
        @Test
        void a_required_item_without_answer_is_missing_an_optional_one_is_not() {
            assertThat(ChecklistRules.problems(ItemRule.passFail(), null, false, 0))
                    .containsExactly(ItemProblem.ANSWER_MISSING);
            assertThat(ChecklistRules.problems(ItemRule.passFail().optional(), null, false, 0)).isEmpty();
        }

        @Test
        void a_failed_item_needs_a_note_when_its_rule_says_so() {
            ItemRule r = ItemRule.passFail().withEvidenceAndNoteRules(true, false, false);
            assertThat(ChecklistRules.problems(r, "FAIL", false, 0)).containsExactly(ItemProblem.NOTE_MISSING);
            assertThat(ChecklistRules.problems(r, "FAIL", true, 0)).isEmpty();
            assertThat(ChecklistRules.problems(r, "PASS", false, 0)).isEmpty();
        }

        @Test
        void a_failed_item_needs_evidence_when_its_rule_says_so() {
            ItemRule r = ItemRule.passFail().withEvidenceAndNoteRules(false, true, false);
            assertThat(ChecklistRules.problems(r, "FAIL", true, 0)).containsExactly(ItemProblem.EVIDENCE_MISSING);
            assertThat(ChecklistRules.problems(r, "FAIL", true, 1)).isEmpty();
            assertThat(ChecklistRules.problems(r, "PASS", false, 0)).isEmpty();
        }

        @Test
        void evidence_always_required_holds_for_every_answer_but_not_applicable() {
            ItemRule r = ItemRule.passFail().withEvidenceAndNoteRules(true, false, true);
            assertThat(ChecklistRules.problems(r, "PASS", false, 0)).containsExactly(ItemProblem.EVIDENCE_MISSING);
            assertThat(ChecklistRules.problems(r, "FAIL", false, 0))
                    .containsExactly(ItemProblem.NOTE_MISSING, ItemProblem.EVIDENCE_MISSING);
            assertThat(ChecklistRules.problems(r, "NA", false, 0)).isEmpty();
            assertThat(ChecklistRules.problems(r, "PASS", false, 2)).isEmpty();
        }
    }
}
