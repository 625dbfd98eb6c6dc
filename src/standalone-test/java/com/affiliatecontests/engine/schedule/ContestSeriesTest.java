package com.affiliatecontests.engine.schedule;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.Contest;
import com.affiliatecontests.engine.contest.ContestStatus;
import com.affiliatecontests.engine.contest.ContestWindow;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
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
        assertEquals(LocalDateTime.of(2027, 2, 1, 0, 0), second.definition().window().start());
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
}
