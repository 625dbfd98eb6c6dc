/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.eligibility

import com.affiliatecontests.engine.eligibility.Dimension
import com.affiliatecontests.engine.eligibility.PartnerProfile
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery

/**
 * Affiliates as the engine sees them: the name (Person or PartyGroup), the alias (Affiliate's
 * affiliateName), tags and tiers (PartyClassification; a group of type AFFC_PARTNER_TIER is a
 * tier), segments (SegmentGroupRole, or a classification a SegmentGroup names) and contact lists.
 */
class PartnerDirectory {

    static final String TIER_TYPE = 'AFFC_PARTNER_TIER'
    /** Party ids per IN list: Derby refuses a statement with ~100k parameters ("statement too complex"). */
    static final int IN_LIST = 500

    private final Delegator delegator

    PartnerDirectory(Delegator delegator) {
        this.delegator = delegator
    }

    Map<String, PartnerProfile> profilesById(Collection<String> partyIds) {
        return profiles(partyIds).collectEntries { [(it.partyId()): it] }
    }

    List<PartnerProfile> profiles(Collection<String> partyIds) {
        if (!partyIds) {
            return []
        }
        List<String> ids = partyIds as List
        Map<String, String> names = [:]
        eachOf('PartyNameView', ids, false) { GenericValue p ->
            String name = p.getString('groupName') ?: [p.getString('firstName'), p.getString('lastName')].findAll().join(' ')
            names[p.getString('partyId')] = name
        }
        Map<String, String> aliases = [:]
        eachOf('Affiliate', ids, false) { GenericValue a -> aliases[a.getString('partyId')] = a.getString('affiliateName') }

        Map<String, String> groupTypes = [:]
        EntityQuery.use(delegator).from('PartyClassificationGroup').queryList().each {
            groupTypes[it.getString('partyClassificationGroupId')] = it.getString('partyClassificationTypeId')
        }
        Map<String, Map<Dimension, Set<String>>> groups = [:].withDefault { [:].withDefault { [] as Set } }
        Map<String, Set<String>> classifications = [:].withDefault { [] as Set }
        eachOf('PartyClassification', ids, true) { GenericValue c ->
            String groupId = c.getString('partyClassificationGroupId')
            Dimension dimension = groupTypes[groupId] == TIER_TYPE ? Dimension.TIER : Dimension.TAG
            groups[c.getString('partyId')][dimension] << groupId
            classifications[c.getString('partyId')] << groupId
        }
        eachOf('SegmentGroupRole', ids, false) { GenericValue r ->
            groups[r.getString('partyId')][Dimension.SEGMENT] << r.getString('segmentGroupId')
        }
        Map<String, Set<String>> segmentsByClassification = [:].withDefault { [] as Set }
        EntityQuery.use(delegator).from('SegmentGroupClassification').queryList().each {
            segmentsByClassification[it.getString('partyClassificationGroupId')] << it.getString('segmentGroupId')
        }
        classifications.each { String partyId, Set<String> groupIds ->
            groupIds.each { groups[partyId][Dimension.SEGMENT].addAll(segmentsByClassification[it]) }
        }
        eachOf('ContactListParty', ids, true) { GenericValue l ->
            groups[l.getString('partyId')][Dimension.CONTACT_LIST] << l.getString('contactListId')
        }
        return ids.collect { String id ->
            Map<Dimension, Set<String>> own = groups.containsKey(id) ? groups[id].collectEntries { k, v -> [(k): v] } : [:]
            new PartnerProfile(id, names[id], aliases[id], own)
        }
    }

    /** Each row of the entity for these parties, read IN_LIST parties per query. */
    private void eachOf(String entity, List<String> ids, boolean filterByDate, Closure action) {
        ids.collate(IN_LIST).each { List<String> chunk ->
            EntityQuery query = EntityQuery.use(delegator).from(entity)
                    .where(EntityCondition.makeCondition('partyId', EntityOperator.IN, chunk))
            if (filterByDate) {
                query.filterByDate()
            }
            query.queryList().each(action)
        }
    }

}
