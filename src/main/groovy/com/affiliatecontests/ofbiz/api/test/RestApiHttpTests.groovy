/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.api.test

import com.affiliatecontests.ofbiz.test.ComponentTestCase
import org.apache.ofbiz.entity.GenericValue

/**
 * The REST API over HTTPS with the rest-api plugin's tokens: the permission matrix (anonymous,
 * partner A affdemo01, partner B affdemo03, the view-only affviewer, admin) on every endpoint, the
 * refusals storing nothing, reads by GET and changes by POST only, and the OpenAPI page listing the
 * endpoints. Partner B is excluded from the demo's conversions club (AFFC_DEMO_GOAL); both are coupon
 * partners, so a broadcast to the coupon tag reaches both.
 */
class RestApiHttpTests extends ComponentTestCase {

    private static final String ADMIN = '/affcontests/admin'
    private static final String PARTNER = '/affcontests/partner'

    RestApiHttpTests(String name) {
        super(name)
    }

    private Map<String, RestClient> clients() {
        return [anonymous: new RestClient(null, null), admin: new RestClient('admin', 'ofbiz'),
                viewer: new RestClient('affviewer', 'ofbiz'), partnerA: new RestClient('affdemo01', 'ofbiz'),
                partnerB: new RestClient('affdemo03', 'ofbiz')]
    }

    /** Asserts each user's outcome: 'ok' (200), 'refused' (422, the labelled refusal) or 'unauthorized' (401). */
    private Map<String, RestClient.Answer> expect(Map<String, RestClient> clients, Map<String, String> outcomes, Closure<RestClient.Answer> call) {
        Map<String, RestClient.Answer> answers = [:]
        outcomes.each { String user, String outcome ->
            RestClient.Answer answer = call(clients[user])
            answers[user] = answer
            int expected = [ok: 200, refused: 422, unauthorized: 401][outcome]
            assert answer.status == expected: "${user}: expected ${outcome}, got ${answer.status} ${answer.body?.take(400)}"
        }
        return answers
    }

    private static final Map<String, String> ADMIN_ONLY = [anonymous: 'unauthorized', partnerA: 'refused', partnerB: 'refused',
                                                           viewer: 'refused']
    private static final Map<String, String> VIEWERS = [anonymous: 'unauthorized', partnerA: 'refused', partnerB: 'refused',
                                                        viewer: 'ok', admin: 'ok']

    private static String forbidden(RestClient.Answer answer) {
        return answer.json().errorDescription ?: answer.body
    }

    void testTheAdminEndpointsFollowTheBackOfficePermissions() {
        Map<String, RestClient> c = clients()
        // reads: AFFCONTEST_VIEW
        Map answers = expect(c, VIEWERS) { RestClient r -> r.get("${ADMIN}/contests/AFFC_DEMO_REVENUE/leaderboard") }
        assert answers.admin.json().data.leaderboard
        assert forbidden(answers.partnerA).contains('not allowed to do this')
        expect(c, VIEWERS) { RestClient r -> r.get("${ADMIN}/contests/AFFC_DEMO_SEPT/winners") }
        expect(c, VIEWERS) { RestClient r -> r.get("${ADMIN}/webhooks") }
        expect(c, VIEWERS) { RestClient r -> r.get("${ADMIN}/webhook-deliveries") }

        // create: refused ones store nothing
        long contests = from('AffContest').queryCount()
        Map draft = [contestName: "API race ${run}", metricEnumId: 'AFFCM_CONVERSIONS', kindEnumId: 'AFFCK_RANKING',
                     startLocal: '2030-01-01 00:00', endLocal: '2030-02-01 00:00', timeZoneId: 'UTC', eligibleAll: 'Y']
        expect(c, ADMIN_ONLY) { RestClient r -> r.post("${ADMIN}/contests", draft) }
        assert from('AffContest').queryCount() == contests
        String contestId = expect(c, [admin: 'ok']) { RestClient r -> r.post("${ADMIN}/contests", draft) }.admin.json().data.contestId
        assert contestId && from('AffContest').queryCount() == contests + 1
        // bad input: the engine's labelled error, nothing stored
        RestClient.Answer bad = c.admin.post("${ADMIN}/contests", draft + [endLocal: '2029-01-01 00:00'])
        assert bad.status == 422 && bad.body.contains('The contest must end after it starts')
        assert from('AffContest').queryCount() == contests + 1

        // edit
        expect(c, ADMIN_ONLY) { RestClient r -> r.post("${ADMIN}/contests/${contestId}", [contestName: "Hacked ${run}"]) }
        assert from('AffContest').where('contestId', contestId).queryOne().contestName == "API race ${run}"
        expect(c, [admin: 'ok']) { RestClient r -> r.post("${ADMIN}/contests/${contestId}", [contestName: "API race edited ${run}"]) }
        assert from('AffContest').where('contestId', contestId).queryOne().contestName == "API race edited ${run}"

        // launch
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 1L, prizeText: 'Gold', userLogin: admin()])
        expect(c, ADMIN_ONLY) { RestClient r -> r.post("${ADMIN}/contests/${contestId}/launch", [:]) }
        assert from('AffContest').where('contestId', contestId).queryOne().statusId == 'AFFC_DRAFT'
        expect(c, [admin: 'ok']) { RestClient r -> r.post("${ADMIN}/contests/${contestId}/launch", [:]) }
        assert from('AffContest').where('contestId', contestId).queryOne().statusId == 'AFFC_SCHEDULED'

        // finalize: AFFCONTEST_ADMIN; refused while scheduled by the rules, not the permission
        GenericValue contest = from('AffContest').where('contestId', contestId).queryOne()
        RestClient.Answer early = c.admin.post("${ADMIN}/contests/${contestId}/finalize", [early: 'Y'])
        assert early.status == 422 && !forbidden(early).contains('not allowed to do this')
        contest.statusId = 'AFFC_ENDED'
        contest.store()
        expect(c, ADMIN_ONLY) { RestClient r -> r.post("${ADMIN}/contests/${contestId}/finalize", [early: 'Y']) }
        assert from('AffContest').where('contestId', contestId).queryOne().statusId == 'AFFC_ENDED'
        expect(c, [admin: 'ok']) { RestClient r -> r.post("${ADMIN}/contests/${contestId}/finalize", [early: 'Y']) }
        assert from('AffContest').where('contestId', contestId).queryOne().statusId == 'AFFC_FINALIZED'
        delegator.create('AffContestWinner', [contestId: contestId, partyId: 'AFFDEMO01', placeNumber: 1L, prizeText: 'Gold',
                rewardStatusId: 'AFFC_RW_PENDING'])
        answers = expect(c, VIEWERS) { RestClient r -> r.get("${ADMIN}/contests/${contestId}/winners") }
        assert answers.viewer.json().data.winners.collect { [it.partyId, it.placeNumber, it.prizeText] } == [['AFFDEMO01', 1, 'Gold']]

        // webhooks: registering and resending need AFFCONTEST_ADMIN
        long endpoints = from('AffWebhookEndpoint').queryCount()
        Map hook = [targetUrl: 'https://localhost:9/hook', signingSecret: 'whsec_api_0123456789', eventTypes: ['contest.ended'],
                    allowInternal: 'Y']
        expect(c, ADMIN_ONLY) { RestClient r -> r.post("${ADMIN}/webhooks", hook) }
        assert from('AffWebhookEndpoint').queryCount() == endpoints
        RestClient.Answer refusedHook = c.admin.post("${ADMIN}/webhooks", hook + [allowInternal: 'N'])
        assert refusedHook.status == 422 && refusedHook.body.contains('internal address')
        String endpointId = expect(c, [admin: 'ok']) { RestClient r -> r.post("${ADMIN}/webhooks", hook) }.admin.json().data.endpointId
        assert !c.admin.get("${ADMIN}/webhooks").body.contains('whsec_api_0123456789'): 'a secret is never shown'
        expect(c, ADMIN_ONLY) { RestClient r -> r.post("${ADMIN}/webhooks/${endpointId}", [enabled: 'N']) }
        assert from('AffWebhookEndpoint').where('endpointId', endpointId).queryOne().enabled == 'Y'
        expect(c, [admin: 'ok']) { RestClient r -> r.post("${ADMIN}/webhooks/${endpointId}", [enabled: 'N']) }
        assert from('AffWebhookEndpoint').where('endpointId', endpointId).queryOne().enabled == 'N'
    }

    void testTheBroadcastAndPartnerEndpointsFollowTheirPermissions() {
        Map<String, RestClient> c = clients()
        Map<String, String> updaters = [anonymous: 'unauthorized', partnerA: 'refused', partnerB: 'refused', viewer: 'refused', admin: 'ok']
        expect(c, updaters) { RestClient r -> r.get("${ADMIN}/broadcasts") }
        long broadcasts = from('AffBroadcast').queryCount()
        Map fields = [subject: "API news ${run}", body: '<p>Hello</p>', repliesAllowed: 'Y',
                      criteria: [[dimensionEnumId: 'AFFCD_TAG', groupId: 'AFFC_TAG_COUPON']]]
        expect(c, ADMIN_ONLY) { RestClient r -> r.post("${ADMIN}/broadcasts", fields) }
        assert from('AffBroadcast').queryCount() == broadcasts
        String broadcastId = c.admin.post("${ADMIN}/broadcasts", fields).json().data.broadcastId
        assert broadcastId
        expect(c, ADMIN_ONLY) { RestClient r -> r.post("${ADMIN}/broadcasts/${broadcastId}/send", [:]) }
        assert from('AffBroadcastRecipient').where('broadcastId', broadcastId).queryCount() == 0
        expect(c, [admin: 'ok']) { RestClient r -> r.post("${ADMIN}/broadcasts/${broadcastId}/send", [:]) }
        assert from('AffBroadcastRecipient').where('broadcastId', broadcastId, 'partyId', 'AFFDEMO01').queryCount() == 1

        // partner reads: only partners, each its own
        Map<String, String> partners = [anonymous: 'unauthorized', admin: 'refused', viewer: 'refused', partnerA: 'ok', partnerB: 'ok']
        Map answers = expect(c, partners) { RestClient r -> r.get("${PARTNER}/contests") }
        assert 'AFFC_DEMO_GOAL' in answers.partnerA.json().data.contests*.contestId
        assert !('AFFC_DEMO_GOAL' in answers.partnerB.json().data.contests*.contestId)
        answers = expect(c, partners + [partnerB: 'refused']) { RestClient r -> r.get("${PARTNER}/contests/AFFC_DEMO_GOAL/leaderboard") }
        assert answers.partnerA.json().data.leaderboard
        answers = expect(c, partners) { RestClient r -> r.get("${PARTNER}/messages", [viewSize: '5']) }
        String messageOfA = answers.partnerA.json().data.messages.find { it.subject == "API news ${run}" }?.communicationEventId
        assert messageOfA
        assert !(messageOfA in answers.partnerB.json().data.messages*.communicationEventId)

        // replies: A to its message; B, the admin and the viewer cannot reply to A's
        long replies = from('CommunicationEvent').where('parentCommEventId', messageOfA).queryCount()
        expect(c, [anonymous: 'unauthorized', admin: 'refused', viewer: 'refused', partnerB: 'refused']) { RestClient r ->
            r.post("${PARTNER}/messages/${messageOfA}/reply", [body: 'Not mine'])
        }
        assert from('CommunicationEvent').where('parentCommEventId', messageOfA).queryCount() == replies
        expect(c, [partnerA: 'ok']) { RestClient r -> r.post("${PARTNER}/messages/${messageOfA}/reply", [body: 'Thanks!']) }
        assert from('CommunicationEvent').where('parentCommEventId', messageOfA).queryCount() == replies + 1
    }

    void testChangesArePostOnlyAndTheOpenApiPageListsEveryEndpoint() {
        RestClient admin = new RestClient('admin', 'ofbiz')
        assert admin.raw('GET', "${ADMIN}/contests/AFFC_DEMO_REVENUE/launch").status == 405
        assert admin.raw('GET', "${ADMIN}/contests/AFFC_DEMO_REVENUE/finalize").status == 405
        assert admin.raw('GET', "${PARTNER}/messages/X/reply").status == 405
        assert admin.raw('POST', "${ADMIN}/contests/AFFC_DEMO_REVENUE/leaderboard").status in [405, 415]
        assert from('AffContest').where('contestId', 'AFFC_DEMO_REVENUE').queryOne().statusId == 'AFFC_ACTIVE'
        Map openApi = new RestClient(null, null).get('/openapi.json').json()
        Set<String> paths = (openApi.paths as Map).keySet()
        ["${ADMIN}/contests", "${ADMIN}/contests/{contestId}", "${ADMIN}/contests/{contestId}/launch",
         "${ADMIN}/contests/{contestId}/finalize", "${ADMIN}/contests/{contestId}/leaderboard", "${ADMIN}/contests/{contestId}/winners",
         "${ADMIN}/broadcasts", "${ADMIN}/broadcasts/{broadcastId}/send", "${ADMIN}/webhooks", "${ADMIN}/webhooks/{endpointId}",
         "${ADMIN}/webhook-deliveries", "${ADMIN}/webhook-deliveries/{deliveryId}/resend", "${PARTNER}/contests",
         "${PARTNER}/contests/{contestId}/leaderboard", "${PARTNER}/messages", "${PARTNER}/messages/{communicationEventId}/reply"
        ].each { String path -> assert path in paths: "${path} not on the OpenAPI page: ${paths.findAll { it.contains('affcontests') }}" }
    }
}
