package com.affiliatecontests.engine.contest;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which fields each state lets an admin edit. Before launch everything is open; once ACTIVE the
 * rules are locked (only wording, display and extending the end); after the end only wording and
 * display; FINALIZED and CANCELLED contests are read-only.
 */
public final class EditPolicy {

    public Set<ContestField> editable(ContestStatus status) {
        return switch (status) {
        case DRAFT, SCHEDULED -> EnumSet.allOf(ContestField.class);
        case ACTIVE -> EnumSet.of(ContestField.NAME, ContestField.DESCRIPTION, ContestField.END,
                ContestField.DISPLAY);
        case ENDED -> EnumSet.of(ContestField.DESCRIPTION, ContestField.DISPLAY);
        case FINALIZED, CANCELLED -> EnumSet.noneOf(ContestField.class);
        };
    }

    public boolean allows(ContestStatus status, ContestField field) {
        return editable(status).contains(field);
    }
}
