/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.eligibility

import com.affiliatecontests.ofbiz.common.OwnTransaction
import com.affiliatecontests.ofbiz.credit.LedgerWriter
import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.ofbiz.messaging.BatchInserter
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.entity.util.EntityListIterator
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/**
 * Writes and removes a contest's eligibility snapshot (AffContestParticipant) and the partners'
 * zero standing rows in chunks, each in a transaction of its own, as the broadcast writer does.
 * Derby escalates a transaction holding more than 5,000 row locks on a table to a table lock
 * (derby.locks.escalationThreshold), which would make crediting and leaderboards wait; a chunk
 * stays far below it. Writing is resumable: the partners already written are skipped and those no
 * longer in the snapshot removed, so a launch that failed midway and is asked again ends with the
 * snapshot exactly once. Called with a transaction in place, every chunk joins it.
 */
class SnapshotWriter {

    /** Partners per transaction: a participant and a standing row each, so about 1,000 row locks. */
    static final int CHUNK = 500

    private final Delegator delegator

    SnapshotWriter(Delegator delegator) {
        this.delegator = delegator
    }

    /**
     * Makes the contest's participants exactly the snapshot (party id to reason), each with a zero
     * standing row; returns the rank keys of all standing rows (for the score-band counters).
     */
    List<String> write(String contestId, ContestDefinition definition, Map<String, String> reasons, Timestamp takenAt) {
        Set<String> written = partyIds('AffContestParticipant', contestId)
        remove(contestId, written.findAll { !reasons.containsKey(it) } as List<String>)
        List<String> todo = reasons.keySet().findAll { !written.contains(it) } as List<String>
        todo.collate(CHUNK).each { List<String> chunk ->
            BatchInserter participants = new BatchInserter(delegator, 'AffContestParticipant')
            BatchInserter standings = new BatchInserter(delegator, 'AffContestStanding')
            chunk.each { String partyId ->
                participants.add([contestId: contestId, partyId: partyId, reason: reasons[partyId], snapshotDate: takenAt])
                standings.add(LedgerWriter.zeroStanding(contestId, partyId, definition))
            }
            OwnTransaction.run('writing contest participants failed') {
                participants.flush()
                standings.flush()
            }
        }
        return column('AffContestStanding', contestId, 'rankKey')
    }

    /** Removes the given partners' standing rows and participants (all of them when partyIds is null). */
    void remove(String contestId, List<String> partyIds = null) {
        List<String> which = partyIds == null ? column('AffContestParticipant', contestId, 'partyId') : partyIds
        which.collate(CHUNK).each { List<String> chunk ->
            EntityCondition condition = EntityCondition.makeCondition(EntityCondition.makeCondition('contestId', contestId),
                    EntityCondition.makeCondition('partyId', EntityOperator.IN, chunk))
            OwnTransaction.run('removing contest participants failed') {
                delegator.removeByCondition('AffContestStanding', condition)
                delegator.removeByCondition('AffContestParticipant', condition)
            }
        }
    }

    private Set<String> partyIds(String entity, String contestId) {
        return column(entity, contestId, 'partyId') as Set<String>
    }

    /** One column of a contest's rows, read with a cursor (an EntityListIterator needs a transaction). */
    List<String> column(String entity, String contestId, String field) {
        List<String> values = []
        boolean began = TransactionUtil.begin()
        try {
            EntityListIterator rows = EntityQuery.use(delegator).from(entity).select(field).where('contestId', contestId)
                    .queryIterator()
            try {
                GenericValue row
                while ((row = rows.next()) != null) {
                    values << row.getString(field)
                }
            } finally {
                rows.close()
            }
            TransactionUtil.commit(began)
        } catch (Exception e) {
            TransactionUtil.rollback(began, "reading ${entity} failed".toString(), e)
            throw e
        }
        return values
    }

}
