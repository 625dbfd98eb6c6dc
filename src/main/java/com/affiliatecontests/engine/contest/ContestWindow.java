package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The half-open window [start, end) of a contest, as local date-times in a named time zone.
 * Instants are derived from the zone's rules, so a window keeps its wall-clock edges across
 * daylight-saving changes: an order at 23:59:59.999 local on the last day counts, one at the end
 * instant does not.
 */
public record ContestWindow(LocalDateTime start, LocalDateTime end, ZoneId zone) {

    public ContestWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (!end.isAfter(start)) {
            throw ValidationException.of("window.end", ValidationCode.END_BEFORE_START,
                    "the contest must end after it starts");
        }
    }

    public static ContestWindow of(LocalDateTime start, LocalDateTime end, String zoneId) {
        return new ContestWindow(start, end, zone(zoneId));
    }

    public static ZoneId zone(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            throw ValidationException.of("window.zone", ValidationCode.REQUIRED, "time zone is required");
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw ValidationException.of("window.zone", ValidationCode.UNKNOWN_TIME_ZONE,
                    "unknown time zone '" + zoneId + "'");
        }
    }

    public Instant startInstant() {
        return start.atZone(zone).toInstant();
    }

    public Instant endInstant() {
        return end.atZone(zone).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(startInstant()) && instant.isBefore(endInstant());
    }

    public ContestWindow withEnd(LocalDateTime newEnd) {
        return new ContestWindow(start, newEnd, zone);
    }

    /** The end as the given viewer's zone sees it (for countdowns in the partner's own time zone). */
    public ZonedDateTime endIn(ZoneId viewerZone) {
        return endInstant().atZone(viewerZone);
    }
}
