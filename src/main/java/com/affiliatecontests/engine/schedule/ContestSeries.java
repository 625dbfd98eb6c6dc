package com.affiliatecontests.engine.schedule;

import com.affiliatecontests.engine.contest.Contest;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestStatus;
import com.affiliatecontests.engine.contest.ContestWindow;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A repeating contest: the first instance's window is the anchor, and instance n (0-based) runs
 * over the anchor window shifted by n periods in local time, so a monthly series started on the
 * 31st keeps ending on month ends and daylight-saving changes do not move wall-clock edges.
 *
 * @param until no instance starts at or after this local date-time (null: repeats until stopped)
 */
public record ContestSeries(String seriesId, Recurrence recurrence, ContestWindow anchor, LocalDateTime until) {

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
        LocalDateTime start = recurrence.shift(anchor.start(), n);
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
        if (!seriesId.equals(closed.seriesId())) {
            throw new IllegalArgumentException("contest " + closed.id() + " is not in series " + seriesId);
        }
        int number = closed.instance() + 1;
        return window(number).map(window -> {
            ContestDefinition definition = closed.definition().withWindow(window);
            return new Contest(newContestId, definition, ContestStatus.DRAFT, null, seriesId, number);
        });
    }
}
