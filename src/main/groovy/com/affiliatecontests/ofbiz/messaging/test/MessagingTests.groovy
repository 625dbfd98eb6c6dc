/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging.test

import com.affiliatecontests.ofbiz.messaging.BroadcastMails
import com.affiliatecontests.ofbiz.messaging.BroadcastRecords
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ServiceAuthException
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp

/**
 * In-OFBiz tests of partner messaging: a broadcast to a tag reaches exactly the tagged partners;
 * opens, replies and clicks are recorded and counted; another partner can neither read nor mark a
 * message; bad input stores nothing; sending twice sends once; a reply disputes only a contest the
 * partner may see. Each test makes its own partners and tag.
 */
class MessagingTests extends MessagingTestCase {

    MessagingTests(String name) {
        super(name)
    }

    void testBroadcastToATagReachesExactlyTheTaggedPartners() {
        String tag = tag('T')
        String a = affiliate('A', tag)
        String b = affiliate('B', tag)
        String c = affiliate('C', null)
        String broadcastId = broadcast(tag)

        Map preview = runOk('previewAffBroadcastAudience', [broadcastId: broadcastId, userLogin: admin()])
        assert preview.recipientCount == 2
        assert preview.recipients*.partyId as Set == [a, b] as Set
        assert preview.frozen == 'N'

        Map sent = runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        assert sent.statusId == 'AFFB_SENT'
        assert sent.recipientCount == 2L
        List<GenericValue> recipients = from('AffBroadcastRecipient').where('broadcastId', broadcastId).queryList()
        assert recipients*.partyId as Set == [a, b] as Set
        GenericValue root = from('CommunicationEvent').where('communicationEventId',
                from('AffBroadcast').where('broadcastId', broadcastId).queryOne().communicationEventId).queryOne()
        assert root.statusId == 'COM_COMPLETE'
        recipients.each { GenericValue r ->
            GenericValue event = from('CommunicationEvent').where('communicationEventId', r.communicationEventId).queryOne()
            assert event.partyIdTo == r.partyId
            assert event.partyIdFrom == root.partyIdFrom
            assert event.origCommEventId == root.communicationEventId
            assert event.subject == "Holiday push ${run}".toString()
            assert !event.content.contains('<script')
            assert from('CommunicationEventRole').where('communicationEventId', r.communicationEventId, 'partyId', r.partyId,
                    'roleTypeId', 'ADDRESSEE').queryOne()
            assert event.roleTypeIdFrom == 'ORIGINATOR'
            assert event.roleTypeIdTo == 'ADDRESSEE'
        }
        // the store's party shows the broadcast once, as its originator
        assert from('CommunicationEventRole').where('communicationEventId', root.communicationEventId,
                'partyId', root.partyIdFrom, 'roleTypeId', 'ORIGINATOR').queryOne()
        // OFBiz's own view of a party's communications shows it
        assert from('CommunicationEventAndRole').where('partyId', a, 'roleTypeId', 'ADDRESSEE').queryCount() == 1L
        assert from('CommunicationEvent').where('partyIdTo', c).queryCount() == 0L

        // the list is frozen: a partner tagged later gets nothing, the preview shows the frozen list
        affiliate('D', tag)
        assert runOk('previewAffBroadcastAudience', [broadcastId: broadcastId, userLogin: admin()]).recipientCount == 2
        // sending twice sends once
        Map again = runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        assert again.alreadySent == 'Y'
        assert from('AffBroadcastRecipient').where('broadcastId', broadcastId).queryCount() == 2L
        assert from('CommunicationEvent').where('origCommEventId', root.communicationEventId).queryCount() == 2L
    }

    void testOpenReplyClickAndTheCountsAndAnotherPartnerCannotReadOrMark() {
        String tag = tag('U')
        String a = affiliate('A', tag)
        String b = affiliate('B', tag)
        affiliate('C', tag)
        String broadcastId = broadcast(tag)
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        String messageOfA = recipient(broadcastId, a).communicationEventId
        String messageOfB = recipient(broadcastId, b).communicationEventId

        // A reads its inbox and message, opens it (once), clicks the call to action and replies
        Map inbox = runOk('getMyAffMessages', [userLogin: login(a)])
        assert inbox.messages*.communicationEventId == [messageOfA]
        assert inbox.unreadCount == 1L
        Map message = runOk('getMyAffMessage', [communicationEventId: messageOfA, userLogin: login(a)])
        assert message.links*.label == ['Get the banners']
        assert message.body.contains('<a href="https://shop.example.com/offer"')
        assert runOk('markAffMessageOpened', [communicationEventId: messageOfA, userLogin: login(a)]).firstOpen == 'Y'
        assert runOk('markAffMessageOpened', [communicationEventId: messageOfA, userLogin: login(a)]).firstOpen == 'N'
        assert from('CommunicationEventRole').where('communicationEventId', messageOfA, 'partyId', a,
                'roleTypeId', 'ADDRESSEE').queryOne().statusId == 'COM_ROLE_READ'
        String linkSeqId = message.links[0].linkSeqId
        Map click = runOk('recordAffMessageClick', [communicationEventId: messageOfA, linkSeqId: linkSeqId,
                userLogin: login(a)])
        assert click.targetUrl == 'https://shop.example.com/banners'
        runOk('recordAffMessageClick', [communicationEventId: messageOfA, linkSeqId: linkSeqId, userLogin: login(a)])
        Map reply = runOk('replyToAffMessage', [communicationEventId: messageOfA, body: '<p>Count me in<script>x()</script></p>',
                userLogin: login(a)])
        GenericValue replyEvent = from('CommunicationEvent').where('communicationEventId', reply.communicationEventId).queryOne()
        assert replyEvent.parentCommEventId == messageOfA
        assert replyEvent.partyIdFrom == a
        assert replyEvent.content == '<p>Count me in</p>'

        // B only opens, through the email copy's token
        assert runOk('markAffMessageOpened', [communicationEventId: messageOfB,
                trackingToken: recipient(broadcastId, b).trackingToken]).firstOpen == 'Y'

        // the counts
        Map stats = runOk('getAffBroadcastStats', [broadcastId: broadcastId, userLogin: admin()]).stats
        assert [stats.sent, stats.opened, stats.replied, stats.clicked, stats.clicks] == [3L, 2L, 1L, 1L, 2L]
        assert stats.openRate == 66.7G
        Map statuses = runOk('listAffBroadcastRecipients', [broadcastId: broadcastId, userLogin: admin()]).recipients
                .collectEntries { [(it.partyId): it.status] }
        assert statuses[a] == 'REPLIED' && statuses[b] == 'OPENED'
        assert runOk('listAffBroadcastRecipients', [broadcastId: broadcastId, engagement: 'SENT', userLogin: admin()])
                .recipientCount == 1L

        // the admin's inbox shows the reply, and the answer goes back to A in the same thread
        Map replies = runOk('getAffBroadcastInbox', [broadcastId: broadcastId, userLogin: admin()])
        assert replies.replies*.partyId == [a]
        runOk('answerAffBroadcastReply', [communicationEventId: reply.communicationEventId, body: 'Great, thanks!',
                userLogin: admin()])
        List thread = runOk('getMyAffMessageThread', [communicationEventId: messageOfA, userLogin: login(a)]).thread
        assert thread*.fromMe == ['Y', 'N']

        // B can neither read, mark, click nor reply to A's message; nothing is recorded
        GenericValue before = recipient(broadcastId, a)
        ['getMyAffMessage', 'getMyAffMessageThread', 'markAffMessageOpened', 'replyToAffMessage'].each { String service ->
            Map denied = dispatcher.runSync(service, [communicationEventId: messageOfA, body: 'x', userLogin: login(b)])
            assert ServiceUtil.isError(denied), service
        }
        assert ServiceUtil.isError(dispatcher.runSync('recordAffMessageClick', [communicationEventId: messageOfA,
                linkSeqId: linkSeqId, userLogin: login(b)]))
        // nor with a wrong token, nor for a link of another message
        assert ServiceUtil.isError(dispatcher.runSync('markAffMessageOpened', [communicationEventId: messageOfA,
                trackingToken: recipient(broadcastId, b).trackingToken]))
        assert ServiceUtil.isError(dispatcher.runSync('recordAffMessageClick', [communicationEventId: messageOfA,
                linkSeqId: '99999', userLogin: login(a)]))
        GenericValue after = recipient(broadcastId, a)
        assert after.clickCount == before.clickCount && after.openedDate == before.openedDate
        assert from('AffBroadcastReply').where('broadcastId', broadcastId).queryCount() == 1L
        assert !runOk('getMyAffMessages', [userLogin: login(b)]).messages*.communicationEventId.contains(messageOfA)
    }

    void testBadInputIsRefusedWithALabelAndStoresNothing() {
        String tag = tag('V')
        affiliate('A', tag)
        long broadcasts = from('AffBroadcast').queryCount()
        long events = from('CommunicationEvent').queryCount()
        Map empty = dispatcher.runSync('createAffBroadcast', fields(tag) + [subject: ' '])
        assert ServiceUtil.isError(empty)
        assert ServiceUtil.getErrorMessage(empty).contains('subject: '), ServiceUtil.getErrorMessage(empty)
        Map segment = dispatcher.runSync('createAffBroadcast', fields(tag) + [criteria: [[dimensionEnumId: 'AFFCD_SEGMENT',
                groupId: 'NO_SUCH_SEGMENT']]])
        assert ServiceUtil.getErrorMessage(segment).contains('No such tag'), ServiceUtil.getErrorMessage(segment)
        Map past = dispatcher.runSync('createAffBroadcast', fields(tag) + [sendDate: new Timestamp(System.currentTimeMillis() - 60000)])
        assert ServiceUtil.getErrorMessage(past).contains('The send time is in the past'), ServiceUtil.getErrorMessage(past)
        Map link = dispatcher.runSync('createAffBroadcast', fields(tag) + [links: [[label: 'Bad', url: 'javascript:alert(1)']]])
        assert ServiceUtil.getErrorMessage(link).contains('links[0].url: A link must be an http or https address'),
                ServiceUtil.getErrorMessage(link)
        assert from('AffBroadcast').queryCount() == broadcasts
        assert from('CommunicationEvent').queryCount() == events

        // a scheduled broadcast is sent by the job when due, not before
        String later = runOk('createAffBroadcast', fields(tag) + [sendDate: new Timestamp(System.currentTimeMillis() + 3600000)])
                .broadcastId
        assert runOk('sendAffBroadcast', [broadcastId: later, userLogin: admin()]).statusId == 'AFFB_SCHEDULED'
        runOk('sendDueAffBroadcasts', [userLogin: admin()])
        assert from('AffBroadcast').where('broadcastId', later).queryOne().statusId == 'AFFB_SCHEDULED'
        runOk('cancelAffBroadcast', [broadcastId: later, userLogin: admin()])
        assert ServiceUtil.isError(dispatcher.runSync('sendAffBroadcast', [broadcastId: later, userLogin: admin()]))
        assert from('AffBroadcastRecipient').where('broadcastId', later).queryCount() == 0L
    }

    void testTheAdminNeedsTheMessagingPermission() {
        String tag = tag('W')
        String a = affiliate('A', tag)
        long broadcasts = from('AffBroadcast').queryCount()
        try {
            Map denied = dispatcher.runSync('createAffBroadcast', fields(tag) + [userLogin: login(a)])
            assert ServiceUtil.isError(denied)
        } catch (ServiceAuthException expected) {
            assert expected.message.contains('AFFCONTEST_MESSAGE')
        }
        assert from('AffBroadcast').queryCount() == broadcasts
    }

    void testFinalizingAContestDraftsAMessageToItsWinners() {
        String a = affiliate('A', null)
        String contestId = "MC${run}"
        Timestamp now = UtilDateTime.nowTimestamp()
        delegator.create('AffContest', [contestId: contestId, contestName: "Winners ${run}", statusId: 'AFFC_FINALIZED',
                metricEnumId: 'AFFCM_REVENUE', kindEnumId: 'AFFCK_RANKING', timeZoneId: 'UTC', fromDate: now, thruDate: now])
        delegator.create('AffContestWinner', [contestId: contestId, partyId: a, placeNumber: 1L, rankNumber: 1L,
                score: 10.0G, prizeText: 'Gift card', prizeAmount: 500.00G, currencyUomId: 'USD', rewardStatusId: 'AFFC_RW_PENDING'])
        String broadcastId = runOk('draftAffContestWinnersBroadcast', [contestId: contestId, userLogin: admin()]).broadcastId
        GenericValue draft = from('AffBroadcast').where('broadcastId', broadcastId).queryOne()
        assert draft.statusId == 'AFFB_DRAFT' && draft.contestId == contestId
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        String messageId = recipient(broadcastId, a).communicationEventId
        String body = runOk('getMyAffMessage', [communicationEventId: messageId, userLogin: login(a)]).body
        assert body.contains('Gift card (500 USD)'), body
        // a partner can dispute the result of its contest through a reply that links it
        delegator.create('AffContestParticipant', [contestId: contestId, partyId: a, reason: 'test', snapshotDate: now])
        runOk('replyToAffMessage', [communicationEventId: messageId, body: 'I had one more order', contestId: contestId,
                userLogin: login(a)])
        assert runOk('getAffBroadcastInbox', [broadcastId: broadcastId, userLogin: admin()]).replies[0].dispute == 'Y'
    }

    /**
     * A winner who is no longer an affiliate (its role removed after the contest) cannot be written to: the draft goes
     * to the other winners. It drafted nothing at all, the audience refused as a whole, and the refusal marked the
     * transaction of the draft for rollback.
     */
    void testTheWinnersDraftLeavesOutAWinnerWhoIsNoLongerAnAffiliate() {
        List<String> winners = ['A', 'B', 'C'].collect { affiliate(it, null) }
        String contestId = "MW${run}"
        Timestamp now = UtilDateTime.nowTimestamp()
        delegator.create('AffContest', [contestId: contestId, contestName: "Winners ${run}", statusId: 'AFFC_FINALIZED',
                metricEnumId: 'AFFCM_REVENUE', kindEnumId: 'AFFCK_RANKING', timeZoneId: 'UTC', fromDate: now, thruDate: now])
        winners.eachWithIndex { String partyId, int i ->
            delegator.create('AffContestWinner', [contestId: contestId, partyId: partyId, placeNumber: i + 1L,
                    rankNumber: i + 1L, score: 30.0G - i, prizeText: "Prize ${i + 1}", rewardStatusId: 'AFFC_RW_PENDING'])
        }
        delegator.removeByAnd('PartyRole', [partyId: winners[1], roleTypeId: 'AFFILIATE'])
        String broadcastId = runOk('draftAffContestWinnersBroadcast', [contestId: contestId, userLogin: admin()]).broadcastId
        assert broadcastId
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        assert from('AffBroadcastRecipient').where('broadcastId', broadcastId).queryList()*.getString('partyId').sort() ==
                [winners[0], winners[2]].sort()
        Map<String, String> lines = new BroadcastRecords(delegator).personalLines(broadcastId)
        assert lines[winners[0]].contains('Prize 1') && lines[winners[2]].contains('Prize 3') && !lines[winners[1]]
    }

    /** Issue 12 item 21: the winners' personal line reached the message and its email without the sanitiser. */
    void testTheWinnersPersonalLineIsSanitisedInTheMessageAndTheEmail() {
        String a = affiliate('A', null)
        String contestId = "MS${run}"
        Timestamp now = UtilDateTime.nowTimestamp()
        delegator.create('AffContest', [contestId: contestId, contestName: "Winners ${run}", statusId: 'AFFC_FINALIZED',
                metricEnumId: 'AFFCM_REVENUE', kindEnumId: 'AFFCK_RANKING', timeZoneId: 'UTC', fromDate: now, thruDate: now])
        delegator.create('AffContestWinner', [contestId: contestId, partyId: a, placeNumber: 1L, rankNumber: 1L,
                score: 10.0G, prizeText: '<img src=x onerror=alert(1)>Gift card', currencyUomId: 'USD',
                rewardStatusId: 'AFFC_RW_PENDING'])
        String broadcastId = runOk('draftAffContestWinnersBroadcast', [contestId: contestId, userLogin: admin()]).broadcastId
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        String content = from('CommunicationEvent').where('communicationEventId', recipient(broadcastId, a).communicationEventId)
                .queryOne().getString('content')
        assert !content.contains('<img') && !content.contains('onerror=alert'), content
        assert content.contains('&lt;img src&#61;x onerror&#61;alert(1)&gt;Gift card'), content
        String mail = new BroadcastMails(delegator, Locale.ENGLISH).copy(from('AffBroadcast').where('broadcastId', broadcastId)
                .queryOne(), recipient(broadcastId, a), 'a@partners.example.com',
                new BroadcastRecords(delegator).personalLines(broadcastId)[a], []).body
        assert !mail.contains('<img src=x') && mail.contains('Gift card'), mail
    }

    /** A personal line given to createAffBroadcast directly goes through the sanitiser too. */
    void testAPersonalLineGivenByHandIsSanitisedInTheMessage() {
        String a = affiliate('A', null)
        String broadcastId = runOk('createAffBroadcast', fields(null) + [criteria: [[dimensionEnumId: 'AFFCD_PARTY',
                groupId: a, personalLine: '<b onmouseover="steal()">Place 1</b><script>alert(1)</script>']]]).broadcastId
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        String content = from('CommunicationEvent').where('communicationEventId', recipient(broadcastId, a).communicationEventId)
                .queryOne().getString('content')
        assert content.contains('<b>Place 1</b>') && !content.contains('onmouseover') && !content.contains('alert(1)'), content
    }

    void testADisputeIsStoredWithItsContestAndRefusedForAContestThePartnerMayNotSee() {
        String tag = tag('X')
        String a = affiliate('A', tag)
        String mine = contest('D', 'AFFC_ACTIVE')
        participant(mine, a)
        String notMine = contest('N', 'AFFC_ACTIVE')
        String draft = contest('R', 'AFFC_DRAFT')
        participant(draft, a)
        String cancelled = contest('Z', 'AFFC_CANCELLED')
        participant(cancelled, a)
        String broadcastId = runOk('createAffBroadcast', fields(tag) + [contestId: mine]).broadcastId
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        String messageId = recipient(broadcastId, a).communicationEventId

        // a contest it is not in, one not launched, one cancelled, one that does not exist: refused, nothing stored
        long replies = from('AffBroadcastReply').queryCount()
        long events = from('CommunicationEvent').queryCount()
        [notMine, draft, cancelled, 'NO_SUCH_CONTEST'].each { String other ->
            Map refused = dispatcher.runSync('replyToAffMessage', [communicationEventId: messageId, body: 'Recount please',
                    contestId: other, userLogin: login(a)])
            assert ServiceUtil.isError(refused), other
            assert ServiceUtil.getErrorMessage(refused) ==
                    'contestId: You can only dispute the result of a contest you take part in.', ServiceUtil.getErrorMessage(refused)
        }
        assert from('AffBroadcastReply').queryCount() == replies
        assert from('CommunicationEvent').queryCount() == events
        assert recipient(broadcastId, a).repliedDate == null

        // its own contest: the reply is stored as a dispute of it, and the admin's inbox says which
        String replyId = runOk('replyToAffMessage', [communicationEventId: messageId, body: '<p>One order is missing</p>',
                contestId: mine, userLogin: login(a)]).communicationEventId
        assert from('AffBroadcastReply').where('communicationEventId', replyId).queryOne().contestId == mine
        GenericValue event = from('CommunicationEvent').where('communicationEventId', replyId).queryOne()
        assert event.parentCommEventId == messageId && event.partyIdFrom == a
        assert event.subject == "Dispute of contest ${mine} result: Holiday push ${run}".toString()
        Map inbox = runOk('getAffBroadcastInbox', [broadcastId: broadcastId, userLogin: admin()]).replies[0]
        assert [inbox.communicationEventId, inbox.dispute, inbox.contestId, inbox.contestName] ==
                [replyId, 'Y', mine, "Contest D ${run}".toString()]
        assert runOk('getMyAffMessageThread', [communicationEventId: messageId, userLogin: login(a)]).thread*.contestId == [mine]
        // an ordinary reply is no dispute
        String plain = runOk('replyToAffMessage', [communicationEventId: messageId, body: 'Thanks', userLogin: login(a)])
                .communicationEventId
        assert from('AffBroadcastReply').where('communicationEventId', plain).queryOne().contestId == null
        assert runOk('getAffBroadcastInbox', [broadcastId: broadcastId, userLogin: admin()]).replies
                .find { it.communicationEventId == plain }.dispute == 'N'
    }

}
