/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.storefront.test

import com.affiliatecontests.ofbiz.portal.test.PortalBrowser
import com.affiliatecontests.ofbiz.test.ComponentTestCase
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ServiceUtil

import java.time.LocalDateTime
import java.time.ZoneId

/**
 * The public leaderboard through HTTPS as an anonymous visitor: nothing before the admin publishes
 * it, then only what the display policy shows an outside partner (no legal names, hidden amounts
 * hidden), a "become a partner" link, and a credit shown at once (the cache follows the board marker).
 */
class StorefrontTests extends ComponentTestCase {

    StorefrontTests(String name) {
        super(name)
    }

    private String contest(Map display, List<String> partners) {
        ZoneId zone = ZoneId.of('Europe/Paris')
        LocalDateTime now = LocalDateTime.now(zone)
        String tag = "ST${run}${display.showAmounts}"
        delegator.create('PartyClassificationGroup', [partyClassificationGroupId: tag, partyClassificationTypeId: 'AFFC_PARTNER_TAG',
                description: 'Storefront test partners'])
        partners.each { delegator.create('PartyClassification', [partyId: it, partyClassificationGroupId: tag, fromDate: UtilDateTime.nowTimestamp()]) }
        String contestId = runOk('createAffContest', [contestName: "Public race ${run}", metricEnumId: 'AFFCM_REVENUE',
                kindEnumId: 'AFFCK_RANKING', startLocal: now.minusDays(1).toString(), endLocal: now.plusDays(3).toString(),
                timeZoneId: zone.id, currencyUomId: 'USD', eligibleAll: 'N', userLogin: admin()] + display).contestId
        runOk('addAffContestEligibility', [contestId: contestId, ruleTypeEnumId: 'AFFCE_INCLUDE', dimensionEnumId: 'AFFCD_TAG',
                groupId: tag, userLogin: admin()])
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 1L, prizeText: 'Gold', userLogin: admin()])
        runOk('launchAffContest', [contestId: contestId, userLogin: admin()])
        return contestId
    }

    /** A party group affiliate (OFBiz's Affiliate refers to PartyGroup) named "Legalname<suffix> Ltd", with an alias. */
    private String affiliate(String suffix, String alias) {
        String partyId = "SF${run}${suffix}"
        delegator.create('Party', [partyId: partyId, partyTypeId: 'PARTY_GROUP', statusId: 'PARTY_ENABLED'])
        delegator.create('PartyGroup', [partyId: partyId, groupName: "Legalname${suffix} Ltd"])
        delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'AFFILIATE'])
        delegator.create('Affiliate', [partyId: partyId, affiliateName: alias])
        return partyId
    }

    private static String board(String contestId) {
        PortalBrowser visitor = new PortalBrowser('/partners')
        PortalBrowser.Page page = visitor.get('PublicBoard', [contestId: contestId])
        assert page.status == 200: "PublicBoard ${page.status}"
        return page.body
    }

    void testAPublishedBoardShowsVisitorsOnlyWhatTheDisplayPolicyAllows() {
        String a = affiliate('A', "AliasA${run}")
        String b = affiliate('B', "AliasB${run}")
        String customer = newCustomer("SFC${run}")
        String contestId = contest([nameDisplayEnumId: 'AFFCN_FULL', showAmounts: 'Y'], [a, b])
        orderStatus(newOrder("SFOA${run}", a, customer, 120.00G), 'ORDER_COMPLETED')

        String before = board(contestId)
        assert before.contains('This leaderboard is not available.') && !before.contains("AliasA${run}"): 'nothing before publication'
        Map refused
        try {
            refused = dispatcher.runSync('publishAffContestBoard', [contestId: contestId, published: 'Y', userLogin: getUserLogin('affviewer')])
        } catch (org.apache.ofbiz.service.ServiceAuthException expected) {
            refused = ServiceUtil.returnError(expected.message)
        }
        assert ServiceUtil.isError(refused) && from('AffContestPublicBoard').where('contestId', contestId).queryCount() == 0
        runOk('publishAffContestBoard', [contestId: contestId, published: 'Y', userLogin: admin()])

        String html = board(contestId)
        assert html.contains("AliasA${run}") && html.contains('120'): html
        assert !html.contains('LegalnameA') && !html.contains(a): 'a visitor never sees a legal name or a party id'
        // OFBiz writes the URL with its slashes encoded (&#x2f;), which browsers read as /
        assert html.contains('Become a partner') && html.contains('href="&#x2f;partners&#x2f;control&#x2f;main" target="_top"')

        // a credit is shown within seconds: the cached board follows the board marker (read at most every 3 s)
        assert html.indexOf("AliasA${run}") < html.indexOf("AliasB${run}"): 'B, with nothing yet, is below A'
        orderStatus(newOrder("SFOB${run}", b, customer, 300.00G), 'ORDER_COMPLETED')
        long deadline = System.currentTimeMillis() + 20000L
        String after = board(contestId)
        while (!(after.indexOf("AliasB${run}") < after.indexOf("AliasA${run}"))) {
            assert System.currentTimeMillis() < deadline: 'the new leader is not first on the public board after 20 s'
            Thread.sleep(500)
            after = board(contestId)
        }
        assert after.contains('300')

        runOk('publishAffContestBoard', [contestId: contestId, published: 'N', userLogin: admin()])
        assert board(contestId).contains('This leaderboard is not available.')
    }

    void testHiddenAmountsStayHiddenOnThePublicBoard() {
        String a = affiliate('H', "AliasH${run}")
        String customer = newCustomer("SFD${run}")
        String contestId = contest([nameDisplayEnumId: 'AFFCN_INITIALS', showAmounts: 'N'], [a])
        orderStatus(newOrder("SFOH${run}", a, customer, 777.00G), 'ORDER_COMPLETED')
        runOk('publishAffContestBoard', [contestId: contestId, published: 'Y', userLogin: admin()])
        String html = board(contestId)
        // every score cell is the hidden marker (the page's comments carry random ids, so no search for digits)
        int cells = html.split('class="affp-score">', -1).length - 1
        assert cells == 1 && html.split('class="affp-score"><span class="affp-hidden"', -1).length - 1 == cells: html
        assert !html.contains('777.00') && !html.contains("AliasH${run}") && !html.contains('LegalnameH'): html
        assert html.contains('L. L.'): html
    }

    void testOnlyLaunchedContestsCanBeShown() {
        String contestId = runOk('createAffContest', [contestName: "Draft ${run}", metricEnumId: 'AFFCM_CONVERSIONS', kindEnumId: 'AFFCK_RANKING',
                startLocal: '2030-01-01 00:00', endLocal: '2030-02-01 00:00', timeZoneId: 'UTC', eligibleAll: 'Y', userLogin: admin()]).contestId
        runOk('publishAffContestBoard', [contestId: contestId, published: 'Y', userLogin: admin()])
        assert board(contestId).contains('This leaderboard is not available.')
        assert board('NO_SUCH_CONTEST').contains('This leaderboard is not available.')
    }

    void testTheReferralLinkCountsTheMonthsVisitsAndOrdersItBrought() {
        String partner = affiliate('R', "AliasR${run}")
        delegator.create('UserLogin', [userLoginId: partner.toLowerCase(), partyId: partner, enabled: 'Y'])
        String lookalike = affiliate('R1', "AliasR1${run}")
        String customer = newCustomer("SFE${run}")
        newOrder("SFOR${run}", partner, customer, 50.00G)
        String cancelled = newOrder("SFOX${run}", partner, customer, 60.00G)
        GenericValue header = from('OrderHeader').where('orderId', cancelled).queryOne()
        header.statusId = 'ORDER_CANCELLED'
        header.store()
        newOrder("SFOL${run}", lookalike, customer, 70.00G)
        // two visitors follow the link, one follows the look-alike partner's (its id starts with this one's)
        2.times { assert new PortalBrowser('/ecommerce').get('main', [affiliate_id: partner]).status in [200, 302] }
        assert new PortalBrowser('/ecommerce').get('main', [affiliate_id: lookalike]).status in [200, 302]

        Map link = runOk('getMyAffReferralLink', [userLogin: getUserLogin(partner.toLowerCase())])
        assert link.referralUrl == "https://localhost:8443/ecommerce/control/main?affiliate_id=${partner}".toString()
        assert link.ordersThisMonth == 1L
        assert link.clicksThisMonth == 2L

        // a customer or an admin gets no link
        Map refused = dispatcher.runSync('getMyAffReferralLink', [userLogin: admin()])
        assert ServiceUtil.isError(refused)
    }
}
