/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import com.affiliatecontests.ofbiz.OwnTransaction
import org.apache.ofbiz.base.util.Debug
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

    /**
     * Recipients per transaction. With a CommunicationEvent, two CommunicationEventRoles, a recipient
     * row and at most one PartyRole each, a chunk of 2,000 takes 4,000 row locks on
     * CommunicationEventRole, below Derby's default lock escalation threshold (5,000 per table), so
     * concurrent readers of the thread tables are not locked out by a table lock while it runs.
     */
    static final int CHUNK = 2000
    static final String NOTE = 'COMMENT_NOTE'
    static final String MODULE = BroadcastSender.name

    private final Delegator delegator
    private final SecureRandom random = new SecureRandom()

    BroadcastSender(Delegator delegator) {
        this.delegator = delegator
    }

    /**
     * Writes the messages of the recipients (party id to reason) not yet written; returns the
     * number of recipients of the broadcast in all. Each chunk's rows go to the database as one JDBC
     * batch per entity (BatchInserter), parents first: PartyRole, CommunicationEvent,
     * CommunicationEventRole, AffBroadcastRecipient.
     */
    int write(GenericValue broadcast, Map<String, String> recipients, Map<String, String> personalLines) {
        long started = System.nanoTime()
        String broadcastId = broadcast.getString('broadcastId')
        String rootId = broadcast.getString('communicationEventId')
        String from = broadcast.getString('partyIdFrom')
        Set<String> written = partyIds('AffBroadcastRecipient', [broadcastId: broadcastId])
        Set<String> addressees = partyIds('PartyRole', [roleTypeId: 'ADDRESSEE'])
        List<String> todo = recipients.keySet().findAll { !(it in written) } as List
        long looked = System.nanoTime()
        int number = written.size()
        int rolesCreated = 0
        Timestamp now = UtilDateTime.nowTimestamp()
        String body = broadcast.getString('messageBody')
        String subject = broadcast.getString('subject')
        BatchInserter roles = new BatchInserter(delegator, 'PartyRole')
        BatchInserter events = new BatchInserter(delegator, 'CommunicationEvent')
        BatchInserter eventRoles = new BatchInserter(delegator, 'CommunicationEventRole')
        BatchInserter rows = new BatchInserter(delegator, 'AffBroadcastRecipient')
        todo.collate(CHUNK).each { List<String> chunk ->
            inTransaction {
                chunk.each { String partyId ->
                    number++
                    String eventId = "${rootId}-${number}"
                    if (!(partyId in addressees)) {
                        roles.add([partyId: partyId, roleTypeId: 'ADDRESSEE'])
                        addressees << partyId
                        rolesCreated++
                    }
                    String line = personalLines[partyId]
                    events.add([communicationEventId: eventId,
                            communicationEventTypeId: NOTE, origCommEventId: rootId, statusId: 'COM_ENTERED',
                            contactMechTypeId: 'INTERNAL_PARTYID', partyIdFrom: from, partyIdTo: partyId,
                            entryDate: now, datetimeStarted: now, subject: subject,
                            contentMimeTypeId: 'text/html', content: line ? "${body}<p>${line}</p>".toString() : body])
                    eventRoles.add([communicationEventId: eventId, partyId: from,
                            roleTypeId: 'ORIGINATOR', statusId: 'COM_ROLE_COMPLETED'])
                    eventRoles.add([communicationEventId: eventId, partyId: partyId,
                            roleTypeId: 'ADDRESSEE', statusId: 'COM_ROLE_CREATED'])
                    rows.add([broadcastId: broadcastId, partyId: partyId,
                            communicationEventId: eventId, reason: recipients[partyId]?.take(255), trackingToken: token(),
                            sentDate: now, clickCount: 0L])
                }
                [roles, events, eventRoles, rows]*.flush()
            }
        }
        long done = System.nanoTime()
        Debug.logInfo("Broadcast ${broadcastId}: ${todo.size()} recipients written (${written.size()} already), "
                + "${rolesCreated} ADDRESSEE roles created; existing recipients and roles looked up in "
                + "${(looked - started).intdiv(1000000)} ms, rows written in ${(done - looked).intdiv(1000000)} ms", MODULE)
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
        // an EntityListIterator needs a transaction: the sending service holds none of its own
        boolean began = TransactionUtil.begin()
        EntityListIterator rows = EntityQuery.use(delegator).from(entity).select('partyId').where(where).queryIterator()
        try {
            GenericValue row
            while ((row = rows.next()) != null) {
                ids << row.getString('partyId')
            }
        } finally {
            rows.close()
            TransactionUtil.commit(began)
        }
        return ids
    }

    private void inTransaction(Closure work) {
        OwnTransaction.run('writing broadcast recipients failed', work)
    }

}
