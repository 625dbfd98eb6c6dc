/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.webhook.test

import com.affiliatecontests.engine.webhook.WebhookSignature
import com.affiliatecontests.ofbiz.test.ComponentTestCase
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp
import java.time.Duration
import java.time.LocalDateTime
import java.time.ZoneId

/**
 * Webhooks in OFBiz: endpoints refused with labels and nothing stored, deliveries to a local
 * receiver that answers, fails, times out and recovers (signature checked as a receiver would),
 * 24 hours of retries then FAILED and resend, the address checked again at delivery, contest and
 * winner events queued once in the status change's transaction, first place from the job.
 */
class WebhookTests extends ComponentTestCase {

    private static final String SECRET = 'whsec_test_0123456789'

    WebhookTests(String name) {
        super(name)
    }

    @Override
    protected void setUp() throws Exception {
        super.setUp()
        property('webhook.http.localhost.allowed', 'true')
        property('webhook.timeout.seconds', '2')
        // endpoints of earlier tests must not receive this test's events
        delegator.storeByCondition('AffWebhookEndpoint', [enabled: 'N'], org.apache.ofbiz.entity.condition.EntityCondition.makeCondition('enabled', 'Y'))
        // the test runs the delivery job itself: the scheduled one must not take its deliveries meanwhile
        delegator.storeByCondition('JobSandbox', [runTime: new Timestamp(System.currentTimeMillis() + 3600000L)],
                org.apache.ofbiz.entity.condition.EntityCondition.makeCondition([serviceName: 'deliverAffWebhooks', statusId: 'SERVICE_PENDING']))
    }

    @Override
    protected void tearDown() throws Exception {
        delegator.removeByAnd('SystemProperty', [systemResourceId: 'AffiliateContestsWebhook'])
        delegator.storeByCondition('AffWebhookEndpoint', [enabled: 'N'], org.apache.ofbiz.entity.condition.EntityCondition.makeCondition('enabled', 'Y'))
        super.tearDown()
    }

    private void property(String key, String value) {
        delegator.createOrStore(delegator.makeValue('SystemProperty', [systemResourceId: 'AffiliateContestsWebhook',
                systemPropertyId: key, systemPropertyValue: value]))
    }

    private String endpoint(String url, List<String> events, Map extra = [:]) {
        return runOk('createAffWebhookEndpoint', [targetUrl: url, signingSecret: SECRET, eventTypes: events, allowInternal: 'Y',
                userLogin: admin()] + extra).endpointId
    }

    private GenericValue delivery(String endpointId) {
        List<GenericValue> rows = from('AffWebhookDelivery').where('endpointId', endpointId).queryList()
        assert rows.size() == 1: "deliveries of ${endpointId}: ${rows}"
        return rows[0]
    }

    private Map deliver(Timestamp asOf) {
        return runOk('deliverAffWebhooks', asOf ? [asOf: asOf] : [:])
    }

    private String refusal(Map fields) {
        Map result = dispatcher.runSync('createAffWebhookEndpoint', [signingSecret: SECRET, eventTypes: ['contest.ended'],
                userLogin: admin()] + fields)
        assert ServiceUtil.isError(result): "accepted ${fields}"
        return ServiceUtil.getErrorMessage(result)
    }

    void testEndpointsThatAreNotHttpsPublicOrCompleteAreRefusedWithALabelAndNothingStored() {
        long before = from('AffWebhookEndpoint').queryCount()
        assert refusal([targetUrl: 'http://hooks.example.com/x']).contains('only sent over https')
        assert refusal([targetUrl: 'https://127.0.0.1/x']).contains('internal address')
        assert refusal([targetUrl: 'https://169.254.169.254/latest/meta-data']).contains('internal address')
        assert refusal([targetUrl: 'https://10.1.2.3/x']).contains('internal address')
        assert refusal([targetUrl: 'https://user:pw@hooks.example.com/x']).contains('no user name or password')
        assert refusal([targetUrl: 'https://hooks.example.com/x', signingSecret: 'short']).contains('at least 16 characters')
        assert refusal([targetUrl: 'https://hooks.example.com/x', eventTypes: ['contest.exploded']]).contains('unknown event')
        assert refusal([targetUrl: 'https://hooks.example.com/x', eventTypes: []]).contains('at least one event')
        assert refusal([targetUrl: 'https://hooks.example.com/x', contestId: 'NO_SUCH_CONTEST']).contains('no such contest')
        assert refusal([targetUrl: '']).contains('enter the URL')
        assert from('AffWebhookEndpoint').queryCount() == before
        // the view-only admin and a partner cannot register one
        ['affviewer', 'affdemo01'].each { String login ->
            try {
                Map result = dispatcher.runSync('createAffWebhookEndpoint', [targetUrl: 'http://localhost:1/x', signingSecret: SECRET,
                        eventTypes: ['contest.ended'], allowInternal: 'Y', userLogin: getUserLogin(login)])
                assert ServiceUtil.isError(result): "${login} registered an endpoint"
            } catch (org.apache.ofbiz.service.ServiceAuthException expected) {
                assert expected.message
            }
        }
        assert from('AffWebhookEndpoint').queryCount() == before
    }

    void testDeliveriesAnsweredFailedTimedOutAndRecoveredFollowTheSchedule() {
        LocalReceiver receiver = new LocalReceiver()
        try {
            Map<String, String> endpoints = ['/ok', '/fail', '/slow', '/flaky'].collectEntries { String path ->
                [(path): endpoint(receiver.url(path), ['reward.issued'])]
            }
            String unsubscribed = endpoint(receiver.url('/ok'), ['contest.ended'])
            Map queued = runOk('publishAffWebhookEvent', [eventType: 'reward.issued', subjectId: "RW${run}",
                    data: [amount: 50.5, partyId: 'AFFDEMO01']])
            assert queued.queued == 4
            // published again (a retried caller): nothing more
            assert runOk('publishAffWebhookEvent', [eventType: 'reward.issued', subjectId: "RW${run}"]).queued == 0
            assert from('AffWebhookDelivery').where('endpointId', unsubscribed).queryCount() == 0

            GenericValue queuedRow = delivery(endpoints['/ok'])
            Timestamp queuedAt = queuedRow.getTimestamp('queuedDate')
            Map first = deliver(null)
            assert first.delivered >= 1

            GenericValue ok = delivery(endpoints['/ok'])
            assert ok.deliveryStatus == 'DELIVERED' && ok.attempts == 1 && ok.lastResponseCode == 200
            LocalReceiver.Received got = receiver.at('/ok')[0]
            assert got.event == 'reward.issued' && got.deliveryId == ok.deliveryId
            assert got.body == ok.payload && got.body.contains('"amount":50.5') && got.body.contains('"type":"reward.issued"')
            long now = System.currentTimeMillis().intdiv(1000L)
            assert WebhookSignature.verify(got.signature, SECRET, got.body, now, 300)
            assert !WebhookSignature.verify(got.signature, SECRET + 'x', got.body, now, 300)

            GenericValue fail = delivery(endpoints['/fail'])
            assert fail.deliveryStatus == 'PENDING' && fail.attempts == 1 && fail.lastResponseCode == 500
            assert fail.lastResponse.startsWith('receiver broke') && fail.lastResponse.length() <= 2001
            assert fail.getTimestamp('nextAttemptDate').time >= fail.getTimestamp('lastAttemptDate').time + 60000L

            GenericValue slow = delivery(endpoints['/slow'])
            assert slow.deliveryStatus == 'PENDING' && slow.attempts == 1 && slow.lastResponseCode == null
            assert slow.lastError.contains('did not answer in time')

            GenericValue flaky = delivery(endpoints['/flaky'])
            assert flaky.deliveryStatus == 'PENDING' && flaky.lastResponseCode == 503

            // nothing is due before its next attempt
            assert deliver(null).retried == 0 && delivery(endpoints['/flaky']).attempts == 1

            // two minutes later: the flaky receiver recovered, the failing one still fails
            deliver(new Timestamp(queuedAt.time + Duration.ofMinutes(3).toMillis()))
            flaky = delivery(endpoints['/flaky'])
            assert flaky.deliveryStatus == 'DELIVERED' && flaky.attempts == 2 && flaky.lastResponseCode == 200
            assert receiver.at('/flaky').size() == 2
            assert delivery(endpoints['/fail']).attempts == 2

            // 24 hours after queuing: the last try, then FAILED with the last answer kept
            deliver(new Timestamp(queuedAt.time + Duration.ofHours(24).toMillis() + 1000L))
            fail = delivery(endpoints['/fail'])
            assert fail.deliveryStatus == 'FAILED' && fail.attempts == 3 && fail.lastResponseCode == 500 && fail.nextAttemptDate == null
            slow = delivery(endpoints['/slow'])
            assert slow.deliveryStatus == 'FAILED'
            assert receiver.at('/ok').size() == 1: 'a delivered event is never sent again'

            // the admin sees the last answer and resends; the viewer cannot
            Map listed = runOk('listAffWebhookDeliveries', [endpointId: endpoints['/fail'], userLogin: getUserLogin('affviewer')])
            assert listed.deliveries*.lastResponseCode == [500L]
            assert !runOk('listAffWebhookEndpoints', [userLogin: admin()]).endpoints.any { it.containsKey('signingSecret') }
            try {
                Map refused = dispatcher.runSync('resendAffWebhookDelivery', [deliveryId: fail.deliveryId, userLogin: getUserLogin('affviewer')])
                assert ServiceUtil.isError(refused)
            } catch (org.apache.ofbiz.service.ServiceAuthException expected) {
                assert expected.message
            }
            assert delivery(endpoints['/fail']).deliveryStatus == 'FAILED'
            runOk('resendAffWebhookDelivery', [deliveryId: fail.deliveryId, userLogin: admin()])
            fail = delivery(endpoints['/fail'])
            assert fail.deliveryStatus == 'PENDING' && fail.attempts == 0
            deliver(null)
            assert delivery(endpoints['/fail']).attempts == 1 && receiver.at('/fail').size() == 4
        } finally {
            receiver.close()
        }
    }

    void testTheAddressIsCheckedAgainAtDeliveryTime() {
        LocalReceiver receiver = new LocalReceiver()
        try {
            String endpointId = endpoint(receiver.url('/ok'), ['reward.issued'])
            // the admin withdraws the permission for internal addresses behind the form's back (as if the
            // name had resolved to a public address when saved and to loopback now)
            GenericValue row = from('AffWebhookEndpoint').where('endpointId', endpointId).queryOne()
            row.allowInternal = 'N'
            row.store()
            runOk('publishAffWebhookEvent', [eventType: 'reward.issued', subjectId: "RB${run}"])
            deliver(null)
            GenericValue d = delivery(endpointId)
            assert d.deliveryStatus == 'PENDING' && d.attempts == 1 && d.lastError.contains('internal address')
            assert receiver.at('/ok').isEmpty()
            // http to localhost is refused once the property is off again (its default)
            delegator.removeByAnd('SystemProperty', [systemResourceId: 'AffiliateContestsWebhook',
                    systemPropertyId: 'webhook.http.localhost.allowed'])
            assert refusal([targetUrl: receiver.url('/ok'), allowInternal: 'Y']).contains('only sent over https')
        } finally {
            receiver.close()
        }
    }

    void testContestStatusesAndApprovalsQueueTheirEventsOnceWithoutSendingThem() {
        String endpointId = endpoint('http://localhost:9/unused', ['contest.launched', 'contest.ended', 'winner.approved'])
        ZoneId zone = ZoneId.of('Europe/Paris')
        LocalDateTime now = LocalDateTime.now(zone)
        String contestId = runOk('createAffContest', [contestName: "Hooked ${run}", metricEnumId: 'AFFCM_CONVERSIONS',
                kindEnumId: 'AFFCK_RANKING', startLocal: now.minusDays(1).toString(), endLocal: now.plusDays(3).toString(),
                timeZoneId: zone.id, eligibleAll: 'Y', userLogin: admin()]).contestId
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 1L, prizeText: 'Gold', userLogin: admin()])
        assert from('AffWebhookDelivery').where('endpointId', endpointId).queryCount() == 0: 'a draft announces nothing'
        runOk('launchAffContest', [contestId: contestId, userLogin: admin()])
        List<GenericValue> rows = from('AffWebhookDelivery').where('endpointId', endpointId).queryList()
        assert rows*.eventType == ['contest.launched']
        assert rows[0].attempts == 0 && rows[0].deliveryStatus == 'PENDING': 'queued, not sent, by the launch'
        assert rows[0].payload.contains("\"contestName\":\"Hooked ${run}\"")
        // an edit of the running contest stores it again: no second launch event
        runOk('updateAffContest', [contestId: contestId, contestName: "Hooked again ${run}", userLogin: admin()])
        assert from('AffWebhookDelivery').where('endpointId', endpointId).queryCount() == 1
        // a winner approved, twice: one event
        delegator.create('AffContestWinner', [contestId: contestId, partyId: 'AFFDEMO01', placeNumber: 1L, rewardStatusId: 'AFFC_RW_PENDING'])
        assert from('AffWebhookDelivery').where('endpointId', endpointId).queryCount() == 1
        GenericValue winner = from('AffContestWinner').where('contestId', contestId, 'partyId', 'AFFDEMO01').queryOne()
        winner.rewardStatusId = 'AFFC_RW_APPROVED'
        winner.store()
        winner.rewardNote = 'sent'
        winner.store()
        assert from('AffWebhookDelivery').where('endpointId', endpointId).queryList()*.eventType.sort() == ['contest.launched', 'winner.approved']
    }

    void testAPartnerTakingFirstPlaceIsAnnouncedOncePerChange() {
        String endpointId = endpoint('http://localhost:9/unused', ['leaderboard.first_place'])
        ZoneId zone = ZoneId.of('Europe/Paris')
        LocalDateTime now = LocalDateTime.now(zone)
        String a = newAffiliate("WA${run}", 'Leader A')
        String b = newAffiliate("WB${run}", 'Leader B')
        String customer = newCustomer("WC${run}")
        String tag = "WT${run}"
        delegator.create('PartyClassificationGroup', [partyClassificationGroupId: tag, partyClassificationTypeId: 'AFFC_PARTNER_TAG',
                description: 'Webhook test partners'])
        [a, b].each { delegator.create('PartyClassification', [partyId: it, partyClassificationGroupId: tag, fromDate: UtilDateTime.nowTimestamp()]) }
        String contestId = runOk('createAffContest', [contestName: "Lead ${run}", metricEnumId: 'AFFCM_REVENUE', kindEnumId: 'AFFCK_RANKING',
                startLocal: now.minusDays(1).toString(), endLocal: now.plusDays(3).toString(), timeZoneId: zone.id, currencyUomId: 'USD',
                eligibleAll: 'N', userLogin: admin()]).contestId
        runOk('addAffContestEligibility', [contestId: contestId, ruleTypeEnumId: 'AFFCE_INCLUDE', dimensionEnumId: 'AFFCD_TAG',
                groupId: tag, userLogin: admin()])
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 1L, prizeText: 'Gold', userLogin: admin()])
        runOk('launchAffContest', [contestId: contestId, userLogin: admin()])
        deliver(null)
        assert from('AffWebhookDelivery').where('endpointId', endpointId).queryCount() == 0: 'nobody qualified yet'

        orderStatus(newOrder("WOA${run}", a, customer, 100.00G), 'ORDER_COMPLETED')
        deliver(null)
        deliver(null)
        List<GenericValue> rows = from('AffWebhookDelivery').where('endpointId', endpointId).queryList()
        assert rows.size() == 1 && rows[0].payload.contains("\"partyId\":\"${a}\"")

        orderStatus(newOrder("WOB${run}", b, customer, 300.00G), 'ORDER_COMPLETED')
        deliver(null)
        rows = from('AffWebhookDelivery').where('endpointId', endpointId).orderBy('deliveryId').queryList()
        assert rows.size() == 2 && rows[1].payload.contains("\"partyId\":\"${b}\"")
    }
}
