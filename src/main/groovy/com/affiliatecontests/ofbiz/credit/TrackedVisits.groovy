/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.credit

import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/**
 * Reads partners' tracked visits: the TrackingCodeVisits, in a contest's window, of the tracking
 * codes mapped to each partner in AffContestTrackingCode. Used alike by the visits job, finalization
 * and the dry run, so the three count the same visits.
 */
class TrackedVisits {

    private final Delegator delegator

    TrackedVisits(Delegator delegator) {
        this.delegator = delegator
    }

    /** The tracking codes of each partner that has any, among the partners given. */
    Map<String, List<String>> codesOf(Collection<String> partyIds) {
        Set<String> wanted = partyIds as Set<String>
        Map<String, List<String>> codes = [:]
        EntityQuery.use(delegator).from('AffContestTrackingCode').queryList().each { GenericValue row ->
            String partyId = row.getString('partyId')
            if (partyId in wanted) {
                codes.computeIfAbsent(partyId) { [] } << row.getString('trackingCodeId')
            }
        }
        return codes
    }

    /** Visits in [from, thru) of the codes; 0 for none. */
    long count(List<String> codes, Timestamp from, Timestamp thru) {
        if (!codes) {
            return 0L
        }
        return EntityQuery.use(delegator).from('TrackingCodeVisit').where(
                EntityCondition.makeCondition('trackingCodeId', EntityOperator.IN, codes),
                EntityCondition.makeCondition('fromDate', EntityOperator.GREATER_THAN_EQUAL_TO, from),
                EntityCondition.makeCondition('fromDate', EntityOperator.LESS_THAN, thru)).queryCount()
    }

    /** Visits in [from, thru) of each partner given that has tracking codes (absent: none). */
    Map<String, Long> byPartner(Collection<String> partyIds, Timestamp from, Timestamp thru) {
        return codesOf(partyIds).collectEntries { String partyId, List<String> codes ->
            [(partyId): count(codes, from, thru)]
        } as Map<String, Long>
    }

}
