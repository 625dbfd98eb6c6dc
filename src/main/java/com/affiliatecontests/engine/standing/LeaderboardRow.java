package com.affiliatecontests.engine.standing;

import java.math.BigDecimal;

/**
 * A leaderboard row as one viewer may see it. For other partners, fields the display policy hides
 * are null (the partner id always is); the viewer's own row shows everything.
 */
public record LeaderboardRow(int rank, int place, String partnerId, String displayName, BigDecimal score,
                             BigDecimal progressPercent, BigDecimal gapToNext, boolean qualified, boolean viewer) {
}
