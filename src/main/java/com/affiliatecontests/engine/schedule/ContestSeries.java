package com.affiliatecontests.engine.schedule;

import com.affiliatecontests.engine.contest.Contest;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestStatus;
import com.affiliatecontests.engine.contest.ContestWindow;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A repeating contest. The first instance's window is the anchor; instance n (n &ge; 1) runs from
 * the anchor's end shifted by n - 1 periods to the anchor's end shifted by n periods, in local
 * time. So each instance starts exactly where the previous one ends (whatever the anchor's
 * length), a monthly series ending on the 31st keeps ending on month ends (counted from the
 * anchor, no drift), and daylight-saving changes do not move wall-clock edges.
 *
 * @param until no instance starts at or after this local date-time (null: repeats until stopped)
 */
public record ContestSeries(String seriesId, Recurrence recurrence, ContestWindow anchor, LocalDateTime until) {

    /**
     * How long before its start the next instance is opened (and launched, SCHEDULED): more than
     * the series job's interval (5 minutes), so an instance is open before it starts.
     */
    public static final Duration OPEN_AHEAD = Duration.ofMinutes(15);

    /** A latest instance in these states is followed by the next one; a draft or cancelled one stops the series. */
    private static final Set<ContestStatus> CONTINUED = EnumSet.of(ContestStatus.SCHEDULED, ContestStatus.ACTIVE,
            ContestStatus.ENDED, ContestStatus.FINALIZED);

    /** Instances skipped at most in one step (a series whose job did not run for that many periods). */
    private static final int MAX_SKIPPED = 10_000;

    public ContestSeries {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(anchor, "anchor");
        if (until != null && !until.isAfter(anchor.start())) {
            throw ValidationException.of("series.until", ValidationCode.SERIES_UNTIL_BEFORE_START,
                    "a series must run past its first start");
        }
    }

    /** The window of instance {@code n}, or empty once the series is over. */
    public Optional<ContestWindow> window(int n) {
        if (n == 0) {
            return Optional.of(anchor);
        }
        LocalDateTime start = recurrence.shift(anchor.end(), n - 1);
        if (until != null && !start.isBefore(until)) {
            return Optional.empty();
        }
        return Optional.of(new ContestWindow(start, recurrence.shift(anchor.end(), n), anchor.zone()));
    }

    /**
     * The instance that follows a closed one: same rules, the next window, a fresh draft to be
     * launched (with a fresh eligibility snapshot). Empty when the series is over.
     */
    public Optional<Contest> next(Contest closed, String newContestId) {
        checkMember(closed);
        return instance(closed, closed.instance() + 1, newContestId);
    }

    /**
     * The instance to open now after the latest one, if one is due: the next window that has not
     * ended yet (windows missed while the job did not run are skipped, as a window that has ended
     * cannot be launched), once its start is less than {@code ahead} away. Empty when none is due
     * yet, when the series is over, or when the latest instance is a draft or cancelled.
     */
    public Optional<Contest> due(Contest latest, String newContestId, Instant now, Duration ahead) {
        checkMember(latest);
        if (!CONTINUED.contains(latest.status())) {
            return Optional.empty();
        }
        int n = latest.instance() + 1;
        Optional<ContestWindow> window = window(n);
        for (int skipped = 0; window.isPresent() && !window.get().endInstant().isAfter(now) && skipped < MAX_SKIPPED;
                skipped++) {
            window = window(++n);
        }
        if (window.isEmpty() || !window.get().endInstant().isAfter(now)
                || now.isBefore(window.get().startInstant().minus(ahead))) {
            return Optional.empty();
        }
        return instance(latest, n, newContestId);
    }

    /**
     * The name of an instance: the series' name and the instance's period, written with the
     * period's pattern (a {@link DateTimeFormatter} pattern from the labels, e.g. "MMMM yyyy" gives
     * "Monthly race — March 2027"), shortened so the name fits {@link ContestDefinition#NAME_MAX}.
     */
    public String instanceName(String baseName, ContestWindow window, String periodPattern, Locale locale) {
        String period = window.start().format(DateTimeFormatter.ofPattern(periodPattern, locale));
        String suffix = " \u2014 " + period;
        String base = baseName == null ? "" : baseName.strip();
        int room = ContestDefinition.NAME_MAX - suffix.length();
        if (base.length() > room) {
            base = base.substring(0, Math.max(0, room - 1)).strip() + "\u2026";
        }
        String name = base.isEmpty() ? period : base + suffix;
        return name.length() <= ContestDefinition.NAME_MAX ? name : name.substring(0, ContestDefinition.NAME_MAX);
    }

    private Optional<Contest> instance(Contest template, int n, String newContestId) {
        return window(n).map(window -> {
            ContestDefinition definition = template.definition().withWindow(window);
            return new Contest(newContestId, definition, ContestStatus.DRAFT, null, seriesId, n);
        });
    }

    private void checkMember(Contest contest) {
        if (!seriesId.equals(contest.seriesId())) {
            throw new IllegalArgumentException("contest " + contest.id() + " is not in series " + seriesId);
        }
    }
}
