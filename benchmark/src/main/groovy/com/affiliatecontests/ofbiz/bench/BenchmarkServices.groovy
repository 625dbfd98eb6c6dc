/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.bench

import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.standing.PartnerTotals
import com.affiliatecontests.engine.standing.ScoredPartner
import com.affiliatecontests.engine.standing.Scoring
import com.affiliatecontests.ofbiz.common.OwnTransaction
import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.credit.LedgerWriter
import com.affiliatecontests.ofbiz.standing.StandingBands
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.service.ServiceUtil
import org.apache.ofbiz.service.eca.ServiceEcaRule
import org.apache.ofbiz.service.eca.ServiceEcaUtil

import java.lang.management.ManagementFactory
import java.lang.management.MemoryPoolMXBean
import java.lang.management.MemoryType
import java.lang.reflect.Field
import java.sql.Timestamp
import java.time.LocalDateTime
import java.time.ZoneId

/*
 * Benchmarks run inside a real OFBiz (see README, "Benchmarks"). They create their own data,
 * print their figures to the log and return them; they are not part of any test run.
 */

/**
 * changeOrderStatus to ORDER_COMPLETED, with a commit per order, in three arms interleaved order by
 * order (each round completes one order of each arm, in a random order):
 * <ul>
 * <li>attributed: an order attributed to a partner of a running contest, through changeOrderStatus
 * (the outbox row in the order's transaction, the crediting right after its commit);</li>
 * <li>unattributed: an order with no affiliate, through changeOrderStatus (what the component costs
 * every other order of the store: the outbox row, and a processing that finds no partner);</li>
 * <li>withoutComponent: an order with no affiliate, through affBenchChangeOrderStatusWithoutComponent: the same
 * OFBiz implementation with OFBiz's own ECA rules and none of the component's.</li>
 * </ul>
 * After each completion the benchmark waits until the component has processed the order's outbox
 * event (the crediting runs right after the commit, in the job pool), so that no arm's crediting runs
 * during the next order's measurement; that time is reported too. Nothing global is switched: any
 * other order completed meanwhile is queued and credited as always.
 * Must run as a job (no caller's transaction): in one transaction no completion would commit.
 */
Map benchmarkAffContestOrderCompletion() {
    if (TransactionUtil.isTransactionInPlace()) {
        return error(UtilProperties.getMessage('AffiliateContestsBenchUiLabels', 'AffiliateContestsBenchRunAsJob', locale))
    }
    int count = (parameters.orders ?: 400) as int
    int warmUp = (parameters.warmUp ?: 20) as int
    int resamples = (parameters.resamples ?: 2000) as int
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase()
    String affiliate = "BA${tag}"
    String customer = "BC${tag}"
    inOwnTransaction {
        delegator.create('Party', [partyId: affiliate, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        delegator.create('PartyRole', [partyId: affiliate, roleTypeId: 'AFFILIATE'])
        delegator.create('Party', [partyId: customer, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        ['PLACING_CUSTOMER', 'BILL_TO_CUSTOMER'].each { delegator.create('PartyRole', [partyId: customer, roleTypeId: it]) }
    }
    String contestId = runningContest(admin, tag)
    runOk('launchAffContest', [contestId: contestId, userLogin: admin])
    String source = parameters.orderSource ?: 'DEMO10090'
    boolean cloned = source != 'SYNTHETIC'
    List<String> arms = ['attributed', 'unattributed', 'withoutComponent']
    int rounds = count + warmUp
    Map<String, List<String>> ordersByArm = arms.collectEntries { [(it): []] }
    long setupStart = System.nanoTime()
    (0..<rounds).collate(50).each { List<Integer> chunk ->
        inOwnTransaction {
            chunk.each { int round ->
                arms.each { String arm ->
                    String orderId = "BO${tag}${arm[0].toUpperCase()}${round}"
                    if (cloned) {
                        cloneOrder(source, orderId)
                    } else {
                        syntheticOrder(orderId, customer)
                    }
                    if (arm == 'attributed') {
                        delegator.create('OrderRole', [orderId: orderId, partyId: affiliate, roleTypeId: 'AFFILIATE'])
                    }
                    ordersByArm[arm] << orderId
                }
            }
        }
    }
    long setupMillis = (System.nanoTime() - setupStart).intdiv(1000000)
    String withoutComponent = registerWithoutComponent()
    Map<String, List<Long>> completion = arms.collectEntries { [(it): []] }
    Map<String, List<Long>> processed = arms.findAll { it != 'withoutComponent' }.collectEntries { [(it): []] }
    List<Double> loads = []
    Random shuffle = new Random(42)
    int processedHere = 0
    long runStart = System.nanoTime()
    (0..<rounds).each { int round ->
        List<String> turn = new ArrayList<>(arms)
        Collections.shuffle(turn, shuffle)
        turn.each { String arm ->
            String orderId = ordersByArm[arm][round]
            long start = System.nanoTime()
            runOk(arm == 'withoutComponent' ? withoutComponent : 'changeOrderStatus', [orderId: orderId,
                    statusId: 'ORDER_COMPLETED', setItemStatus: cloned ? 'Y' : 'N', userLogin: admin])
            long took = System.nanoTime() - start
            if (awaitOutbox(orderId)) {
                processedHere++
            }
            long done = System.nanoTime() - start
            if (round >= warmUp) {
                completion[arm] << took
                processed[arm]?.add(done)
            }
        }
        if (round >= warmUp) {
            loads << BenchStats.load()
        }
    }
    long runSeconds = (System.nanoTime() - runStart).intdiv(1000000000L)
    long credited = from('AffContestCredit').where('contestId', contestId, 'partyId', affiliate).queryCount()
    if (credited != rounds) {
        throw new IllegalStateException("${credited} credit lines for ${rounds} attributed orders")
    }
    Map<String, Map> figures = completion.collectEntries { arm, nanos -> [(arm): BenchStats.figures(nanos)] }
    Map<String, Map> untilProcessed = processed.collectEntries { arm, nanos -> [(arm): BenchStats.figures(nanos)] }
    Map attributedRatio = BenchStats.ratioOfMedians(completion.attributed, completion.withoutComponent, resamples, 1L)
    Map unattributedRatio = BenchStats.ratioOfMedians(completion.unattributed, completion.withoutComponent, resamples, 2L)
    Map load = BenchStats.loadFigures(loads)
    logInfo("changeOrderStatus to ORDER_COMPLETED, ${count} orders per arm after ${warmUp} warm-up rounds, arms interleaved, " +
            "a commit per order (orders like ${source}; setup ${setupMillis} ms, run ${runSeconds} s): completion ${figures}; " +
            "until the component processed the order ${untilProcessed}; ratio of medians to withoutComponent with 95% " +
            "bootstrap CI (${resamples} resamples of the rounds): attributed ${attributedRatio}, unattributed " +
            "${unattributedRatio}; outbox events the pool left for 10 s, processed by the benchmark: ${processedHere}; machine load (1 min, sampled each round) ${load}")
    return success([completion: figures, untilProcessed: untilProcessed, ratioOfMedians: attributedRatio.ratio,
            ratioCiLow: attributedRatio.ciLow, ratioCiHigh: attributedRatio.ciHigh, unattributedRatio: unattributedRatio,
            load: load])
}

/**
 * Gives affBenchChangeOrderStatusWithoutComponent (services_benchmark.xml: changeOrderStatus's
 * implementation under another name) the ECA rules changeOrderStatus has, minus the component's, and
 * returns its name. OFBiz offers no call to add rules to one service, hence the reflection; the rules
 * of changeOrderStatus itself are not touched.
 */
private String registerWithoutComponent() {
    String name = 'affBenchChangeOrderStatusWithoutComponent'
    Map<String, List<ServiceEcaRule>> rules = ServiceEcaUtil.getServiceEventMap('changeOrderStatus')
            .collectEntries { String event, List<ServiceEcaRule> list ->
                [(event): list.findAll { !it.definitionLocation.contains('affiliatecontests') }]
            }
    Field cache = ServiceEcaUtil.getDeclaredField('ecaCache')
    cache.accessible = true
    ((Map<String, Map<String, List<ServiceEcaRule>>>) cache.get(null)).put(name, rules)
    return name
}

/**
 * Waits until the component has processed the order's outbox events (the crediting the SECA starts
 * in the job pool right after the commit). When the pool is busy (this benchmark holds one of its
 * threads) and nothing happened within 10 s, processes them here, as the recovery job would; returns
 * whether it had to.
 */
private boolean awaitOutbox(String orderId) {
    long deadline = System.currentTimeMillis() + 10000
    while (from('AffContestOrderEvent').where('orderId', orderId).queryCount() > 0) {
        if (System.currentTimeMillis() > deadline) {
            runOk('affContestProcessOrderEvents', [orderId: orderId])
            return true
        }
        Thread.sleep(1)
    }
    return false
}

/** An approved one-item sales order of the customer, not attributed. */
private void syntheticOrder(String orderId, String customer) {
    Timestamp now = UtilDateTime.nowTimestamp()
    delegator.create('OrderHeader', [orderId: orderId, orderTypeId: 'SALES_ORDER', statusId: 'ORDER_APPROVED',
            currencyUom: 'USD', grandTotal: 25.00G, orderDate: now, entryDate: now])
    delegator.create('OrderItem', [orderId: orderId, orderItemSeqId: '00001', orderItemTypeId: 'PRODUCT_ORDER_ITEM',
            productId: 'WG-1111', quantity: BigDecimal.ONE, unitPrice: 25.00G, statusId: 'ITEM_APPROVED'])
    [[customer, 'PLACING_CUSTOMER'], [customer, 'BILL_TO_CUSTOMER'], ['Company', 'BILL_FROM_VENDOR']].each { party, role ->
        delegator.create('OrderRole', [orderId: orderId, partyId: party, roleTypeId: role])
    }
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
    Map<String, String> viewers
    long setupMillis = 0
    long ledgerLines = 0
    if (contestId) {
        // each viewer by its place (a million standing rows do not fit in a 1 GB heap as a list)
        participants = from('AffContestStanding').where('contestId', contestId).queryCount() as int
        viewers = [top: 0, middle: participants.intdiv(2), bottom: participants - 10].collectEntries { where, int index ->
            [(where): from('AffContestStanding').where('contestId', contestId).select('partyId').orderBy('rankKey')
                    .offset(index).limit(1).maxRows(index + 1).queryList().last().getString('partyId')]
        }
    } else {
        Map contest = bigContest(admin, tag, participants, parameters.withLedger != 'N')
        contestId = contest.contestId
        List<String> board = contest.board
        setupMillis = contest.setupMillis
        ledgerLines = contest.ledgerLines
        viewers = [top: board[0], middle: board[participants.intdiv(2)], bottom: board[participants - 10]]
    }
    // viewers by their place on the board: a partner's view costs most deep in the board
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
    results.adminTop100 = BenchStats.figures(adminTimes)
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
        results["partner_${where}".toString()] = BenchStats.figures(times)
    }
    logInfo("Leaderboard of ${participants} participants, ${ledgerLines} ledger lines (setup ${setupMillis} ms): ${results}")
    return success([figures: results, contestId: contestId, setupMillis: setupMillis, ledgerLines: ledgerLines])
}

/**
 * finalizeAffContest of an ended contest of {@code participants} partners and their ledger (about ten
 * lines a partner): its time, the heap it took, or the error it ended with (an OutOfMemoryError is a
 * figure too). With contestId, the contest of an earlier run is put back to ENDED and finalized again,
 * without the setup. Run it as a job, in an OFBiz started with the heap to measure (-Xmx1g).
 */
Map benchmarkAffContestFinalize() {
    if (TransactionUtil.isTransactionInPlace()) {
        return error(UtilProperties.getMessage('AffiliateContestsBenchUiLabels', 'AffiliateContestsBenchRunAsJob', locale))
    }
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    Map contest = earlierOrNewContest(admin, false, 'Finalize benchmark')
    String contestId = contest.contestId
    inOwnTransaction {
        delegator.removeByAnd('AffContestWinner', [contestId: contestId])
        GenericValue ended = from('AffContest').where('contestId', contestId).queryOne()
        ended.set('statusId', 'AFFC_ENDED')
        ended.store()
    }
    long participants = from('AffContestParticipant').where('contestId', contestId).queryCount()
    long lines = from('AffContestCredit').where('contestId', contestId).queryCount()
    Map call = measuredCall('finalizeAffContest', [contestId: contestId, early: 'Y', userLogin: admin])
    String status = from('AffContest').where('contestId', contestId).queryOne().getString('statusId')
    long winners = from('AffContestWinner').where('contestId', contestId).queryCount()
    Map figures = [contestId: contestId, participants: participants, ledgerLines: lines, setupMillis: contest.setupMillis,
            outcome: call.outcome, finalizeMillis: call.millis, statusAfter: status, winners: winners,
            peakHeapMb: call.peakHeapMb, maxHeapMb: call.maxHeapMb, load: call.load]
    logInfo("Finalize of a contest of ${participants} participants and ${lines} ledger lines: ${figures}")
    return success([figures: figures])
}

/**
 * dryRunAffContest of a contest of {@code participants} partners (affiliates) whose 0 to 20 orders each
 * (about 10 N) were completed in its window, with their status history and affiliate roles: its time,
 * the heap it took, how many completions it read, or the error it ended with. With contestId, the
 * contest of an earlier run is dry-run again, without the setup. Run it as a job, in an OFBiz started
 * with the heap to measure (-Xmx1g).
 */
Map benchmarkAffContestDryRun() {
    if (TransactionUtil.isTransactionInPlace()) {
        return error(UtilProperties.getMessage('AffiliateContestsBenchUiLabels', 'AffiliateContestsBenchRunAsJob', locale))
    }
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    Map contest = earlierOrNewContest(admin, true, 'Dry run benchmark')
    String contestId = contest.contestId
    long participants = from('AffContestParticipant').where('contestId', contestId).queryCount()
    long orders = from('AffContestCredit').where('contestId', contestId).queryCount()
    Map call = measuredCall('dryRunAffContest', [contestId: contestId, userLogin: admin])
    Map result = call.result
    Map figures = [contestId: contestId, participants: participants, orders: orders, setupMillis: contest.setupMillis,
            outcome: call.outcome, dryRunMillis: call.millis, credited: result.credited, dryRunParticipants: result.participants,
            completionsRead: result.completionsRead, completionsHeld: result.completionsHeld,
            winners: result.winners?.size(), peakHeapMb: call.peakHeapMb, maxHeapMb: call.maxHeapMb, load: call.load]
    logInfo("Dry run of a contest of ${participants} participants and ${orders} completed orders: ${figures}")
    return success([figures: figures])
}

/**
 * The contest of an earlier run (contestId) or a new one of {@code participants} partners with their ledger (and,
 * withOrderHistory, what a dry run reads): contestId and setupMillis (0 for an earlier one).
 */
private Map earlierOrNewContest(GenericValue admin, boolean withOrderHistory, String what) {
    if (parameters.contestId) {
        return [contestId: parameters.contestId, setupMillis: 0L]
    }
    Map contest = bigContest(admin, Long.toString(System.currentTimeMillis(), 36).toUpperCase(),
            (parameters.participants ?: 100000) as int, true, withOrderHistory)
    logInfo("${what}: contest ${contest.contestId} written in ${contest.setupMillis} ms")
    return contest
}

/**
 * One call of a service, measured: its result, its outcome ('success', the error, or the Throwable it ended with: an
 * OutOfMemoryError is a figure too), its time, the whole JVM's peak heap during it (peaks reset after a GC) and the
 * machine's load around it.
 */
private Map measuredCall(String service, Map input) {
    System.gc()
    List<MemoryPoolMXBean> heap = ManagementFactory.memoryPoolMXBeans.findAll { it.type == MemoryType.HEAP }
    heap*.resetPeakUsage()
    double loadBefore = BenchStats.load()
    Map result = [:]
    String outcome
    long start = System.nanoTime()
    try {
        result = dispatcher.runSync(service, input)
        outcome = ServiceUtil.isSuccess(result) ? 'success' : "error: ${ServiceUtil.getErrorMessage(result)}"
    } catch (Throwable e) {
        outcome = "${e.class.name}: ${e.message}${e.cause ? " (cause ${e.cause.class.name}: ${e.cause.message})" : ''}"
    }
    long millis = (System.nanoTime() - start).intdiv(1000000)
    return [result: result, outcome: outcome, millis: millis,
            peakHeapMb: (long) (heap.sum { it.peakUsage.used } as long).intdiv(1048576),
            maxHeapMb: Runtime.runtime.maxMemory().intdiv(1048576),
            load: [before: loadBefore, after: BenchStats.load(), cpus: Runtime.runtime.availableProcessors()]]
}

/**
 * A running revenue contest of {@code participants} partners (each with 0 to 20 completed orders of
 * 1 to 500 USD, mean 10, and their credit lines when withLedger), its standing rows and score bands;
 * written 500 partners per transaction.
 */
private Map bigContest(GenericValue admin, String tag, int participants, boolean withLedger,
                       boolean withOrderHistory = false) {
    String contestId = runningContest(admin, tag)
    long ledgerLines = 0
    SplittableRandom random = new SplittableRandom(42)
    ContestDefinition definition = new ContestRecords(delegator).definition(
            from('AffContest').where('contestId', contestId).queryOne())
    Scoring scoring = new Scoring(definition)
    Timestamp now = UtilDateTime.nowTimestamp()
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
                if (withOrderHistory) {
                    rows << delegator.makeValue('PartyRole', [partyId: partyId, roleTypeId: 'AFFILIATE'])
                }
                if (withLedger && orders) {
                    rows.addAll(ledgerRows(contestId, partyId, "B${tag}${i}", orders, total, reached, withOrderHistory))
                    ledgerLines += orders
                }
            }
            // plain inserts: storeAll would first look each new row up
            rows.each { delegator.create(it) }
        }
    }
    inOwnTransaction { new StandingBands(delegator, definition).reset(contestId, partyByKey.keySet()) }
    inOwnTransaction {
        GenericValue contest = from('AffContest').where('contestId', contestId).queryOne()
        contest.set('statusId', 'AFFC_ACTIVE')
        contest.set('snapshotDate', now)
        contest.store()
    }
    return [contestId: contestId, board: partyByKey.values() as List<String>, ledgerLines: ledgerLines,
            setupMillis: (System.nanoTime() - setupStart).intdiv(1000000)]
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
                                      BigDecimal total, Timestamp completed, boolean withOrderHistory) {
    BigDecimal each = total.divide(BigDecimal.valueOf(orders), 2, BigDecimal.ROUND_DOWN)
    return (0..<orders).collectMany { int k ->
        String orderId = orderPrefix + '-' + k
        List<GenericValue> rows = [delegator.makeValue('OrderHeader', [orderId: orderId, orderTypeId: 'SALES_ORDER',
                statusId: 'ORDER_COMPLETED', orderDate: completed, entryDate: completed, currencyUom: 'USD',
                grandTotal: each, needsInventoryIssuance: 'N']),
         delegator.makeValue('AffContestCredit', [contestId: contestId, orderId: orderId, lineKind: LedgerWriter.CREDIT,
                sourceId: orderId, partyId: partyId, amount: each, occurredDate: completed, createdDate: completed])]
        if (withOrderHistory) {
            // what a dry run reads: the completion in the order's status history and its affiliate
            rows << delegator.makeValue('OrderStatus', [orderStatusId: orderId, orderId: orderId,
                    statusId: 'ORDER_COMPLETED', statusDatetime: completed])
            rows << delegator.makeValue('OrderRole', [orderId: orderId, partyId: partyId, roleTypeId: 'AFFILIATE'])
        }
        rows
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
