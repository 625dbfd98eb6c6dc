/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.webhook

import com.affiliatecontests.engine.webhook.EndpointSettings
import com.affiliatecontests.engine.webhook.WebhookEvent
import com.affiliatecontests.engine.webhook.WebhookProblem
import com.affiliatecontests.engine.webhook.WebhookRefusal
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/** The admin's webhook endpoints and deliveries, and the hooks that queue events. */

Map createAffWebhookEndpoint() {
    List<String> events = parameters.eventTypes as List<String>
    boolean internal = parameters.allowInternal == 'Y'
    List<WebhookProblem> problems = []
    problems.addAll(WebhookOutbox.admission(delegator).check(parameters.targetUrl as String, internal))
    problems.addAll(EndpointSettings.checkSecret(parameters.signingSecret as String))
    problems.addAll(EndpointSettings.checkEvents(events))
    problems.addAll(contestProblems(parameters.contestId as String))
    if (problems) {
        return WebhookOutbox.error(problems, locale)
    }
    String endpointId = delegator.getNextSeqId('AffWebhookEndpoint')
    delegator.create('AffWebhookEndpoint', [endpointId: endpointId, targetUrl: (parameters.targetUrl as String).trim(),
            signingSecret: parameters.signingSecret, eventTypes: EndpointSettings.store(events), contestId: parameters.contestId ?: null,
            allowInternal: internal ? 'Y' : 'N', enabled: 'Y', description: parameters.description,
            createdDate: UtilDateTime.nowTimestamp(), createdByUserLogin: userLogin?.userLoginId])
    Map result = success()
    result.endpointId = endpointId
    return result
}

Map updateAffWebhookEndpoint() {
    GenericValue endpoint = from('AffWebhookEndpoint').where('endpointId', parameters.endpointId).queryOne()
    if (!endpoint) {
        return error(WebhookOutbox.message('AffiliateContestsWebhookErrorUnknownEndpoint', locale))
    }
    boolean internal = parameters.allowInternal != null ? parameters.allowInternal == 'Y' : endpoint.allowInternal == 'Y'
    String url = parameters.targetUrl != null ? parameters.targetUrl : endpoint.targetUrl
    List<WebhookProblem> problems = []
    if (parameters.targetUrl != null || parameters.allowInternal != null) {
        problems.addAll(WebhookOutbox.admission(delegator).check(url, internal))
    }
    if (parameters.signingSecret != null) {
        problems.addAll(EndpointSettings.checkSecret(parameters.signingSecret as String))
    }
    if (parameters.eventTypes != null) {
        problems.addAll(EndpointSettings.checkEvents(parameters.eventTypes as List<String>))
    }
    if (parameters.contestId) {
        problems.addAll(contestProblems(parameters.contestId as String))
    }
    if (parameters.enabled != null && !(parameters.enabled in ['Y', 'N'])) {
        return error(WebhookOutbox.message('AffiliateContestsWebhookErrorEnabledYesNo', locale))
    }
    if (problems) {
        return WebhookOutbox.error(problems, locale)
    }
    endpoint.targetUrl = url.trim()
    endpoint.allowInternal = internal ? 'Y' : 'N'
    if (parameters.signingSecret != null) {
        endpoint.signingSecret = parameters.signingSecret
    }
    if (parameters.eventTypes != null) {
        endpoint.eventTypes = EndpointSettings.store(parameters.eventTypes as List<String>)
    }
    if (parameters.contestId != null) {
        endpoint.contestId = parameters.contestId ?: null
    }
    if (parameters.enabled != null) {
        endpoint.enabled = parameters.enabled
    }
    if (parameters.description != null) {
        endpoint.description = parameters.description
    }
    endpoint.store()
    return success()
}

private List<WebhookProblem> contestProblems(String contestId) {
    if (contestId && !from('AffContest').where('contestId', contestId).queryOne()) {
        return [new WebhookProblem('contestId', WebhookRefusal.UNKNOWN_CONTEST)]
    }
    return []
}

Map listAffWebhookEndpoints() {
    List<GenericValue> endpoints = from('AffWebhookEndpoint').orderBy('endpointId').queryList()
    Map result = success()
    result.endpoints = endpoints.collect { GenericValue e ->
        Map counts = [:]
        [WebhookOutbox.PENDING, WebhookOutbox.DELIVERED, WebhookOutbox.FAILED].each { String status ->
            counts[status] = from('AffWebhookDelivery').where('endpointId', e.endpointId, 'deliveryStatus', status).queryCount()
        }
        [endpointId: e.endpointId, targetUrl: e.targetUrl, eventTypes: EndpointSettings.read(e.getString('eventTypes'))*.wireName(),
         contestId: e.contestId, allowInternal: e.allowInternal, enabled: e.enabled, description: e.description,
         createdDate: e.createdDate, pending: counts[WebhookOutbox.PENDING], delivered: counts[WebhookOutbox.DELIVERED],
         failed: counts[WebhookOutbox.FAILED]]
    }
    return result
}

Map listAffWebhookDeliveries() {
    Map where = [:]
    if (parameters.endpointId) {
        where.endpointId = parameters.endpointId
    }
    if (parameters.deliveryStatus) {
        where.deliveryStatus = parameters.deliveryStatus
    }
    List<GenericValue> rows = from('AffWebhookDelivery').where(where).orderBy('-queuedDate', '-deliveryId').maxRows(200).queryList()
    Map result = success()
    result.deliveries = rows.collect { GenericValue d ->
        [deliveryId: d.deliveryId, endpointId: d.endpointId, eventKey: d.eventKey, eventType: d.eventType, contestId: d.contestId,
         deliveryStatus: d.deliveryStatus, attempts: d.attempts, queuedDate: d.queuedDate, nextAttemptDate: d.nextAttemptDate,
         lastAttemptDate: d.lastAttemptDate, lastResponseCode: d.lastResponseCode, lastResponse: d.lastResponse,
         lastError: d.lastError, deliveredDate: d.deliveredDate, payload: d.payload]
    }
    return result
}

Map resendAffWebhookDelivery() {
    GenericValue delivery = from('AffWebhookDelivery').where('deliveryId', parameters.deliveryId).queryOne()
    if (!delivery) {
        return error(WebhookOutbox.message('AffiliateContestsWebhookErrorUnknownDelivery', locale))
    }
    Timestamp now = UtilDateTime.nowTimestamp()
    delivery.deliveryStatus = WebhookOutbox.PENDING
    delivery.attempts = 0L
    delivery.queuedDate = now
    delivery.nextAttemptDate = now
    delivery.deliveredDate = null
    delivery.store()
    return success()
}

Map publishAffWebhookEvent() {
    Optional<WebhookEvent> event = WebhookEvent.parse(parameters.eventType as String)
    if (event.isEmpty()) {
        return error(WebhookOutbox.message('AffiliateContestsWebhookErrorUnknownEvent', locale))
    }
    Map result = success()
    result.queued = WebhookOutbox.queue(delegator, event.get(), parameters.subjectId as String, parameters.occurrence as String,
            parameters.contestId as String, (parameters.data ?: [:]) as Map)
    return result
}

Map queueAffWebhookContestEvent() {
    WebhookEvent.forContestStatus(parameters.statusId as String).ifPresent { WebhookEvent event ->
        WebhookOutbox.queue(delegator, event, parameters.contestId as String, null, parameters.contestId as String,
                [contestId: parameters.contestId, contestName: parameters.contestName, statusId: parameters.statusId])
    }
    return success()
}

Map queueAffWebhookWinnerEvent() {
    WebhookEvent.forRewardStatus(parameters.rewardStatusId as String).ifPresent { WebhookEvent event ->
        WebhookOutbox.queue(delegator, event, parameters.contestId as String, parameters.partyId as String, parameters.contestId as String,
                [contestId: parameters.contestId, partyId: parameters.partyId, placeNumber: parameters.placeNumber,
                 prizeText: parameters.prizeText])
    }
    return success()
}

Map queueAffWebhookReplyEvent() {
    String reply = delegator.getNextSeqId('AffWebhookReply')
    WebhookOutbox.queue(delegator, WebhookEvent.REPLY_RECEIVED, parameters.communicationEventId as String, reply,
            parameters.contestId as String, [communicationEventId: parameters.communicationEventId, contestId: parameters.contestId,
                                             partyId: userLogin?.partyId])
    return success()
}
