/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import com.affiliatecontests.ofbiz.common.OwnTransaction
import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.entity.util.EntityListIterator
import org.apache.ofbiz.entity.util.EntityQuery

import java.security.SecureRandom
import java.sql.Timestamp
import java.util.concurrent.Callable
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.ExecutionException
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.Future

/**
 * Writes a broadcast's messages: for each recipient one CommunicationEvent (COMMENT_NOTE, from
 * the store's party in role ORIGINATOR to the partner in role ADDRESSEE, origCommEventId the
 * broadcast's own event), the partner's ADDRESSEE CommunicationEventRole (what OFBiz lists as a
 * party's communications) and the frozen recipient row with a tracking token. Recipients are
 * written in chunks, each in its own transaction, with no query per recipient; a resumed send skips
 * the recipients already written and numbers the new messages after the highest number written.
 */
class BroadcastSender {

    /**
     * Recipients per transaction. A chunk writes about four rows per recipient (CommunicationEvent,
     * CommunicationEventRole, recipient row, sometimes a PartyRole), each holding a row lock until
     * commit. Derby escalates a transaction holding more than 5,000 row locks to a table lock
     * (derby.locks.escalationThreshold), which would make the other writer and the partners' inbox
     * wait for the whole chunk; 1,000 recipients stay below it.
     */
    static final int CHUNK = 1000
    /**
     * Chunks written at once, each by its own thread and transaction: Derby spends the write time on
     * CPU (index and constraint upkeep), so two writers use both cores of a small server.
     */
    static final int MAX_WRITERS = 2
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
        Map<String, String> written = eventIdsByParty(broadcastId)
        Set<String> addressees = partyIds('PartyRole', [roleTypeId: 'ADDRESSEE'])
        List<String> todo = recipients.keySet().findAll { !written.containsKey(it) } as List
        long looked = System.nanoTime()
        int number = lastNumber(written.values())
        Message message = new Message(broadcast, UtilDateTime.nowTimestamp())
        List<Chunk> chunks = todo.collate(CHUNK).collect { List<String> partyIds ->
            Chunk chunk = new Chunk(partyIds, number, partyIds.findAll { !(it in addressees) } as Set)
            number += partyIds.size()
            return chunk
        }
        Map<String, Long> millis = writeInParallel(chunks, message, recipients, personalLines)
        long done = System.nanoTime()
        Debug.logInfo("Broadcast ${broadcastId}: ${todo.size()} recipients written (${written.size()} already), "
                + "${chunks.sum(0) { it.newAddressees.size() }} ADDRESSEE roles created; existing recipients and roles "
                + "looked up in ${(looked - started).intdiv(1000000)} ms, rows written in ${(done - looked).intdiv(1000000)} ms "
                + "(${millis.collect { "${it.key}: ${it.value} ms" }.join(', ')})", MODULE)
        return written.size() + todo.size()
    }

    /**
     * Writes the chunks on up to {@link #threads} threads, each chunk in its own transaction; waits for
     * all of them and rethrows the first failure (the chunks written stay written: a resend resumes).
     * Returns the write time per entity summed over the chunks.
     */
    private Map<String, Long> writeInParallel(List<Chunk> chunks, Message message, Map<String, String> recipients,
                                              Map<String, String> personalLines) {
        Map<String, Long> millis = new ConcurrentHashMap<>()
        if (chunks.isEmpty()) {
            return millis
        }
        if (TransactionUtil.isTransactionInPlace()) {
            // a caller's transaction (e.g. a request's java event) may hold locks the writers' checks
            // would wait for, and its uncommitted rows are invisible to other threads: write in it
            chunks.each { Chunk chunk ->
                writeChunk(chunk, message, recipients, personalLines).each { String entity, Long ms ->
                    millis.merge(entity, ms, Long::sum)
                }
            }
            return millis
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads(chunks.size()))
        try {
            List<Future<Map<String, Long>>> results = chunks.collect { Chunk chunk ->
                pool.submit({
                    Map<String, Long> written = writeChunk(chunk, message, recipients, personalLines)
                    renewClaim(message.broadcastId)
                    return written
                } as Callable<Map<String, Long>>)
            }
            Throwable failure = null
            results.each { Future<Map<String, Long>> result ->
                try {
                    result.get().each { String entity, Long ms -> millis.merge(entity, ms, Long::sum) }
                } catch (ExecutionException e) {
                    failure = failure ?: e.cause
                }
            }
            if (failure) {
                throw failure
            }
        } finally {
            pool.shutdown()
        }
        return millis
    }

    private Map<String, Long> writeChunk(Chunk chunk, Message message, Map<String, String> recipients,
                                         Map<String, String> personalLines) {
        BatchInserter roles = new BatchInserter(delegator, 'PartyRole')
        BatchInserter events = new BatchInserter(delegator, 'CommunicationEvent')
        BatchInserter eventRoles = new BatchInserter(delegator, 'CommunicationEventRole')
        BatchInserter rows = new BatchInserter(delegator, 'AffBroadcastRecipient')
        int number = chunk.firstNumber
        chunk.partyIds.each { String partyId ->
            number++
            String eventId = "${message.rootId}-${number}"
            if (partyId in chunk.newAddressees) {
                roles.add([partyId: partyId, roleTypeId: 'ADDRESSEE'])
            }
            String line = personalLines[partyId]
            // the sender's role is on the event (roleTypeIdFrom) and once on the broadcast's own event
            events.add([communicationEventId: eventId,
                    communicationEventTypeId: NOTE, origCommEventId: message.rootId, statusId: 'COM_ENTERED',
                    contactMechTypeId: 'INTERNAL_PARTYID', partyIdFrom: message.from, roleTypeIdFrom: 'ORIGINATOR',
                    partyIdTo: partyId, roleTypeIdTo: 'ADDRESSEE', entryDate: message.now, datetimeStarted: message.now,
                    subject: message.subject, contentMimeTypeId: 'text/html',
                    content: line ? "${message.body}<p>${line}</p>".toString() : message.body])
            eventRoles.add([communicationEventId: eventId, partyId: partyId,
                    roleTypeId: 'ADDRESSEE', statusId: 'COM_ROLE_CREATED'])
            rows.add([broadcastId: message.broadcastId, partyId: partyId,
                    communicationEventId: eventId, reason: recipients[partyId]?.take(255), trackingToken: token(),
                    sentDate: message.now, clickCount: 0L])
        }
        List<BatchInserter> inserters = [roles, events, eventRoles, rows]
        OwnTransaction.run('writing broadcast recipients failed') { inserters*.flush() }
        return inserters.collectEntries { [(it.entityName): it.writeMillis()] }
    }

    /**
     * Renews the send's claim (sendingDate) after a chunk, in a transaction of its own: a sender that
     * is still writing is never taken for gone (BroadcastLifecycle.canResume), however long the send.
     */
    private void renewClaim(String broadcastId) {
        OwnTransaction.run('renewing the send claim failed') {
            delegator.storeByCondition('AffBroadcast', [sendingDate: UtilDateTime.nowTimestamp()],
                    EntityCondition.makeCondition(EntityCondition.makeCondition('broadcastId', broadcastId),
                            EntityCondition.makeCondition('statusId', 'AFFB_SENDING')))
        }
    }

    private static int threads(int chunks) {
        return Math.max(1, Math.min(chunks, Math.min(MAX_WRITERS, Runtime.runtime.availableProcessors())))
    }

    /** The highest n of the messages already written (ids {@code <broadcast event id>-<n>}), 0 for none. */
    private static int lastNumber(Collection<String> eventIds) {
        return eventIds.collect { it.substring(it.lastIndexOf('-') + 1) as int }.max() ?: 0
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

    private Map<String, String> eventIdsByParty(String broadcastId) {
        Map<String, String> ids = [:]
        boolean began = TransactionUtil.begin()
        EntityListIterator rows = EntityQuery.use(delegator).from('AffBroadcastRecipient')
                .select('partyId', 'communicationEventId').where('broadcastId', broadcastId).queryIterator()
        try {
            GenericValue row
            while ((row = rows.next()) != null) {
                ids[row.getString('partyId')] = row.getString('communicationEventId')
            }
        } finally {
            rows.close()
            TransactionUtil.commit(began)
        }
        return ids
    }

    /** What every message of the broadcast shares. */
    private static final class Message {
        final String broadcastId
        final String rootId
        final String from
        final String subject
        final String body
        final Timestamp now

        Message(GenericValue broadcast, Timestamp now) {
            broadcastId = broadcast.getString('broadcastId')
            rootId = broadcast.getString('communicationEventId')
            from = broadcast.getString('partyIdFrom')
            subject = broadcast.getString('subject')
            body = broadcast.getString('messageBody')
            this.now = now
        }
    }

    /** Recipients written in one transaction, numbered after {@code firstNumber}. */
    private static final class Chunk {
        final List<String> partyIds
        final int firstNumber
        final Set<String> newAddressees

        Chunk(List<String> partyIds, int firstNumber, Set<String> newAddressees) {
            this.partyIds = partyIds
            this.firstNumber = firstNumber
            this.newAddressees = newAddressees
        }
    }

}
