/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.credit

import com.affiliatecontests.ofbiz.common.OwnTransaction
import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.contest.JobFailures
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityListIterator
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.LocalDispatcher
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp

/**
 * Credits a contest from orders completed before (a contest created after the fact, or recomputed)
 * by running the live crediting services over each order's history: its completion, a later
 * reopening or cancellation, and its completed returns.
 */
class PastOrders {

    private final Delegator delegator
    private final LocalDispatcher dispatcher
    private final GenericValue userLogin

    PastOrders(Delegator delegator, LocalDispatcher dispatcher, GenericValue userLogin) {
        this.delegator = delegator
        this.dispatcher = dispatcher
        this.userLogin = userLogin
    }

    /**
     * Replays the orders of the contest's participants completed in its window, each through the
     * crediting services in transactions of its own; the completions are read a page at a time
     * (eachCompletedOrder), so a window of a million orders is never held in memory.
     */
    int replay(String contestId, GenericValue contest) {
        Set<String> participants = EntityQuery.use(delegator).select('partyId').from('AffContestParticipant')
                .where('contestId', contestId).queryList()*.getString('partyId') as Set<String>
        OrderFacts facts = new OrderFacts(delegator)
        int replayed = 0
        eachCompletedOrder(contest.getTimestamp('fromDate'), contest.getTimestamp('thruDate'), participants) { String orderId ->
            replayed++
            replayOne(contestId, orderId, facts)
        }
        return replayed
    }

    /**
     * Credits a contest opened or activated by a job after its start with the orders completed since
     * then; a failure is logged and counted on the contest's row (JobFailures). Returns whether it succeeded.
     */
    boolean creditSinceStart(String contestId, JobFailures failures) {
        return failures.run(contestId, 'Crediting the orders completed since the start', {
            replay(contestId, new ContestRecords(delegator).contestValue(contestId))
        }, false)
    }

    /** Completions read per page by eachCompletedOrder. */
    static final int PAGE = 1000

    /**
     * Calls back with the id of each order completed in [from, thru) and attributed to one of the
     * partners (OrderRole AFFILIATE, then a tracking code of one), oldest first within each kind of
     * attribution. Pages of completions are read by key ranges (completion time, status id), each in a
     * short transaction of its own that the callback never runs in. An order completed twice in the
     * window is given twice (its replay is idempotent).
     */
    void eachCompletedOrder(Timestamp from, Timestamp thru, Set<String> partners, Closure each) {
        List<EntityCondition> window = [EntityCondition.makeCondition('statusId', 'ORDER_COMPLETED'),
                EntityCondition.makeCondition('statusDatetime', EntityOperator.GREATER_THAN_EQUAL_TO, from),
                EntityCondition.makeCondition('statusDatetime', EntityOperator.LESS_THAN, thru)]
        [AffContestRoleOrder: [EntityCondition.makeCondition('roleTypeId', 'AFFILIATE')], AffContestTrackedOrder: []]
                .each { String view, List<EntityCondition> attribution ->
            GenericValue last = null
            while (true) {
                List<EntityCondition> conditions = window + attribution
                if (last) {
                    conditions << EntityCondition.makeCondition(EntityOperator.OR,
                            EntityCondition.makeCondition('statusDatetime', EntityOperator.GREATER_THAN, last.statusDatetime),
                            EntityCondition.makeCondition(EntityCondition.makeCondition('statusDatetime', last.statusDatetime),
                                    EntityCondition.makeCondition('orderStatusId', EntityOperator.GREATER_THAN,
                                            last.orderStatusId)))
                }
                List<GenericValue> page = null
                OwnTransaction.run('reading completed orders failed') {
                    page = EntityQuery.use(delegator).select('orderStatusId', 'orderId', 'partyId', 'statusDatetime')
                            .from(view).where(conditions).orderBy('statusDatetime', 'orderStatusId').maxRows(PAGE).queryList()
                }
                page.findAll { it.getString('partyId') in partners }*.getString('orderId').unique().each { each(it) }
                if (page.size() < PAGE) {
                    break
                }
                last = page.last()
            }
        }
    }

    private void replayOne(String contestId, String orderId, OrderFacts facts) {
        check(dispatcher.runSync('affContestCreditOrder', [orderId: orderId, contestId: contestId,
                userLogin: userLogin]))
        GenericValue header = facts.header(orderId)
        String current = header?.getString('statusId')
        if (current && current != 'ORDER_COMPLETED') {
            check(dispatcher.runSync('affContestReverseOrder', [orderId: orderId, statusId: current,
                    oldStatusId: 'ORDER_COMPLETED', userLogin: userLogin]))
        }
        List<String> returnIds = EntityQuery.use(delegator).from('ReturnItem').where('orderId', orderId)
                .queryList()*.getString('returnId').unique()
        returnIds.each { String returnId ->
            GenericValue returnHeader = EntityQuery.use(delegator).from('ReturnHeader')
                    .where('returnId', returnId).queryOne()
            if (returnHeader?.getString('statusId') == 'RETURN_COMPLETED') {
                check(dispatcher.runSync('affContestReverseReturn', [returnId: returnId, userLogin: userLogin]))
            }
        }
    }

    /**
     * Calls back with each order's first completion in [from, thru) of the orders attributed to an
     * affiliate (OrderRole AFFILIATE or a tracking code of one), oldest first (completion time, then
     * status id): the store's other orders are never read. The two kinds of attribution are read through
     * two cursors merged as they go, so only their current rows are held, never the window's; a
     * completion found through both, or through two roles, is given once, and a later completion of an
     * order completed earlier in the window not at all. Needs the caller's transaction (a cursor does).
     * Returns the completion rows read (read) and the most held at once (held).
     */
    Map<String, Long> eachFirstCompletion(Timestamp from, Timestamp thru, Closure each) {
        List<EntityCondition> window = [EntityCondition.makeCondition('statusId', 'ORDER_COMPLETED'),
                EntityCondition.makeCondition('statusDatetime', EntityOperator.GREATER_THAN_EQUAL_TO, from),
                EntityCondition.makeCondition('statusDatetime', EntityOperator.LESS_THAN, thru)]
        long read = 0
        long held = 0
        EntityListIterator roles = completions('AffContestRoleOrder',
                window + [EntityCondition.makeCondition('roleTypeId', 'AFFILIATE')])
        EntityListIterator tracked = null
        try {
            tracked = completions('AffContestTrackedOrder', window)
            GenericValue role = roles.next()
            GenericValue code = tracked.next()
            String last = null
            while (role != null || code != null) {
                held = Math.max(held, (role != null ? 1L : 0L) + (code != null ? 1L : 0L))
                GenericValue row
                if (code == null || (role != null && !later(role, code))) {
                    row = role
                    role = roles.next()
                } else {
                    row = code
                    code = tracked.next()
                }
                read++
                String statusId = row.getString('orderStatusId')
                // the rows of one completion are next to each other in this order
                if (statusId != last) {
                    last = statusId
                    if (!completedEarlier(row, from)) {
                        each(row)
                    }
                }
            }
        } finally {
            roles.close()
            tracked?.close()
        }
        return [read: read, held: held]
    }

    private EntityListIterator completions(String view, List<EntityCondition> conditions) {
        return EntityQuery.use(delegator).select('orderStatusId', 'orderId', 'statusDatetime').from(view)
                .where(conditions).orderBy('statusDatetime', 'orderStatusId').cursorForwardOnly().queryIterator()
    }

    private static boolean later(GenericValue one, GenericValue other) {
        int byTime = one.getTimestamp('statusDatetime') <=> other.getTimestamp('statusDatetime')
        return byTime != 0 ? byTime > 0 : one.getString('orderStatusId') > other.getString('orderStatusId')
    }

    /** Whether the completion's order was completed before it in the window (it is then counted at that one). */
    private boolean completedEarlier(GenericValue completion, Timestamp from) {
        Timestamp at = completion.getTimestamp('statusDatetime')
        return EntityQuery.use(delegator).from('OrderStatus').where(
                EntityCondition.makeCondition('orderId', completion.getString('orderId')),
                EntityCondition.makeCondition('statusId', 'ORDER_COMPLETED'),
                EntityCondition.makeCondition('statusDatetime', EntityOperator.GREATER_THAN_EQUAL_TO, from),
                EntityCondition.makeCondition(EntityOperator.OR,
                        EntityCondition.makeCondition('statusDatetime', EntityOperator.LESS_THAN, at),
                        EntityCondition.makeCondition(EntityCondition.makeCondition('statusDatetime', at),
                                EntityCondition.makeCondition('orderStatusId', EntityOperator.LESS_THAN,
                                        completion.getString('orderStatusId'))))).queryCount() > 0
    }

    private static void check(Map result) {
        if (ServiceUtil.isError(result)) {
            throw new IllegalStateException(ServiceUtil.getErrorMessage(result))
        }
    }

}
