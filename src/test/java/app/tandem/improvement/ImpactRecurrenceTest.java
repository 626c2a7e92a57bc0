package app.tandem.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ImpactRecurrenceTest {

    @Test
    void a_monthly_saving_counts_twelve_times_a_year() {
        assertThat(ImpactRecurrence.MONTHLY.annualise(new BigDecimal("250.50"))).isEqualByComparingTo("3006.00");
    }

    @Test
    void a_yearly_saving_counts_once() {
        assertThat(ImpactRecurrence.YEARLY.annualise(new BigDecimal("12000"))).isEqualByComparingTo("12000");
    }

    @Test
    void a_one_off_saving_counts_once_in_its_year() {
        assertThat(ImpactRecurrence.ONE_OFF.annualise(new BigDecimal("999.99"))).isEqualByComparingTo("999.99");
    }

    @Test
    void fulltext_terms_are_prefix_words_of_three_or_more_characters() {
        assertThat(ItemText.fulltextTerms("Pallet  re-wrap at dock 4, ok?")).isEqualTo("pallet* wrap* dock*");
        assertThat(ItemText.fulltextTerms("a b")).isEmpty();
        assertThat(ItemText.fulltextTerms("+\"-<>()~*@")).isEmpty();
    }
}
