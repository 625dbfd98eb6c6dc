/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.contest

import com.affiliatecontests.ofbiz.common.OwnTransaction
import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator

/**
 * Counts a scheduled job's failures on a contest (jobFailures, jobLastError, jobFailedDate on
 * AffContest), each recorded in a transaction of its own after the failed work was rolled back, so
 * the dashboard can show the contests a job keeps failing on while the job goes on with the others.
 */
class JobFailures {

    private static final String MODULE = JobFailures.name

    private final Delegator delegator

    JobFailures(Delegator delegator) {
        this.delegator = delegator
    }

    /**
     * Runs one contest's work in its own transaction (or, for work that runs its own transactions,
     * in none); a failure is logged and recorded, never thrown.
     */
    boolean run(String contestId, String what, Closure work, boolean ownTransaction = true) {
        try {
            if (ownTransaction) {
                OwnTransaction.run("${what} failed for contest ${contestId}".toString(), work)
            } else {
                work()
            }
            return true
        } catch (Exception e) {
            Debug.logError(e, "${what} failed for contest ${contestId}; the job goes on with the others", MODULE)
            record(contestId, e)
            return false
        }
    }

    /** The end of a job's work on a contest: a success clears its count (a failure was counted already); returns ok. */
    boolean settle(String contestId, boolean ok) {
        if (ok) {
            clear(contestId)
        }
        return ok
    }

    /** Clears the count of a contest the job has just handled, in a transaction of its own. */
    void clear(String contestId) {
        OwnTransaction.run('clearing a job failure failed') {
            delegator.storeByCondition('AffContest', [jobFailures: 0L, jobLastError: null, jobFailedDate: null],
                    EntityCondition.makeCondition(EntityCondition.makeCondition('contestId', contestId),
                            EntityCondition.makeCondition('jobFailures', EntityOperator.GREATER_THAN, 0L)))
        }
    }

    private void record(String contestId, Exception failure) {
        try {
            OwnTransaction.run('recording a job failure failed') {
                Long failures = delegator.findOne('AffContest', [contestId: contestId], false)?.getLong('jobFailures') ?: 0L
                String message = (failure.message ?: failure.class.name).take(255)
                delegator.storeByCondition('AffContest', [jobFailures: failures + 1, jobLastError: message,
                        jobFailedDate: UtilDateTime.nowTimestamp()], EntityCondition.makeCondition('contestId', contestId))
            }
        } catch (Exception e) {
            Debug.logError(e, "Could not record the job failure of contest ${contestId}", MODULE)
        }
    }

}
