/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.credit

import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.standing.StandingBands
import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.credit.Credit
import com.affiliatecontests.engine.credit.CreditLedger
import com.affiliatecontests.engine.credit.CreditOutcome
import com.affiliatecontests.engine.credit.CreditPolicy
import com.affiliatecontests.engine.credit.LedgerEntry
import com.affiliatecontests.engine.credit.OrderValue
import com.affiliatecontests.engine.credit.Reversal
import com.affiliatecontests.engine.credit.ReversalKind
import com.affiliatecontests.engine.standing.PartnerTotals
import com.affiliatecontests.engine.standing.ScoredPartner
import com.affiliatecontests.engine.standing.Scoring
import com.affiliatecontests.ofbiz.live.BoardChanges
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.util.EntityQuery

import java.time.Instant

/**
 * Writes one ledger line of one contest and moves the partner's standing row in the same
 * transaction (the caller's). The standing row is updated first, which takes its row lock, so
 * concurrent lines of one partner queue up and the duplicate check below cannot race. The
 * decisions (admission, order value, totals, score) are the engine's.
 */
class LedgerWriter {

    static final String CREDIT = 'CREDIT'

    private final Delegator delegator

    LedgerWriter(Delegator delegator) {
        this.delegator = delegator
    }

    /** The standing row of a partner with no credit yet. */
    static Map zeroStanding(String contestId, String partyId, ContestDefinition definition) {
        Scoring scoring = new Scoring(definition)
        ScoredPartner zero = scoring.score(PartnerTotals.zero(partyId))
        return [contestId: contestId, partyId: partyId, totalValue: BigDecimal.ZERO, score: zero.score(),
                conversions: 0L, visits: 0L, reachedDate: null, qualified: 'N', rankKey: scoring.sortKey(zero)]
    }

    static PartnerTotals totalsOf(GenericValue row) {
        return new PartnerTotals(row.getString('partyId'), row.getBigDecimal('totalValue'), row.getLong('conversions') ?: 0L,
                row.getLong('visits') ?: 0L, ContestRecords.instant(row.getTimestamp('reachedDate')))
    }

    static LedgerEntry toLine(GenericValue row) {
        String kind = row.getString('lineKind')
        Instant at = ContestRecords.instant(row.getTimestamp('occurredDate'))
        if (kind == CREDIT) {
            return new Credit(row.getString('contestId'), row.getString('partyId'), row.getString('orderId'),
                    row.getBigDecimal('amount'), at, row.getString('sourceId'))
        }
        return new Reversal(row.getString('contestId'), row.getString('orderId'), ReversalKind.valueOf(kind),
                row.getBigDecimal('amount'), at, row.getString('sourceId'))
    }

    /** Records the line and returns what happened; a duplicate or a refusal changes nothing. */
    CreditOutcome record(String contestId, ContestDefinition definition, LedgerEntry line, String partyId, Map audit = [:]) {
        if (!lockStanding(contestId, partyId)) {
            return CreditOutcome.refused(com.affiliatecontests.engine.credit.CreditRefusal.NOT_ELIGIBLE,
                    "partner ${partyId} does not compete in contest ${contestId}")
        }
        List<GenericValue> rows = EntityQuery.use(delegator).from('AffContestCredit')
                .where('contestId', contestId, 'orderId', line.orderId()).queryList()
        List<LedgerEntry> existing = rows.collect { toLine(it) }
        if (existing.any { it.key() == line.key() }) {
            return CreditOutcome.DUPLICATE
        }
        if (line instanceof Credit) {
            String creditedTo = rows.find { it.getString('lineKind') == CREDIT }?.getString('partyId')
            Optional<CreditOutcome> refusal = new CreditPolicy(definition.window())
                    .refusal((Credit) line, true, Optional.ofNullable(creditedTo))
            if (refusal.isPresent()) {
                return refusal.get()
            }
        }
        OrderValue before = OrderValue.of(existing, definition.metric())
        OrderValue after = OrderValue.of(existing + [line], definition.metric())
        delegator.create(lineValue(contestId, line, partyId, audit))
        moveStanding(contestId, definition, partyId,
                new CreditLedger.OrderChange(partyId, line.orderId(), before, after))
        new BoardChanges(delegator).afterCommit(contestId)
        return CreditOutcome.APPLIED
    }

    /**
     * Sets a partner's tracked visits and lets the engine re-score its row, on the same path as a
     * ledger line: the row's lock first, then a fresh read (so a credit committed meanwhile is kept),
     * and the band counters moved with the rank key. Returns whether the row changed.
     */
    boolean recordVisits(String contestId, ContestDefinition definition, String partyId, long visits) {
        if (!lockStanding(contestId, partyId)) {
            return false
        }
        GenericValue row = EntityQuery.use(delegator).from('AffContestStanding')
                .where('contestId', contestId, 'partyId', partyId).queryOne()
        if ((row.getLong('visits') ?: 0L) == visits) {
            return false
        }
        Scoring scoring = new Scoring(definition)
        String oldKey = row.getString('rankKey') ?: scoring.sortKey(scoring.score(totalsOf(row)))
        ScoredPartner scored = scoring.score(totalsOf(row).withVisits(visits))
        row.set('visits', visits)
        row.set('score', scored.score())
        row.set('qualified', scored.qualified() ? 'Y' : 'N')
        row.set('rankKey', scoring.sortKey(scored))
        row.store()
        new StandingBands(delegator, definition).move(contestId, oldKey, row.getString('rankKey'))
        new BoardChanges(delegator).afterCommit(contestId)
        return true
    }

    /** Takes the standing row's lock by updating it; false when the partner has no row (not a participant). */
    boolean lockStanding(String contestId, String partyId) {
        return delegator.storeByCondition('AffContestStanding', [lockedStamp: UtilDateTime.nowTimestamp()],
                EntityCondition.makeCondition([contestId: contestId, partyId: partyId])) > 0
    }

    private void moveStanding(String contestId, ContestDefinition definition, String partyId,
                              CreditLedger.OrderChange change) {
        GenericValue row = EntityQuery.use(delegator).from('AffContestStanding')
                .where('contestId', contestId, 'partyId', partyId).queryOne()
        Scoring scoring = new Scoring(definition)
        String oldKey = row.getString('rankKey') ?: scoring.sortKey(scoring.score(totalsOf(row)))
        PartnerTotals totals = totalsOf(row).apply(change) { latestContribution(contestId, definition, partyId) }
        ScoredPartner scored = scoring.score(totals)
        row.set('totalValue', totals.total())
        row.set('score', scored.score())
        row.set('conversions', totals.conversions())
        row.set('reachedDate', ContestRecords.timestamp(totals.reachedAt()))
        row.set('qualified', scored.qualified() ? 'Y' : 'N')
        row.set('rankKey', scoring.sortKey(scored))
        row.store()
        new StandingBands(delegator, definition).move(contestId, oldKey, row.getString('rankKey'))
    }

    /** The completion time of the partner's latest order that still counts, read from the ledger. */
    private Optional<Instant> latestContribution(String contestId, ContestDefinition definition, String partyId) {
        List<String> orderIds = EntityQuery.use(delegator).select('orderId').from('AffContestCredit')
                .where('contestId', contestId, 'partyId', partyId, 'lineKind', CREDIT).queryList()*.getString('orderId')
                .unique()
        Instant latest = null
        orderIds.each { orderId ->
            List<LedgerEntry> lines = EntityQuery.use(delegator).from('AffContestCredit')
                    .where('contestId', contestId, 'orderId', orderId).queryList().collect { toLine(it) }
            OrderValue value = OrderValue.of(lines, definition.metric())
            if (value.contributes() && (latest == null || value.completedAt().isAfter(latest))) {
                latest = value.completedAt()
            }
        }
        return Optional.ofNullable(latest)
    }

    private GenericValue lineValue(String contestId, LedgerEntry line, String partyId, Map audit) {
        boolean credit = line instanceof Credit
        return delegator.makeValue('AffContestCredit', [
                contestId: contestId,
                orderId: line.orderId(),
                lineKind: credit ? CREDIT : ((Reversal) line).kind().name(),
                sourceId: line.sourceId(),
                partyId: partyId,
                amount: credit ? ((Credit) line).value() : ((Reversal) line).amount(),
                occurredDate: ContestRecords.timestamp(line.occurredAt()),
                createdDate: UtilDateTime.nowTimestamp(), note: audit.note, createdByUserLogin: audit.userLoginId])
    }

}
