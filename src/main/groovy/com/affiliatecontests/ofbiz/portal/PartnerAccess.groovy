/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal

import com.affiliatecontests.ofbiz.common.ServiceErrors
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

/**
 * Who may see what in the partner portal, as the partner services decide it: the caller's party
 * must have the AFFILIATE role, and a contest is visible only to the partners of its eligibility
 * snapshot, once launched and unless cancelled.
 */
class PartnerAccess {

    static final List<String> HIDDEN_STATUSES = ['AFFC_DRAFT', 'AFFC_CANCELLED']

    private final Delegator delegator

    PartnerAccess(Delegator delegator) {
        this.delegator = delegator
    }

    /** The caller's party id when it has the AFFILIATE role, else null (anonymous or not a partner). */
    String affiliateOf(Map userLogin) {
        String partyId = userLogin?.partyId
        if (!partyId || !EntityQuery.use(delegator).from('PartyRole')
                .where('partyId', partyId, 'roleTypeId', 'AFFILIATE').queryOne()) {
            return null
        }
        return partyId
    }

    /** The contest when the partner competes in it and it is visible to partners, else null. */
    GenericValue visibleContest(String contestId, String partyId) {
        if (!contestId || !partyId || !EntityQuery.use(delegator).from('AffContestParticipant')
                .where('contestId', contestId, 'partyId', partyId).queryOne()) {
            return null
        }
        GenericValue contest = EntityQuery.use(delegator).from('AffContest').where('contestId', contestId).queryOne()
        return contest && !(contest.getString('statusId') in HIDDEN_STATUSES) ? contest : null
    }

    /**
     * The caller's party and the contest it asked for, as [partyId: ..., contest: ...] when it may
     * see it, else as [error: the labelled service error] (not a partner, or no such contest for it).
     */
    Map callerContest(Map userLogin, String contestId, Locale locale) {
        String partyId = affiliateOf(userLogin)
        if (!partyId) {
            return [error: ServiceErrors.of('AffiliateContestsErrorNotAnAffiliate', locale)]
        }
        GenericValue contest = visibleContest(contestId, partyId)
        if (!contest) {
            return [error: ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)]
        }
        return [partyId: partyId, contest: contest]
    }

}
