/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.screens

import com.affiliatecontests.engine.messaging.BroadcastLifecycle
import com.affiliatecontests.engine.messaging.BroadcastStatus
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.ServiceUtil

import java.time.ZoneId
import java.time.format.DateTimeFormatter

/*
 * Data preparation of the messaging pages; the messaging services decide (audience, counts, states).
 * OFBiz runs each method (screen action script location#method) with the screen's context as argument.
 */

/**
 * The compose page: the broadcast being edited (parameters.broadcastId) as the form's rows, the
 * choices of the audience builder, and the live audience (previewAffBroadcastAudience).
 */
void broadcastCompose(Map context) {
    String broadcastId = parameters.broadcastId
    GenericValue broadcast = broadcastId ? EntityQuery.use(delegator).from('AffBroadcast').where('broadcastId', broadcastId)
            .queryOne() : null
    context.broadcast = broadcast
    context.broadcastId = broadcast ? broadcastId : null
    context.audienceGroups = new AudienceChoices(delegator).groups(true)
    context.contests = EntityQuery.use(delegator).from('AffContest').orderBy('contestName').queryList()
            .findAll { !(it.statusId in ['AFFC_CANCELLED']) }.collect { [id: it.contestId, name: it.contestName] }
    List<Map> rows = []
    if (broadcast) {
        EntityQuery.use(delegator).from('AffBroadcastAudience').where('broadcastId', broadcastId).orderBy('ruleSeqId')
                .queryList().each { GenericValue rule ->
            String second = rule.dimensionEnumId in ['AFFCD_REVENUE', 'AFFCD_CONVERSIONS'] ? rule.compareEnumId : rule.groupId
            rows << [rule: rule.ruleTypeEnumId, criterion: "${rule.dimensionEnumId}|${second ?: ''}".toString(),
                     value: rule.thresholdValue?.stripTrailingZeros()?.toPlainString(), days: rule.windowDays]
        }
        GenericValue cta = EntityQuery.use(delegator).from('AffBroadcastLink').where('broadcastId', broadcastId)
                .orderBy('linkSeqId').queryFirst()
        context.ctaLabel = cta?.linkLabel
        context.ctaUrl = cta?.linkUrl
        if (broadcast.sendDate) {
            ZoneId zone = (context.timeZone ?: TimeZone.getDefault()).toZoneId()
            context.sendLocal = broadcast.getTimestamp('sendDate').toInstant().atZone(zone)
                    .format(DateTimeFormatter.ofPattern('yyyy-MM-dd HH:mm'))
        }
        Map preview = dispatcher.runSync('previewAffBroadcastAudience', [broadcastId: broadcastId, viewSize: 20,
                userLogin: userLogin, locale: locale])
        context.audience = ServiceUtil.isError(preview) ? [error: ServiceUtil.getErrorMessage(preview)]
                : [count: preview.recipientCount, frozen: preview.frozen == 'Y', recipients: preview.recipients]
        context.editable = broadcast.statusId in ['AFFB_DRAFT', 'AFFB_SCHEDULED']
    } else {
        context.editable = true
    }
    while (rows.size() < 4) {
        rows << [rule: 'AFFCE_INCLUDE', criterion: '', value: null, days: null]
    }
    context.criterionRows = rows
}

/** A sent (or sending) broadcast's page: whether its send stopped midway and can be resumed (the engine's call). */
void broadcastDetail(Map context) {
    GenericValue broadcast = context.broadcast
    context.canResume = broadcast != null && new BroadcastLifecycle().canResume(
            BroadcastStatus.fromStatusId(broadcast.getString('statusId')),
            broadcast.getTimestamp('sendingDate')?.toInstant(), java.time.Instant.now())
}
