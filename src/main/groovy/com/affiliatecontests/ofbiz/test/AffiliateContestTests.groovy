/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.test

import com.affiliatecontests.engine.standing.ScoreBand
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp
import java.time.LocalDateTime
import java.time.ZoneId
import java.util.concurrent.Callable
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/**
 * In-OFBiz tests of contests: create, launch, crediting through changeOrderStatus, reopening and
 * returns, exactly-once under retries and concurrency, recompute equals live, finalization and
 * winners, and permission denials. Each test makes its own partners, orders and contest.
 */
class AffiliateContestTests extends ComponentTestCase {

    AffiliateContestTests(String name) {
        super(name)
    }

    private final String run = Long.toString(System.nanoTime() % 100000000L, 36).toUpperCase()

    void testCompletingAnOrderCreditsItsAffiliateExactlyOnce() {
        String a = affiliate('A')
        String contestId = runningContest()
        String orderId = order('1', a, customer('1'), '120.00')
        status(orderId, 'ORDER_COMPLETED')
        awaitJobs(orderId)
        assert score(contestId, a) == amount('120.00')
        // the job retried, or the service run again: still one credit
        runOk('affContestCreditOrder', [orderId: orderId])
        runOk('affContestCreditOrder', [orderId: orderId])
        assert lines(contestId, orderId) == 1L
        assert score(contestId, a) == amount('120.00')
    }

    void testReopeningCancellingAndReturnsTakeTheCreditBack() {
        String a = affiliate('A')
        String contestId = runningContest()
        String orderId = order('2', a, customer('2'), '200.00')
        status(orderId, 'ORDER_COMPLETED')
        awaitJobs(orderId)
        assert score(contestId, a) == amount('200.00')
        status(orderId, 'ORDER_APPROVED')
        awaitJobs(orderId)
        assert score(contestId, a).signum() == 0
        status(orderId, 'ORDER_COMPLETED')
        awaitJobs(orderId)
        assert score(contestId, a) == amount('200.00')

        String returnId = "RT${run}"
        delegator.create('ReturnHeader', [returnId: returnId, returnHeaderTypeId: 'CUSTOMER_RETURN',
                statusId: 'RETURN_COMPLETED', currencyUomId: 'USD', entryDate: UtilDateTime.nowTimestamp()])
        delegator.create('ReturnItem', [returnId: returnId, returnItemSeqId: '00001', orderId: orderId,
                returnPrice: 30.00G, returnQuantity: BigDecimal.ONE, returnItemTypeId: 'RET_FPROD_ITEM'])
        runOk('affContestReverseReturn', [returnId: returnId])
        runOk('affContestReverseReturn', [returnId: returnId])
        assert score(contestId, a) == amount('170.00')
    }

    void testEightThreadsCompletingOrdersAtOnceGiveExactStandings() {
        String a = affiliate('A')
        String b = affiliate('B')
        String contestId = runningContest()
        List<String> orders = (1..16).collect { i -> order("C${i}", i % 2 ? a : b, customer("C${i}"), "${i}.00") }
        orders.each { orderId ->
            delegator.create('OrderStatus', [orderStatusId: delegator.getNextSeqId('OrderStatus'), orderId: orderId,
                    statusId: 'ORDER_COMPLETED', statusDatetime: UtilDateTime.nowTimestamp()])
        }
        ExecutorService pool = Executors.newFixedThreadPool(8)
        try {
            List<Callable<Map>> tasks = orders.collect { orderId ->
                { -> dispatcher.runSync('affContestCreditOrder', [orderId: orderId]) } as Callable<Map>
            }
            pool.invokeAll(tasks + tasks).each { assert ServiceUtil.isSuccess(it.get()) }
        } finally {
            pool.shutdown()
        }
        BigDecimal expectedA = (1..16).findAll { it % 2 }.sum() as BigDecimal
        BigDecimal expectedB = (1..16).findAll { !(it % 2) }.sum() as BigDecimal
        assert score(contestId, a) == expectedA
        assert score(contestId, b) == expectedB
        assert EntityQuery.use(delegator).from('AffContestCredit').where('contestId', contestId).queryCount() == 16L
    }

    void testRecomputeEqualsLive() {
        String a = affiliate('A')
        String b = affiliate('B')
        String contestId = runningContest()
        [['R1', a, '50.00'], ['R2', b, '80.00'], ['R3', a, '45.00']].each { suffix, partner, total ->
            String orderId = order(suffix, partner, customer(suffix), total)
            status(orderId, 'ORDER_COMPLETED')
            awaitJobs(orderId)
        }
        Map live = [(a): score(contestId, a), (b): score(contestId, b)]
        runOk('recomputeAffContest', [contestId: contestId, userLogin: admin()])
        assert [(a): score(contestId, a), (b): score(contestId, b)] == live
        assert live[a] == amount('95.00')
    }

    void testAPartnersPlaceFromTheScoreBandsIsItsPlaceOnTheBoard() {
        List<String> partners = ['P', 'Q', 'R', 'S'].collect { affiliate(it) }
        // top 1 and one neighbour: every other partner's row comes from the band counters
        String contestId = runningContest([leaderboardSize: 1L, neighbourRows: 1L, showAmounts: 'Y'])
        List<List> sales = [['B1', 0, '120.00'], ['B2', 1, '120.00'], ['B3', 2, '30.00'], ['B4', 0, '5.00']]
        List<String> orders = sales.collect { suffix, who, total ->
            String orderId = order(suffix, partners[who], customer(suffix), total)
            status(orderId, 'ORDER_COMPLETED')
            awaitJobs(orderId)
            orderId
        }
        assertPartnerViewsMatchTheBoard(contestId, partners)
        status(orders[1], 'ORDER_APPROVED')
        awaitJobs(orders[1])
        assertPartnerViewsMatchTheBoard(contestId, partners)
        runOk('recomputeAffContest', [contestId: contestId, userLogin: admin()])
        assertPartnerViewsMatchTheBoard(contestId, partners)
    }

    void testFinalizationFixesTheWinnersFromTheRules() {
        String a = affiliate('A')
        String b = affiliate('B')
        String contestId = runningContest()
        [['W1', a, '10.00'], ['W2', b, '99.00']].each { suffix, partner, total ->
            String orderId = order(suffix, partner, customer(suffix), total)
            status(orderId, 'ORDER_COMPLETED')
            awaitJobs(orderId)
        }
        GenericValue contest = EntityQuery.use(delegator).from('AffContest').where('contestId', contestId).queryOne()
        contest.set('statusId', 'AFFC_ENDED')
        contest.store()
        runOk('finalizeAffContest', [contestId: contestId, early: 'Y', userLogin: admin()])
        List<GenericValue> winners = EntityQuery.use(delegator).from('AffContestWinner').where('contestId', contestId)
                .orderBy('placeNumber').queryList()
        assert winners*.getString('partyId') == [b, a]
        assert winners[0].getString('prizeText') == 'Gold'
        assert EntityQuery.use(delegator).from('AffContest').where('contestId', contestId)
                .queryOne().getString('statusId') == 'AFFC_FINALIZED'
    }

    /** 13.8: a monthly template is a whole calendar month of the contest's zone (this one, or the next after the 20th). */
    void testAMonthlyTemplateRunsACalendarMonthOfTheContestsZone() {
        ZoneId zone = ZoneId.of('Pacific/Auckland')
        String contestId = runOk('createAffContestFromTemplate', [templateId: 'MONTHLY_REVENUE', contestName: "Template ${run}",
                timeZoneId: zone.id, userLogin: admin()]).contestId
        GenericValue contest = from('AffContest').where('contestId', contestId).queryOne()
        LocalDateTime start = contest.getTimestamp('fromDate').toInstant().atZone(zone).toLocalDateTime()
        LocalDateTime end = contest.getTimestamp('thruDate').toInstant().atZone(zone).toLocalDateTime()
        assert start.dayOfMonth == 1 && start.toLocalTime() == java.time.LocalTime.MIDNIGHT
        assert end == start.plusMonths(1)
        java.time.LocalDate today = java.time.LocalDate.now(zone)
        assert start.toLocalDate() == today.withDayOfMonth(1).plusMonths(today.dayOfMonth > 20 ? 1 : 0)
    }

    void testDryRunAndCsvExportsShowWhatTheLedgerHolds() {
        String a = affiliate('A')
        String contestId = runningContest()
        String orderId = order('D1', a, customer('D1'), '42.50')
        status(orderId, 'ORDER_COMPLETED')
        awaitJobs(orderId)
        Map dryRun = runOk('dryRunAffContest', [contestId: contestId, userLogin: admin()])
        Map mine = dryRun.ranking.find { it.partyId == a }
        assert mine && mine.score == 42.50G
        // the score in the contest currency and the admin's locale, then the raw number for spreadsheets
        String csv = runOk('exportAffContestLeaderboardCsv', [contestId: contestId, userLogin: admin(), locale: Locale.US]).csv
        assert csv.startsWith('rank,place,partyId,name,scoreFormatted,score,conversions,qualified\n')
        assert csv.readLines().find { it.contains(a) }.contains(',$42.50,42.50,1,Y')
        String fr = runOk('exportAffContestLeaderboardCsv', [contestId: contestId, userLogin: admin(), locale: Locale.FRANCE]).csv
        assert fr.readLines().find { it.contains(a) }.replace('\u00a0', ' ').replace('\u202f', ' ').contains(',"42,50 $US",42.50,1,Y')
    }

    void testClosingAnInstanceOfASeriesOpensTheNextWithTheSameRules() {
        affiliate('A')
        // ending within the series job's lead time: the next instance is due now
        String contestId = runningContest([endLocal: LocalDateTime.now(ZoneId.of('Europe/Paris')).plusMinutes(10).toString()])
        String seriesId = runOk('createAffContestSeries', [contestId: contestId, recurrenceEnumId: 'AFFCR_MONTHLY',
                userLogin: admin()]).seriesId
        GenericValue first = from('AffContest').where('contestId', contestId).queryOne()
        runOk('openNextAffContestInstances', [userLogin: admin()])
        runOk('openNextAffContestInstances', [userLogin: admin()])
        List<GenericValue> instances = from('AffContest').where('seriesId', seriesId).orderBy('instanceNumber').queryList()
        assert instances.size() == 2
        GenericValue next = instances[1]
        assert next.statusId in ['AFFC_ACTIVE', 'AFFC_SCHEDULED']
        assert next.getTimestamp('fromDate') == first.getTimestamp('thruDate')
        assert next.getTimestamp('thruDate').toInstant() == first.getTimestamp('thruDate').toInstant()
                .atZone(ZoneId.of('Europe/Paris')).plusMonths(1).toInstant()
        assert from('AffContestPrize').where('contestId', next.contestId).queryCount() == 2
    }

    void testTrackingCodeAttributionAndConversionRateVisits() {
        String a = affiliate('A')
        String code = "TC${run}"
        delegator.create('TrackingCode', [trackingCodeId: code, trackingCodeTypeId: 'PARTNER_MGD'])
        delegator.create('AffContestTrackingCode', [trackingCodeId: code, partyId: a])
        String contestId = runningContest([metricEnumId: 'AFFCM_CONV_RATE', minimumVisits: 2L])
        (1..4).each { i ->
            delegator.create('TrackingCodeVisit', [trackingCodeId: code, visitId: "V${run}${i}",
                    fromDate: UtilDateTime.nowTimestamp()])
        }
        // attributed through the tracking code only: no OrderRole AFFILIATE
        String orderId = "OT${run}TC"
        Timestamp now = UtilDateTime.nowTimestamp()
        String buyer = customer('TC')
        delegator.create('OrderHeader', [orderId: orderId, orderTypeId: 'SALES_ORDER', statusId: 'ORDER_APPROVED',
                currencyUom: 'USD', grandTotal: 10.00G, orderDate: now, entryDate: now])
        delegator.create('OrderItem', [orderId: orderId, orderItemSeqId: '00001', orderItemTypeId: 'PRODUCT_ORDER_ITEM',
                productId: 'WG-1111', quantity: BigDecimal.ONE, unitPrice: 10.00G, statusId: 'ITEM_APPROVED'])
        delegator.create('OrderRole', [orderId: orderId, partyId: buyer, roleTypeId: 'PLACING_CUSTOMER'])
        delegator.create('OrderRole', [orderId: orderId, partyId: buyer, roleTypeId: 'BILL_TO_CUSTOMER'])
        delegator.create('OrderRole', [orderId: orderId, partyId: 'Company', roleTypeId: 'BILL_FROM_VENDOR'])
        delegator.create('TrackingCodeOrder', [orderId: orderId, trackingCodeTypeId: 'PARTNER_MGD', trackingCodeId: code])
        status(orderId, 'ORDER_COMPLETED')
        awaitJobs(orderId)
        runOk('updateAffContestVisits', [:])
        GenericValue standing = from('AffContestStanding').where('contestId', contestId, 'partyId', a).queryOne()
        assert standing.getLong('visits') == 4L
        assert standing.getLong('conversions') == 1L
        assert standing.getBigDecimal('score') == 0.25G
        assert standing.qualified == 'Y'
    }

    void testBadInputIsRefusedWithALabelAndStoresNothing() {
        long before = EntityQuery.use(delegator).from('AffContest').queryCount()
        Map result = dispatcher.runSync('createAffContest', [contestName: 'Bad', metricEnumId: 'AFFCM_REVENUE',
                kindEnumId: 'AFFCK_RANKING', startLocal: '2026-12-01 00:00', endLocal: '2026-11-01 00:00',
                timeZoneId: 'UTC', currencyUomId: 'USD', eligibleAll: 'Y', userLogin: admin()])
        assert ServiceUtil.isError(result)
        assert ServiceUtil.getErrorMessage(result).contains('window.end'), ServiceUtil.getErrorMessage(result)
        assert EntityQuery.use(delegator).from('AffContest').queryCount() == before
    }

    /** Issue 12 item 18: a 101-character name gave the database's error, and stored nothing only by luck. */
    void testCreatingAContestWithATooLongNameOrIdIsRefusedWithALabelAndStoresNothing() {
        long before = from('AffContest').queryCount()
        assert createError(draftFields() + [contestName: 'x' * 101]) == 'Name (name): This value is too long.'
        assert createError(draftFields() + [contestId: 'C' * 21]) == 'Contest id (contestId): This value is too long.'
        assert from('AffContest').queryCount() == before
        // at the limits it is stored
        String contestId = runOk('createAffContest', draftFields() + [contestName: 'x' * 100, contestId: "L${run}".padRight(20, 'L')]).contestId
        assert from('AffContest').where('contestId', contestId).queryOne().getString('contestName') == 'x' * 100
    }

    /** Issue 12 item 18: an id already taken gave the database's duplicate key error. */
    void testCreatingAContestWithAnExistingIdIsRefusedWithALabelAndChangesNothing() {
        String contestId = "DUP${run}"
        runOk('createAffContest', draftFields() + [contestId: contestId, contestName: 'First'])
        long before = from('AffContest').queryCount()
        assert createError(draftFields() + [contestId: contestId, contestName: 'Second']) ==
                'Contest id (contestId): This id is already used by another contest.'
        assert from('AffContest').queryCount() == before
        assert from('AffContest').where('contestId', contestId).queryOne().getString('contestName') == 'First'
        // in French too
        assert createError(draftFields() + [contestId: contestId, contestName: 'Second', locale: Locale.FRENCH]) ==
                'Identifiant du concours (contestId): Cet identifiant est déjà utilisé par un autre concours.'
    }

    /** Issue 12 item 6: a partner named like a formula reached the admin's spreadsheet as a formula. */
    void testCsvExportsNeutraliseCellsThatASpreadsheetWouldRunAsFormulas() {
        String formula = '=HYPERLINK("http://evil.test","Prize")'
        String a = affiliate('F')
        GenericValue person = from('Person').where('partyId', a).queryOne()
        person.set('firstName', formula)
        person.set('lastName', null)
        person.store()
        String contestId = runningContest()
        String orderId = order('F1', a, customer('F1'), '42.50')
        status(orderId, 'ORDER_COMPLETED')
        awaitJobs(orderId)
        String neutralised = '"\'=HYPERLINK(""http://evil.test"",""Prize"")"'
        String board = runOk('exportAffContestLeaderboardCsv', [contestId: contestId, userLogin: admin()]).csv
        String line = board.readLines().find { it.contains(a) }
        assert line == "1,1,${a},${neutralised},42.50,1,Y".toString(), board
        GenericValue contest = from('AffContest').where('contestId', contestId).queryOne()
        contest.set('statusId', 'AFFC_ENDED')
        contest.store()
        runOk('finalizeAffContest', [contestId: contestId, early: 'Y', userLogin: admin()])
        String winners = runOk('exportAffContestWinnersCsv', [contestId: contestId, userLogin: admin()]).csv
        assert winners.readLines().find { it.contains(a) }.startsWith("1,1,${a},${neutralised},42.5,Gold,".toString()), winners
    }

    private Map draftFields() {
        return [contestName: "Draft ${run}", metricEnumId: 'AFFCM_CONVERSIONS', kindEnumId: 'AFFCK_RANKING',
                startLocal: '2030-01-01 00:00', endLocal: '2030-02-01 00:00', timeZoneId: 'UTC', eligibleAll: 'Y',
                userLogin: admin()]
    }

    /** The error createAffContest gives (a service error, or what the service engine threw). */
    private String createError(Map fields) {
        try {
            Map result = dispatcher.runSync('createAffContest', fields)
            assert ServiceUtil.isError(result), 'createAffContest accepted it'
            return ServiceUtil.getErrorMessage(result)
        } catch (org.apache.ofbiz.service.GenericServiceException e) {
            return "thrown: ${e.message}".toString()
        }
    }

    void testPermissionDenials() {
        String a = affiliate('A')
        String b = affiliate('B')
        String contestId = runningContest([showAmounts: 'N'])
        String orderId = order('P1', b, customer('P1'), '77.00')
        status(orderId, 'ORDER_COMPLETED')
        awaitJobs(orderId)

        // a user without AFFCONTEST permissions cannot create contests
        GenericValue partnerLogin = getUserLogin(a.toLowerCase())
        long contests = EntityQuery.use(delegator).from('AffContest').queryCount()
        try {
            Map denied = dispatcher.runSync('createAffContest', [contestName: 'Nope', metricEnumId: 'AFFCM_REVENUE',
                    kindEnumId: 'AFFCK_RANKING', startLocal: '2027-01-01 00:00', endLocal: '2027-02-01 00:00',
                    timeZoneId: 'UTC', currencyUomId: 'USD', eligibleAll: 'Y', userLogin: partnerLogin])
            assert ServiceUtil.isError(denied)
        } catch (org.apache.ofbiz.service.ServiceAuthException expected) {
            assert expected.message.contains('AFFCONTEST_CREATE')
        }
        assert EntityQuery.use(delegator).from('AffContest').queryCount() == contests

        // partner A sees the leaderboard, but not B's hidden amount nor B's party id
        Map board = runOk('getMyAffContestLeaderboard', [contestId: contestId, userLogin: partnerLogin]).leaderboard
        Map rowOfB = board.top.find { !it.viewer && it.qualified }
        assert rowOfB != null
        assert rowOfB.score == null
        assert rowOfB.partyId == null
        assert board.viewer.partyId == a

        // a partner not in the contest, and a party without the AFFILIATE role, see nothing
        String outsider = affiliate('X')
        GenericValue contest = EntityQuery.use(delegator).from('AffContestParticipant')
                .where('contestId', contestId, 'partyId', outsider).queryOne()
        assert contest == null
        assert ServiceUtil.isError(dispatcher.runSync('getMyAffContestLeaderboard',
                [contestId: contestId, userLogin: getUserLogin(outsider.toLowerCase())]))
        assert ServiceUtil.isError(dispatcher.runSync('getMyAffContestLeaderboard',
                [contestId: contestId, userLogin: admin()]))
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text).stripTrailingZeros()
    }

    /** Each partner's own row and neighbours are its rows of the admin's full board, and the band counters count the rows. */
    private void assertPartnerViewsMatchTheBoard(String contestId, List<String> partners) {
        List<Map> board = runOk('getAffContestLeaderboard', [contestId: contestId, viewSize: 100000, userLogin: admin()])
                .leaderboard.top
        Map<Integer, Map> byPlace = board.collectEntries { [(it.place): it] }
        partners.each { String partyId ->
            Map view = runOk('getMyAffContestLeaderboard', [contestId: contestId,
                    userLogin: getUserLogin(partyId.toLowerCase())]).leaderboard
            assert view.participants == board.size()
            Map own = board.find { it.partyId == partyId }
            assert [view.viewer.place, view.viewer.rank] == [own.place, own.rank]
            (view.top + view.aroundViewer).each { Map row ->
                assert [row.rank, row.score] == [byPlace[row.place].rank, byPlace[row.place].score], "place ${row.place}"
            }
        }
        Map<String, Long> counted = from('AffContestStanding').where('contestId', contestId).queryList()
                .countBy { ScoreBand.of(it.getString('rankKey')) }.collectEntries { k, v -> [(k): v as Long] }
        Map<String, Long> bands = from('AffContestScoreBand').where('contestId', contestId).queryList()
                .findAll { it.getLong('partners') > 0 }.collectEntries { [(it.getString('bandKey')): it.getLong('partners')] }
        assert bands == counted
    }

    private String affiliate(String suffix) {
        return newAffiliate("AT${run}${suffix}", "Partner ${suffix}")
    }

    private String customer(String suffix) {
        String partyId = "CT${run}${suffix}"
        delegator.create('Party', [partyId: partyId, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'PLACING_CUSTOMER'])
        delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'BILL_TO_CUSTOMER'])
        return partyId
    }

    /** An approved sales order attributed to the affiliate. */
    private String order(String suffix, String affiliateId, String customerId, String total) {
        String orderId = "OT${run}${suffix}"
        Timestamp now = UtilDateTime.nowTimestamp()
        delegator.create('OrderHeader', [orderId: orderId, orderTypeId: 'SALES_ORDER', statusId: 'ORDER_APPROVED',
                currencyUom: 'USD', grandTotal: new BigDecimal(total), orderDate: now, entryDate: now])
        delegator.create('OrderStatus', [orderStatusId: delegator.getNextSeqId('OrderStatus'), orderId: orderId,
                statusId: 'ORDER_APPROVED', statusDatetime: now])
        // OFBiz recomputes the grand total from the items when the order completes
        delegator.create('OrderItem', [orderId: orderId, orderItemSeqId: '00001', orderItemTypeId: 'PRODUCT_ORDER_ITEM',
                productId: 'WG-1111', quantity: BigDecimal.ONE, unitPrice: new BigDecimal(total),
                statusId: 'ITEM_APPROVED'])
        delegator.create('OrderRole', [orderId: orderId, partyId: affiliateId, roleTypeId: 'AFFILIATE'])
        delegator.create('OrderRole', [orderId: orderId, partyId: customerId, roleTypeId: 'PLACING_CUSTOMER'])
        // the roles OFBiz's own completion services (payment from order) expect of a sales order
        delegator.create('OrderRole', [orderId: orderId, partyId: customerId, roleTypeId: 'BILL_TO_CUSTOMER'])
        delegator.create('OrderRole', [orderId: orderId, partyId: 'Company', roleTypeId: 'BILL_FROM_VENDOR'])
        return orderId
    }

    private void status(String orderId, String statusId) {
        runOk('changeOrderStatus', [orderId: orderId, statusId: statusId, setItemStatus: 'N', userLogin: admin()])
    }

    /** A running revenue contest over all affiliates, launched now. */
    private String runningContest(Map extra = [:]) {
        ZoneId zone = ZoneId.of('Europe/Paris')
        LocalDateTime now = LocalDateTime.now(zone)
        Map fields = [contestName: "Test race ${run}", metricEnumId: 'AFFCM_REVENUE', kindEnumId: 'AFFCK_RANKING',
                startLocal: now.minusDays(1).toString(), endLocal: now.plusDays(30).toString(),
                timeZoneId: zone.id, currencyUomId: 'USD', eligibleAll: 'Y', userLogin: admin()] + extra
        String contestId = runOk('createAffContest', fields).contestId
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 1L, prizeText: 'Gold',
                userLogin: admin()])
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 2L, thruPlace: 3L, prizeText: 'Silver',
                userLogin: admin()])
        assert runOk('launchAffContest', [contestId: contestId, userLogin: admin()]).statusId == 'AFFC_ACTIVE'
        return contestId
    }

    private BigDecimal score(String contestId, String partyId) {
        return EntityQuery.use(delegator).from('AffContestStanding').where('contestId', contestId, 'partyId', partyId)
                .queryOne().getBigDecimal('score').stripTrailingZeros()
    }

    private long lines(String contestId, String orderId) {
        return EntityQuery.use(delegator).from('AffContestCredit').where('contestId', contestId, 'orderId', orderId)
                .queryCount()
    }

    /**
     * Waits until the order's events in the crediting outbox have been processed by the
     * asynchronous service the SECAs start after the commit.
     */
    private void awaitJobs(String orderId) {
        long deadline = System.currentTimeMillis() + 30000
        while (from('AffContestOrderEvent').where('orderId', orderId).queryCount() > 0) {
            assert System.currentTimeMillis() < deadline: "order events of ${orderId} still queued after 30 s"
            Thread.sleep(100)
        }
    }

}
