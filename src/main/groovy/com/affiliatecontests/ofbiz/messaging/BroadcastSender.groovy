/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.entity.util.EntityListIterator
import org.apache.ofbiz.entity.util.EntityQuery

import java.security.SecureRandom
import java.sql.Timestamp

/**
 * Writes a broadcast's messages: for each recipient one CommunicationEvent (COMMENT_NOTE, from
 * the store's party to the partner, origCommEventId the broadcast's own event), its ORIGINATOR and
 * ADDRESSEE roles, and the frozen recipient row with a tracking token. Recipients are written in
 * chunks, each in its own transaction, with no query per recipient; a resumed send skips the
 * recipients already written and numbers the new messages after them.
 */
class BroadcastSender {

    static final int CHUNK = 1000
    static final String NOTE = 'COMMENT_NOTE'

    private final Delegator delegator
    private final SecureRandom random = new SecureRandom()

    BroadcastSender(Delegator delegator) {
        this.delegator = delegator
    }

    /**
     * Writes the messages of the recipients (party id to reason) not yet written; returns the
     * number of recipients of the broadcast in all.
     */
    int write(GenericValue broadcast, Map<String, String> recipients, Map<String, String> personalLines) {
        String broadcastId = broadcast.getString('broadcastId')
        String rootId = broadcast.getString('communicationEventId')
        String from = broadcast.getString('partyIdFrom')
        Set<String> written = partyIds('AffBroadcastRecipient', [broadcastId: broadcastId])
        Set<String> addressees = partyIds('PartyRole', [roleTypeId: 'ADDRESSEE'])
        List<String> todo = recipients.keySet().findAll { !(it in written) } as List
        int number = written.size()
        Timestamp now = UtilDateTime.nowTimestamp()
        String body = broadcast.getString('messageBody')
        todo.collate(CHUNK).each { List<String> chunk ->
            inTransaction {
                chunk.each { String partyId ->
                    number++
                    String eventId = "${rootId}-${number}"
                    if (!(partyId in addressees)) {
                        delegator.create('PartyRole', [partyId: partyId, roleTypeId: 'ADDRESSEE'])
                        addressees << partyId
                    }
                    String line = personalLines[partyId]
                    delegator.create('CommunicationEvent', [communicationEventId: eventId,
                            communicationEventTypeId: NOTE, origCommEventId: rootId, statusId: 'COM_ENTERED',
                            contactMechTypeId: 'INTERNAL_PARTYID', partyIdFrom: from, partyIdTo: partyId,
                            entryDate: now, datetimeStarted: now, subject: broadcast.getString('subject'),
                            contentMimeTypeId: 'text/html', content: line ? "${body}<p>${line}</p>".toString() : body])
                    delegator.create('CommunicationEventRole', [communicationEventId: eventId, partyId: from,
                            roleTypeId: 'ORIGINATOR', statusId: 'COM_ROLE_COMPLETED'])
                    delegator.create('CommunicationEventRole', [communicationEventId: eventId, partyId: partyId,
                            roleTypeId: 'ADDRESSEE', statusId: 'COM_ROLE_CREATED'])
                    delegator.create('AffBroadcastRecipient', [broadcastId: broadcastId, partyId: partyId,
                            communicationEventId: eventId, reason: recipients[partyId]?.take(255), trackingToken: token(),
                            sentDate: now, clickCount: 0L])
                }
            }
        }
        return number
    }

    /** An unguessable token for the email copy's open pixel and links (128 random bits). */
    String token() {
        byte[] bytes = new byte[16]
        random.nextBytes(bytes)
        return Base64.urlEncoder.withoutPadding().encodeToString(bytes)
    }

    private Set<String> partyIds(String entity, Map where) {
        Set<String> ids = [] as Set
        EntityListIterator rows = EntityQuery.use(delegator).from(entity).select('partyId').where(where).queryIterator()
        try {
            GenericValue row
            while ((row = rows.next()) != null) {
                ids << row.getString('partyId')
            }
        } finally {
            rows.close()
        }
        return ids
    }

    private static void inTransaction(Closure work) {
        boolean began = TransactionUtil.begin(600)
        try {
            work()
            TransactionUtil.commit(began)
        } catch (Exception e) {
            TransactionUtil.rollback(began, 'writing broadcast recipients failed', e)
            throw e
        }
    }

}
