/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp

/**
 * The store's answers to a partner's reply, as answerAffBroadcastReply records them
 * (AffBroadcastAnswer). A CommunicationEvent is an answer only when recorded here: its
 * parentCommEventId proves nothing, since any shopper can post an event with any parent through
 * the storefront's messages (createCommunicationEventWithoutPermission).
 */
class StoreAnswers {

    private final Delegator delegator

    StoreAnswers(Delegator delegator) {
        this.delegator = delegator
    }

    void record(String answerId, String replyId, String userLoginId, Timestamp when) {
        delegator.create('AffBroadcastAnswer', [communicationEventId: answerId, replyCommEventId: replyId,
                answeredByUserLoginId: userLoginId, answerDate: when])
    }

    /** The answers' CommunicationEvents, oldest first. */
    List<GenericValue> of(String replyId) {
        return EntityQuery.use(delegator).from('AffBroadcastAnswer').where('replyCommEventId', replyId)
                .orderBy('answerDate', 'communicationEventId').queryList().collect { GenericValue answer ->
                    EntityQuery.use(delegator).from('CommunicationEvent')
                            .where('communicationEventId', answer.communicationEventId).queryOne()
                }
    }

}
