/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.standing

import com.affiliatecontests.engine.standing.Leaderboard
import com.affiliatecontests.engine.standing.LeaderboardRow

/** The engine's leaderboard as plain maps and lists, for services' OUT attributes and templates. */
class LeaderboardMaps {

    static Map of(Leaderboard board) {
        return [top: board.top().collect { row(it) }, aroundViewer: board.aroundViewer().collect { row(it) },
                viewer: board.viewer() ? row(board.viewer()) : null, participants: board.participants(),
                provisional: board.provisional()]
    }

    static Map row(LeaderboardRow row) {
        return [rank: row.rank(), place: row.place(), partyId: row.partnerId(), displayName: row.displayName(),
                score: row.score(), progressPercent: row.progressPercent(), gapToNext: row.gapToNext(),
                qualified: row.qualified(), viewer: row.viewer()]
    }

}
