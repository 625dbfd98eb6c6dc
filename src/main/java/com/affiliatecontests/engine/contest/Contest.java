package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.eligibility.EligibilitySnapshot;

import java.time.Instant;
import java.util.Objects;

/**
 * A contest as it stands: its definition, its state and, once launched, its frozen eligibility.
 * Instances of a recurring series carry the series id and their number in it.
 */
public record Contest(String id, ContestDefinition definition, ContestStatus status,
                      EligibilitySnapshot snapshot, String seriesId, int instance) {

    public Contest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(status, "status");
    }

    public static Contest draft(String id, ContestDefinition definition) {
        return new Contest(id, definition.validated(), ContestStatus.DRAFT, null, null, 0);
    }

    public Contest withStatus(ContestStatus newStatus) {
        return new Contest(id, definition, newStatus, snapshot, seriesId, instance);
    }

    public Contest withDefinition(ContestDefinition newDefinition) {
        return new Contest(id, newDefinition, status, snapshot, seriesId, instance);
    }

    public Contest withSnapshot(EligibilitySnapshot newSnapshot) {
        return new Contest(id, definition, status, newSnapshot, seriesId, instance);
    }

    public Contest inSeries(String newSeriesId, int number) {
        return new Contest(id, definition, status, snapshot, newSeriesId, number);
    }

    /** When the provisional period after the end is over and the contest can be finalized. */
    public Instant finalizableAt() {
        return definition.window().endInstant().plus(definition.rules().returnWindow());
    }
}
