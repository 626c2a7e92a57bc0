package app.tandem.compliance;

import app.tandem.base.DomainException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a schedule's runs occur, as a pure calculation. ONE_OFF: on the start date. DAILY: every day. WEEKLY: on
 * the chosen days of the week. MONTHLY: on a day of the month (default the start date's day); in shorter months
 * on their last day, so "the 31st" is the 30th of April and the 28th or 29th of February. QUARTERLY: every three
 * months from the start date's month, on that day, the same way. YEARLY: on the start date's month and day, the
 * 29th of February falling on the 28th in common years. Never before the start nor after the (optional) end.
 */
public record RecurrenceRule(Recurrence recurrence, Set<DayOfWeek> weekdays, @Nullable Integer dayOfMonth,
        LocalDate start, @Nullable LocalDate end) {

    public RecurrenceRule {
        weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
    }

    public static RecurrenceRule of(Recurrence recurrence, LocalDate start) {
        return new RecurrenceRule(recurrence, Set.of(), null, start, null);
    }

    /** Refuses a rule that can never occur or makes no sense. */
    public void validate() {
        if (end != null && end.isBefore(start)) {
            throw new DomainException("compliance.schedule.end-before-start");
        }
        if (recurrence == Recurrence.WEEKLY && weekdays.isEmpty()) {
            throw new DomainException("compliance.schedule.weekdays-required");
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new DomainException("compliance.schedule.day-of-month-invalid");
        }
    }

    /** The occurrence dates from {@code from} to {@code to} (both included), in order. */
    public List<LocalDate> occurrences(LocalDate from, LocalDate to) {
        LocalDate first = from.isBefore(start) ? start : from;
        LocalDate last = end != null && end.isBefore(to) ? end : to;
        List<LocalDate> dates = new ArrayList<>();
        if (last.isBefore(first)) {
            return dates;
        }
        switch (recurrence) {
            case ONE_OFF -> {
                if (!start.isBefore(first) && !start.isAfter(last)) {
                    dates.add(start);
                }
            }
            case DAILY -> first.datesUntil(last.plusDays(1)).forEach(dates::add);
            case WEEKLY -> first.datesUntil(last.plusDays(1)).filter(d -> weekdays.contains(d.getDayOfWeek()))
                    .forEach(dates::add);
            case MONTHLY -> everyNthMonth(1, first, last, dates);
            case QUARTERLY -> everyNthMonth(3, first, last, dates);
            case YEARLY -> everyNthMonth(12, first, last, dates);
        }
        return dates;
    }

    private void everyNthMonth(int months, LocalDate first, LocalDate last, List<LocalDate> dates) {
        int day = dayOfMonth != null && recurrence != Recurrence.YEARLY ? dayOfMonth : start.getDayOfMonth();
        YearMonth startMonth = YearMonth.from(start);
        long skip = Math.max(0, ChronoUnit.MONTHS.between(startMonth, YearMonth.from(first)) / months);
        for (YearMonth month = startMonth.plusMonths(skip * months); !month.atDay(1).isAfter(last);
                month = month.plusMonths(months)) {
            LocalDate date = month.atDay(Math.min(day, month.lengthOfMonth()));
            if (!date.isBefore(first) && !date.isAfter(last)) {
                dates.add(date);
            }
        }
    }

    /** The next occurrence on or after the date, if any within the given horizon of days. */
    public @Nullable LocalDate nextOnOrAfter(LocalDate date, int horizonDays) {
        List<LocalDate> next = occurrences(date, date.plusDays(horizonDays));
        return next.isEmpty() ? null : next.getFirst();
    }

    /** The due date of a run that opens on the occurrence: {@code windowDays} days later. */
    public static LocalDate dueDate(LocalDate occurrence, int windowDays) {
        return occurrence.plusDays(windowDays);
    }
}
