package app.tandem.performance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A calendar month, quarter or year, from its first day. Its boundaries as instants depend on the time zone:
 * a deal won at 23:30 UTC on 31 January is a February deal in Berlin.
 */
public record Period(PeriodType type, LocalDate start) {

    public Period {
        Objects.requireNonNull(type);
        Objects.requireNonNull(start);
        if (!start.equals(startOf(type, start))) {
            throw new IllegalArgumentException(start + " is not the first day of a " + type);
        }
    }

    /** The period of that type the day lies in. */
    public static Period containing(PeriodType type, LocalDate day) {
        return new Period(type, startOf(type, day));
    }

    private static LocalDate startOf(PeriodType type, LocalDate day) {
        return switch (type) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
        };
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start.plusMonths(type.months());
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return end().minusDays(1);
    }

    public Period next() {
        return new Period(type, end());
    }

    public Period previous() {
        return new Period(type, start.minusMonths(type.months()));
    }

    public Period minus(int periods) {
        return new Period(type, start.minusMonths((long) periods * type.months()));
    }

    /** The first instant of the period in that zone. */
    public Instant from(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in that zone. */
    public Instant to(ZoneId zone) {
        return end().atStartOfDay(zone).toInstant();
    }

    /** A short label that sorts: 2026-03, 2026-Q1, 2026. */
    public String label() {
        return switch (type) {
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> "%d-Q%d".formatted(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
