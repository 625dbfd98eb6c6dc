/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.webhook

import com.affiliatecontests.engine.webhook.DeliverySchedule
import com.affiliatecontests.engine.webhook.EndpointAdmission
import com.affiliatecontests.engine.webhook.EndpointSettings
import com.affiliatecontests.engine.webhook.LeaderWatch
import com.affiliatecontests.engine.webhook.WebhookEvent
import com.affiliatecontests.engine.webhook.WebhookPayload
import com.affiliatecontests.engine.webhook.WebhookProblem
import com.affiliatecontests.engine.webhook.WebhookSignature
import com.affiliatecontests.ofbiz.common.OwnTransaction
import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery

import groovy.transform.Field

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.charset.StandardCharsets
import java.sql.Timestamp
import java.time.Duration

/**
 * Job AFFC_WEBHOOKS: first-place events of running contests, then the deliveries due. Each delivery
 * is claimed (its next attempt pushed ahead, so a concurrent run skips it), sent outside any
 * transaction, and its outcome stored in a small transaction of its own: crediting never waits on
 * a receiver.
 */

@Field static final String MODULE = 'WebhookDelivery'
@Field static final Duration CLAIM = Duration.ofMinutes(10)
@Field static final int KEPT_ANSWER = 2000

Map deliverAffWebhooks() {
    Timestamp asOf = (parameters.asOf as Timestamp) ?: UtilDateTime.nowTimestamp()
    try {
        OwnTransaction.run('webhook leaders') { watchLeaders() }
    } catch (Exception e) {
        Debug.logWarning(e, 'First-place check of webhooks failed; deliveries go on', MODULE)
    }
    int batch = WebhookOutbox.property(delegator, 'webhook.batch.size', '100') as int
    int timeout = WebhookOutbox.property(delegator, 'webhook.timeout.seconds', '10') as int
    List<GenericValue> due = EntityQuery.use(delegator).from('AffWebhookDelivery').where(EntityCondition.makeCondition([
            EntityCondition.makeCondition('deliveryStatus', WebhookOutbox.PENDING),
            EntityCondition.makeCondition('nextAttemptDate', EntityOperator.LESS_THAN_EQUAL_TO, asOf)]))
            .orderBy('nextAttemptDate', 'deliveryId').maxRows(batch).queryList()
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeout))
            .followRedirects(HttpClient.Redirect.NEVER).build()
    EndpointAdmission admission = WebhookOutbox.admission(delegator)
    DeliverySchedule schedule = new DeliverySchedule()
    Map<String, Integer> counts = [delivered: 0, retried: 0, failed: 0]
    due.each { GenericValue delivery ->
        if (!claim(delivery, asOf)) {
            return
        }
        Attempt attempt = attempt(client, admission, delivery, timeout)
        int attempts = (delivery.getLong('attempts') ?: 0L) as int
        DeliverySchedule.Decision decision = schedule.after(attempts + 1, delivery.getTimestamp('queuedDate').toInstant(),
                asOf.toInstant(), attempt.status)
        OwnTransaction.run('webhook delivery outcome') {
            GenericValue row = EntityQuery.use(delegator).from('AffWebhookDelivery').where('deliveryId', delivery.deliveryId).queryOne()
            row.attempts = (attempts + 1) as Long
            row.lastAttemptDate = asOf
            row.lastResponseCode = attempt.status ? attempt.status as Long : null
            row.lastResponse = attempt.answer
            row.lastError = attempt.error
            switch (decision.outcome()) {
                case DeliverySchedule.Outcome.DELIVERED:
                    row.deliveryStatus = WebhookOutbox.DELIVERED
                    row.deliveredDate = asOf
                    row.nextAttemptDate = null
                    counts.delivered++
                    break
                case DeliverySchedule.Outcome.RETRY:
                    row.nextAttemptDate = Timestamp.from(decision.nextAttempt())
                    counts.retried++
                    break
                default:
                    row.deliveryStatus = WebhookOutbox.FAILED
                    row.nextAttemptDate = null
                    counts.failed++
            }
            row.store()
        }
    }
    Map result = success()
    result.putAll(counts)
    return result
}

/** Takes the delivery for this run: pushes its next attempt ahead unless another run changed it first. */
private boolean claim(GenericValue delivery, Timestamp asOf) {
    int claimed = 0
    OwnTransaction.run('webhook claim') {
        claimed = delegator.storeByCondition('AffWebhookDelivery', [nextAttemptDate: Timestamp.from(asOf.toInstant().plus(CLAIM))],
                EntityCondition.makeCondition([EntityCondition.makeCondition('deliveryId', delivery.deliveryId),
                        EntityCondition.makeCondition('deliveryStatus', WebhookOutbox.PENDING),
                        EntityCondition.makeCondition('nextAttemptDate', delivery.getTimestamp('nextAttemptDate'))]))
    }
    return claimed == 1
}

/** What one attempt gave: the HTTP status (0: no answer), the start of the answer, or why it was not sent or not answered. */
class Attempt {
    int status
    String answer
    String error
}

private Attempt attempt(HttpClient client, EndpointAdmission admission, GenericValue delivery, int timeout) {
    GenericValue endpoint = EntityQuery.use(delegator).from('AffWebhookEndpoint').where('endpointId', delivery.endpointId).queryOne()
    if (endpoint?.enabled != 'Y') {
        return new Attempt(error: WebhookOutbox.message('AffiliateContestsWebhookErrorEndpointDisabled', Locale.ENGLISH))
    }
    // checked again now: the name may resolve elsewhere than when the endpoint was saved
    List<WebhookProblem> problems = admission.check(endpoint.getString('targetUrl'), endpoint.allowInternal == 'Y')
    if (problems) {
        return new Attempt(error: WebhookOutbox.message(problems[0].labelKey(), Locale.ENGLISH))
    }
    String body = delivery.getString('payload')
    long timestamp = System.currentTimeMillis().intdiv(1000L)
    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.getString('targetUrl').trim()))
            .timeout(Duration.ofSeconds(timeout))
            .header('Content-Type', 'application/json; charset=utf-8')
            .header('User-Agent', 'affiliatecontests-webhooks/1.0')
            .header(WebhookSignature.HEADER, WebhookSignature.header(endpoint.getString('signingSecret'), timestamp, body))
            .header('X-AffContest-Event', delivery.getString('eventType'))
            .header('X-AffContest-Delivery', delivery.getString('deliveryId'))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build()
    try {
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream())
        String answer = response.body().withCloseable { InputStream input ->
            new String(input.readNBytes(KEPT_ANSWER * 4), StandardCharsets.UTF_8)
        }
        return new Attempt(status: response.statusCode(), answer: WebhookPayload.excerpt(answer, KEPT_ANSWER))
    } catch (java.net.http.HttpTimeoutException e) {
        return new Attempt(error: WebhookOutbox.message('AffiliateContestsWebhookErrorTimeout', Locale.ENGLISH))
    } catch (IOException e) {
        return new Attempt(error: WebhookPayload.excerpt("${e.class.simpleName}: ${e.message}".toString(), 250))
    }
}

/** Queues leaderboard.first_place for each running contest whose first qualified row changed since the last look. */
private void watchLeaders() {
    List<GenericValue> endpoints = EntityQuery.use(delegator).from('AffWebhookEndpoint').where('enabled', 'Y').queryList()
    if (!endpoints.any { EndpointSettings.read(it.getString('eventTypes')).contains(WebhookEvent.FIRST_PLACE_TAKEN) }) {
        return
    }
    List<GenericValue> contests = EntityQuery.use(delegator).select('contestId', 'contestName').from('AffContest')
            .where('statusId', 'AFFC_ACTIVE').queryList()
    contests.each { GenericValue contest ->
        GenericValue first = EntityQuery.use(delegator).select('partyId', 'qualified').from('AffContestStanding')
                .where('contestId', contest.contestId).orderBy('rankKey').maxRows(1).queryFirst()
        GenericValue seen = EntityQuery.use(delegator).from('AffWebhookLeader').where('contestId', contest.contestId).queryOne()
        LeaderWatch.Look look = LeaderWatch.look(seen?.getString('partyId'), first?.getString('partyId'), first?.qualified == 'Y')
        look.newLeader().ifPresent { String partyId ->
            if (seen) {
                seen.partyId = partyId
                seen.store()
            } else {
                delegator.create('AffWebhookLeader', [contestId: contest.contestId, partyId: partyId])
            }
            WebhookOutbox.queue(delegator, WebhookEvent.FIRST_PLACE_TAKEN, contest.getString('contestId'),
                    "${partyId}@${System.currentTimeMillis()}".toString(), contest.getString('contestId'),
                    [contestId: contest.contestId, contestName: contest.contestName, partyId: partyId])
        }
    }
}
