/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.contest

import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.util.EntityQuery

/**
 * Status changes of a contest take the contest row's lock before they read it, so two changes at
 * once queue and the second sees the state the first left: exactly one of two racing transitions
 * wins, and the engine refuses the other.
 */
class ContestLocks {

    private final Delegator delegator

    ContestLocks(Delegator delegator) {
        this.delegator = delegator
    }

    /** The contest row, read after taking its lock in the caller's transaction; null when there is none. */
    GenericValue lockAndRead(String contestId) {
        if (delegator.storeByCondition('AffContest', [lastUpdatedStamp: UtilDateTime.nowTimestamp()],
                EntityCondition.makeCondition('contestId', contestId)) == 0) {
            return null
        }
        return EntityQuery.use(delegator).from('AffContest').where('contestId', contestId).queryOne()
    }

}
