/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import com.affiliatecontests.engine.eligibility.AudienceRule
import com.affiliatecontests.engine.eligibility.Dimension
import com.affiliatecontests.engine.eligibility.PartnerActivity
import com.affiliatecontests.engine.eligibility.PartnerProfile
import com.affiliatecontests.ofbiz.eligibility.PartnerDirectory
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.model.DynamicViewEntity
import org.apache.ofbiz.entity.model.ModelKeyMap
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.entity.util.EntityListIterator
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/**
 * Every affiliate as an audience rule sees it, read table by table (never one query per partner,
 * never an IN list of 100k ids): groups (tags, tiers, segments, contact lists) and, only when the
 * rule names them, positions in contests and sales over the last N days. Names are not read here.
 */
class AudienceDirectory {

    private final Delegator delegator

    AudienceDirectory(Delegator delegator) {
        this.delegator = delegator
    }

    /** Whether a group a criterion names exists. */
    boolean exists(Dimension dimension, String id) {
        if (!id) {
            return false
        }
        switch (dimension) {
            case Dimension.TAG:
            case Dimension.TIER:
                return one('PartyClassificationGroup', [partyClassificationGroupId: id])
            case Dimension.SEGMENT:
                return one('SegmentGroup', [segmentGroupId: id])
            case Dimension.CONTACT_LIST:
                return one('ContactList', [contactListId: id])
            case Dimension.PARTY:
                return one('PartyRole', [partyId: id, roleTypeId: 'AFFILIATE'])
            default:
                return one('AffContest', [contestId: id])
        }
    }

    /** All affiliates with what the rule needs to know about them. */
    List<PartnerProfile> profiles(AudienceRule rule) {
        Set<Dimension> dimensions = rule.criteria().map { it.dimension() }.toList() as Set
        Map<String, Map<Dimension, Set<String>>> groups = [:]
        List<String> partyIds = []
        eachRow('PartyRole', EntityCondition.makeCondition('roleTypeId', 'AFFILIATE'), ['partyId']) {
            partyIds << it.getString('partyId')
        }
        Closure<Void> add = { String partyId, Dimension dimension, String groupId ->
            groups.computeIfAbsent(partyId) { [:] }.computeIfAbsent(dimension) { [] as Set } << groupId
        }
        if (dimensions.any { it in [Dimension.TAG, Dimension.TIER, Dimension.SEGMENT] }) {
            classifications(add)
        }
        if (Dimension.SEGMENT in dimensions) {
            eachRow('SegmentGroupRole', null, ['partyId', 'segmentGroupId']) {
                add(it.getString('partyId'), Dimension.SEGMENT, it.getString('segmentGroupId'))
            }
        }
        if (Dimension.CONTACT_LIST in dimensions) {
            eachRow('ContactListParty', EntityCondition.makeConditionDate('fromDate', 'thruDate'),
                    ['partyId', 'contactListId']) {
                add(it.getString('partyId'), Dimension.CONTACT_LIST, it.getString('contactListId'))
            }
        }
        Map<String, Map<String, PartnerActivity.ContestPosition>> contests = contestPositions(rule.contestIds())
        Map<String, Map<Integer, PartnerActivity.Sales>> sales = sales(rule.salesWindows())
        return partyIds.collect { String id ->
            PartnerActivity activity = contests[id] || sales[id] ? new PartnerActivity(contests[id], sales[id])
                    : PartnerActivity.NONE
            new PartnerProfile(id, null, null, groups[id], activity)
        }
    }

    private void classifications(Closure<Void> add) {
        Map<String, String> groupTypes = [:]
        EntityQuery.use(delegator).from('PartyClassificationGroup').queryList().each {
            groupTypes[it.getString('partyClassificationGroupId')] = it.getString('partyClassificationTypeId')
        }
        Map<String, Set<String>> segmentsByClassification = [:]
        EntityQuery.use(delegator).from('SegmentGroupClassification').queryList().each {
            segmentsByClassification.computeIfAbsent(it.getString('partyClassificationGroupId')) { [] as Set } <<
                    it.getString('segmentGroupId')
        }
        eachRow('PartyClassification', EntityCondition.makeConditionDate('fromDate', 'thruDate'),
                ['partyId', 'partyClassificationGroupId']) {
            String partyId = it.getString('partyId')
            String groupId = it.getString('partyClassificationGroupId')
            add(partyId, groupTypes[groupId] == PartnerDirectory.TIER_TYPE ? Dimension.TIER : Dimension.TAG, groupId)
            segmentsByClassification[groupId]?.each { String segment -> add(partyId, Dimension.SEGMENT, segment) }
        }
    }

    /** Place (in leaderboard order) and goal of every participant of the contests. */
    private Map<String, Map<String, PartnerActivity.ContestPosition>> contestPositions(Set<String> contestIds) {
        Map<String, Map<String, PartnerActivity.ContestPosition>> positions = [:]
        contestIds.each { String contestId ->
            GenericValue contest = EntityQuery.use(delegator).from('AffContest').where('contestId', contestId).queryOne()
            BigDecimal target = contest?.getBigDecimal('targetValue')
            Set<String> placed = [] as Set
            int place = 0
            eachRow('AffContestStanding', EntityCondition.makeCondition('contestId', contestId),
                    ['partyId', 'score', 'qualified', 'rankKey'], ['rankKey']) { GenericValue row ->
                place++
                BigDecimal score = row.getBigDecimal('score') ?: BigDecimal.ZERO
                boolean reached = target != null ? score >= target : row.getString('qualified') == 'Y'
                positions.computeIfAbsent(row.getString('partyId')) { [:] }[contestId] =
                        new PartnerActivity.ContestPosition(place, reached)
                placed << row.getString('partyId')
            }
            eachRow('AffContestParticipant', EntityCondition.makeCondition('contestId', contestId), ['partyId']) {
                if (!(it.getString('partyId') in placed)) {
                    positions.computeIfAbsent(it.getString('partyId')) { [:] }[contestId] =
                            new PartnerActivity.ContestPosition(0, false)
                }
            }
        }
        return positions
    }

    /**
     * Revenue (grand total) and completed sales orders attributed to each affiliate (OrderRole
     * AFFILIATE) ordered in the last N days, one grouped query per window.
     */
    private Map<String, Map<Integer, PartnerActivity.Sales>> sales(Set<Integer> windows) {
        Map<String, Map<Integer, PartnerActivity.Sales>> sales = [:]
        windows.each { Integer days ->
            Timestamp since = UtilDateTime.adjustTimestamp(UtilDateTime.nowTimestamp(), Calendar.DATE, -days)
            DynamicViewEntity view = new DynamicViewEntity()
            view.addMemberEntity('OH', 'OrderHeader')
            view.addMemberEntity('OR', 'OrderRole')
            view.addViewLink('OH', 'OR', false, ModelKeyMap.makeKeyMapList('orderId'))
            view.addAlias('OR', 'partyId', null, null, null, true, null)
            view.addAlias('OR', 'roleTypeId', null, null, null, false, null)
            view.addAlias('OH', 'orderTypeId', null, null, null, false, null)
            view.addAlias('OH', 'statusId', null, null, null, false, null)
            view.addAlias('OH', 'orderDate', null, null, null, false, null)
            view.addAlias('OH', 'revenue', 'grandTotal', null, null, false, 'sum')
            view.addAlias('OH', 'conversions', 'orderId', null, null, false, 'count')
            EntityCondition where = EntityCondition.makeCondition([
                    EntityCondition.makeCondition('roleTypeId', 'AFFILIATE'),
                    EntityCondition.makeCondition('orderTypeId', 'SALES_ORDER'),
                    EntityCondition.makeCondition('statusId', 'ORDER_COMPLETED'),
                    EntityCondition.makeCondition('orderDate', EntityOperator.GREATER_THAN_EQUAL_TO, since)])
            EntityQuery.use(delegator).from(view).where(where).select('partyId', 'revenue', 'conversions').queryList()
                    .each { GenericValue row ->
                        sales.computeIfAbsent(row.getString('partyId')) { [:] }[days] = new PartnerActivity.Sales(
                                row.getBigDecimal('revenue') ?: BigDecimal.ZERO, row.getLong('conversions') ?: 0L)
                    }
        }
        return sales
    }

    private boolean one(String entity, Map fields) {
        return EntityQuery.use(delegator).from(entity).where(fields).queryCount() > 0
    }

    private void eachRow(String entity, EntityCondition where, List<String> fields, List<String> order = null,
                         Closure each) {
        EntityQuery query = EntityQuery.use(delegator).from(entity).select(fields as Set)
        if (where) {
            query.where(where)
        }
        if (order) {
            query.orderBy(order)
        }
        // an EntityListIterator needs a transaction: the sending service holds none of its own
        boolean began = TransactionUtil.begin()
        EntityListIterator rows = query.queryIterator()
        try {
            GenericValue row
            while ((row = rows.next()) != null) {
                each(row)
            }
        } finally {
            rows.close()
            TransactionUtil.commit(began)
        }
    }

}
