package com.affiliatecontests.engine.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ContestMomentTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aContestStartIsWrittenInTheContestZoneWithItsNameAndTheAdminsTimeBeside() {
        // the case: the start stored as 2027-02-28 23:00 UTC is midnight in Paris
        ContestMoment start = ContestMoment.of(Instant.parse("2027-02-28T23:00:00Z"), PARIS, ZoneId.of("UTC"));
        assertEquals("2027-03-01 00:00 Europe/Paris", start.text());
        assertTrue(start.differs());
        assertEquals("2027-02-28 23:00", start.adminTime());
        assertEquals("UTC", start.adminZone());
        ContestMoment newYork = ContestMoment.of(Instant.parse("2027-02-28T23:00:00Z"), PARIS, ZoneId.of("America/New_York"));
        assertEquals("2027-02-28 18:00", newYork.adminTime());
    }

    @Test
    void noSecondTimeWhenTheAdminsClockReadsTheSame() {
        ContestMoment same = ContestMoment.of(Instant.parse("2027-02-28T23:00:00Z"), PARIS, PARIS);
        assertFalse(same.differs());
        assertNull(same.adminTime());
        // another zone that happens to share the offset at that moment shows the same wall clock
        assertFalse(ContestMoment.of(Instant.parse("2027-02-28T23:00:00Z"), PARIS, ZoneId.of("Europe/Berlin")).differs());
        assertFalse(ContestMoment.of(Instant.parse("2027-02-28T23:00:00Z"), PARIS, null).differs());
    }

    @Test
    void daylightSavingChangesAreTheZonesOwn() {
        // 31 March 2027: Paris is on summer time (UTC+2) while New York has been since 14 March (UTC-4)
        ContestMoment summer = ContestMoment.of(Instant.parse("2027-03-31T22:00:00Z"), PARIS, ZoneId.of("America/New_York"));
        assertEquals("2027-04-01 00:00 Europe/Paris", summer.text());
        assertEquals("2027-03-31 18:00", summer.adminTime());
        // 20 March 2027: New York on summer time already, Paris not yet: 5 hours apart
        ContestMoment between = ContestMoment.of(Instant.parse("2027-03-20T23:00:00Z"), PARIS, ZoneId.of("America/New_York"));
        assertEquals("2027-03-21 00:00 Europe/Paris", between.text());
        assertEquals("2027-03-20 19:00", between.adminTime());
    }
}
