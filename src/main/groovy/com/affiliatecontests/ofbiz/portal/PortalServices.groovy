/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal

import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.contest.DisplayPolicy
import com.affiliatecontests.engine.standing.Leaderboard
import com.affiliatecontests.engine.standing.LeaderboardPresenter
import com.affiliatecontests.engine.standing.LeaderboardRow
import com.affiliatecontests.engine.standing.Standing
import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.standing.LeaderboardQuery
import com.affiliatecontests.ofbiz.eligibility.PartnerDirectory
import com.affiliatecontests.ofbiz.common.ServiceErrors
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

/*
 * Partner services of the portal pages. Like the other partner services, they are authorised by
 * the caller's party having the AFFILIATE role, show only contests the caller competes in, and let
 * the engine's LeaderboardPresenter apply the display policy to anything about other partners.
 */

/** Home: my running and upcoming contests with my standing, and my past results and wins. */
Map getMyAffPortalHome() {
    String partyId = new PartnerAccess(delegator).affiliateOf(userLogin)
    if (!partyId) {
        return ServiceErrors.of('AffiliateContestsErrorNotAnAffiliate', locale)
    }
    PartnerAccess access = new PartnerAccess(delegator)
    ContestRecords records = new ContestRecords(delegator)
    List<GenericValue> contests = EntityQuery.use(delegator).from('AffContestParticipant').where('partyId', partyId)
            .queryList().collect { access.visibleContest(it.getString('contestId'), partyId) }.findAll()
            .sort { -it.getTimestamp('thruDate').time }
    List<Map> running = []
    List<Map> upcoming = []
    List<Map> past = []
    contests.each { GenericValue contest ->
        Map summary = summaryOf(contest)
        String status = contest.getString('statusId')
        if (status == 'AFFC_SCHEDULED') {
            upcoming << summary
            return
        }
        ContestDefinition definition = records.definition(contest)
        summary.putAll(myStanding(contest, definition, partyId))
        if (status == 'AFFC_FINALIZED') {
            GenericValue win = EntityQuery.use(delegator).from('AffContestWinner')
                    .where('contestId', contest.getString('contestId'), 'partyId', partyId).queryOne()
            summary.won = win != null
            summary.prizeText = win?.getString('prizeText')
            summary.prizeAmount = win?.getBigDecimal('prizeAmount')
            if (win) {
                LeaderboardRow shown = new LeaderboardPresenter().ownRow(new Standing(partyId,
                        win.getLong('rankNumber').intValue(), win.getLong('placeNumber').intValue(),
                        win.getBigDecimal('score'), 0L, null, 0L, true, null, null), definition.display())
                summary.place = shown.place() as Long
                summary.rank = shown.rank() as Long
            }
            past << summary
        } else {
            running << summary
        }
    }
    return success([partyId: partyId, partnerName: partnerName(partyId), running: running, upcoming: upcoming,
            past: past, wins: past.findAll { it.won }])
}

/** A contest's rules and prizes as the page states them, with the leaderboard's change marker. */
Map getMyAffContestRules() {
    Map seen = new PartnerAccess(delegator).callerContest(userLogin, parameters.contestId, locale)
    if (seen.error) {
        return seen.error
    }
    GenericValue contest = seen.contest
    Map rules = summaryOf(contest)
    ['description', 'minimumToQualify', 'minimumVisits', 'maxWinners', 'goalCap', 'revenueBasisEnumId',
     'nameDisplayEnumId', 'leaderboardSize', 'neighbourRows', 'returnWindowDays'].each { rules[it] = contest.get(it) }
    rules.showAmounts = contest.getString('showAmounts') != 'N'
    rules.prizes = EntityQuery.use(delegator).from('AffContestPrize').where('contestId', contest.getString('contestId'))
            .orderBy('fromPlace').queryList().collect {
        [fromPlace: it.getLong('fromPlace'), thruPlace: it.getLong('thruPlace'), prizeText: it.getString('prizeText'),
         amount: it.getBigDecimal('amount'), currencyUomId: it.getString('currencyUomId')]
    }
    return success([contest: rules, marker: new BoardMarkers(delegator).marker(contest)])
}

/** The cheap change marker an open contest page polls before it fetches the leaderboard again. */
Map getMyAffContestBoardMarker() {
    Map seen = new PartnerAccess(delegator).callerContest(userLogin, parameters.contestId, locale)
    if (seen.error) {
        return seen.error
    }
    return success([marker: new BoardMarkers(delegator).marker(seen.contest as GenericValue)])
}

/** Finalized contests I competed in, with their winners as each contest's display policy allows. */
Map getMyAffWinners() {
    PartnerAccess access = new PartnerAccess(delegator)
    String partyId = access.affiliateOf(userLogin)
    if (!partyId) {
        return ServiceErrors.of('AffiliateContestsErrorNotAnAffiliate', locale)
    }
    ContestRecords records = new ContestRecords(delegator)
    List<GenericValue> finalized = EntityQuery.use(delegator).from('AffContestParticipant').where('partyId', partyId)
            .queryList().collect { access.visibleContest(it.getString('contestId'), partyId) }
            .findAll { it?.getString('statusId') == 'AFFC_FINALIZED' }.sort { -it.getTimestamp('thruDate').time }
    List<Map> contests = finalized.collect { GenericValue contest ->
        Map summary = summaryOf(contest)
        summary.winners = winnersOf(contest, records.definition(contest).display(), partyId)
        summary
    }
    return success([contests: contests])
}

/** What every page shows of a contest, whatever the viewer. */
private Map summaryOf(GenericValue contest) {
    return [contestId: contest.getString('contestId'), contestName: contest.getString('contestName'),
            statusId: contest.getString('statusId'), metricEnumId: contest.getString('metricEnumId'),
            kindEnumId: contest.getString('kindEnumId'), currencyUomId: contest.getString('currencyUomId'),
            targetValue: contest.getBigDecimal('targetValue'), timeZoneId: contest.getString('timeZoneId'),
            fromDate: contest.getTimestamp('fromDate'), thruDate: contest.getTimestamp('thruDate'),
            startMillis: contest.getTimestamp('fromDate').time, endMillis: contest.getTimestamp('thruDate').time,
            provisional: contest.getString('statusId') != 'AFFC_FINALIZED']
}

/** My own standing: always shown to me in full, whatever the display policy says of others. */
private Map myStanding(GenericValue contest, ContestDefinition definition, String partyId) {
    LeaderboardQuery query = new LeaderboardQuery(delegator, contest.getString('contestId'), definition)
    GenericValue row = query.row(partyId)
    // a row never ranked (no rank key yet: nothing credited since the data was loaded) has no place
    Standing mine = row?.getString('rankKey') ? query.around(row, query.placeOf(row), 0, 1).find { it.partnerId() == partyId } : null
    Map standing = [participants: query.participants()]
    if (mine) {
        // the presenter decides what of my own figures may show (no gap to a hidden score above me)
        LeaderboardRow shown = new LeaderboardPresenter().ownRow(mine, definition.display())
        standing.putAll([rank: shown.rank(), place: shown.place(), score: shown.score(), conversions: mine.conversions(),
                progressPercent: shown.progressPercent(), gapToNext: shown.gapToNext(), qualified: shown.qualified()])
    }
    return standing
}

private List<Map> winnersOf(GenericValue contest, DisplayPolicy display, String partyId) {
    List<GenericValue> winners = EntityQuery.use(delegator).from('AffContestWinner')
            .where('contestId', contest.getString('contestId')).orderBy('placeNumber').queryList()
    if (!winners) {
        return []
    }
    List<Standing> standings = winners.collect {
        new Standing(it.getString('partyId'), it.getLong('rankNumber').intValue(), it.getLong('placeNumber').intValue(),
                it.getBigDecimal('score'), 0L, null, 0L, true, null, null)
    }
    DisplayPolicy all = new DisplayPolicy(display.names(), display.showAmounts(), standings.size(), 0)
    Leaderboard board = new LeaderboardPresenter().forPartner(standings, partyId, all,
            new PartnerDirectory(delegator).profilesById(standings*.partnerId()), false)
    Map<Long, String> prizes = winners.collectEntries { [(it.getLong('placeNumber')): it.getString('prizeText')] }
    return board.top().collect {
        [place: it.place(), rank: it.rank(), displayName: it.displayName(), score: it.score(), viewer: it.viewer(),
         prizeText: prizes[it.place() as Long]]
    }
}

private String partnerName(String partyId) {
    GenericValue affiliate = EntityQuery.use(delegator).from('Affiliate').where('partyId', partyId).queryOne()
    return affiliate?.getString('affiliateName') ?: new PartnerDirectory(delegator).profiles([partyId]).first().name()
}
