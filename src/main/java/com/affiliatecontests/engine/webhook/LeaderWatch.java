package com.affiliatecontests.engine.webhook;

import java.util.Optional;

/**
 * Whether a partner has taken first place since the last look: the board's first row is a
 * qualified partner other than the one seen first before. A board with no qualified first row
 * keeps the last leader (so a partner falling back and coming back is announced only when another
 * took the lead in between).
 */
public final class LeaderWatch {

    private LeaderWatch() {
    }

    /** The partner to announce, if any, and the leader to remember. */
    public record Look(Optional<String> newLeader, String remembered) {
    }

    public static Look look(String previousLeader, String firstRowPartyId, boolean firstRowQualified) {
        if (firstRowPartyId == null || !firstRowQualified || firstRowPartyId.equals(previousLeader)) {
            return new Look(Optional.empty(), previousLeader);
        }
        return new Look(Optional.of(firstRowPartyId), firstRowPartyId);
    }
}
