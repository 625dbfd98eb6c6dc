package com.affiliatecontests.engine.schedule;

import com.affiliatecontests.engine.contest.ContestWindow;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar period a contest template runs in: a whole day, ISO week (Monday 00:00), calendar month
 * or quarter in the contest's time zone. The current period is taken while about a third of it is
 * still ahead, otherwise the next one: a month after its 20th, a week from its Friday, a quarter in its
 * last month give the next period. {@code next} says which, for the screen.
 *
 * @param start first day (00:00 local) of the period
 * @param end   first day after the period (00:00 local), the window's excluded end
 */
public record CalendarPeriod(Recurrence recurrence, LocalDate start, LocalDate end, boolean next) {

    /** Last day of a month that still starts a contest in that month. */
    public static final int LAST_DAY_FOR_THIS_MONTH = 20;

    /** The period for a template used at {@code now}, by the calendar of {@code zone}. */
    public static CalendarPeriod choose(Recurrence recurrence, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return switch (recurrence) {
            case DAILY -> new CalendarPeriod(recurrence, today, today.plusDays(1), false);
            case WEEKLY -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                boolean next = today.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) >= 0;
                LocalDate start = next ? monday.plusWeeks(1) : monday;
                yield new CalendarPeriod(recurrence, start, start.plusWeeks(1), next);
            }
            case MONTHLY -> {
                boolean next = today.getDayOfMonth() > LAST_DAY_FOR_THIS_MONTH;
                LocalDate start = today.withDayOfMonth(1).plusMonths(next ? 1 : 0);
                yield new CalendarPeriod(recurrence, start, start.plusMonths(1), next);
            }
            case QUARTERLY -> {
                LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
                boolean next = today.getMonthValue() == quarter.getMonthValue() + 2;
                LocalDate start = next ? quarter.plusMonths(3) : quarter;
                yield new CalendarPeriod(recurrence, start, start.plusMonths(3), next);
            }
        };
    }

    /** The contest window of the period: midnight to midnight, wall clock, in the zone. */
    public ContestWindow window(ZoneId zone) {
        return new ContestWindow(start.atStartOfDay(), end.atStartOfDay(), zone);
    }
}
