/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.bench

import com.affiliatecontests.engine.standing.BandSlices
import com.affiliatecontests.engine.standing.ScoreBand
import com.affiliatecontests.engine.standing.Scoring
import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.credit.LedgerWriter
import com.affiliatecontests.ofbiz.common.OwnTransaction
import com.affiliatecontests.ofbiz.standing.StandingBands
import org.apache.ofbiz.base.crypto.HashCrypt
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.common.login.LoginServices
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.service.ServiceUtil
import org.apache.ofbiz.service.job.JobManager

import java.sql.Timestamp
import java.time.LocalDateTime
import java.time.ZoneId
import java.util.concurrent.Callable
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicInteger

/*
 * The two-node exactly-once check (scripts/ofbiz-cluster.sh check): OFBiz instances sharing one database
 * each run these services as jobs of their own pool, at the same instant, and the check reads the
 * shared ledger. Test-only: they create their own partners, orders and contest, tagged by the run.
 */

/** Contest name of a run, the handle every node finds the contest by. */
private static String contestName(String tag) {
    return "Cluster check ${tag}"
}

/** Amount of order i: varied, so a lost or doubled credit changes the revenue total too. */
private static BigDecimal amountOf(int i) {
    return BigDecimal.valueOf(1000L + (i % 17) * 137L, 2)
}

/** The portal login (password ofbiz) of the run's first partner. */
private static String portalLogin(String tag) {
    return "cl${tag}p0".toString()
}

private static String orderIdOf(String tag, int i) {
    return "CL${tag}-${i}"
}

/**
 * A running revenue contest of {@code partners} partners (their standing rows and score bands), and
 * {@code orders} approved one-item sales orders attributed to them in turn, each waiting to be completed.
 */
Map clusterAffContestSetup() {
    if (TransactionUtil.isTransactionInPlace()) {
        return error(UtilProperties.getMessage('AffiliateContestsBenchUiLabels', 'AffiliateContestsBenchRunAsJob', locale))
    }
    String tag = parameters.tag
    int orders = (parameters.orders ?: 400) as int
    int partners = (parameters.partners ?: 16) as int
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    LocalDateTime now = LocalDateTime.now(ZoneId.of('UTC'))
    String contestId = runOk('createAffContest', [contestName: contestName(tag), metricEnumId: 'AFFCM_REVENUE',
            kindEnumId: 'AFFCK_RANKING', startLocal: now.minusDays(1).toString(), endLocal: now.plusDays(30).toString(),
            timeZoneId: 'UTC', currencyUomId: 'USD', eligibleAll: 'Y', userLogin: admin]).contestId
    runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 3L, prizeText: 'Prize', userLogin: admin])
    String customer = "CC${tag}"
    Timestamp stamp = UtilDateTime.nowTimestamp()
    List<String> partyIds = (0..<partners).collect { "CP${tag}-${it}".toString() }
    OwnTransaction.run('cluster setup failed') {
        delegator.create('Party', [partyId: customer, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        ['PLACING_CUSTOMER', 'BILL_TO_CUSTOMER'].each { delegator.create('PartyRole', [partyId: customer, roleTypeId: it]) }
        def definition = new ContestRecords(delegator).definition(from('AffContest').where('contestId', contestId).queryOne())
        List<String> keys = []
        partyIds.each { String partyId ->
            delegator.create('Party', [partyId: partyId, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
            delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'AFFILIATE'])
            if (partyId == partyIds[0]) {
                // the partner whose board the check polls through the portal of the other node
                delegator.create('UserLogin', [userLoginId: portalLogin(tag), partyId: partyId, enabled: 'Y',
                        currentPassword: HashCrypt.cryptUTF8(LoginServices.getHashType(), null, 'ofbiz')])
            }
            delegator.create('AffContestParticipant', [contestId: contestId, partyId: partyId, reason: 'ALL_AFFILIATES',
                    snapshotDate: stamp])
            Map zero = LedgerWriter.zeroStanding(contestId, partyId, definition)
            delegator.create('AffContestStanding', zero)
            keys << (String) zero.rankKey
        }
        new StandingBands(delegator, definition).reset(contestId, keys)
        GenericValue contest = from('AffContest').where('contestId', contestId).queryOne()
        contest.set('statusId', 'AFFC_ACTIVE')
        contest.set('snapshotDate', stamp)
        contest.store()
    }
    (0..<orders).collate(100).each { List<Integer> chunk ->
        OwnTransaction.run('cluster setup failed') {
            chunk.each { int i ->
                String orderId = orderIdOf(tag, i)
                BigDecimal amount = amountOf(i)
                delegator.create('OrderHeader', [orderId: orderId, orderTypeId: 'SALES_ORDER', statusId: 'ORDER_APPROVED',
                        currencyUom: 'USD', grandTotal: amount, orderDate: stamp, entryDate: stamp])
                delegator.create('OrderItem', [orderId: orderId, orderItemSeqId: '00001', orderItemTypeId: 'PRODUCT_ORDER_ITEM',
                        productId: 'WG-1111', quantity: BigDecimal.ONE, unitPrice: amount, statusId: 'ITEM_APPROVED'])
                [[customer, 'PLACING_CUSTOMER'], [customer, 'BILL_TO_CUSTOMER'], ['Company', 'BILL_FROM_VENDOR'],
                 [partyIds[i % partners], 'AFFILIATE']].each { party, role ->
                    delegator.create('OrderRole', [orderId: orderId, partyId: party, roleTypeId: role])
                }
            }
        }
    }
    logInfo("Cluster setup ${tag}: contest ${contestId} (portal login ${portalLogin(tag)}), ${partners} partners, ${orders} orders on ${JobManager.INSTANCE_ID}")
    return success([contestId: contestId])
}

/**
 * Completes orders fromIndex..toIndex-1 of the run through changeOrderStatus with {@code threads}
 * threads (each completion in its own transaction, whose commit starts the component's crediting),
 * starting at {@code startAt} (epoch ms, the same instant on every node); meanwhile one more thread
 * runs the recovery job's service (affContestProcessOrderEvents over the whole outbox) again and
 * again, racing the crediting of this node and of the others.
 */
Map clusterAffContestCompleteOrders() {
    if (TransactionUtil.isTransactionInPlace()) {
        return error(UtilProperties.getMessage('AffiliateContestsBenchUiLabels', 'AffiliateContestsBenchRunAsJob', locale))
    }
    String tag = parameters.tag
    int first = parameters.fromIndex as int
    int thru = parameters.toIndex as int
    int threads = (parameters.threads ?: 8) as int
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    waitUntil(parameters.startAt as Long)
    List<Integer> indexes = (first..<thru).toList()
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1)
    AtomicBoolean completing = new AtomicBoolean(true)
    AtomicInteger retries = new AtomicInteger()
    long start = System.nanoTime()
    try {
        Future<Integer> recovery = pool.submit({
            int runs = 0
            while (completing.get()) {
                runOk('affContestProcessOrderEvents', [:])
                runs++
                Thread.sleep(20)
            }
            return runs
        } as Callable<Integer>)
        List<Future<List<String>>> workers = (0..<threads).collect { int t ->
            pool.submit({
                List<String> errors = []
                indexes.findAll { it % threads == t }.each { int i ->
                    String failure = null
                    for (int attempt = 1; attempt <= COMPLETION_ATTEMPTS; attempt++) {
                        failure = complete(orderIdOf(tag, i), admin)
                        if (failure == null) {
                            break
                        }
                        retries.incrementAndGet()
                    }
                    if (failure != null) {
                        errors << "${orderIdOf(tag, i)}: ${failure}".toString()
                    }
                }
                return errors
            } as Callable<List<String>>)
        }
        List<String> errors = workers.collectMany { it.get() }
        long millis = (System.nanoTime() - start).intdiv(1000000)
        completing.set(false)
        int recoveryRuns = recovery.get()
        logInfo("Cluster completion ${tag} on ${JobManager.INSTANCE_ID}: ${indexes.size() - errors.size()} of " +
                "${indexes.size()} orders completed by ${threads} threads in ${millis} ms, completions retried ${retries.get()}, recovery runs ${recoveryRuns}, " +
                "errors ${errors.take(5)}")
        return errors ? error("${errors.size()} completions failed: ${errors.take(5)}") : success()
    } finally {
        completing.set(false)
        pool.shutdown()
    }
}

/**
 * Finalizes the run's contest from {@code threads} threads at {@code startAt} (early: it is put to
 * ENDED first, once, by whichever node gets there first); logs how many of this node's attempts won.
 */
Map clusterAffContestFinalize() {
    if (TransactionUtil.isTransactionInPlace()) {
        return error(UtilProperties.getMessage('AffiliateContestsBenchUiLabels', 'AffiliateContestsBenchRunAsJob', locale))
    }
    String tag = parameters.tag
    int threads = (parameters.threads ?: 2) as int
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    String contestId = from('AffContest').where('contestName', contestName(tag)).queryFirst().getString('contestId')
    OwnTransaction.run('cluster finalize failed') {
        delegator.storeByCondition('AffContest', [statusId: 'AFFC_ENDED'], EntityCondition.makeCondition([
                EntityCondition.makeCondition('contestId', contestId),
                EntityCondition.makeCondition('statusId', 'AFFC_ACTIVE')]))
    }
    waitUntil(parameters.startAt as Long)
    ExecutorService pool = Executors.newFixedThreadPool(threads)
    try {
        List<String> outcomes = (0..<threads).collect {
            pool.submit({
                try {
                    Map result = dispatcher.runSync('finalizeAffContest', [contestId: contestId, early: 'Y', userLogin: admin])
                    return ServiceUtil.isSuccess(result) ? 'won' : 'refused'
                } catch (Exception e) {
                    return "failed: ${e.message}".toString()
                }
            } as Callable<String>)
        }*.get()
        logInfo("Cluster finalize ${tag} on ${JobManager.INSTANCE_ID}: ${outcomes}")
        return outcomes.any { it.startsWith('failed') } ? error("finalize failed: ${outcomes}") : success()
    } finally {
        pool.shutdown()
    }
}

/**
 * Waits (up to {@code waitSeconds}) until the outbox holds no event of the run's orders, then checks the
 * shared ledger: exactly one credit line per order and nothing else, each partner's standing equal to its
 * orders (count and revenue), the score-band counters summing to the partners; with finalized=Y, the
 * contest FINALIZED with one set of winners (places 1..3, once each). Logs "Cluster check TAG: OK" or
 * "Cluster check TAG: FAILED" with what differs.
 */
Map clusterAffContestCheck() {
    String tag = parameters.tag
    int orders = (parameters.orders ?: 400) as int
    int partners = (parameters.partners ?: 16) as int
    long deadline = System.currentTimeMillis() + ((parameters.waitSeconds ?: 300) as long) * 1000L
    String contestId = from('AffContest').where('contestName', contestName(tag)).queryFirst()?.getString('contestId')
    List<String> problems = []
    if (!contestId) {
        problems << "no contest"
    } else {
        EntityCondition runOrders = EntityCondition.makeCondition('orderId', EntityOperator.LIKE, "CL${tag}-%".toString())
        long queued
        while ((queued = from('AffContestOrderEvent').where(runOrders).queryCount()) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500)
        }
        if (queued > 0) {
            problems << "${queued} events still in the outbox".toString()
        }
        List<GenericValue> lines = from('AffContestCredit').where('contestId', contestId).queryList()
        Map<String, List<GenericValue>> byOrder = lines.groupBy { it.getString('orderId') }
        // the orders whose completion committed (a completion rolled back leaves its order approved, uncredited)
        Set<String> completed = from('OrderHeader').where(EntityCondition.makeCondition([runOrders,
                EntityCondition.makeCondition('statusId', 'ORDER_COMPLETED')])).queryList()*.getString('orderId').toSet()
        List<Integer> done = (0..<orders).findAll { completed.contains(orderIdOf(tag, it)) }
        if (done.size() < orders) {
            problems << "${orders - done.size()} orders not completed".toString()
        }
        List<String> expected = done.collect { orderIdOf(tag, it) }
        List<String> missing = expected.findAll { !byOrder[it] }
        List<String> doubled = byOrder.findAll { it.value.size() > 1 }*.key
        List<String> foreign = byOrder.keySet().findAll { !expected.contains(it) }.toList()
        List<String> notCredit = lines.findAll { it.getString('lineKind') != LedgerWriter.CREDIT }*.getString('orderId')
        if (missing) { problems << "${missing.size()} orders not credited ${missing.take(5)}".toString() }
        if (doubled) { problems << "${doubled.size()} orders credited more than once ${doubled.take(5)}".toString() }
        if (foreign) { problems << "unexpected lines ${foreign.take(5)}".toString() }
        if (notCredit) { problems << "reversals ${notCredit.take(5)}".toString() }
        List<GenericValue> standings = from('AffContestStanding').where('contestId', contestId).queryList()
        standings.each { GenericValue row ->
            int p = row.getString('partyId').tokenize('-').last() as int
            List<Integer> own = done.findAll { it % partners == p }
            BigDecimal revenue = own.sum(BigDecimal.ZERO) { amountOf(it) } as BigDecimal
            if (row.getLong('conversions') != own.size() || row.getBigDecimal('totalValue').compareTo(revenue) != 0) {
                problems << "${row.partyId}: ${row.conversions} orders / ${row.totalValue} USD, expected ${own.size()} / ${revenue}".toString()
            }
        }
        // each counter (a band, or a slice of a band of more than 1,000 partners) counts the rows of its slice
        BandSlices slices = new BandSlices(new Scoring(new ContestRecords(delegator).definition(
                from('AffContest').where('contestId', contestId).queryOne())))
        List<GenericValue> counters = from('AffContestScoreBand').where('contestId', contestId).queryList()
        TreeSet<String> sliceKeys = new TreeSet<>(counters*.getString('bandKey'))
        Map<String, Long> counted = slices.tally(standings*.getString('rankKey'), sliceKeys)
        Map<String, Long> stored = counters.findAll { it.getLong('partners') != 0L }
                .collectEntries { [(it.getString('bandKey')): it.getLong('partners')] }
        if (stored != counted || standings.size() != partners) {
            problems << "score-band counters ${stored.findAll { counted[it.key] != it.value }.take(5)} differ from the rows they count ${counted.findAll { stored[it.key] != it.value }.take(5)}, ${standings.size()} rows for ${partners} partners".toString()
        }
        int sliceCount = counters.count { it.getString('bandKey').length() > ScoreBand.KEY_LENGTH } as int
        if (parameters.finalized == 'Y') {
            String status = from('AffContest').where('contestId', contestId).queryOne().getString('statusId')
            List<Long> places = from('AffContestWinner').where('contestId', contestId).queryList()*.getLong('placeNumber')
            if (status != 'AFFC_FINALIZED' || places.sort() != [1L, 2L, 3L]) {
                problems << "after the finalize race: status ${status}, winners' places ${places}".toString()
            }
        }
        problems.add(0, "contest ${contestId}, ${lines.size()} ledger lines for ${done.size()} orders completed, ${standings.size()} partners, ${sliceCount} score-band slices".toString())
    }
    boolean ok = problems.size() == 1 && contestId
    logInfo("Cluster check ${tag}: ${ok ? 'OK' : 'FAILED'}: ${problems.join('; ')}")
    return ok ? success() : error(problems.join('; '))
}

/** Subject of a run's broadcast, the handle every node finds it by (and the text the inbox check looks for). */
private static String broadcastSubject(String tag) {
    return "Cluster broadcast ${tag}"
}

/**
 * The audience of the run's broadcast, untimed: a partner tag on {@code audience} partners (the run's first
 * partner, whose inbox the check reads through the other node's portal, and {@code audience - 1} new
 * ones), and a draft broadcast to that tag.
 */
Map clusterAffBroadcastSetup() {
    if (TransactionUtil.isTransactionInPlace()) {
        return error(UtilProperties.getMessage('AffiliateContestsBenchUiLabels', 'AffiliateContestsBenchRunAsJob', locale))
    }
    String tag = parameters.tag
    int audience = (parameters.audience ?: 3000) as int
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    String group = "CLB${tag}"
    Timestamp now = UtilDateTime.nowTimestamp()
    OwnTransaction.run('cluster broadcast setup failed') {
        delegator.create('PartyClassificationGroup', [partyClassificationGroupId: group,
                partyClassificationTypeId: 'AFFC_PARTNER_TAG', description: "Cluster check ${tag}".toString()])
        delegator.create('PartyClassification', [partyId: "CP${tag}-0".toString(), partyClassificationGroupId: group, fromDate: now])
    }
    (1..<audience).collate(1000).each { List<Integer> chunk ->
        OwnTransaction.run('cluster broadcast setup failed') {
            chunk.each { int i ->
                String partyId = "CB${tag}-${i}"
                delegator.create('Party', [partyId: partyId, partyTypeId: 'PARTY_GROUP', statusId: 'PARTY_ENABLED'])
                delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'AFFILIATE'])
                delegator.create('PartyClassification', [partyId: partyId, partyClassificationGroupId: group, fromDate: now])
            }
        }
    }
    String broadcastId = runOk('createAffBroadcast', [subject: broadcastSubject(tag),
            body: '<p>The two-node check: sent on one node while the other serves the inbox.</p>',
            criteria: [[dimensionEnumId: 'AFFCD_TAG', groupId: group]], userLogin: admin]).broadcastId
    logInfo("Cluster broadcast setup ${tag}: broadcast ${broadcastId} to tag ${group} of ${audience} partners on ${JobManager.INSTANCE_ID}")
    return success([broadcastId: broadcastId])
}

/** sendAffBroadcast of the run's broadcast on this node, timed. */
Map clusterAffBroadcastSend() {
    if (TransactionUtil.isTransactionInPlace()) {
        return error(UtilProperties.getMessage('AffiliateContestsBenchUiLabels', 'AffiliateContestsBenchRunAsJob', locale))
    }
    String tag = parameters.tag
    GenericValue admin = from('UserLogin').where('userLoginId', 'admin').queryOne()
    String broadcastId = from('AffBroadcast').where('subject', broadcastSubject(tag)).queryFirst().getString('broadcastId')
    long start = System.nanoTime()
    Map sent = runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin])
    long millis = (System.nanoTime() - start).intdiv(1000000)
    logInfo("Cluster broadcast sent ${tag} on ${JobManager.INSTANCE_ID}: broadcast ${broadcastId}, ${sent.recipientCount} recipients " +
            "in ${millis} ms, status ${sent.statusId}")
    return success()
}

/**
 * The run's broadcast after its send: SENT, one recipient row per partner of the audience, each with its own
 * CommunicationEvent (unique, originating from the broadcast's event, addressed to that partner) and one
 * ADDRESSEE role on it. Logs "Cluster broadcast check TAG: OK" or "... FAILED" with what differs.
 */
Map clusterAffBroadcastCheck() {
    String tag = parameters.tag
    int audience = (parameters.audience ?: 3000) as int
    GenericValue broadcast = from('AffBroadcast').where('subject', broadcastSubject(tag)).queryFirst()
    List<String> problems = []
    if (!broadcast) {
        problems << 'no broadcast'
    } else {
        String broadcastId = broadcast.getString('broadcastId')
        List<GenericValue> recipients = from('AffBroadcastRecipient').where('broadcastId', broadcastId).queryList()
        Set<String> eventIds = recipients*.getString('communicationEventId').toSet()
        List<GenericValue> events = from('CommunicationEvent').where('origCommEventId', broadcast.getString('communicationEventId')).queryList()
        Map<String, String> addresseeOf = events.collectEntries { [(it.getString('communicationEventId')): it.getString('partyIdTo')] }
        long roles = events.collate(1000).sum(0L) { List<GenericValue> chunk ->
            from('CommunicationEventRole').where(EntityCondition.makeCondition([
                    EntityCondition.makeCondition('communicationEventId', EntityOperator.IN, chunk*.getString('communicationEventId')),
                    EntityCondition.makeCondition('roleTypeId', 'ADDRESSEE')])).queryCount()
        } as long
        if (broadcast.getString('statusId') != 'AFFB_SENT') { problems << "status ${broadcast.statusId}".toString() }
        if (broadcast.getLong('recipientCount') != audience) { problems << "recipientCount ${broadcast.recipientCount}".toString() }
        if (recipients.size() != audience) { problems << "${recipients.size()} recipient rows".toString() }
        if (recipients*.getString('partyId').toSet().size() != recipients.size()) { problems << 'a partner twice' }
        if (eventIds.size() != recipients.size()) { problems << "${eventIds.size()} distinct messages".toString() }
        if (events.size() != audience) { problems << "${events.size()} messages of the broadcast".toString() }
        if (addresseeOf.values().toSet().size() != events.size()) { problems << 'a partner addressed twice' }
        List<GenericValue> mismatched = recipients.findAll { addresseeOf[it.getString('communicationEventId')] != it.getString('partyId') }
        if (mismatched) { problems << "${mismatched.size()} recipient rows whose message is not theirs".toString() }
        if (roles != audience) { problems << "${roles} ADDRESSEE roles".toString() }
        problems.add(0, "broadcast ${broadcastId} ${broadcast.statusId}, ${recipients.size()} recipients, ${eventIds.size()} messages, ${roles} roles".toString())
    }
    boolean ok = problems.size() == 1 && broadcast
    logInfo("Cluster broadcast check ${tag}: ${ok ? 'OK' : 'FAILED'}: ${problems.join('; ')}")
    return ok ? success() : error(problems.join('; '))
}

/** A completion rolled back (e.g. OFBiz's own services timing out on a busy machine) is tried again, as a client would. */
@groovy.transform.Field static final int COMPLETION_ATTEMPTS = 3

/**
 * changeOrderStatus to ORDER_COMPLETED in a transaction of its own with a long timeout (as a request
 * with a long timeout would run it; OFBiz's 60 s default is passed on a loaded machine); null when it
 * committed, else why not. The component's crediting starts after this commit.
 */
private String complete(String orderId, GenericValue admin) {
    boolean began = TransactionUtil.begin(COMPLETION_TIMEOUT_SECONDS)
    try {
        Map result = dispatcher.runSync('changeOrderStatus', [orderId: orderId, statusId: 'ORDER_COMPLETED',
                setItemStatus: 'N', userLogin: admin])
        if (!ServiceUtil.isSuccess(result)) {
            TransactionUtil.rollback(began, ServiceUtil.getErrorMessage(result), null)
            return ServiceUtil.getErrorMessage(result)
        }
        TransactionUtil.commit(began)
        return null
    } catch (Exception e) {
        TransactionUtil.rollback(began, e.message, e)
        return e.message ?: e.class.name
    }
}

@groovy.transform.Field static final int COMPLETION_TIMEOUT_SECONDS = 600

private void waitUntil(Long epochMillis) {
    long wait = (epochMillis ?: 0L) - System.currentTimeMillis()
    if (wait > 0) {
        Thread.sleep(wait)
    }
}

private Map runOk(String service, Map input) {
    Map result = dispatcher.runSync(service, input)
    if (!ServiceUtil.isSuccess(result)) {
        throw new IllegalStateException("${service}: ${ServiceUtil.getErrorMessage(result)}")
    }
    return result
}
