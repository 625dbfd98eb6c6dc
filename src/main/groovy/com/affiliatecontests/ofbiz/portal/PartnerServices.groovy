/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal

import com.affiliatecontests.ofbiz.common.ServiceErrors
import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.eligibility.PartnerDirectory
import com.affiliatecontests.ofbiz.standing.LeaderboardMaps
import com.affiliatecontests.ofbiz.standing.LeaderboardQuery
import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.contest.DisplayPolicy
import com.affiliatecontests.engine.standing.Leaderboard
import com.affiliatecontests.engine.standing.LeaderboardPresenter
import com.affiliatecontests.engine.standing.Standing
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

/*
 * Partner services: what a logged-in affiliate may see of its contests. The caller's own party is
 * the viewer; a partner never sees a contest it does not compete in, nor another partner's
 * hidden name or amount.
 */

/** My contests: running, upcoming and past, each with my standing. */
Map getMyAffContests() {
    String partyId = callerAffiliate()
    if (!partyId) {
        return ServiceErrors.of('AffiliateContestsErrorNotAnAffiliate', locale)
    }
    List<GenericValue> participations = EntityQuery.use(delegator).from('AffContestParticipant')
            .where('partyId', partyId).queryList()
    List<Map> contests = participations.collect { GenericValue p ->
        GenericValue contest = EntityQuery.use(delegator).from('AffContest')
                .where('contestId', p.getString('contestId')).queryOne()
        GenericValue standing = EntityQuery.use(delegator).from('AffContestStanding')
                .where('contestId', p.getString('contestId'), 'partyId', partyId).queryOne()
        [contestId: contest.getString('contestId'), contestName: contest.getString('contestName'),
         description: contest.getString('description'), statusId: contest.getString('statusId'),
         metricEnumId: contest.getString('metricEnumId'), kindEnumId: contest.getString('kindEnumId'),
         fromDate: contest.getTimestamp('fromDate'), thruDate: contest.getTimestamp('thruDate'),
         timeZoneId: contest.getString('timeZoneId'), targetValue: contest.getBigDecimal('targetValue'),
         score: standing?.getBigDecimal('score'), conversions: standing?.getLong('conversions')]
    }.findAll { it.statusId != 'AFFC_DRAFT' && it.statusId != 'AFFC_CANCELLED' }
    return success([contests: contests])
}

/** A contest's leaderboard as the display policy lets me see it, with my own row and neighbours. */
Map getMyAffContestLeaderboard() {
    Map seen = new PartnerAccess(delegator).callerContest(userLogin, parameters.contestId, locale)
    if (seen.error) {
        return seen.error
    }
    String partyId = seen.partyId
    GenericValue value = seen.contest
    ContestDefinition definition = new ContestRecords(delegator).definition(value)
    DisplayPolicy display = definition.display()
    LeaderboardQuery query = new LeaderboardQuery(delegator, parameters.contestId, definition)
    List<Standing> rows = query.slice(1, display.topN())
    GenericValue mine = query.row(partyId)
    int place = query.placeOf(mine)
    if (place > display.topN()) {
        rows = rows + query.around(mine, place, display.neighbours(), display.topN() + 1)
    }
    Leaderboard board = new LeaderboardPresenter().forPartner(rows, partyId, display,
            new PartnerDirectory(delegator).profilesById(rows*.partnerId()), value.getString('statusId') != 'AFFC_FINALIZED')
    Map leaderboard = LeaderboardMaps.of(board)
    leaderboard.participants = query.participants()
    return success([leaderboard: leaderboard, statusId: value.getString('statusId'),
            contestName: value.getString('contestName')])
}

private String callerAffiliate() {
    return new PartnerAccess(delegator).affiliateOf(userLogin)
}
