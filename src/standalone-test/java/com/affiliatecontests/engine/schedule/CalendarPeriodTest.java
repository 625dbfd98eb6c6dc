package com.affiliatecontests.engine.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.affiliatecontests.engine.contest.ContestWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CalendarPeriodTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static CalendarPeriod at(Recurrence recurrence, String instant, ZoneId zone) {
        return CalendarPeriod.choose(recurrence, Instant.parse(instant), zone);
    }

    @ParameterizedTest(name = "{0} at {1} in {2}: {3} to {4}, next {5}")
    @CsvSource({
            // a month: this one up to its 20th, the next one after it; month ends and year ends
            "MONTHLY, 2026-12-04T10:00:00Z, Europe/Paris, 2026-12-01, 2027-01-01, false",
            "MONTHLY, 2026-12-20T22:59:59Z, Europe/Paris, 2026-12-01, 2027-01-01, false",
            "MONTHLY, 2026-12-20T23:00:00Z, Europe/Paris, 2027-01-01, 2027-02-01, true",
            "MONTHLY, 2027-01-31T12:00:00Z, Europe/Paris, 2027-02-01, 2027-03-01, true",
            "MONTHLY, 2028-02-20T12:00:00Z, Europe/Paris, 2028-02-01, 2028-03-01, false",
            "MONTHLY, 2027-02-28T23:30:00Z, Europe/Paris, 2027-03-01, 2027-04-01, false",
            // the zone's calendar, not UTC's: 20 December 20:00 in New York is the 21st in UTC
            "MONTHLY, 2026-12-21T01:00:00Z, America/New_York, 2026-12-01, 2027-01-01, false",
            "MONTHLY, 2026-12-20T11:00:00Z, Pacific/Kiritimati, 2027-01-01, 2027-02-01, true",
            // an ISO week from Monday 00:00: this one until Thursday, the next one from Friday
            "WEEKLY, 2026-12-03T12:00:00Z, Europe/Paris, 2026-11-30, 2026-12-07, false",
            "WEEKLY, 2026-11-30T00:00:00Z, Europe/Paris, 2026-11-30, 2026-12-07, false",
            "WEEKLY, 2026-12-04T12:00:00Z, Europe/Paris, 2026-12-07, 2026-12-14, true",
            "WEEKLY, 2027-01-01T12:00:00Z, Europe/Paris, 2027-01-04, 2027-01-11, true",
            "WEEKLY, 2026-12-29T12:00:00Z, Europe/Paris, 2026-12-28, 2027-01-04, false",
            // a quarter: this one in its first two months, the next one in its last month
            "QUARTERLY, 2026-10-05T12:00:00Z, Europe/Paris, 2026-10-01, 2027-01-01, false",
            "QUARTERLY, 2026-11-30T12:00:00Z, Europe/Paris, 2026-10-01, 2027-01-01, false",
            "QUARTERLY, 2026-12-01T12:00:00Z, Europe/Paris, 2027-01-01, 2027-04-01, true",
            "QUARTERLY, 2027-03-31T21:59:00Z, Europe/Paris, 2027-04-01, 2027-07-01, true",
            "QUARTERLY, 2027-03-31T22:00:00Z, Europe/Paris, 2027-04-01, 2027-07-01, false",
            "DAILY, 2026-12-04T23:30:00Z, Europe/Paris, 2026-12-05, 2026-12-06, false"})
    void aTemplateRunsAWholeCalendarPeriodOfTheContestsZone(Recurrence recurrence, String now, String zone, LocalDate start,
            LocalDate end, boolean next) {
        CalendarPeriod period = at(recurrence, now, ZoneId.of(zone));
        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertEquals(next, period.next());
    }

    @Test
    void daylightSavingChangesKeepMidnightEdges() {
        // March 2027 in Paris has 31 days but one hour less: the window is midnight to midnight all the same
        ContestWindow march = at(Recurrence.MONTHLY, "2027-03-10T12:00:00Z", PARIS).window(PARIS);
        assertEquals(Instant.parse("2027-02-28T23:00:00Z"), march.startInstant());
        assertEquals(Instant.parse("2027-03-31T22:00:00Z"), march.endInstant());
        assertEquals(Duration.ofDays(31).minusHours(1), Duration.between(march.startInstant(), march.endInstant()));
        // the week of the autumn change has one hour more
        ContestWindow week = at(Recurrence.WEEKLY, "2026-10-21T12:00:00Z", PARIS).window(PARIS);
        assertEquals(Duration.ofDays(7).plusHours(1), Duration.between(week.startInstant(), week.endInstant()));
    }

    @Test
    void aMidnightThatDoesNotExistStartsAtTheFirstHourOfTheDay() {
        // Santiago moves its clocks from 00:00 to 01:00 on 8 September 2024: the week starting Monday 9 is unaffected,
        // the month of September starts on the 1st; a window whose midnight is skipped starts at 01:00
        ZoneId santiago = ZoneId.of("America/Santiago");
        CalendarPeriod day = at(Recurrence.DAILY, "2024-09-08T12:00:00Z", santiago);
        assertEquals(LocalDate.of(2024, 9, 8), day.start());
        assertEquals(Instant.parse("2024-09-08T04:00:00Z"), day.window(santiago).startInstant(), "01:00 -03 is the day's first moment");
        assertTrue(day.window(santiago).contains(Instant.parse("2024-09-08T04:00:00Z")));
        assertFalse(day.window(santiago).contains(Instant.parse("2024-09-09T03:00:00Z")));
    }
}
