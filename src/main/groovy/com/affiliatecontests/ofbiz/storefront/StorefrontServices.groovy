/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.storefront

import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.contest.DisplayPolicy
import com.affiliatecontests.engine.standing.Leaderboard
import com.affiliatecontests.engine.standing.LeaderboardPresenter
import com.affiliatecontests.engine.standing.Standing
import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.standing.LeaderboardMaps
import com.affiliatecontests.ofbiz.standing.LeaderboardQuery
import com.affiliatecontests.ofbiz.eligibility.PartnerDirectory
import com.affiliatecontests.ofbiz.portal.BoardMarkers
import com.affiliatecontests.engine.storefront.ReferralLink
import com.affiliatecontests.ofbiz.portal.PartnerAccess
import groovy.transform.Field
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.model.DynamicViewEntity
import org.apache.ofbiz.entity.model.ModelKeyMap
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.entity.util.EntityUtilProperties

import java.sql.Timestamp
import java.time.ZonedDateTime
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.base.util.cache.UtilCache
import org.apache.ofbiz.entity.GenericValue

/**
 * The public leaderboard: only published, launched contests; the engine's visitor view of the
 * board (LeaderboardPresenter.forVisitor). Boards are cached 30 s under the contest's board marker,
 * so a credit (a new marker) shows at once and a busy storefront reads the standings twice a minute.
 */

@Field static final UtilCache<String, Map> BOARDS = UtilCache.getOrCreateUtilCache('affiliatecontests.storefront.publicBoard',
        1000, 1000, 30000L, false)
@Field static final List<String> PUBLIC_STATUSES = ['AFFC_ACTIVE', 'AFFC_ENDED', 'AFFC_FINALIZED']

Map publishAffContestBoard() {
    GenericValue contest = from('AffContest').where('contestId', parameters.contestId).queryOne()
    if (!contest || !(parameters.published in ['Y', 'N'])) {
        return error(UtilProperties.getMessage('AffiliateContestsWebhookUiLabels', 'AffiliateContestsWebhookErrorUnknownContest', locale))
    }
    GenericValue row = from('AffContestPublicBoard').where('contestId', parameters.contestId).queryOne()
    if (parameters.published == 'Y' && !row) {
        delegator.create('AffContestPublicBoard', [contestId: parameters.contestId, publishedDate: UtilDateTime.nowTimestamp(),
                publishedByUserLogin: userLogin?.userLoginId])
    } else if (parameters.published == 'N' && row) {
        row.remove()
    }
    BOARDS.clear()
    return success()
}

Map getAffContestPublication() {
    GenericValue contest = from('AffContest').where('contestId', parameters.contestId).queryOne()
    if (!contest) {
        return error(UtilProperties.getMessage('AffiliateContestsWebhookUiLabels', 'AffiliateContestsWebhookErrorUnknownContest', locale))
    }
    Map result = success()
    result.contestName = contest.contestName
    result.published = from('AffContestPublicBoard').where('contestId', parameters.contestId).queryOne() ? 'Y' : 'N'
    return result
}

Map getAffPublicLeaderboard() {
    GenericValue contest = from('AffContest').where('contestId', parameters.contestId).queryOne()
    if (!contest || !(contest.statusId in PUBLIC_STATUSES)
            || !from('AffContestPublicBoard').where('contestId', parameters.contestId).queryOne()) {
        return error(UtilProperties.getMessage('AffiliateContestsWebhookUiLabels', 'AffiliateContestsStorefrontNoBoard', locale))
    }
    String key = "${delegator.delegatorName}:${contest.contestId}:${new BoardMarkers(delegator).marker(contest)}".toString()
    Map cached = BOARDS.get(key)
    if (cached == null) {
        ContestDefinition definition = new ContestRecords(delegator).definition(contest)
        DisplayPolicy display = definition.display()
        LeaderboardQuery query = new LeaderboardQuery(delegator, contest.getString('contestId'), definition)
        List<Standing> rows = query.slice(1, display.topN())
        Leaderboard board = new LeaderboardPresenter().forVisitor(rows, display,
                new PartnerDirectory(delegator).profilesById(rows*.partnerId()), contest.statusId != 'AFFC_FINALIZED')
        Map leaderboard = LeaderboardMaps.of(board)
        leaderboard.participants = query.participants()
        cached = [contest: [contestId: contest.contestId, contestName: contest.contestName, statusId: contest.statusId,
                            metricEnumId: contest.metricEnumId, currencyUomId: contest.currencyUomId, targetValue: contest.targetValue],
                  leaderboard: leaderboard]
        BOARDS.put(key, cached)
    }
    Map result = success()
    result.contest = cached.contest
    result.leaderboard = cached.leaderboard
    return result
}

Map getMyAffReferralLink() {
    String partyId = new PartnerAccess(delegator).affiliateOf(userLogin)
    if (!partyId) {
        return error(UtilProperties.getMessage('AffiliateContestsUiLabels', 'AffiliateContestsErrorNotAnAffiliate', locale))
    }
    String store = EntityUtilProperties.getPropertyValue('AffiliateContestsWebhook', 'storefront.referralUrl',
            'https://localhost:8443/ecommerce/control/main', delegator)
    TimeZone zone = (parameters.timeZone as TimeZone) ?: TimeZone.getDefault()
    Timestamp monthStart = Timestamp.from(ReferralLink.monthStart(ZonedDateTime.now(zone.toZoneId())).toInstant())
    // a LIKE narrows the month's visits; the engine decides which carried exactly this partner's id.
    // Visit (OFBiz's webapp statistics, first request with its query string) through a view: its model
    // is not in the reference copy the standalone checks read
    DynamicViewEntity visitView = new DynamicViewEntity()
    visitView.addMemberEntity('VST', 'Visit')
    visitView.addAlias('VST', 'fromDate')
    visitView.addAlias('VST', 'initialRequest')
    List<GenericValue> visits = EntityQuery.use(delegator).select('initialRequest').from(visitView).where(EntityCondition.makeCondition([
            EntityCondition.makeCondition('fromDate', EntityOperator.GREATER_THAN_EQUAL_TO, monthStart),
            EntityCondition.makeCondition('initialRequest', EntityOperator.LIKE, "%${partyId}%".toString())])).queryList()
    long clicks = visits.count { ReferralLink.broughtBy(it.getString('initialRequest'), partyId) }
    DynamicViewEntity view = new DynamicViewEntity()
    // member aliases are SQL table aliases: never OR, a keyword
    view.addMemberEntity('HDR', 'OrderHeader')
    view.addMemberEntity('RLE', 'OrderRole')
    view.addViewLink('HDR', 'RLE', false, ModelKeyMap.makeKeyMapList('orderId'))
    view.addAlias('HDR', 'orderId')
    view.addAlias('HDR', 'orderTypeId')
    view.addAlias('HDR', 'orderDate')
    view.addAlias('HDR', 'statusId')
    view.addAlias('RLE', 'partyId')
    view.addAlias('RLE', 'roleTypeId')
    long orders = EntityQuery.use(delegator).from(view).where(EntityCondition.makeCondition([
            EntityCondition.makeCondition('partyId', partyId),
            EntityCondition.makeCondition('roleTypeId', 'AFFILIATE'),
            EntityCondition.makeCondition('orderTypeId', 'SALES_ORDER'),
            EntityCondition.makeCondition('orderDate', EntityOperator.GREATER_THAN_EQUAL_TO, monthStart),
            EntityCondition.makeCondition('statusId', EntityOperator.NOT_IN, ['ORDER_CANCELLED', 'ORDER_REJECTED'])])).queryCount()
    Map result = success()
    result.referralUrl = ReferralLink.of(store, partyId)
    result.clicksThisMonth = clicks
    result.ordersThisMonth = orders
    return result
}
