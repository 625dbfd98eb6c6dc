package com.affiliatecontests.engine.properties;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestWindow;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.credit.CreditRefusal;
import com.affiliatecontests.engine.standing.ContestBoard;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Window edges in every time zone, including days on which daylight saving starts or ends. */
class WindowEdgePropertiesTest {

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().toList());
    }

    @Provide
    Arbitrary<LocalDate> days() {
        // 2026: DST changes in March/April and October/November in most zones that have them.
        return Arbitraries.integers().between(0, 364).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
    }

    @Property(tries = 2000)
    void lastMillisecondOfTheLastDayCountsAndTheEndDoesNot(@ForAll("zones") String zone,
                                                          @ForAll("days") LocalDate firstDay,
                                                          @ForAll @IntRange(min = 1, max = 45) int days) {
        LocalDate lastDay = firstDay.plusDays(days - 1);
        ContestWindow window = ContestWindow.of(firstDay.atStartOfDay(), lastDay.plusDays(1).atStartOfDay(), zone);
        LocalDateTime lastLocal = LocalDateTime.of(lastDay, java.time.LocalTime.of(23, 59, 59, 999_000_000));
        // Where 23:59:59.999 falls in a daylight-saving gap (e.g. America/Nuuk in March 2026) that wall
        // time never happens; the last millisecond that does happen is then the one before the end.
        Instant lastMillisecond = window.zone().getRules().getValidOffsets(lastLocal).isEmpty()
                ? window.endInstant().minusMillis(1) : lastLocal.atZone(window.zone()).toInstant();
        assertTrue(window.contains(lastMillisecond), "23:59:59.999 local on the last day counts");
        assertFalse(window.contains(window.endInstant()), "the end instant does not count");
        assertTrue(window.contains(window.startInstant()), "the start instant counts");
        assertFalse(window.contains(window.startInstant().minusNanos(1)), "just before the start does not count");

        ContestDefinition d = Fixtures.conversionsRanking().withWindow(window);
        ContestBoard board = ContestBoard.live(Fixtures.running("C1", d, "P1"));
        assertTrue(board.record(new Credit("C1", "P1", "IN", BigDecimal.ONE, lastMillisecond, "S")).applied());
        assertEquals(CreditRefusal.OUTSIDE_WINDOW,
                board.record(new Credit("C1", "P1", "OUT", BigDecimal.ONE, window.endInstant(), "S")).refusal());
    }

    @Property
    void daylightSavingDaysAreCoveredExplicitly(@ForAll("dstZones") String zone) {
        ZoneId id = ZoneId.of(zone);
        for (var transition : id.getRules().getTransitions().stream()
                .filter(t -> t.getInstant().isAfter(Instant.parse("2025-12-31T00:00:00Z"))
                        && t.getInstant().isBefore(Instant.parse("2027-01-01T00:00:00Z"))).toList()) {
            LocalDate day = transition.getInstant().atZone(id).toLocalDate();
            ContestWindow window = ContestWindow.of(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), zone);
            Instant lastMillisecond = LocalDateTime.of(day, java.time.LocalTime.of(23, 59, 59, 999_000_000))
                    .atZone(id).toInstant();
            assertTrue(window.contains(lastMillisecond));
            assertFalse(window.contains(window.endInstant()));
        }
    }

    @Provide
    Arbitrary<String> dstZones() {
        return Arbitraries.of(List.of("Europe/Paris", "America/New_York", "Australia/Sydney", "America/Santiago",
                "Pacific/Chatham", "Asia/Tehran", "America/Havana", "Europe/London", "Australia/Lord_Howe"));
    }
}
