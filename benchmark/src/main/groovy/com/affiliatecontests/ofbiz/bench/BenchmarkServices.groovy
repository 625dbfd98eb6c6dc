/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.bench

import com.affiliatecontests.engine.standing.PartnerTotals
import com.affiliatecontests.engine.standing.ScoredPartner
import com.affiliatecontests.engine.standing.Scoring
import com.affiliatecontests.ofbiz.OwnTransaction
import com.affiliatecontests.ofbiz.ContestRecords
import com.affiliatecontests.ofbiz.LedgerWriter
import com.affiliatecontests.ofbiz.StandingBands
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ServiceUtil
import org.apache.ofbiz.service.eca.ServiceEcaRule
import org.apache.ofbiz.service.eca.ServiceEcaUtil

import java.sql.Timestamp
import java.time.LocalDateTime
import java.time.ZoneId

/*
 * Benchmarks run inside a real OFBiz (see README, "Benchmarks"). They create their own data,
 * print their figures to the log and return them; they are not part of any test run.
 */

/**
 * changeOrderStatus to ORDER_COMPLETED with the component's ECA rules enabled, with only its
 * in-transaction part enabled, and disabled, in turn order by order so all arms see the same
 * database state.
 */
Map benchmarkAffContestOrderCompletion() {
    int count = (parameters.orders ?: 200) as int
    int warmUp = 20
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase()
    String affiliate = "BA${tag}"
    String customer = "BC${tag}"
    List<String> orderIds = []
    inOwnTransaction {
        delegator.create('Party', [partyId: affiliate, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        delegator.create('PartyRole', [partyId: affiliate, roleTypeId: 'AFFILIATE'])
        delegator.create('Party', [partyId: customer, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        ['PLACING_CUSTOMER', 'BILL_TO_CUSTOMER'].each { delegator.create('PartyRole', [partyId: customer, roleTypeId: it]) }
    }
    runningContest(admin, tag).with { runOk('launchAffContest', [contestId: it, userLogin: admin]) }
    String source = parameters.orderSource ?: 'DEMO10090'
    boolean cloned = source != 'SYNTHETIC'
    inOwnTransaction {
        (1..(count + warmUp) * 3).each { i ->
            String orderId = "BO${tag}${i}"
            if (cloned) {
                cloneOrder(source, orderId)
                delegator.create('OrderRole', [orderId: orderId, partyId: affiliate, roleTypeId: 'AFFILIATE'])
                orderIds << orderId
                return
            }
            Timestamp now = UtilDateTime.nowTimestamp()
            delegator.create('OrderHeader', [orderId: orderId, orderTypeId: 'SALES_ORDER', statusId: 'ORDER_APPROVED',
                    currencyUom: 'USD', grandTotal: 25.00G, orderDate: now, entryDate: now])
            delegator.create('OrderItem', [orderId: orderId, orderItemSeqId: '00001', orderItemTypeId: 'PRODUCT_ORDER_ITEM',
                    productId: 'WG-1111', quantity: BigDecimal.ONE, unitPrice: 25.00G, statusId: 'ITEM_APPROVED'])
            [[affiliate, 'AFFILIATE'], [customer, 'PLACING_CUSTOMER'], [customer, 'BILL_TO_CUSTOMER'],
             ['Company', 'BILL_FROM_VENDOR']].each { party, role ->
                delegator.create('OrderRole', [orderId: orderId, partyId: party, roleTypeId: role])
            }
            orderIds << orderId
        }
    }
    List<ServiceEcaRule> ours = ServiceEcaUtil.getServiceEventMap('changeOrderStatus').values().flatten()
            .findAll { ServiceEcaRule rule -> rule.definitionLocation.contains('affiliatecontests') }
    // three arms, in turn: the component as installed; only its in-transaction part (the outbox
    // row), its processing after the commit deferred to the end; the component's rules disabled
    List<String> arms = ['withComponent', 'outboxOnly', 'withoutComponent']
    Map<String, List<Long>> timings = arms.collectEntries { [(it): []] }
    try {
        orderIds.eachWithIndex { String orderId, int i ->
            String arm = arms[i % 3]
            ours.each { ServiceEcaRule rule ->
                rule.setEnabled(arm == 'withComponent' || (arm == 'outboxOnly' && rule.eventName == 'commit'))
            }
            long start = System.nanoTime()
            runOk('changeOrderStatus', [orderId: orderId, statusId: 'ORDER_COMPLETED', setItemStatus: cloned ? 'Y' : 'N',
                    userLogin: admin])
            long took = System.nanoTime() - start
            if (i >= warmUp * 3) {
                timings[arm] << took
            }
        }
    } finally {
        ours.each { it.setEnabled(true) }
    }
    runOk('affContestProcessOrderEvents', [:])
    Map<String, Map> result = timings.collectEntries { arm, nanos -> [(arm): figures(nanos)] }
    BigDecimal base = result.withoutComponent.median
    Map<String, BigDecimal> ratios = [withComponent: result.withComponent.median.divide(base, 3, BigDecimal.ROUND_HALF_UP),
                                      outboxOnly: result.outboxOnly.median.divide(base, 3, BigDecimal.ROUND_HALF_UP)]
    logInfo("changeOrderStatus to ORDER_COMPLETED, ${count} orders per arm (orders like ${source}): ${result}, ratios of medians to " +
            "without the component ${ratios}")
    return success([withComponent: result.withComponent, withoutComponent: result.withoutComponent,
            outboxOnly: result.outboxOnly, ratioOfMedians: ratios.withComponent, outboxRatioOfMedians: ratios.outboxOnly,
            ecaRulesToggled: ours.size()])
}

/**
 * The leaderboard services for a contest of {@code participants} partners: the admin's top 100 and
 * a partner's view (top N, own row and neighbours) for partners at the top, middle and bottom.
 */
Map benchmarkAffContestLeaderboard() {
    int participants = (parameters.participants ?: 100000) as int
    int repeats = (parameters.repeats ?: 30) as int
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase()
    // an existing benchmark contest is measured again without its 10-minute setup
    String contestId = parameters.contestId
    List<String> board
    long setupMillis = 0
    long ledgerLines = 0
    if (contestId) {
        board = from('AffContestStanding').where('contestId', contestId).select('partyId').orderBy('rankKey')
                .queryList()*.getString('partyId')
        participants = board.size()
    } else {
        contestId = runningContest(admin, tag)
        SplittableRandom random = new SplittableRandom(42)
        Scoring scoring = new Scoring(new ContestRecords(delegator).definition(
                from('AffContest').where('contestId', contestId).queryOne()))
        Timestamp now = UtilDateTime.nowTimestamp()
        boolean withLedger = parameters.withLedger != 'N'
        long setupStart = System.nanoTime()
        int batch = 500
        Map<String, String> partyByKey = new TreeMap<>()
        (0..<participants).collate(batch).each { List<Integer> chunk ->
            inOwnTransaction {
                List<GenericValue> rows = []
                chunk.each { int i ->
                    String partyId = "BL${tag}${i}"
                    // ten credits a partner on average: scores of revenue from ten orders of 1 to 500
                    int orders = random.nextInt(21)
                    BigDecimal total = orders == 0 ? BigDecimal.ZERO
                            : BigDecimal.valueOf((1..orders).sum { random.nextInt(50000) + 100 } as long, 2)
                    rows << delegator.makeValue('Party', [partyId: partyId, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
                    rows << delegator.makeValue('AffContestParticipant', [contestId: contestId, partyId: partyId,
                            reason: 'ALL_AFFILIATES', snapshotDate: now])
                    Timestamp reached = orders ? new Timestamp(now.time - random.nextInt(86400000)) : null
                    ScoredPartner scored = scoring.score(new PartnerTotals(partyId, total, orders as long, 0L,
                            reached?.toInstant()))
                    rows << delegator.makeValue('AffContestStanding', [contestId: contestId, partyId: partyId,
                            totalValue: total, score: scored.score(), conversions: orders as Long, visits: 0L,
                            reachedDate: reached, qualified: scored.qualified() ? 'Y' : 'N',
                            rankKey: scoring.sortKey(scored)])
                    partyByKey[scoring.sortKey(scored)] = partyId
                    if (withLedger && orders) {
                        rows.addAll(ledgerRows(contestId, partyId, "B${tag}${i}", orders, total, reached))
                        ledgerLines += orders
                    }
                }
                // plain inserts: storeAll would first look each new row up
                rows.each { delegator.create(it) }
            }
        }
        inOwnTransaction { new StandingBands(delegator).reset(contestId, partyByKey.keySet()) }
        inOwnTransaction {
            GenericValue contest = from('AffContest').where('contestId', contestId).queryOne()
            contest.set('statusId', 'AFFC_ACTIVE')
            contest.set('snapshotDate', now)
            contest.store()
        }
        setupMillis = (System.nanoTime() - setupStart).intdiv(1000000)
        board = partyByKey.values() as List<String>
    }
    // viewers by their place on the board: a partner's view costs most deep in the board
    Map<String, String> viewers = [top: board[0], middle: board[participants.intdiv(2)],
                                   bottom: board[participants - 10]]
    inOwnTransaction {
        viewers.values().each { String partyId ->
            delegator.createOrStore(delegator.makeValue('PartyRole', [partyId: partyId, roleTypeId: 'AFFILIATE']))
            delegator.createOrStore(delegator.makeValue('UserLogin', [userLoginId: partyId.toLowerCase(), partyId: partyId,
                    enabled: 'Y']))
        }
    }
    Map results = [:]
    List<Long> adminTimes = []
    (1..repeats + 5).each { int i ->
        long start = System.nanoTime()
        runOk('getAffContestLeaderboard', [contestId: contestId, viewSize: 100, userLogin: admin])
        if (i > 5) {
            adminTimes << System.nanoTime() - start
        }
    }
    results.adminTop100 = figures(adminTimes)
    viewers.each { String where, String partyId ->
        GenericValue login = from('UserLogin').where('userLoginId', partyId.toLowerCase()).queryOne()
        List<Long> times = []
        (1..repeats + 5).each { int i ->
            long start = System.nanoTime()
            runOk('getMyAffContestLeaderboard', [contestId: contestId, userLogin: login])
            if (i > 5) {
                times << System.nanoTime() - start
            }
        }
        results["partner_${where}".toString()] = figures(times)
    }
    logInfo("Leaderboard of ${participants} participants, ${ledgerLines} ledger lines (setup ${setupMillis} ms): ${results}")
    return success([figures: results, contestId: contestId, setupMillis: setupMillis, ledgerLines: ledgerLines])
}

/** Nanoseconds to milliseconds with 3 decimals. */
private static BigDecimal millis(long nanos) {
    return new BigDecimal(nanos).movePointLeft(6).setScale(3, BigDecimal.ROUND_HALF_UP)
}

private static Map<String, BigDecimal> figures(List<Long> nanos) {
    List<Long> sorted = nanos.sort(false)
    return [median: millis(sorted[(int) (sorted.size() / 2)]), p10: millis(sorted[(int) (sorted.size() * 0.1)]),
            p90: millis(sorted[(int) (sorted.size() * 0.9)]), runs: sorted.size() as BigDecimal]
}

private Map runOk(String service, Map input) {
    Map result = dispatcher.runSync(service, input)
    if (!ServiceUtil.isSuccess(result)) {
        throw new IllegalStateException("${service}: ${ServiceUtil.getErrorMessage(result)}")
    }
    return result
}

private String runningContest(GenericValue admin, String tag) {
    ZoneId zone = ZoneId.of('UTC')
    LocalDateTime now = LocalDateTime.now(zone)
    String contestId = runOk('createAffContest', [contestName: "Benchmark ${tag}", metricEnumId: 'AFFCM_REVENUE',
            kindEnumId: 'AFFCK_RANKING', startLocal: now.minusDays(1).toString(), endLocal: now.plusDays(30).toString(),
            timeZoneId: 'UTC', currencyUomId: 'USD', eligibleAll: 'Y', userLogin: admin]).contestId
    runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 3L, prizeText: 'Prize', userLogin: admin])
    return contestId
}

private void inOwnTransaction(Closure work) {
    OwnTransaction.run('benchmark setup failed', work)
}

/** A completed order and its credit line for each of the partner's orders, splitting its total. */
private List<GenericValue> ledgerRows(String contestId, String partyId, String orderPrefix, int orders,
                                      BigDecimal total, Timestamp completed) {
    BigDecimal each = total.divide(BigDecimal.valueOf(orders), 2, BigDecimal.ROUND_DOWN)
    return (0..<orders).collectMany { int k ->
        String orderId = orderPrefix + '-' + k
        [delegator.makeValue('OrderHeader', [orderId: orderId, orderTypeId: 'SALES_ORDER', statusId: 'ORDER_COMPLETED',
                orderDate: completed, entryDate: completed, currencyUom: 'USD', grandTotal: each,
                needsInventoryIssuance: 'N']),
         delegator.makeValue('AffContestCredit', [contestId: contestId, orderId: orderId, lineKind: LedgerWriter.CREDIT,
                sourceId: orderId, partyId: partyId, amount: each, occurredDate: completed, createdDate: completed])]
    }
}

/** Copies an order with all its parts under a new id; rows keyed by their own sequence get new ids. */
private void cloneOrder(String sourceId, String orderId) {
    // inventory reservations are left out: the copies must not move the demo stock
    List<String> parts = ['OrderHeader', 'OrderItem', 'OrderItemPriceInfo', 'OrderRole', 'OrderItemShipGroup',
                          'OrderItemShipGroupAssoc', 'OrderAdjustment', 'OrderPaymentPreference', 'OrderContactMech', 'OrderStatus']
    Map<String, String> paymentPreferences = [:]
    int copied = 0
    parts.each { String entity ->
        List<String> keys = delegator.getModelEntity(entity).pkFieldNames
        from(entity).where('orderId', sourceId).queryList().each { GenericValue part ->
            GenericValue copy = delegator.makeValue(entity, part)
            copy.set('orderId', orderId)
            if (!keys.contains('orderId')) {
                // ids of the copy's own: the sequences may hand out ids the demo data already uses
                String id = orderId + "-" + (++copied)
                if (entity == 'OrderPaymentPreference') {
                    paymentPreferences[part.getString(keys[0])] = id
                }
                copy.set(keys[0], id)
            }
            if (entity == 'OrderStatus' && part.orderPaymentPreferenceId) {
                copy.set('orderPaymentPreferenceId', paymentPreferences[part.getString('orderPaymentPreferenceId')])
            }
            copy.create()
        }
    }
}
