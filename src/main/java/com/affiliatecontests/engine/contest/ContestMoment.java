package com.affiliatecontests.engine.contest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A moment of a contest as the screens write it: the wall-clock time in the contest's time zone with
 * the zone's name ("2027-03-01 00:00 Europe/Paris"), and the admin's own time beside it when the
 * admin's zone shows another wall-clock time at that moment (otherwise {@code adminTime} is null).
 */
public record ContestMoment(String contestTime, String contestZone, String adminTime, String adminZone) {

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static ContestMoment of(Instant moment, ZoneId contestZone, ZoneId adminZone) {
        String contest = WALL_CLOCK.format(moment.atZone(contestZone));
        String admin = adminZone == null ? contest : WALL_CLOCK.format(moment.atZone(adminZone));
        return contest.equals(admin)
                ? new ContestMoment(contest, contestZone.getId(), null, null)
                : new ContestMoment(contest, contestZone.getId(), admin, adminZone.getId());
    }

    /** Whether the admin's wall clock reads another time than the contest's at this moment. */
    public boolean differs() {
        return adminTime != null;
    }

    /** The contest's time with its zone: "2027-03-01 00:00 Europe/Paris". */
    public String text() {
        return contestTime + " " + contestZone;
    }
}
