/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging.test

import com.affiliatecontests.engine.messaging.BroadcastLifecycle
import com.affiliatecontests.engine.messaging.BroadcastStatus
import com.affiliatecontests.ofbiz.messaging.BroadcastSender
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator

import java.sql.Timestamp

/**
 * In-OFBiz test of writing a large broadcast: several chunks written at once by the sender's
 * writers, and a send left half-done (SENDING past the stale time) resumed by the next send,
 * which writes only the missing recipients and numbers their messages after the highest written.
 */
class BroadcastSenderTests extends MessagingTestCase {

    private static final int PARTNERS = BroadcastSender.CHUNK * 2 + 500

    BroadcastSenderTests(String name) {
        super(name)
    }

    void testAHalfDoneSendOfSeveralChunksResumesAndWritesEachRecipientOnce() {
        String tag = tag('S')
        Timestamp now = UtilDateTime.nowTimestamp()
        List<String> partners = (1..PARTNERS).collect { int i ->
            String partyId = "MS${run}_${i}"
            delegator.create('Party', [partyId: partyId, partyTypeId: 'PARTY_GROUP', statusId: 'PARTY_ENABLED'])
            delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'AFFILIATE'])
            delegator.create('PartyClassification', [partyId: partyId, partyClassificationGroupId: tag, fromDate: now])
            return partyId
        }
        String broadcastId = broadcast(tag)
        GenericValue broadcast = from('AffBroadcast').where('broadcastId', broadcastId).queryOne()

        // a send that stopped after the first chunk and a few more recipients, left SENDING long ago
        Map<String, String> firstPart = partners.take(BroadcastSender.CHUNK + 7).collectEntries { [(it): 'tag'] }
        assert new BroadcastSender(delegator).write(broadcast, firstPart, [:]) == firstPart.size()
        broadcast.set('statusId', BroadcastStatus.SENDING.statusId())
        broadcast.set('sendingDate', Timestamp.from(now.toInstant() - BroadcastLifecycle.STALE_SENDING.multipliedBy(2)))
        broadcast.store()

        Map sent = runOk('sendAffBroadcast', [broadcastId: broadcastId, userLogin: admin()])
        assert sent.statusId == 'AFFB_SENT'
        assert sent.recipientCount == (long) PARTNERS

        List<GenericValue> rows = from('AffBroadcastRecipient').where('broadcastId', broadcastId).queryList()
        assert rows*.partyId as Set == partners as Set
        assert rows.size() == PARTNERS
        String rootId = broadcast.getString('communicationEventId')
        assert rows.collect { (it.getString("communicationEventId") - "${rootId}-") as int } as Set == (1..PARTNERS) as Set
        assert rows*.trackingToken.toSet().size() == PARTNERS
        // each message went to its own recipient, once
        Map<String, String> addressees = from('CommunicationEvent').where('origCommEventId', rootId).queryList()
                .collectEntries { [(it.communicationEventId): it.partyIdTo] }
        assert addressees == rows.collectEntries { [(it.communicationEventId): it.partyId] }
        assert from('CommunicationEventRole').where(EntityCondition.makeCondition('communicationEventId',
                EntityOperator.IN, addressees.keySet() as List)).queryList()
                .collect { "${it.communicationEventId}/${it.partyId}/${it.roleTypeId}".toString() } as Set ==
                addressees.collect { "${it.key}/${it.value}/ADDRESSEE".toString() } as Set
    }

    void testTheScheduledSendJobResumesASendWhoseSenderIsGoneAndLeavesALiveOneAlone() {
        String tag = tag('J')
        List<String> partners = (1..5).collect { affiliate("J${it}", tag) }
        String stale = broadcast(tag)
        String live = broadcast(tag)
        Timestamp now = UtilDateTime.nowTimestamp()
        // both stopped after two recipients; the stale one's sender is gone, the live one's renewed its claim just now
        [(stale): Timestamp.from(now.toInstant() - BroadcastLifecycle.STALE_SENDING.multipliedBy(2)), (live): now]
                .each { String broadcastId, Timestamp claimed ->
            GenericValue broadcast = from('AffBroadcast').where('broadcastId', broadcastId).queryOne()
            new BroadcastSender(delegator).write(broadcast, partners.take(2).collectEntries { [(it): 'tag'] }, [:])
            broadcast.set('statusId', BroadcastStatus.SENDING.statusId())
            broadcast.set('sendingDate', claimed)
            broadcast.store()
        }
        runOk('sendDueAffBroadcasts', [userLogin: getUserLogin('system')])
        GenericValue resumed = from('AffBroadcast').where('broadcastId', stale).queryOne()
        assert resumed.statusId == 'AFFB_SENT'
        assert resumed.getLong('recipientCount') == 5L
        List<GenericValue> rows = from('AffBroadcastRecipient').where('broadcastId', stale).queryList()
        assert rows.size() == 5
        assert rows*.partyId as Set == partners as Set
        assert from('AffBroadcast').where('broadcastId', live).queryOne().statusId == 'AFFB_SENDING'
        assert from('AffBroadcastRecipient').where('broadcastId', live).queryCount() == 2L
        // a second run changes nothing
        runOk('sendDueAffBroadcasts', [userLogin: getUserLogin('system')])
        assert from('AffBroadcastRecipient').where('broadcastId', stale).queryCount() == 5L
        GenericValue claim = from('AffBroadcast').where('broadcastId', live).queryOne()
        claim.set('statusId', BroadcastStatus.CANCELLED.statusId())
        claim.store()
    }

}
