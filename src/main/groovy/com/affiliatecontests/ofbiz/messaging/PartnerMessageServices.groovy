/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import com.affiliatecontests.engine.messaging.HtmlSanitizer
import com.affiliatecontests.engine.messaging.MessageLink
import com.affiliatecontests.engine.messaging.RecipientEngagement
import com.affiliatecontests.engine.paging.Page
import com.affiliatecontests.engine.validation.ValidationCode
import com.affiliatecontests.ofbiz.portal.PartnerAccess
import com.affiliatecontests.engine.validation.ValidationException
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator

import java.sql.Timestamp
import java.time.Instant

/*
 * Partner services of messaging: what a logged-in affiliate may read and do with its messages.
 * The caller's own party is the reader: a message addressed to another partner is reported as not
 * found, and can be neither read nor marked opened, clicked or replied to. Opens and clicks from
 * an email copy are authorised by the recipient's tracking token instead of a login.
 */

/** My messages, newest first, a page at a time (an index past the end gives the last page), with whether I opened and replied to each. */
Map getMyAffMessages() {
    String partyId = callerAffiliate()
    if (!partyId) {
        return MessagingErrors.of('AffiliateContestsErrorNotAnAffiliate', locale)
    }
    long total = from('AffBroadcastRecipient').where('partyId', partyId).queryCount()
    // the engine picks the page: past the end, the last one
    Page page = Page.of((parameters.viewIndex ?: 0) as long, total, (parameters.viewSize ?: 50) as int)
    List<GenericValue> mine = from('AffBroadcastRecipient').where('partyId', partyId).orderBy('-sentDate')
            .offset(page.offset() as int).limit(page.size()).maxRows((int) Math.min(page.offset() + page.size(), Integer.MAX_VALUE))
            .queryList()
    List<Map> messages = mine.collect { GenericValue r ->
        GenericValue broadcast = from('AffBroadcast').where('broadcastId', r.broadcastId).cache().queryOne()
        [communicationEventId: r.communicationEventId, subject: broadcast.subject, sentDate: r.sentDate,
         openedDate: r.openedDate, repliedDate: r.repliedDate, repliesAllowed: broadcast.repliesAllowed,
         contestId: broadcast.contestId]
    }
    long unread = from('AffBroadcastRecipient').where(EntityCondition.makeCondition([
            EntityCondition.makeCondition('partyId', partyId),
            EntityCondition.makeCondition('openedDate', EntityOperator.EQUALS, null)])).queryCount()
    return success([messages: messages, unreadCount: unread, messageCount: total, viewIndex: page.index(),
            lastIndex: page.lastIndex()])
}

/** One of my messages: subject, body, instructions, links (by linkSeqId), resources, contest. Does not mark it opened. */
Map getMyAffMessage() {
    GenericValue recipient = myRecipient()
    if (!recipient) {
        return MessagingErrors.of('AffiliateContestsErrorMessageNotFound', locale)
    }
    return success(messageMap(recipient))
}

/**
 * A resource of my message: the Content attached to its broadcast (CommEventContentAssoc of the
 * broadcast's own event), with its DataResource, for the portal to serve. Anything else, or
 * another partner's message, is refused.
 */
Map getMyAffMessageResource() {
    GenericValue recipient = myRecipient()
    if (!recipient) {
        return MessagingErrors.of('AffiliateContestsErrorMessageNotFound', locale)
    }
    GenericValue broadcast = from('AffBroadcast').where('broadcastId', recipient.broadcastId).cache().queryOne()
    GenericValue attached = from('CommEventContentAssoc').where('communicationEventId', broadcast.communicationEventId,
            'contentId', parameters.contentId).filterByDate().queryFirst()
    GenericValue content = attached ? from('Content').where('contentId', parameters.contentId).queryOne() : null
    if (!content?.dataResourceId) {
        return MessagingErrors.of('AffiliateContestsErrorResourceNotFound', locale)
    }
    return success([contentId: content.contentId, contentName: content.contentName, dataResourceId: content.dataResourceId])
}

/** My message with its thread: my replies and the store's answers, oldest first. */
Map getMyAffMessageThread() {
    GenericValue recipient = myRecipient()
    if (!recipient) {
        return MessagingErrors.of('AffiliateContestsErrorMessageNotFound', locale)
    }
    List<GenericValue> replies = from('AffBroadcastReply').where('broadcastId', recipient.broadcastId,
            'partyId', recipient.partyId).orderBy('replyDate').queryList()
    List<Map> thread = []
    replies.each { GenericValue reply ->
        GenericValue event = from('CommunicationEvent').where('communicationEventId', reply.communicationEventId).queryOne()
        thread << [communicationEventId: event.communicationEventId, fromMe: 'Y', content: event.content,
                   entryDate: event.entryDate, contestId: reply.contestId]
        // the store's answers are those its answer service recorded, not any event whose parent is the reply
        new StoreAnswers(delegator).of(reply.getString('communicationEventId')).each { GenericValue answer ->
                    thread << [communicationEventId: answer.communicationEventId, fromMe: 'N', content: answer.content,
                               entryDate: answer.entryDate, parentCommEventId: reply.communicationEventId]
                }
    }
    return success([message: messageMap(recipient), thread: thread])
}

/**
 * Marks my message opened, the first time only (also the ADDRESSEE role's status COM_ROLE_READ).
 * Called by the portal's message page with the login, or by the email open pixel with the token.
 */
Map markAffMessageOpened() {
    GenericValue recipient = trackedRecipient()
    if (!recipient) {
        return MessagingErrors.of('AffiliateContestsErrorMessageNotFound', locale)
    }
    recipient = locked(recipient)
    boolean first = recipient.openedDate == null
    record(recipient, engagementOf(recipient).opened(Instant.now()))
    return success([firstOpen: first ? 'Y' : 'N', openedDate: recipient.getTimestamp('openedDate')])
}

/**
 * Records a click on a link of my message and returns where to send the browser (targetUrl). Only
 * the links of that very message are redirected to, and only to http(s) addresses.
 */
Map recordAffMessageClick() {
    GenericValue recipient = trackedRecipient()
    if (!recipient) {
        return MessagingErrors.of('AffiliateContestsErrorMessageNotFound', locale)
    }
    GenericValue link = from('AffBroadcastLink').where('broadcastId', recipient.broadcastId,
            'linkSeqId', parameters.linkSeqId).queryOne()
    if (!link || !new MessageLink(MessageLink.LinkKind.CALL_TO_ACTION, link.linkLabel, link.linkUrl).isWebAddress()) {
        return MessagingErrors.of(ValidationException.of('linkSeqId', ValidationCode.UNKNOWN_LINK,
                'not a link of this message'), locale)
    }
    // under the recipient row's lock, the first click's insert and the next clicks' increments queue up
    recipient = locked(recipient)
    Timestamp now = UtilDateTime.nowTimestamp()
    record(recipient, engagementOf(recipient).clicked(now.toInstant()))
    GenericValue clicks = from('AffBroadcastClick').where('broadcastId', recipient.broadcastId,
            'linkSeqId', link.linkSeqId, 'partyId', recipient.partyId).queryOne()
    if (clicks) {
        clicks.set('clickCount', (clicks.getLong('clickCount') ?: 0L) + 1)
        clicks.set('lastClickDate', now)
        clicks.store()
    } else {
        delegator.create('AffBroadcastClick', [broadcastId: recipient.broadcastId, linkSeqId: link.linkSeqId,
                partyId: recipient.partyId, clickCount: 1L, firstClickDate: now, lastClickDate: now])
    }
    return success([targetUrl: link.getString('linkUrl')])
}

/**
 * Replies to my message (when the broadcast allows replies): a CommunicationEvent from me to the
 * store's party whose parentCommEventId is the message. With contestId (a contest I may see:
 * PartnerAccess.visibleContest), the reply disputes that contest's result.
 */
Map replyToAffMessage() {
    GenericValue recipient = myRecipient()
    if (!recipient) {
        return MessagingErrors.of('AffiliateContestsErrorMessageNotFound', locale)
    }
    GenericValue broadcast = from('AffBroadcast').where('broadcastId', recipient.broadcastId).queryOne()
    String body = new HtmlSanitizer().sanitize(parameters.body as String)
    List errors = []
    if (broadcast.repliesAllowed != 'Y') {
        errors << new com.affiliatecontests.engine.validation.ValidationError('communicationEventId',
                ValidationCode.REPLIES_NOT_ALLOWED, 'this message takes no replies')
    }
    if (!body?.trim()) {
        errors << new com.affiliatecontests.engine.validation.ValidationError('body', ValidationCode.REQUIRED,
                'a reply needs a text')
    }
    // only a contest the partner may see (it competes in it, launched, not cancelled) can be disputed
    if (parameters.contestId && !new PartnerAccess(delegator).visibleContest(parameters.contestId, recipient.partyId)) {
        errors << new com.affiliatecontests.engine.validation.ValidationError('contestId', ValidationCode.CONTEST_NOT_DISPUTABLE,
                'not a contest this partner may see')
    }
    if (errors) {
        return MessagingErrors.of(new ValidationException(errors), locale)
    }
    String subject = MessagingErrors.message(parameters.contestId ? 'AffiliateContestsMessageDisputeSubject'
            : 'AffiliateContestsMessageReplySubject', locale, [subject: broadcast.subject, contestId: parameters.contestId])
    String replyId = new ThreadWriter(delegator).write(broadcast.communicationEventId, recipient.communicationEventId,
            recipient.partyId, broadcast.partyIdFrom, subject, body)
    recipient = locked(recipient)
    Timestamp now = UtilDateTime.nowTimestamp()
    delegator.create('AffBroadcastReply', [communicationEventId: replyId, broadcastId: recipient.broadcastId,
            partyId: recipient.partyId, contestId: parameters.contestId, replyDate: now])
    record(recipient, engagementOf(recipient).replied(now.toInstant()))
    return success([communicationEventId: replyId])
}

/** My recipient row of the message, or null when the message is not addressed to me. */
private GenericValue myRecipient() {
    String partyId = callerAffiliate()
    if (!partyId || !parameters.communicationEventId) {
        return null
    }
    GenericValue recipient = from('AffBroadcastRecipient').where('communicationEventId', parameters.communicationEventId)
            .queryFirst()
    return recipient?.getString('partyId') == partyId ? recipient : null
}

/** The recipient row of the message for the logged-in partner, or for the email copy's token. */
private GenericValue trackedRecipient() {
    // these services also run without a login (email opens and clicks): userLogin is then unbound
    if (parameters.userLogin?.partyId) {
        return myRecipient()
    }
    if (!parameters.trackingToken || !parameters.communicationEventId) {
        return null
    }
    GenericValue recipient = from('AffBroadcastRecipient').where('communicationEventId', parameters.communicationEventId)
            .queryFirst()
    return recipient?.getString('trackingToken') == parameters.trackingToken ? recipient : null
}

/**
 * Takes the recipient row's lock (an update) and reads it again: a recipient's opens, clicks and
 * replies then run one after the other, so none overwrites another's counts and a first click's
 * AffBroadcastClick row is created once, the clicks at the same moment waiting for it.
 */
private GenericValue locked(GenericValue recipient) {
    delegator.storeByCondition('AffBroadcastRecipient', [lastUpdatedStamp: UtilDateTime.nowTimestamp()],
            EntityCondition.makeCondition([broadcastId: recipient.getString('broadcastId'), partyId: recipient.getString('partyId')]))
    return from('AffBroadcastRecipient').where('broadcastId', recipient.broadcastId, 'partyId', recipient.partyId).queryOne()
}

/** Stores what the engine says the recipient's engagement now is; the role is READ once opened. */
private void record(GenericValue recipient, RecipientEngagement engagement) {
    recipient.set('openedDate', stamp(engagement.openedAt()))
    recipient.set('repliedDate', stamp(engagement.repliedAt()))
    recipient.set('firstClickDate', stamp(engagement.firstClickAt()))
    recipient.set('clickCount', engagement.clicks())
    recipient.store()
    GenericValue role = from('CommunicationEventRole').where('communicationEventId', recipient.communicationEventId,
            'partyId', recipient.partyId, 'roleTypeId', 'ADDRESSEE').queryOne()
    if (role && engagement.openedAt() && role.statusId == 'COM_ROLE_CREATED') {
        role.set('statusId', 'COM_ROLE_READ')
        role.store()
    }
}

private static RecipientEngagement engagementOf(GenericValue r) {
    return new RecipientEngagement(r.getString('partyId'), r.getTimestamp('sentDate')?.toInstant(),
            r.getTimestamp('openedDate')?.toInstant(), r.getTimestamp('repliedDate')?.toInstant(),
            r.getTimestamp('firstClickDate')?.toInstant(), r.getLong('clickCount') ?: 0L)
}

private static Timestamp stamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant)
}

private Map messageMap(GenericValue recipient) {
    GenericValue broadcast = from('AffBroadcast').where('broadcastId', recipient.broadcastId).queryOne()
    GenericValue event = from('CommunicationEvent').where('communicationEventId', recipient.communicationEventId).queryOne()
    List<Map> links = from('AffBroadcastLink').where('broadcastId', recipient.broadcastId).orderBy('linkSeqId').queryList()
            .collect { [linkSeqId: it.linkSeqId, linkTypeEnumId: it.linkTypeEnumId, label: it.linkLabel, url: it.linkUrl] }
    List<Map> resources = from('CommEventContentAssoc').where('communicationEventId', broadcast.communicationEventId)
            .filterByDate().queryList().collect { GenericValue assoc ->
                GenericValue content = from('Content').where('contentId', assoc.contentId).queryOne()
                [contentId: assoc.contentId, contentName: content?.contentName, dataResourceId: content?.dataResourceId]
            }
    return [communicationEventId: recipient.communicationEventId, subject: event.subject, body: event.content,
            instructions: broadcast.instructionText, links: links, resources: resources, contestId: broadcast.contestId,
            repliesAllowed: broadcast.repliesAllowed, sentDate: recipient.sentDate, openedDate: recipient.openedDate,
            repliedDate: recipient.repliedDate]
}

private String callerAffiliate() {
    return new PartnerAccess(delegator).affiliateOf(parameters.userLogin)
}
