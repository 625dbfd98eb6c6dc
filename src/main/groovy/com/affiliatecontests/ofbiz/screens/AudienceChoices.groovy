/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.screens

import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.util.EntityQuery

/**
 * What an audience criterion can name, per dimension, for the contest eligibility step and the
 * broadcast audience builder: tags, tiers, segments, contact lists, affiliates (and contests).
 */
class AudienceChoices {

    private final Delegator delegator

    AudienceChoices(Delegator delegator) {
        this.delegator = delegator
    }

    /**
     * Maps of dimensionEnumId and groups (maps of id and name), in the screens' order; the partner
     * dimension has no groups but lookup true: the forms search partners through LookupAffPartners.
     */
    List<Map> groups(boolean withContests) {
        List<Map> dimensions = [
                [dimensionEnumId: 'AFFCD_TAG', groups: classes('AFFC_PARTNER_TAG')],
                [dimensionEnumId: 'AFFCD_TIER', groups: classes('AFFC_PARTNER_TIER')],
                [dimensionEnumId: 'AFFCD_SEGMENT', groups: query('SegmentGroup', 'segmentGroupId').collect {
                    [id: it.segmentGroupId, name: it.description] }],
                [dimensionEnumId: 'AFFCD_CONTACT_LIST', groups: query('ContactList', 'contactListId').collect {
                    [id: it.contactListId, name: it.contactListName] }],
                // partners are searched as the admin types (LookupAffPartners), never listed: a store may have 100k
                [dimensionEnumId: 'AFFCD_PARTY', groups: [], lookup: true],
        ]
        if (withContests) {
            List<Map> contests = EntityQuery.use(delegator).from('AffContest')
                    .where('statusId', 'AFFC_ACTIVE').orderBy('contestName').queryList()
                    .collect { [id: it.contestId, name: it.contestName] }
            ['AFFCD_CONTEST', 'AFFCD_CONTEST_TOP', 'AFFCD_CONTEST_BELOW'].each { dimensions << [dimensionEnumId: it, groups: contests] }
        }
        return dimensions
    }

    private List<Map> classes(String type) {
        return EntityQuery.use(delegator).from('PartyClassificationGroup').where('partyClassificationTypeId', type)
                .orderBy('partyClassificationGroupId').queryList().collect { [id: it.partyClassificationGroupId, name: it.description] }
    }

    private List query(String entity, String order) {
        return EntityQuery.use(delegator).from(entity).orderBy(order).queryList()
    }

}
