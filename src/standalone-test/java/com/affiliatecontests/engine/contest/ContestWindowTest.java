package com.affiliatecontests.engine.contest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContestWindowTest {

    @Test
    void windowIsHalfOpenInItsOwnZone() {
        ContestWindow october = ContestWindow.of(LocalDateTime.of(2026, 10, 1, 0, 0),
                LocalDateTime.of(2026, 11, 1, 0, 0), "America/New_York");
        ZoneId zone = october.zone();
        assertTrue(october.contains(LocalDateTime.of(2026, 10, 1, 0, 0).atZone(zone).toInstant()));
        assertTrue(october.contains(LocalDateTime.of(2026, 10, 31, 23, 59, 59, 999_000_000).atZone(zone).toInstant()));
        assertFalse(october.contains(LocalDateTime.of(2026, 11, 1, 0, 0).atZone(zone).toInstant()));
        assertFalse(october.contains(LocalDateTime.of(2026, 9, 30, 23, 59, 59, 999_000_000).atZone(zone).toInstant()));
    }

    @Test
    void windowAcrossDaylightSavingEndKeepsWallClockEdges() {
        // Europe/Paris leaves summer time on 2026-10-25: the window has one extra hour.
        ContestWindow week = ContestWindow.of(LocalDateTime.of(2026, 10, 19, 0, 0),
                LocalDateTime.of(2026, 10, 26, 0, 0), "Europe/Paris");
        assertEquals(Duration.ofHours(7 * 24 + 1), Duration.between(week.startInstant(), week.endInstant()));
        assertTrue(week.contains(LocalDateTime.of(2026, 10, 25, 23, 59, 59, 999_000_000)
                .atZone(week.zone()).toInstant()));
    }

    @Test
    void countdownIsShownInTheViewersZone() {
        ContestWindow window = ContestWindow.of(LocalDateTime.of(2026, 11, 1, 0, 0),
                LocalDateTime.of(2026, 12, 1, 0, 0), "Europe/Paris");
        assertEquals(LocalDateTime.of(2026, 11, 30, 18, 0),
                window.endIn(ZoneId.of("America/New_York")).toLocalDateTime());
    }
}
