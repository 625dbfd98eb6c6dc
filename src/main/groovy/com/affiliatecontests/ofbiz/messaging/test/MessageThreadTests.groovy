/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging.test

import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ServiceUtil

import java.util.concurrent.Callable
import java.util.concurrent.CyclicBarrier
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * A message's thread and its clicks under hostile and concurrent use: answers forged through the
 * storefront, first clicks at once.
 */
class MessageThreadTests extends MessagingTestCase {

    MessageThreadTests(String name) {
        super(name)
    }

    /**
     * A storefront shopper posts, through ecommerce's sendmessage (createCommunicationEventWithoutPermission),
     * a CommunicationEvent whose parent is a partner's reply, dressed as the store's: neither the
     * partner's thread nor the admin's inbox shows it; the admin's real answer shows in both.
     */
    void testAShopperCannotForgeTheStoresAnswer() {
        String tag = tag('F')
        String partner = affiliate('F', tag)
        String broadcastId = broadcast(tag)
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        String messageId = recipient(broadcastId, partner).communicationEventId
        String replyId = runOk('replyToAffMessage', [communicationEventId: messageId, body: 'Is the bonus doubled?',
                userLogin: login(partner)]).communicationEventId

        String shopper = "MS${run}F"
        delegator.create('Party', [partyId: shopper, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        delegator.create('Person', [partyId: shopper, firstName: 'Shop', lastName: 'Per'])
        delegator.create('PartyRole', [partyId: shopper, roleTypeId: 'CUSTOMER'])
        delegator.create('UserLogin', [userLoginId: shopper.toLowerCase(), partyId: shopper, enabled: 'Y'])
        String storeParty = from('AffBroadcast').where('broadcastId', broadcastId).queryOne().partyIdFrom
        GenericValue reply = from('CommunicationEvent').where('communicationEventId', replyId).queryOne()
        Map forged = dispatcher.runSync('createCommunicationEventWithoutPermission', [parentCommEventId: replyId,
                origCommEventId: reply.origCommEventId, communicationEventTypeId: reply.communicationEventTypeId,
                contactMechTypeId: 'INTERNAL_PARTYID', partyIdFrom: storeParty, partyIdTo: partner, statusId: 'COM_ENTERED',
                subject: 'Re: your question', content: 'Forged: send your bank details to win',
                userLogin: getUserLogin(shopper.toLowerCase())])
        assert ServiceUtil.isSuccess(forged), 'the storefront accepts the shopper\'s message (as ecommerce does)'
        assert from('CommunicationEvent').where('parentCommEventId', replyId).queryCount() == 1L

        List thread = runOk('getMyAffMessageThread', [communicationEventId: messageId, userLogin: login(partner)]).thread
        assert thread*.fromMe == ['Y'], "only the partner's own reply: ${thread*.content}"
        Map inbox = runOk('getAffBroadcastInbox', [broadcastId: broadcastId, userLogin: admin()])
        assert inbox.replies*.communicationEventId == [replyId]
        assert inbox.replies[0].answers == [], "no answer in the admin's inbox: ${inbox.replies[0].answers}"
        assert inbox.replies[0].answeredDate == null
        assert runOk('getAffBroadcastInbox', [unansweredOnly: 'Y', broadcastId: broadcastId, userLogin: admin()])
                .replies*.communicationEventId == [replyId], 'still waiting for an answer'

        String answerId = runOk('answerAffBroadcastReply', [communicationEventId: replyId, body: 'Yes, until Sunday.',
                userLogin: admin()]).communicationEventId
        thread = runOk('getMyAffMessageThread', [communicationEventId: messageId, userLogin: login(partner)]).thread
        assert thread*.fromMe == ['Y', 'N']
        assert thread[1].communicationEventId == answerId && thread[1].content == 'Yes, until Sunday.'
        inbox = runOk('getAffBroadcastInbox', [broadcastId: broadcastId, userLogin: admin()])
        assert inbox.replies[0].answers*.communicationEventId == [answerId]
    }

    /**
     * Eight first clicks on one link at once (a double click, a mail client prefetching): every
     * click is accepted and counted, per link and per recipient; none is refused by a duplicate key.
     */
    void testFirstClicksAtOnceAreAllCounted() {
        String tag = tag('K')
        String partner = affiliate('K', tag)
        String broadcastId = broadcast(tag)
        runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        GenericValue before = recipient(broadcastId, partner)
        String messageId = before.communicationEventId
        String linkSeqId = from('AffBroadcastLink').where('broadcastId', broadcastId).queryFirst().linkSeqId
        int clicks = 8
        // every thread waits at the barrier until all are ready, then they click at once
        CyclicBarrier together = new CyclicBarrier(clicks)
        ExecutorService pool = Executors.newFixedThreadPool(clicks)
        List<Map> results
        try {
            String token = before.getString('trackingToken')
            GenericValue partnerLogin = login(partner)
            List<Callable<Map>> tasks = (1..clicks).collect { int i ->
                { ->
                    together.await(120, TimeUnit.SECONDS)
                    // half from the portal (login), half from the email copy (token)
                    Map input = i % 2 ? [userLogin: partnerLogin] : [trackingToken: token]
                    dispatcher.runSync('recordAffMessageClick', input + [communicationEventId: messageId, linkSeqId: linkSeqId])
                } as Callable<Map>
            }
            results = pool.invokeAll(tasks).collect { it.get() }
        } finally {
            pool.shutdown()
        }
        assert results.size() == clicks && results.every { it != null }
        results.each { assert ServiceUtil.isSuccess(it), "a click was refused: ${ServiceUtil.getErrorMessage(it)}" }
        assert results*.targetUrl.unique() == ['https://shop.example.com/banners']
        GenericValue perLink = from('AffBroadcastClick').where('broadcastId', broadcastId, 'linkSeqId', linkSeqId,
                'partyId', partner).queryOne()
        assert perLink.getLong('clickCount') == clicks as long
        GenericValue after = recipient(broadcastId, partner)
        assert after.getLong('clickCount') == clicks as long
        assert after.firstClickDate != null && after.openedDate != null
        Map stats = runOk('getAffBroadcastStats', [broadcastId: broadcastId, userLogin: admin()]).stats
        assert [stats.clicked, stats.clicks] == [1L, clicks as long]
    }

}
