/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.live

import com.affiliatecontests.ofbiz.common.ServiceErrors
import com.affiliatecontests.ofbiz.portal.BoardMarkers
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

/** The back office's change marker of a contest's leaderboard. */
Map getAffContestBoardMarker() {
    GenericValue contest = EntityQuery.use(delegator).from('AffContest').where('contestId', parameters.contestId).queryOne()
    if (!contest) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    return success([marker: new BoardMarkers(delegator).marker(contest)])
}
