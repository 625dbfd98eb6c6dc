/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal.test

import com.affiliatecontests.ofbiz.portal.BoardMarkers
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.ServiceAuthException
import org.apache.ofbiz.service.ServiceUtil
import com.affiliatecontests.ofbiz.test.ComponentTestCase


/**
 * The partner services of the portal, as partner A, partner B, a customer without the AFFILIATE
 * role and an anonymous caller: each partner sees only the contests it competes in and its own
 * full row; another partner's hidden name and amount never appear in anything a service returns,
 * whatever contest id it asks for.
 */
class PortalPermissionTests extends ComponentTestCase {

    private static final List<String> PARTNER_SERVICES = ['getMyAffContests', 'getMyAffContestLeaderboard', 'getMyAffPortalHome',
            'getMyAffContestRules', 'getMyAffContestBoardMarker', 'getMyAffWinners']
    private static final List<String> CONTEST_SERVICES = ['getMyAffContestLeaderboard', 'getMyAffContestRules',
            'getMyAffContestBoardMarker']
    /** The messaging services the portal's message pages call (issue 4), refused alike to non-partners. */
    private static final List<String> MESSAGE_SERVICES = ['getMyAffMessages', 'getMyAffMessageThread', 'replyToAffMessage']

    PortalPermissionTests(String name) {
        super(name)
    }

    void testEachPartnerSeesItsOwnContestsAndNeverTheOtherOnesHiddenNameOrAmount() {
        String a = affiliate('A')
        String b = affiliate('B')
        // both compete in the shared contest (initials, amounts hidden); only B in the other one
        String shared = runningContest('Shared', [nameDisplayEnumId: 'AFFCN_INITIALS', showAmounts: 'N'])
        String onlyB = runningContest('OnlyB', [:]) { String contestId ->
            runOk('addAffContestEligibility', [contestId: contestId, ruleTypeEnumId: 'AFFCE_EXCLUDE',
                    dimensionEnumId: 'AFFCD_PARTY', groupId: a, userLogin: admin()])
        }
        complete('B1', b, '777.31')
        complete('A1', a, '15.00')

        GenericValue loginA = getUserLogin(a.toLowerCase())
        GenericValue loginB = getUserLogin(b.toLowerCase())
        List<String> secretsOfB = [b, 'Partner B', '777.31']

        // partner A: the shared contest with its own row in full, B as initials without amount
        Map home = runOk('getMyAffPortalHome', [userLogin: loginA])
        assert home.running*.contestId.contains(shared)
        assert !home.running*.contestId.contains(onlyB)
        Map mine = home.running.find { it.contestId == shared }
        assert mine.rank == 2 && mine.score == new BigDecimal('15.00') && mine.participants >= 2
        Map board = runOk('getMyAffContestLeaderboard', [contestId: shared, userLogin: loginA]).leaderboard
        Map rowOfB = board.top.find { !it.viewer && it.displayName == 'T. P. B.' }
        assert rowOfB != null && rowOfB.score == null && rowOfB.partyId == null && rowOfB.gapToNext == null
        assert board.viewer.partyId == a && board.viewer.score == new BigDecimal('15.00')
        Map rules = runOk('getMyAffContestRules', [contestId: shared, userLogin: loginA])
        assert rules.contest.showAmounts == false && rules.contest.nameDisplayEnumId == 'AFFCN_INITIALS'
        assert rules.contest.prizes*.prizeText == ['Gold', 'Silver']
        assert rules.marker
        [home, board, rules, runOk('getMyAffContests', [userLogin: loginA]), runOk('getMyAffWinners', [userLogin: loginA])]
                .each { Map result -> secretsOfB.each { assert !result.toString().contains(it) } }

        // partner A cannot read B's contest with its id, through any service
        CONTEST_SERVICES.each { String service ->
            Map denied = dispatcher.runSync(service, [contestId: onlyB, userLogin: loginA])
            assert ServiceUtil.isError(denied), service
            assert !denied.leaderboard && !denied.contest && !denied.marker
        }

        // partner B sees both contests, and its own full row
        Map homeB = runOk('getMyAffPortalHome', [userLogin: loginB])
        assert homeB.running*.contestId.containsAll([shared, onlyB])
        assert homeB.running.find { it.contestId == shared }.rank == 1
        assert runOk('getMyAffContestLeaderboard', [contestId: onlyB, userLogin: loginB]).leaderboard.viewer.partyId == b
        assert runOk('getMyAffContestBoardMarker', [contestId: onlyB, userLogin: loginB]).marker
    }

    void testWinnersShowTheOtherPartnersAsTheDisplayPolicyAllows() {
        String a = affiliate('A')
        String b = affiliate('B')
        String contestId = runningContest('Won', [nameDisplayEnumId: 'AFFCN_INITIALS', showAmounts: 'N'])
        complete('W1', b, '99.00')
        complete('W2', a, '10.00')
        GenericValue contest = EntityQuery.use(delegator).from('AffContest').where('contestId', contestId).queryOne()
        contest.set('statusId', 'AFFC_ENDED')
        contest.store()
        runOk('finalizeAffContest', [contestId: contestId, early: 'Y', userLogin: admin()])

        Map winnersOfA = runOk('getMyAffWinners', [userLogin: getUserLogin(a.toLowerCase())]).contests.find { it.contestId == contestId }
        assert winnersOfA.winners*.place == [1, 2]
        assert winnersOfA.winners[0] == [place: 1, rank: 1, displayName: 'T. P. B.', score: null, viewer: false, prizeText: 'Gold']
        assert winnersOfA.winners[1].viewer && winnersOfA.winners[1].displayName == 'Test Partner A'
        assert winnersOfA.winners[1].score == new BigDecimal('10.00')
        assert !winnersOfA.toString().contains('99.0')

        Map homeOfB = runOk('getMyAffPortalHome', [userLogin: getUserLogin(b.toLowerCase())])
        Map result = homeOfB.past.find { it.contestId == contestId }
        assert result.won && result.place == 1 && result.prizeText == 'Gold'
        assert homeOfB.wins*.contestId.contains(contestId)
        assert !homeOfB.running*.contestId.contains(contestId)
    }

    void testACustomerWithoutTheAffiliateRoleGetsNothing() {
        String customer = "CP${run}"
        delegator.create('Party', [partyId: customer, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        delegator.create('PartyRole', [partyId: customer, roleTypeId: 'CUSTOMER'])
        delegator.create('UserLogin', [userLoginId: customer.toLowerCase(), partyId: customer, enabled: 'Y'])
        String contestId = runningContest('Cust', [:])
        PARTNER_SERVICES.each { String service ->
            Map input = service in CONTEST_SERVICES ? [contestId: contestId] : [:]
            Map result = dispatcher.runSync(service, input + [userLogin: getUserLogin(customer.toLowerCase())])
            assert ServiceUtil.isError(result), service
            assert ServiceUtil.getErrorMessage(result).contains('affiliate'), ServiceUtil.getErrorMessage(result)
            assert !['contests', 'leaderboard', 'running', 'past', 'contest', 'marker'].any { result[it] }, service
        }
        MESSAGE_SERVICES.each { String service ->
            Map input = service == 'getMyAffMessages' ? [:] : [communicationEventId: '10000', body: 'Hello']
            Map result = dispatcher.runSync(service, input + [userLogin: getUserLogin(customer.toLowerCase())])
            assert ServiceUtil.isError(result), service
            assert !result.messages && !result.message && !result.thread, service
        }
    }

    void testAnAnonymousCallerIsRefusedByEveryPartnerService() {
        String contestId = runningContest('Anon', [:])
        (PARTNER_SERVICES + MESSAGE_SERVICES).each { String service ->
            Map input = service in CONTEST_SERVICES ? [contestId: contestId] : [:]
            if (service in MESSAGE_SERVICES && service != 'getMyAffMessages') {
                input = [communicationEventId: '10000', body: 'Hello']
            }
            try {
                Map result = dispatcher.runSync(service, input)
                assert ServiceUtil.isError(result), service
                assert !['contests', 'leaderboard', 'running', 'contest', 'marker', 'messages', 'thread'].any { result[it] }, service
            } catch (ServiceAuthException expected) {
                assert expected.message.contains('authorization'), expected.message
            }
        }
    }

    void testTheBoardMarkerChangesAfterACredit() {
        String a = affiliate('A')
        String contestId = runningContest('Marker', [:])
        GenericValue login = getUserLogin(a.toLowerCase())
        String before = runOk('getMyAffContestBoardMarker', [contestId: contestId, userLogin: login]).marker
        complete('M1', a, '42.00')
        Thread.sleep(BoardMarkers.TTL_MILLIS + 200)
        String after = runOk('getMyAffContestBoardMarker', [contestId: contestId, userLogin: login]).marker
        assert after != before
        assert runOk('getMyAffContestBoardMarker', [contestId: contestId, userLogin: login]).marker == after
    }

    /**
     * Issue 13.9: where the rules show aliases, the partner's own row shows its alias (marked "you" by the page),
     * never its legal company name, on the leaderboard and among the winners.
     */
    void testTheOwnRowShowsTheAliasWhereTheRulesShowAliases() {
        String a = "PT${run}GA"
        delegator.create('Party', [partyId: a, partyTypeId: 'PARTY_GROUP', statusId: 'PARTY_ENABLED'])
        delegator.create('PartyGroup', [partyId: a, groupName: "Legal Name ${run} Ltd"])
        delegator.create('PartyRole', [partyId: a, roleTypeId: 'AFFILIATE'])
        delegator.create('Affiliate', [partyId: a, affiliateName: "Alias${run}"])
        delegator.create('UserLogin', [userLoginId: a.toLowerCase(), partyId: a, enabled: 'Y'])
        String contestId = runningContest('Alias', [nameDisplayEnumId: 'AFFCN_ALIAS'])
        complete('GA1', a, '31.00')
        GenericValue login = getUserLogin(a.toLowerCase())

        Map board = runOk('getMyAffContestLeaderboard', [contestId: contestId, userLogin: login]).leaderboard
        List<Map> own = (board.top + board.aroundViewer + [board.viewer]).findAll { it?.viewer }
        assert own && own.every { it.displayName == "Alias${run}".toString() }, own*.displayName
        assert !board.toString().contains("Legal Name ${run}".toString())

        GenericValue contest = from('AffContest').where('contestId', contestId).queryOne()
        contest.set('statusId', 'AFFC_ENDED')
        contest.store()
        runOk('finalizeAffContest', [contestId: contestId, early: 'Y', userLogin: admin()])
        Map won = runOk('getMyAffWinners', [userLogin: login]).contests.find { it.contestId == contestId }
        Map mine = won.winners.find { it.viewer }
        assert mine?.displayName == "Alias${run}".toString(), won.winners
    }

    // ------------------------------------------------------------------ fixtures

    private String affiliate(String suffix) {
        return newAffiliate("PT${run}${suffix}", "Partner ${suffix}")
    }

    /** A running revenue contest over all affiliates (before launch, {@code beforeLaunch} may narrow it). */
    private String runningContest(String name, Map extra, Closure beforeLaunch = null) {
        String contestId = draftContest("Portal ${name} ${run}", extra)
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 1L, prizeText: 'Gold', userLogin: admin()])
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 2L, thruPlace: 3L, prizeText: 'Silver', userLogin: admin()])
        beforeLaunch?.call(contestId)
        assert runOk('launchAffContest', [contestId: contestId, userLogin: admin()]).statusId == 'AFFC_ACTIVE'
        return contestId
    }

    /** An order attributed to the affiliate, completed through changeOrderStatus and credited. */
    private void complete(String suffix, String affiliateId, String total) {
        String customerId = newCustomer("PC${run}${suffix}")
        orderStatus(newOrder("PO${run}${suffix}", affiliateId, customerId, new BigDecimal(total)), 'ORDER_COMPLETED')
    }

}
