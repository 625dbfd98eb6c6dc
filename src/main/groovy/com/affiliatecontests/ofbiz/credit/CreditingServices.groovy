/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.credit

import com.affiliatecontests.ofbiz.common.OwnTransaction
import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.credit.AttributedOrder
import com.affiliatecontests.engine.credit.Credit
import com.affiliatecontests.engine.credit.CreditOutcome
import com.affiliatecontests.engine.credit.CreditValuation
import com.affiliatecontests.engine.credit.EventRetry
import com.affiliatecontests.engine.credit.QueuedEvent
import com.affiliatecontests.engine.credit.ReturnAssessment
import com.affiliatecontests.engine.credit.Reversal
import com.affiliatecontests.engine.credit.ReversalKind
import com.affiliatecontests.engine.fraud.FraudDetector
import com.affiliatecontests.engine.fraud.FraudFlag
import com.affiliatecontests.engine.fraud.SpikeRule
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.ServiceUtil

import groovy.transform.Field

import java.sql.Timestamp
import java.time.Instant

/*
 * Crediting: an attributed sales order completed credits its affiliate in every running contest it
 * competes in; reopening, cancelling and completed returns take the credit back. Each line is
 * written once (see LedgerWriter), so retries, restarts and repeated calls change nothing.
 */

@Field static final List<String> RUNNING = ['AFFC_ACTIVE', 'AFFC_ENDED']

/** Writes an order event to the outbox; called in the order's own transaction, so it costs one insert. */
Map affContestQueueOrderEvent() {
    delegator.create('AffContestOrderEvent', [eventId: delegator.getNextSeqId('AffContestOrderEvent'),
            orderId: parameters.orderId, returnId: parameters.returnId, statusId: parameters.statusId,
            oldStatusId: parameters.oldStatusId, createdDate: UtilDateTime.nowTimestamp()])
    return success()
}

/**
 * Processes queued order events, oldest first, each in its own transaction (this service holds none,
 * so no lock is kept while an event is processed): completions credit, reopenings and cancellations
 * reverse, completed returns reverse by the returned amount. An event is removed once processed. One
 * that fails stays, with its attempts, error and next attempt time (EventRetry's backoff), and holds
 * back only the later events of its own order or return; the others go on.
 */
Map affContestProcessOrderEvents() {
    List<EntityCondition> which = []
    if (parameters.orderId) {
        which << EntityCondition.makeCondition('orderId', parameters.orderId)
    }
    if (parameters.returnId) {
        which << EntityCondition.makeCondition('returnId', parameters.returnId)
    }
    Map<String, GenericValue> events = EntityQuery.use(delegator).from('AffContestOrderEvent').where(which)
            .orderBy('createdDate', 'eventId').queryList().collectEntries { [(it.getString('eventId')): it] }
    EventRetry retry = new EventRetry()
    EventRetry.Run run = retry.run(events.values().collect { GenericValue event ->
        new QueuedEvent(event.getString('eventId'), event.getString('orderId') ?: "return:${event.getString('returnId')}",
                ContestRecords.instant(event.getTimestamp('createdDate')),
                ContestRecords.instant(event.getTimestamp('nextAttemptDate')))
    }, Instant.now())
    int processed = 0
    int failed = 0
    run.due().each { QueuedEvent queued ->
        if (!run.mayProcess(queued)) {
            return
        }
        GenericValue event = events[queued.eventId()]
        String error
        try {
            Map result = processEvent(event)
            error = ServiceUtil.isError(result) ? ServiceUtil.getErrorMessage(result) : null
        } catch (Exception e) {
            error = e.message ?: e.class.name
        }
        if (error == null) {
            delegator.removeByAnd('AffContestOrderEvent', [eventId: queued.eventId()])
            processed++
            return
        }
        run.failed(queued)
        failed++
        long attempts = (event.getLong('attempts') ?: 0L) + 1L
        Instant next = retry.nextAttempt(attempts, Instant.now())
        logError("Order event ${queued.eventId()} not processed (attempt ${attempts}, next at ${next}): ${error}")
        // another run may have processed the event meanwhile: only a row still queued is updated
        delegator.storeByCondition('AffContestOrderEvent', [attempts: attempts, lastError: error,
                nextAttemptDate: ContestRecords.timestamp(next)], EntityCondition.makeCondition('eventId', queued.eventId()))
    }
    return success([processed: processed, failed: failed])
}

private Map processEvent(GenericValue event) {
    if (event.getString('returnId')) {
        return dispatcher.runSync('affContestReverseReturn', [returnId: event.getString('returnId')])
    }
    if (event.getString('statusId') == 'ORDER_COMPLETED') {
        return dispatcher.runSync('affContestCreditOrder', [orderId: event.getString('orderId')])
    }
    return dispatcher.runSync('affContestReverseOrder', [orderId: event.getString('orderId'),
            statusId: event.getString('statusId'), oldStatusId: event.getString('oldStatusId')])
}

/** Credits a completed order in every running contest its affiliate competes in (or in one contest). */
Map affContestCreditOrder() {
    OrderFacts orders = new OrderFacts(delegator)
    GenericValue header = orders.header(parameters.orderId)
    if (!header || header.getString('orderTypeId') != 'SALES_ORDER') {
        return success()
    }
    GenericValue completion = orders.latestChangeTo(parameters.orderId, 'ORDER_COMPLETED')
    if (!completion) {
        return success()
    }
    String affiliateId = orders.affiliateOf(parameters.orderId)
    if (!affiliateId) {
        return success()
    }
    Timestamp completedAt = completion.getTimestamp('statusDatetime')
    List<EntityCondition> conditions = [
            EntityCondition.makeCondition('statusId', EntityOperator.IN, RUNNING),
            EntityCondition.makeCondition('fromDate', EntityOperator.LESS_THAN_EQUAL_TO, completedAt),
            EntityCondition.makeCondition('thruDate', EntityOperator.GREATER_THAN, completedAt)]
    if (parameters.contestId) {
        conditions << EntityCondition.makeCondition('contestId', parameters.contestId)
    }
    // only the contests the affiliate competes in; the order's amounts and history are read after
    List<GenericValue> running = EntityQuery.use(delegator).from('AffContest').where(conditions)
            .orderBy('contestId').queryList()
    List<GenericValue> contests = running.findAll { GenericValue contest -> competes(contest.getString('contestId'), affiliateId) }
    if (!contests) {
        return success([creditedContests: 0])
    }
    AttributedOrder order = orders.attributed(header, completion)
    ContestRecords records = new ContestRecords(delegator)
    LedgerWriter writer = new LedgerWriter(delegator)
    int credited = 0
    contests.each { contest ->
        String contestId = contest.getString('contestId')
        ContestDefinition definition = records.definition(contest)
        CreditValuation.Valuation valuation = new CreditValuation().value(contestId, definition, order,
                completion.getString('orderStatusId'))
        if (!valuation.credited()) {
            logInfo("Order ${order.orderId()} not credited in contest ${contestId}: ${valuation.detail()}")
            return
        }
        CreditOutcome outcome = writer.record(contestId, definition, valuation.credit(), order.affiliateId())
        if (outcome.applied()) {
            credited++
            FraudDetector detector = new FraudDetector(SpikeRule.standard())
            detector.selfReferral(order).ifPresent { flag ->
                flagForReview(contestId, flag.partnerId(), flag.orderId(), 'AFFCZ_SELF_REFERRAL', flag.detail())
            }
            spikeCheck(contestId, order.affiliateId(), valuation.credit().occurredAt(), detector)
        } else if (outcome.refusal()) {
            logInfo("Order ${order.orderId()} not credited in contest ${contestId}: ${outcome.detail()}")
        }
    }
    return success([creditedContests: credited])
}

/**
 * Counts the credit in its hour (the partner's standing row lock, taken by the ledger writer in this
 * transaction, makes the count safe) and lets the engine judge the partner's hours from the counters:
 * one row per hour with credits, never all of its credits. A spiking hour is flagged on its first order,
 * read from that hour's credits alone.
 */
private void spikeCheck(String contestId, String partyId, Instant occurredAt, FraudDetector detector) {
    Timestamp hour = ContestRecords.timestamp(FraudDetector.hourOf(occurredAt))
    GenericValue counter = EntityQuery.use(delegator).from('AffContestCreditHour')
            .where('contestId', contestId, 'partyId', partyId, 'hourDate', hour).queryOne()
    if (counter) {
        counter.set('credits', (counter.getLong('credits') ?: 0L) + 1L)
        counter.store()
    } else {
        delegator.create('AffContestCreditHour', [contestId: contestId, partyId: partyId, hourDate: hour, credits: 1L])
    }
    SortedMap<Instant, Integer> hours = new TreeMap<>()
    EntityQuery.use(delegator).select('hourDate', 'credits').from('AffContestCreditHour')
            .where('contestId', contestId, 'partyId', partyId).queryList().each { GenericValue row ->
        hours[row.getTimestamp('hourDate').toInstant()] = row.getLong('credits') as int
    }
    detector.spikingHours(hours).each { FraudDetector.Spike spike ->
        Timestamp from = Timestamp.from(spike.hour())
        String first = EntityQuery.use(delegator).select('orderId').from('AffContestCredit').where(
                EntityCondition.makeCondition([contestId: contestId, partyId: partyId, lineKind: LedgerWriter.CREDIT]),
                EntityCondition.makeCondition('occurredDate', EntityOperator.GREATER_THAN_EQUAL_TO, from),
                EntityCondition.makeCondition('occurredDate', EntityOperator.LESS_THAN,
                        Timestamp.from(spike.hour().plusSeconds(3600))))
                .orderBy('occurredDate', 'orderId').queryFirst()?.getString('orderId')
        if (first) {
            FraudFlag flag = detector.flag(partyId, first, spike)
            flagForReview(contestId, partyId, flag.orderId(), 'AFFCZ_SPIKE', flag.detail())
        }
    }
}

/** Takes back the credits of an order that was reopened or cancelled after completion. */
Map affContestReverseOrder() {
    ReversalKind kind
    if (parameters.statusId == 'ORDER_CANCELLED') {
        kind = ReversalKind.CANCELLED
    } else if (parameters.oldStatusId == 'ORDER_COMPLETED' && parameters.statusId != 'ORDER_COMPLETED') {
        kind = ReversalKind.REOPENED
    } else {
        return success()
    }
    GenericValue change = new OrderFacts(delegator).latestChangeTo(parameters.orderId, parameters.statusId)
    if (!change) {
        return success()
    }
    int reversed = reverse(parameters.orderId) { String contestId ->
        Reversal.full(contestId, parameters.orderId, kind, change.getTimestamp('statusDatetime').toInstant(),
                change.getString('orderStatusId'))
    }
    return success([reversedContests: reversed])
}

/** Takes back what a completed return gave back: in part (by the returned amount) or in full, as the engine assesses it. */
Map affContestReverseReturn() {
    OrderFacts orders = new OrderFacts(delegator)
    ContestRecords records = new ContestRecords(delegator)
    int reversed = 0
    List<ReturnAssessment.OrderReturn> returns = new ReturnAssessment().assess(orders.returnedItems(parameters.returnId)) {
        String orderId -> orders.header(orderId)?.with { orders.itemsTotal(it) }
    }
    returns.each { ReturnAssessment.OrderReturn returned ->
        String orderId = returned.orderId()
        String currency = orders.header(orderId).getString('currencyUom')
        reversed += reverse(orderId) { String contestId ->
            if (returned.full()) {
                return Reversal.full(contestId, orderId, ReversalKind.RETURNED, UtilDateTime.nowTimestamp().toInstant(),
                        parameters.returnId)
            }
            BigDecimal value = new CreditValuation().returnedValue(records.definition(records.contestValue(contestId)),
                    returned.amount(), currency).orElse(BigDecimal.ZERO)
            return Reversal.partialReturn(contestId, orderId, value, UtilDateTime.nowTimestamp().toInstant(),
                    parameters.returnId)
        }
    }
    return success([reversedContests: reversed])
}

/**
 * Conversion-rate contests: counts each participant's tracked visits in the window (TrackingCodeVisit
 * of the tracking codes mapped to it in AffContestTrackingCode) and re-scores its row through
 * LedgerWriter, each partner in a transaction of its own (this service holds none), so the job locks
 * one standing row at a time, as a credit does. Visits are absolute counts: running it again changes nothing.
 */
Map updateAffContestVisits() {
    ContestRecords records = new ContestRecords(delegator)
    TrackedVisits tracked = new TrackedVisits(delegator)
    LedgerWriter writer = new LedgerWriter(delegator)
    int updated = 0
    int failed = 0
    List<GenericValue> contests = EntityQuery.use(delegator).from('AffContest')
            .where(EntityCondition.makeCondition('statusId', EntityOperator.IN, RUNNING)).orderBy('contestId').queryList()
    contests.each { GenericValue contest ->
        String contestId = contest.getString('contestId')
        ContestDefinition definition
        try {
            definition = records.definition(contest)
        } catch (Exception e) {
            // a contest whose data cannot be read does not stop the others
            logError("Visits of contest ${contestId} not counted: ${e.message}")
            return
        }
        if (!definition.metric().scoresVisits()) {
            return
        }
        Map<String, Long> known = EntityQuery.use(delegator).select('partyId', 'visits').from('AffContestStanding')
                .where('contestId', contestId).queryList()
                .collectEntries { [(it.getString('partyId')): it.getLong('visits') ?: 0L] }
        Map<String, List<String>> codes = tracked.codesOf(known.keySet())
        known.each { String partyId, Long before ->
            long visits = tracked.count(codes[partyId], contest.getTimestamp('fromDate'), contest.getTimestamp('thruDate'))
            if (visits == before) {
                return
            }
            try {
                OwnTransaction.run("visits of ${partyId} in contest ${contestId}") {
                    if (writer.recordVisits(contestId, definition, partyId, visits)) {
                        updated++
                    }
                }
            } catch (Exception e) {
                failed++
                logError("Visits of ${partyId} in contest ${contestId} not updated: ${e.message}")
            }
        }
    }
    return success([standingsUpdated: updated, standingsFailed: failed])
}

/** Records the reversal made by {@code lineFor} in every running contest where the order is credited. */
private int reverse(String orderId, Closure<Reversal> lineFor) {
    List<GenericValue> credits = EntityQuery.use(delegator).from('AffContestCredit')
            .where('orderId', orderId, 'lineKind', LedgerWriter.CREDIT).orderBy('contestId').queryList()
    Map<String, String> partnerByContest = [:]
    credits.each { partnerByContest[it.getString('contestId')] = it.getString('partyId') }
    ContestRecords records = new ContestRecords(delegator)
    LedgerWriter writer = new LedgerWriter(delegator)
    int reversed = 0
    partnerByContest.each { String contestId, String partyId ->
        GenericValue contest = records.contestValue(contestId)
        if (contest.getString('statusId') in RUNNING) {
            Reversal line = lineFor(contestId)
            if (writer.record(contestId, records.definition(contest), line, partyId).applied()) {
                reversed++
            }
        }
    }
    return reversed
}

private boolean competes(String contestId, String partyId) {
    return EntityQuery.use(delegator).from('AffContestParticipant').where('contestId', contestId, 'partyId', partyId)
            .queryCount() > 0
}

private void flagForReview(String contestId, String partyId, String orderId, String reasonEnumId, String detail) {
    if (!EntityQuery.use(delegator).from('AffContestFraudFlag')
            .where('contestId', contestId, 'orderId', orderId, 'reasonEnumId', reasonEnumId).queryOne()) {
        delegator.create('AffContestFraudFlag', [contestId: contestId, partyId: partyId, orderId: orderId,
                reasonEnumId: reasonEnumId, flaggedDate: UtilDateTime.nowTimestamp(), detail: detail,
                reviewStatusId: 'AFFC_FL_OPEN'])
    }
}
