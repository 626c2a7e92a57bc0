package app.tandem.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void a_day_lies_in_its_month_quarter_and_year() {
        LocalDate day = LocalDate.of(2026, 8, 31);
        assertThat(Period.containing(PeriodType.MONTH, day).start()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(Period.containing(PeriodType.QUARTER, day).start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.containing(PeriodType.YEAR, day).start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.containing(PeriodType.QUARTER, day).label()).isEqualTo("2026-Q3");
    }

    @Test
    void month_ends_follow_the_calendar_including_leap_years() {
        assertThat(Period.containing(PeriodType.MONTH, LocalDate.of(2028, 2, 10)).lastDay())
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Period.containing(PeriodType.MONTH, LocalDate.of(2026, 1, 31)).next().start())
                .isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 1, 5)).previous().start())
                .isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(Period.containing(PeriodType.MONTH, LocalDate.of(2026, 3, 1)).minus(11).start())
                .isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void boundaries_are_midnight_in_the_zone_also_across_daylight_saving() {
        Period march = Period.containing(PeriodType.MONTH, LocalDate.of(2026, 3, 15));
        assertThat(march.from(BERLIN)).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        // summer time starts on 29 March 2026: April begins at 22:00 UTC
        assertThat(march.to(BERLIN)).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(march.from(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void a_period_starts_on_its_first_day() {
        assertThatThrownBy(() -> new Period(PeriodType.QUARTER, LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
