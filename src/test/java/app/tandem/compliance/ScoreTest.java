package app.tandem.compliance;

import static app.tandem.compliance.ItemResult.FAIL;
import static app.tandem.compliance.ItemResult.NA;
import static app.tandem.compliance.ItemResult.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    static Score.Entry item(int weight, ItemResult result) {
        return new Score.Entry(weight, false, result);
    }

    static Score.Entry critical(int weight, ItemResult result) {
        return new Score.Entry(weight, true, result);
    }

    @Test
    void the_score_is_the_weighted_share_of_passed_items() {
        Score score = Score.of(List.of(item(3, PASS), item(1, FAIL)));
        assertThat(score.percent()).isEqualTo(75);
        assertThat(score.passedWeight()).isEqualTo(3);
        assertThat(score.countedWeight()).isEqualTo(4);
    }

    @Test
    void not_applicable_and_unanswered_items_do_not_count() {
        Score score = Score.of(List.of(item(1, PASS), item(5, NA), new Score.Entry(7, false, null), item(1, FAIL)));
        assertThat(score.percent()).isEqualTo(50);
        assertThat(score.countedWeight()).isEqualTo(2);
    }

    @Test
    void the_percentage_is_rounded_down_so_a_failure_never_shows_a_full_score() {
        Score score = Score.of(List.of(item(99, PASS), item(99, PASS), item(1, FAIL)));
        assertThat(score.percent()).isEqualTo(99);
        assertThat(Score.of(List.of(item(1, PASS), item(1, PASS), item(1, FAIL))).percent()).isEqualTo(66);
    }

    @Test
    void a_run_with_nothing_counted_has_no_percentage_and_passes() {
        Score score = Score.of(List.of(item(1, NA)));
        assertThat(score.percent()).isNull();
        assertThat(score.passes(80)).isTrue();
        assertThat(Score.of(List.of()).percent()).isNull();
    }

    @Test
    void a_failed_critical_item_fails_the_run_whatever_the_score() {
        Score score = Score.of(List.of(item(100, PASS), item(100, PASS), critical(1, FAIL)));
        assertThat(score.percent()).isEqualTo(99);
        assertThat(score.criticalFailed()).isTrue();
        assertThat(score.passes(50)).isFalse();
    }

    @Test
    void a_passed_or_not_applicable_critical_item_does_not_fail_the_run() {
        Score score = Score.of(List.of(critical(1, PASS), critical(1, NA), item(1, PASS)));
        assertThat(score.criticalFailed()).isFalse();
        assertThat(score.passes(100)).isTrue();
    }

    @Test
    void the_run_passes_at_the_pass_mark_and_fails_below_it() {
        Score eighty = Score.of(List.of(item(4, PASS), item(1, FAIL)));
        assertThat(eighty.percent()).isEqualTo(80);
        assertThat(eighty.passes(80)).isTrue();
        assertThat(eighty.passes(81)).isFalse();
    }
}
