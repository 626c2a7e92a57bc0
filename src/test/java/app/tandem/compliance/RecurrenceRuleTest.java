package app.tandem.compliance;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceRuleTest {

    static RecurrenceRule monthly(String start, Integer day) {
        return new RecurrenceRule(Recurrence.MONTHLY, Set.of(), day, parse(start), null);
    }

    static List<String> dates(RecurrenceRule rule, String from, String to) {
        return rule.occurrences(parse(from), parse(to)).stream().map(LocalDate::toString).toList();
    }

    @Test
    void a_one_off_occurs_once_on_its_start_date() {
        RecurrenceRule once = RecurrenceRule.of(Recurrence.ONE_OFF, parse("2026-03-10"));
        assertThat(dates(once, "2026-01-01", "2026-12-31")).containsExactly("2026-03-10");
        assertThat(dates(once, "2026-03-11", "2026-12-31")).isEmpty();
    }

    @Test
    void daily_occurs_every_day_from_the_start_to_the_end() {
        RecurrenceRule daily = new RecurrenceRule(Recurrence.DAILY, Set.of(), null, parse("2026-02-27"),
                parse("2026-03-02"));
        assertThat(dates(daily, "2026-01-01", "2026-12-31"))
                .containsExactly("2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02");
    }

    @Test
    void weekly_occurs_on_the_chosen_days() {
        RecurrenceRule walk = new RecurrenceRule(Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null,
                parse("2026-06-02"), null);
        assertThat(dates(walk, "2026-06-01", "2026-06-15"))
                .containsExactly("2026-06-04", "2026-06-08", "2026-06-11", "2026-06-15");
    }

    @Test
    void monthly_on_the_31st_falls_on_the_last_day_of_shorter_months() {
        assertThat(dates(monthly("2026-01-31", 31), "2026-01-01", "2026-05-31"))
                .containsExactly("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31");
    }

    @Test
    void monthly_on_the_30th_meets_the_29th_of_february_in_a_leap_year() {
        assertThat(dates(monthly("2027-12-30", 30), "2028-01-15", "2028-03-31"))
                .containsExactly("2028-01-30", "2028-02-29", "2028-03-30");
    }

    @Test
    void monthly_without_a_day_uses_the_start_dates_day_and_never_occurs_before_the_start() {
        assertThat(dates(monthly("2026-01-20", null), "2026-01-01", "2026-03-31"))
                .containsExactly("2026-01-20", "2026-02-20", "2026-03-20");
        assertThat(dates(monthly("2026-01-20", 5), "2026-01-01", "2026-03-31"))
                .containsExactly("2026-02-05", "2026-03-05");
    }

    @Test
    void quarterly_counts_three_months_from_the_start_month_clamped_to_month_ends() {
        RecurrenceRule quarterly = new RecurrenceRule(Recurrence.QUARTERLY, Set.of(), 31, parse("2027-11-30"), null);
        assertThat(dates(quarterly, "2027-11-01", "2028-12-31"))
                .containsExactly("2027-11-30", "2028-02-29", "2028-05-31", "2028-08-31", "2028-11-30");
    }

    @Test
    void quarterly_started_long_ago_keeps_its_rhythm() {
        RecurrenceRule quarterly = new RecurrenceRule(Recurrence.QUARTERLY, Set.of(), 15, parse("2020-02-15"), null);
        assertThat(dates(quarterly, "2026-06-01", "2026-12-31")).containsExactly("2026-08-15", "2026-11-15");
    }

    @Test
    void yearly_on_the_29th_of_february_falls_on_the_28th_in_common_years() {
        RecurrenceRule leap = RecurrenceRule.of(Recurrence.YEARLY, parse("2024-02-29"));
        assertThat(dates(leap, "2024-01-01", "2028-12-31"))
                .containsExactly("2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29");
    }

    @Test
    void nothing_occurs_after_the_end_date_or_in_an_empty_range() {
        RecurrenceRule ended = new RecurrenceRule(Recurrence.DAILY, Set.of(), null, parse("2026-01-01"),
                parse("2026-01-31"));
        assertThat(dates(ended, "2026-02-01", "2026-03-01")).isEmpty();
        assertThat(dates(ended, "2026-01-10", "2026-01-09")).isEmpty();
        assertThat(ended.nextOnOrAfter(parse("2026-01-31"), 30)).isEqualTo(parse("2026-01-31"));
        assertThat(ended.nextOnOrAfter(parse("2026-02-01"), 30)).isNull();
    }

    @Test
    void a_rule_that_can_never_occur_is_refused() {
        assertThatThrownBy(() -> new RecurrenceRule(Recurrence.WEEKLY, Set.of(), null, parse("2026-01-01"), null)
                .validate()).hasMessage("compliance.schedule.weekdays-required");
        assertThatThrownBy(() -> new RecurrenceRule(Recurrence.DAILY, Set.of(), null, parse("2026-01-02"),
                parse("2026-01-01")).validate()).hasMessage("compliance.schedule.end-before-start");
        assertThatThrownBy(() -> monthly("2026-01-01", 32).validate())
                .hasMessage("compliance.schedule.day-of-month-invalid");
        assertThatThrownBy(() -> monthly("2026-01-01", 0).validate())
                .hasMessage("compliance.schedule.day-of-month-invalid");
    }

    @Test
    void a_run_is_due_the_window_in_days_after_it_opens_across_month_and_year_ends() {
        assertThat(RecurrenceRule.dueDate(parse("2028-02-27"), 3)).isEqualTo(parse("2028-03-01"));
        assertThat(RecurrenceRule.dueDate(parse("2027-02-27"), 3)).isEqualTo(parse("2027-03-02"));
        assertThat(RecurrenceRule.dueDate(parse("2026-12-30"), 7)).isEqualTo(parse("2027-01-06"));
        assertThat(RecurrenceRule.dueDate(parse("2026-06-01"), 0)).isEqualTo(parse("2026-06-01"));
    }
}
