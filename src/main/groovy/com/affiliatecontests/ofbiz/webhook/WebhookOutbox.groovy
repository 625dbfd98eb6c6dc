/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.webhook

import com.affiliatecontests.engine.webhook.EndpointAdmission
import com.affiliatecontests.engine.webhook.EndpointSettings
import com.affiliatecontests.engine.webhook.HostResolver
import com.affiliatecontests.engine.webhook.WebhookEvent
import com.affiliatecontests.engine.webhook.WebhookPayload
import com.affiliatecontests.engine.webhook.WebhookProblem
import com.affiliatecontests.engine.webhook.WebhookSubscription
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.entity.util.EntityUtilProperties
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp

/**
 * The webhook outbox: queues an event for the endpoints the engine routes it to, in the caller's
 * transaction; and what the webhook services share (properties, admission, labelled errors).
 */
class WebhookOutbox {

    static final String LABELS = 'AffiliateContestsWebhookUiLabels'
    static final String PROPERTIES = 'AffiliateContestsWebhook'
    static final String PENDING = 'PENDING'
    static final String DELIVERED = 'DELIVERED'
    static final String FAILED = 'FAILED'

    /** Queues the event for every enabled endpoint that picked it, once per event key; returns how many rows were written. */
    static int queue(Delegator delegator, WebhookEvent event, String subjectId, String occurrence, String contestId, Map data) {
        List<GenericValue> endpoints = EntityQuery.use(delegator).from('AffWebhookEndpoint').where('enabled', 'Y').queryList()
        if (!endpoints) {
            return 0
        }
        List<WebhookSubscription> subscriptions = endpoints.collect { GenericValue e ->
            new WebhookSubscription(e.getString('endpointId'), true, EndpointSettings.read(e.getString('eventTypes')), e.getString('contestId'))
        }
        List<String> recipients = WebhookSubscription.recipients(subscriptions, event, contestId)
        if (!recipients) {
            return 0
        }
        String eventKey = event.eventKey(subjectId, occurrence)
        Timestamp now = UtilDateTime.nowTimestamp()
        String payload = WebhookPayload.json(eventKey, event, now.toInstant(), data ?: [:])
        int queued = 0
        recipients.each { String endpointId ->
            if (EntityQuery.use(delegator).from('AffWebhookDelivery').where('endpointId', endpointId, 'eventKey', eventKey).queryCount() > 0) {
                return
            }
            delegator.create('AffWebhookDelivery', [deliveryId: delegator.getNextSeqId('AffWebhookDelivery'), endpointId: endpointId,
                    eventKey: eventKey, eventType: event.wireName(), contestId: contestId, payload: payload,
                    deliveryStatus: PENDING, attempts: 0L, queuedDate: now, nextAttemptDate: now])
            queued++
        }
        return queued
    }

    static String property(Delegator delegator, String key, String fallback) {
        return EntityUtilProperties.getPropertyValue(PROPERTIES, key, fallback, delegator)
    }

    static EndpointAdmission admission(Delegator delegator) {
        return new EndpointAdmission(HostResolver.system(), property(delegator, 'webhook.http.localhost.allowed', 'false') == 'true')
    }

    static String message(String key, Locale locale) {
        return UtilProperties.getMessage(LABELS, key, locale)
    }

    static Map error(List<WebhookProblem> problems, Locale locale) {
        return ServiceUtil.returnError(problems.collect { WebhookProblem p -> message(p.labelKey(), locale) })
    }
}
