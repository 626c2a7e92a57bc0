package app.tandem.performance;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.performance.Attainment.Weighted;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttainmentTest {

    @Test
    void higher_is_better_attainment_is_actual_over_target() {
        assertThat(Attainment.percent(dec("8000"), dec("6000"), Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("75.0");
        assertThat(Attainment.percent(dec("3"), dec("4"), Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("133.3");
        assertThat(Attainment.met(dec("3"), dec("4"), Direction.HIGHER_IS_BETTER)).isTrue();
        assertThat(Attainment.met(dec("8000"), dec("6000"), Direction.HIGHER_IS_BETTER)).isFalse();
    }

    @Test
    void lower_is_better_attainment_is_target_over_actual() {
        assertThat(Attainment.percent(dec("2"), dec("4"), Direction.LOWER_IS_BETTER)).isEqualByComparingTo("50.0");
        assertThat(Attainment.percent(dec("5"), dec("4"), Direction.LOWER_IS_BETTER)).isEqualByComparingTo("125.0");
        assertThat(Attainment.met(dec("5"), dec("4"), Direction.LOWER_IS_BETTER)).isTrue();
        assertThat(Attainment.met(dec("2"), dec("4"), Direction.LOWER_IS_BETTER)).isFalse();
    }

    @Test
    void lower_is_better_with_an_actual_of_zero_has_no_ratio_but_meets_the_target() {
        assertThat(Attainment.percent(dec("2"), BigDecimal.ZERO, Direction.LOWER_IS_BETTER)).isNull();
        assertThat(Attainment.met(dec("2"), BigDecimal.ZERO, Direction.LOWER_IS_BETTER)).isTrue();
    }

    @Test
    void without_a_positive_target_or_an_actual_there_is_no_ratio() {
        assertThat(Attainment.percent(BigDecimal.ZERO, dec("5"), Direction.HIGHER_IS_BETTER)).isNull();
        assertThat(Attainment.percent(null, dec("5"), Direction.HIGHER_IS_BETTER)).isNull();
        assertThat(Attainment.percent(dec("5"), null, Direction.LOWER_IS_BETTER)).isNull();
        assertThat(Attainment.met(null, dec("5"), Direction.HIGHER_IS_BETTER)).isFalse();
    }

    @Test
    void sums_roll_up_as_the_members_total() {
        assertThat(Attainment.rollUp(List.of(Weighted.of(dec("1000")), Weighted.of(dec("2500"))), Rollup.SUM))
                .isEqualByComparingTo("3500");
    }

    @Test
    void rates_roll_up_as_the_mean_weighted_by_the_members_closed_deals() {
        // 50 % of 2 closed deals and 20 % of 8: the team won 1 + 1.6 of 10, i.e. 26 %
        assertThat(Attainment.rollUp(List.of(new Weighted(dec("50"), dec("2")), new Weighted(dec("20"), dec("8"))),
                Rollup.MEAN)).isEqualByComparingTo("26");
    }

    @Test
    void rates_without_any_weight_roll_up_as_the_plain_mean() {
        assertThat(Attainment.rollUp(List.of(new Weighted(dec("50"), BigDecimal.ZERO),
                new Weighted(dec("20"), BigDecimal.ZERO)), Rollup.MEAN)).isEqualByComparingTo("35");
    }

    @Test
    void nothing_rolls_up_from_no_members() {
        assertThat(Attainment.rollUp(List.of(), Rollup.SUM)).isNull();
        assertThat(Attainment.rollUp(List.of(), Rollup.MEAN)).isNull();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
