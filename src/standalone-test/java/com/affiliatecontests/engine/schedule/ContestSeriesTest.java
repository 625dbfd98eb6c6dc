package com.affiliatecontests.engine.schedule;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.Contest;
import com.affiliatecontests.engine.contest.ContestStatus;
import com.affiliatecontests.engine.contest.ContestWindow;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;
import org.junit.jupiter.api.Test;

import com.affiliatecontests.engine.contest.ContestDefinition;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContestSeriesTest {

    @Test
    void monthlySeriesKeepsMonthEndsWithoutDrift() {
        ContestWindow january = ContestWindow.of(LocalDateTime.of(2027, 1, 1, 0, 0),
                LocalDateTime.of(2027, 1, 31, 23, 0), "UTC");
        ContestSeries series = new ContestSeries("S1", Recurrence.MONTHLY, january, null);
        assertEquals(LocalDateTime.of(2027, 2, 28, 23, 0), series.window(1).orElseThrow().end());
        assertEquals(LocalDateTime.of(2027, 3, 31, 23, 0), series.window(2).orElseThrow().end());
    }

    @Test
    void weeklySeriesKeepsWallClockAcrossDaylightSaving() {
        ContestWindow week = ContestWindow.of(LocalDateTime.of(2026, 10, 19, 9, 0),
                LocalDateTime.of(2026, 10, 26, 9, 0), "Europe/Paris");
        ContestSeries series = new ContestSeries("S1", Recurrence.WEEKLY, week, null);
        ContestWindow next = series.window(1).orElseThrow();
        assertEquals(LocalDateTime.of(2026, 10, 26, 9, 0), next.start());
        assertEquals(Duration.ofDays(7), Duration.between(next.startInstant(), next.endInstant()));
    }

    @Test
    void closingAnInstanceYieldsTheNextWithTheSameRulesUntilTheSeriesEnds() {
        ContestSeries series = new ContestSeries("S1", Recurrence.QUARTERLY, Fixtures.NOVEMBER,
                LocalDateTime.of(2027, 3, 1, 0, 0));
        Contest first = Fixtures.running("C1", Fixtures.revenueRace(), "P1").inSeries("S1", 0)
                .withStatus(ContestStatus.FINALIZED);
        Contest second = series.next(first, "C2").orElseThrow();
        assertEquals(ContestStatus.DRAFT, second.status());
        assertEquals(1, second.instance());
        assertEquals(LocalDateTime.of(2026, 12, 1, 0, 0), second.definition().window().start(),
                "the next instance starts where the first ends");
        assertEquals(LocalDateTime.of(2027, 3, 1, 0, 0), second.definition().window().end());
        assertEquals(first.definition().rules(), second.definition().rules());
        assertEquals(first.definition().prizes(), second.definition().prizes());
        assertEquals(null, second.snapshot(), "eligibility is frozen again at the next launch");
        assertEquals(Optional.empty(), series.next(second, "C3"));
    }

    @Test
    void dailyAndUntilValidation() {
        ContestWindow day = ContestWindow.of(LocalDateTime.of(2026, 11, 1, 0, 0),
                LocalDateTime.of(2026, 11, 2, 0, 0), "UTC");
        assertEquals(LocalDateTime.of(2026, 11, 11, 0, 0),
                new ContestSeries("S", Recurrence.DAILY, day, null).window(10).orElseThrow().start());
        assertTrue(assertThrows(ValidationException.class, () -> new ContestSeries("S", Recurrence.DAILY, day,
                LocalDateTime.of(2026, 10, 1, 0, 0))).has(ValidationCode.SERIES_UNTIL_BEFORE_START));
    }

    @Test
    void eachInstanceStartsExactlyWhereThePreviousEndsWhateverTheAnchorsLength() {
        // an anchor shorter than a month, then one longer: neither gaps nor overlaps
        for (ContestWindow anchor : List.of(
                ContestWindow.of(LocalDateTime.of(2026, 10, 5, 10, 0), LocalDateTime.of(2026, 10, 20, 18, 0), "Europe/Paris"),
                ContestWindow.of(LocalDateTime.of(2026, 10, 1, 0, 0), LocalDateTime.of(2026, 11, 15, 0, 0), "Europe/Paris"))) {
            ContestSeries series = new ContestSeries("S", Recurrence.MONTHLY, anchor, null);
            for (int n = 0; n < 30; n++) {
                ContestWindow current = series.window(n).orElseThrow();
                ContestWindow next = series.window(n + 1).orElseThrow();
                assertEquals(current.endInstant(), next.startInstant(), "instance " + (n + 1));
                assertTrue(next.endInstant().isAfter(next.startInstant()));
            }
        }
    }

    @Test
    void monthlyInstancesAnchoredOnAMonthEndKeepEndingOnMonthEnds() {
        ContestWindow anchor = ContestWindow.of(LocalDateTime.of(2027, 1, 1, 0, 0), LocalDateTime.of(2027, 1, 31, 18, 0),
                "America/New_York");
        ContestSeries series = new ContestSeries("S", Recurrence.MONTHLY, anchor, null);
        assertEquals(LocalDateTime.of(2027, 1, 31, 18, 0), series.window(1).orElseThrow().start());
        assertEquals(LocalDateTime.of(2027, 2, 28, 18, 0), series.window(1).orElseThrow().end());
        assertEquals(LocalDateTime.of(2027, 3, 31, 18, 0), series.window(2).orElseThrow().end());
        assertEquals(LocalDateTime.of(2027, 4, 30, 18, 0), series.window(3).orElseThrow().end());
        assertEquals(LocalDateTime.of(2028, 2, 29, 18, 0), series.window(13).orElseThrow().end(), "leap year");
        ContestWindow quarter = new ContestSeries("Q", Recurrence.QUARTERLY, anchor, null).window(1).orElseThrow();
        assertEquals(LocalDateTime.of(2027, 4, 30, 18, 0), quarter.end());
    }

    @Test
    void dailyInstancesAcrossDaylightSavingChangesStayContiguousOnTheWallClock() {
        // 29 March 2026 02:30 does not exist in Paris (clocks go 02:00 -> 03:00); 25 October 02:30 exists twice
        for (ContestWindow anchor : List.of(
                ContestWindow.of(LocalDateTime.of(2026, 3, 26, 2, 30), LocalDateTime.of(2026, 3, 27, 2, 30), "Europe/Paris"),
                ContestWindow.of(LocalDateTime.of(2026, 10, 22, 2, 30), LocalDateTime.of(2026, 10, 23, 2, 30), "Europe/Paris"))) {
            ContestSeries series = new ContestSeries("S", Recurrence.DAILY, anchor, null);
            for (int n = 1; n < 6; n++) {
                ContestWindow current = series.window(n).orElseThrow();
                assertEquals(series.window(n - 1).orElseThrow().endInstant(), current.startInstant());
                assertEquals(anchor.end().plusDays(n - 1), current.start());
                long hours = Duration.between(current.startInstant(), current.endInstant()).toHours();
                assertTrue(hours >= 23 && hours <= 25, hours + " h");
            }
        }
        ContestSeries weekly = new ContestSeries("W", Recurrence.WEEKLY, ContestWindow.of(LocalDateTime.of(2026, 10, 19, 9, 0),
                LocalDateTime.of(2026, 10, 20, 9, 0), "Europe/Paris"), null);
        assertEquals(Duration.ofDays(7).plusHours(1), Duration.between(weekly.window(1).orElseThrow().startInstant(),
                weekly.window(1).orElseThrow().endInstant()), "the week with the October change has 169 hours");
    }

    @Test
    void theNextInstanceIsDueAheadOfItsStartAndWindowsAlreadyOverAreSkipped() {
        ContestWindow anchor = ContestWindow.of(LocalDateTime.of(2027, 1, 1, 0, 0), LocalDateTime.of(2027, 2, 1, 0, 0), "UTC");
        ContestSeries series = new ContestSeries("S1", Recurrence.MONTHLY, anchor, null);
        Contest first = Fixtures.running("C1", Fixtures.revenueRace().withWindow(anchor), "P1").inSeries("S1", 0);
        Instant february = Instant.parse("2027-02-01T00:00:00Z");
        Duration ahead = ContestSeries.OPEN_AHEAD;
        assertEquals(Optional.empty(), series.due(first, "C2", february.minus(ahead).minusSeconds(1), ahead));
        Contest second = series.due(first, "C2", february.minus(ahead), ahead).orElseThrow();
        assertEquals(1, second.instance());
        assertEquals(february, second.definition().window().startInstant());
        assertEquals(ContestStatus.DRAFT, second.status());
        // still due after its start (a late job opens it then), as long as its window has not ended
        assertEquals(1, series.due(first, "C2", Instant.parse("2027-02-20T00:00:00Z"), ahead).orElseThrow().instance());
        // the job did not run for months: the windows over are skipped, the current one is opened
        Contest late = series.due(first.withStatus(ContestStatus.FINALIZED), "C2", Instant.parse("2027-05-10T00:00:00Z"),
                ahead).orElseThrow();
        assertEquals(4, late.instance());
        assertEquals(LocalDateTime.of(2027, 5, 1, 0, 0), late.definition().window().start());
        // a draft (never launched) or cancelled latest instance stops the series; the series' end too
        assertEquals(Optional.empty(), series.due(first.withStatus(ContestStatus.CANCELLED), "C2", february, ahead));
        assertEquals(Optional.empty(), series.due(first.withStatus(ContestStatus.DRAFT), "C2", february, ahead));
        ContestSeries ending = new ContestSeries("S1", Recurrence.MONTHLY, anchor, LocalDateTime.of(2027, 3, 1, 0, 0));
        assertEquals(Optional.empty(), ending.due(first, "C2", Instant.parse("2027-03-10T00:00:00Z"), ahead));
    }

    @Test
    void anInstanceIsNamedByItsPeriodInTheStoresLanguage() {
        ContestWindow anchor = ContestWindow.of(LocalDateTime.of(2027, 2, 1, 0, 0), LocalDateTime.of(2027, 3, 1, 0, 0), "UTC");
        ContestSeries series = new ContestSeries("S1", Recurrence.MONTHLY, anchor, null);
        ContestWindow march = series.window(1).orElseThrow();
        assertEquals("Monthly race \u2014 March 2027", series.instanceName("Monthly race", march, "MMMM yyyy", Locale.ENGLISH));
        assertEquals("Course du mois \u2014 mars 2027",
                series.instanceName("Course du mois", march, "MMMM yyyy", Locale.FRENCH));
        assertEquals("Quarter race \u2014 Q1 2027", series.instanceName("Quarter race", anchor, "QQQ yyyy", Locale.ENGLISH));
        String longName = series.instanceName("x".repeat(ContestDefinition.NAME_MAX), march, "MMMM yyyy", Locale.ENGLISH);
        assertEquals(ContestDefinition.NAME_MAX, longName.length());
        assertTrue(longName.endsWith("\u2026 \u2014 March 2027"), longName);
        assertEquals("March 2027", series.instanceName(" ", march, "MMMM yyyy", Locale.ENGLISH));
    }

    @Test
    void atMostTenThousandMissedWindowsAreSkippedInOneStep() {
        ContestWindow anchor = ContestWindow.of(LocalDateTime.of(2027, 1, 1, 0, 0), LocalDateTime.of(2027, 1, 2, 0, 0), "UTC");
        ContestSeries series = new ContestSeries("S1", Recurrence.DAILY, anchor, null);
        Contest first = Fixtures.running("C1", Fixtures.revenueRace().withWindow(anchor), "P1").inSeries("S1", 0)
                .withStatus(ContestStatus.FINALIZED);
        Duration ahead = ContestSeries.OPEN_AHEAD;
        // instance 1 is over: 10,000 windows over can be skipped, so instance 10,001 is still reached
        Instant inInstance10001 = LocalDateTime.of(2027, 1, 2, 12, 0).plusDays(10_000).toInstant(java.time.ZoneOffset.UTC);
        assertEquals(10_001, series.due(first, "C2", inInstance10001, ahead).orElseThrow().instance());
        // one window more to skip is past the limit: nothing is opened in this step
        assertEquals(Optional.empty(), series.due(first, "C2", inInstance10001.plus(Duration.ofDays(1)), ahead));
    }

    @Test
    void aContestOfAnotherSeriesIsRefused() {
        ContestSeries series = new ContestSeries("S1", Recurrence.MONTHLY, Fixtures.NOVEMBER, null);
        Contest other = Fixtures.running("C1", Fixtures.revenueRace(), "P1").inSeries("S2", 0)
                .withStatus(ContestStatus.FINALIZED);
        assertThrows(IllegalArgumentException.class, () -> series.next(other, "C2"));
        assertThrows(IllegalArgumentException.class,
                () -> series.due(other, "C2", Instant.parse("2026-11-30T23:59:00Z"), ContestSeries.OPEN_AHEAD));
    }

    @Test
    void aNameThatJustFitsIsKeptWhole() {
        ContestWindow anchor = ContestWindow.of(LocalDateTime.of(2027, 2, 1, 0, 0), LocalDateTime.of(2027, 3, 1, 0, 0), "UTC");
        ContestSeries series = new ContestSeries("S1", Recurrence.MONTHLY, anchor, null);
        ContestWindow march = series.window(1).orElseThrow();
        String suffix = " \u2014 March 2027";
        String fits = "x".repeat(ContestDefinition.NAME_MAX - suffix.length());
        assertEquals(fits + suffix, series.instanceName(fits, march, "MMMM yyyy", Locale.ENGLISH));
        String over = fits + "y";
        assertEquals("x".repeat(fits.length() - 1) + "\u2026" + suffix,
                series.instanceName(over, march, "MMMM yyyy", Locale.ENGLISH));
    }
}
