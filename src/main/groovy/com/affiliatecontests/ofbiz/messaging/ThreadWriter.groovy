/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/**
 * Writes one message of a broadcast's thread (a partner's reply, the admin's answer) as an OFBiz
 * CommunicationEvent: parentCommEventId the message answered, origCommEventId the broadcast's own
 * event, with ORIGINATOR and ADDRESSEE roles.
 */
class ThreadWriter {

    private final Delegator delegator

    ThreadWriter(Delegator delegator) {
        this.delegator = delegator
    }

    /** Returns the new CommunicationEvent's id. */
    String write(String rootId, String parentId, String partyIdFrom, String partyIdTo, String subject, String html) {
        String eventId = delegator.getNextSeqId('CommunicationEvent')
        Timestamp now = UtilDateTime.nowTimestamp()
        ensureRole(partyIdFrom, 'ORIGINATOR')
        ensureRole(partyIdTo, 'ADDRESSEE')
        delegator.create('CommunicationEvent', [communicationEventId: eventId, communicationEventTypeId: BroadcastSender.NOTE,
                origCommEventId: rootId, parentCommEventId: parentId, statusId: 'COM_ENTERED',
                contactMechTypeId: 'INTERNAL_PARTYID', partyIdFrom: partyIdFrom, partyIdTo: partyIdTo, entryDate: now,
                datetimeStarted: now, subject: subject?.take(255), contentMimeTypeId: 'text/html', content: html])
        delegator.create('CommunicationEventRole', [communicationEventId: eventId, partyId: partyIdFrom,
                roleTypeId: 'ORIGINATOR', statusId: 'COM_ROLE_COMPLETED'])
        delegator.create('CommunicationEventRole', [communicationEventId: eventId, partyId: partyIdTo,
                roleTypeId: 'ADDRESSEE', statusId: 'COM_ROLE_CREATED'])
        return eventId
    }

    private void ensureRole(String partyId, String roleTypeId) {
        GenericValue role = EntityQuery.use(delegator).from('PartyRole').where('partyId', partyId, 'roleTypeId', roleTypeId)
                .queryOne()
        if (!role) {
            delegator.create('PartyRole', [partyId: partyId, roleTypeId: roleTypeId])
        }
    }

}
