/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.fraud

import com.affiliatecontests.ofbiz.common.ServiceErrors
import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.credit.LedgerWriter
import com.affiliatecontests.engine.contest.ContestStatus
import com.affiliatecontests.engine.credit.CreditOutcome
import com.affiliatecontests.engine.credit.LedgerEntry
import com.affiliatecontests.engine.fraud.FlagReview
import com.affiliatecontests.engine.fraud.FlagReview.FlagStatus
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/*
 * The admin's review of a fraud flag (issue 13.6): dismiss it, or exclude the flagged order from the contest. Both
 * take the partner's standing row lock first (the lock every credit takes), then read the flag and the order's ledger
 * lines, so repeated and concurrent reviews queue and the later ones see what the first did. The engine's FlagReview
 * decides; the exclusion's reversal line goes through LedgerWriter like any credit or reversal, which moves the
 * standing in the same transaction. A refusal returns its label and, the service's transaction rolled back, stores
 * nothing.
 */

/** Dismisses an open flag: the credit stays; who, when and the note are kept on the flag. */
Map dismissAffContestFraudFlag() {
    GenericValue flag = flagOf(parameters)
    if (!flag) {
        return ServiceErrors.of('AffiliateContestsErrorFlagNotFound', locale)
    }
    new LedgerWriter(delegator).lockStanding(flag.getString('contestId'), flag.getString('partyId'))
    flag.refresh()
    FlagReview.Decision decision = new FlagReview().dismiss(FlagStatus.ofStatusId(flag.getString('reviewStatusId')))
    if (decision.refused()) {
        return ServiceErrors.of(decision.refusal().labelKey(), locale)
    }
    reviewed([flag], decision.status(), parameters.note as String, UtilDateTime.nowTimestamp())
    return success([reviewStatusId: decision.status().statusId()])
}

/**
 * Excludes the flagged order from the contest: a reversal line (EXCLUDED, with the reason and the admin) takes the
 * whole credit back, the standing moves, and every open flag of the order in the contest is closed as confirmed.
 * An order is excluded once: a second exclusion, through any of its flags, is refused.
 */
Map excludeAffContestFlaggedOrder() {
    GenericValue flag = flagOf(parameters)
    if (!flag) {
        return ServiceErrors.of('AffiliateContestsErrorFlagNotFound', locale)
    }
    String contestId = flag.getString('contestId')
    String orderId = flag.getString('orderId')
    String partyId = flag.getString('partyId')
    LedgerWriter writer = new LedgerWriter(delegator)
    if (!writer.lockStanding(contestId, partyId)) {
        return ServiceErrors.of(FlagReview.Refusal.NOT_CREDITED.labelKey(), locale)
    }
    flag.refresh()
    ContestRecords records = new ContestRecords(delegator)
    GenericValue contest = records.contestValue(contestId)
    List<LedgerEntry> lines = EntityQuery.use(delegator).from('AffContestCredit').where('contestId', contestId, 'orderId', orderId)
            .queryList().collect { LedgerWriter.toLine(it) }
    Timestamp now = UtilDateTime.nowTimestamp()
    FlagReview.Decision decision = new FlagReview().exclude(contestId, orderId, FlagStatus.ofStatusId(flag.getString('reviewStatusId')),
            ContestStatus.fromStatusId(contest.getString('statusId')), lines, parameters.reason as String, now.toInstant())
    if (decision.refused()) {
        return ServiceErrors.of(decision.refusal().labelKey(), locale)
    }
    CreditOutcome outcome = writer.record(contestId, records.definition(contest), decision.reversal().get(), partyId,
            [note: parameters.reason, userLoginId: userLogin?.getString('userLoginId')])
    if (!outcome.applied()) {
        return ServiceErrors.of(FlagReview.Refusal.ALREADY_EXCLUDED.labelKey(), locale)
    }
    List<GenericValue> open = EntityQuery.use(delegator).from('AffContestFraudFlag')
            .where('contestId', contestId, 'orderId', orderId, 'reviewStatusId', FlagStatus.OPEN.statusId()).queryList()
    reviewed(open, decision.status(), parameters.reason as String, now)
    return success([reviewStatusId: decision.status().statusId()])
}

private GenericValue flagOf(Map parameters) {
    return EntityQuery.use(delegator).from('AffContestFraudFlag').where('contestId', parameters.contestId,
            'orderId', parameters.orderId, 'reasonEnumId', parameters.reasonEnumId).queryOne()
}

private void reviewed(List<GenericValue> flags, FlagStatus status, String note, Timestamp at) {
    flags.each { GenericValue flag ->
        flag.set('reviewStatusId', status.statusId())
        flag.set('reviewedByUserLogin', userLogin?.getString('userLoginId'))
        flag.set('reviewedDate', at)
        flag.set('reviewNote', note)
        flag.store()
    }
}
