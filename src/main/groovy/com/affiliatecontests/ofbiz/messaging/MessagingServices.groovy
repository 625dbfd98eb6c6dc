/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import com.affiliatecontests.engine.eligibility.AudienceRule
import com.affiliatecontests.engine.eligibility.Dimension
import com.affiliatecontests.engine.eligibility.PartnerProfile
import com.affiliatecontests.engine.messaging.AudienceCheck
import com.affiliatecontests.engine.messaging.BroadcastDraft
import com.affiliatecontests.engine.messaging.BroadcastLifecycle
import com.affiliatecontests.engine.messaging.BroadcastStatus
import com.affiliatecontests.engine.messaging.EngagementStats
import com.affiliatecontests.engine.messaging.HtmlSanitizer
import com.affiliatecontests.engine.messaging.RecipientEngagement
import com.affiliatecontests.engine.messaging.WinnersMessage
import com.affiliatecontests.ofbiz.reward.RewardRecords
import com.affiliatecontests.engine.validation.Problems
import com.affiliatecontests.engine.validation.ValidationCode
import com.affiliatecontests.engine.validation.ValidationException
import com.affiliatecontests.engine.winner.Winner
import com.affiliatecontests.engine.contest.PrizeTier
import com.affiliatecontests.ofbiz.common.OwnTransaction
import com.affiliatecontests.ofbiz.eligibility.PartnerDirectory
import com.affiliatecontests.ofbiz.common.ServiceErrors
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.entity.util.EntityUtilProperties

import java.sql.Timestamp
import java.time.Instant

/** AFFCONTEST_MESSAGE (or AFFCONTEST_ADMIN): the permission of the admin messaging services. */
Map affContestMessagingPermissionCheck() {
    boolean granted = security.hasEntityPermission('AFFCONTEST', '_MESSAGE', userLogin)
    Map result = success()
    result.hasPermission = granted
    if (!granted) {
        result.failMessage = ServiceErrors.message('AffiliateContestsPermissionError', locale, [action: 'MESSAGE'])
    }
    return result
}

/*
 * Admin services of partner messaging (permission AFFCONTEST_MESSAGE, or AFFCONTEST_ADMIN). Each
 * builds the engine's view, lets the engine decide, and stores the result; refused input returns
 * labelled errors and stores nothing.
 */

/** Creates a draft broadcast with its audience, links and attachments. */
Map createAffBroadcast() {
    BroadcastRecords records = new BroadcastRecords(delegator)
    List<Map> criteria = (parameters.criteria ?: []) as List<Map>
    List<Map> links = (parameters.links ?: []) as List<Map>
    BroadcastDraft draft
    String fromParty = parameters.partyIdFrom ?: storeParty()
    try {
        draft = checked(records, parameters, criteria, links, fromParty, parameters.contentIds as List<String>)
    } catch (ValidationException e) {
        return MessagingErrors.of(e, locale)
    }
    String broadcastId = delegator.getNextSeqId('AffBroadcast')
    String rootId = delegator.getNextSeqId('CommunicationEvent')
    Timestamp now = UtilDateTime.nowTimestamp()
    ensureRole(fromParty, 'ORIGINATOR')
    delegator.create('CommunicationEvent', [communicationEventId: rootId, communicationEventTypeId: BroadcastSender.NOTE,
            statusId: 'COM_PENDING', contactMechTypeId: 'INTERNAL_PARTYID', partyIdFrom: fromParty, entryDate: now,
            subject: draft.subject(), contentMimeTypeId: 'text/html', content: draft.body(),
            note: "AffBroadcast ${broadcastId}".toString()])
    delegator.create('CommunicationEventRole', [communicationEventId: rootId, partyId: fromParty, roleTypeId: 'ORIGINATOR',
            statusId: 'COM_ROLE_COMPLETED'])
    delegator.create('AffBroadcast', [broadcastId: broadcastId, statusId: BroadcastStatus.DRAFT.statusId(),
            communicationEventId: rootId, partyIdFrom: fromParty, createdDate: now, createdByUserLogin: userLogin?.userLoginId,
            recipientCount: 0L] + fieldsOf(draft, parameters))
    records.storeChildren(broadcastId, criteria, draft.links(), links)
    (parameters.contentIds ?: []).each { String contentId ->
        delegator.create('CommEventContentAssoc', [contentId: contentId, communicationEventId: rootId, fromDate: now])
    }
    return success([broadcastId: broadcastId, communicationEventId: rootId])
}

/** Edits a draft or scheduled broadcast; audience and links are replaced when given. */
Map updateAffBroadcast() {
    BroadcastRecords records = new BroadcastRecords(delegator)
    GenericValue broadcast = records.broadcast(parameters.broadcastId)
    if (!broadcast) {
        return MessagingErrors.of('AffiliateContestsErrorBroadcastNotFound', locale)
    }
    Map fields = broadcast.getAllFields() + [body: broadcast.messageBody, instructions: broadcast.instructionText]
    ['subject', 'body', 'instructions', 'contestId', 'repliesAllowed', 'sendDate', 'emailModeEnumId', 'eligibleAll',
     'includeMatchEnumId'].each { if (parameters.containsKey(it) && parameters[it] != null) { fields[it] = parameters[it] } }
    List<Map> criteria = parameters.criteria as List<Map>
    List<Map> links = parameters.links as List<Map>
    BroadcastDraft draft
    try {
        new BroadcastLifecycle().checkEditable(records.status(broadcast))
        draft = checked(records, fields, criteria ?: records.audienceRows(parameters.broadcastId),
                links ?: records.linkValues(parameters.broadcastId)*.getAllFields(), broadcast.getString('partyIdFrom'), [])
    } catch (ValidationException e) {
        return MessagingErrors.of(e, locale)
    }
    broadcast.setNonPKFields(fieldsOf(draft, fields))
    broadcast.set('statusId', BroadcastStatus.DRAFT.statusId())
    broadcast.store()
    records.storeChildren(parameters.broadcastId, criteria, draft.links(), links)
    GenericValue root = from('CommunicationEvent').where('communicationEventId', broadcast.communicationEventId).queryOne()
    root.set('subject', draft.subject())
    root.set('content', draft.body())
    root.store()
    return success()
}

/**
 * Who would receive the broadcast now (or, once sent, the frozen list): the count, and a page of
 * recipients with names and the reason each is in.
 */
Map previewAffBroadcastAudience() {
    BroadcastRecords records = new BroadcastRecords(delegator)
    GenericValue broadcast = records.broadcast(parameters.broadcastId)
    if (!broadcast) {
        return MessagingErrors.of('AffiliateContestsErrorBroadcastNotFound', locale)
    }
    SortedMap<String, String> reasons
    if (records.status(broadcast).isEditable()) {
        try {
            AudienceRule rule = records.audience(broadcast)
            reasons = new AudienceCheck().recipients(rule, new AudienceDirectory(delegator).profiles(rule))
        } catch (ValidationException e) {
            return MessagingErrors.of(e, locale)
        }
    } else {
        reasons = new TreeMap<>()
        from('AffBroadcastRecipient').where('broadcastId', parameters.broadcastId).select('partyId', 'reason')
                .queryList().each { reasons[it.getString('partyId')] = it.getString('reason') }
    }
    int index = (parameters.viewIndex ?: 0) as int
    int size = (parameters.viewSize ?: 100) as int
    List<String> page = (reasons.keySet() as List).drop(index * size).take(size)
    Map<String, PartnerProfile> profiles = new PartnerDirectory(delegator).profilesById(page)
    return success([recipientCount: reasons.size(), frozen: records.status(broadcast).isEditable() ? 'N' : 'Y',
            recipients: page.collect { [partyId: it, name: profiles[it]?.name(), alias: profiles[it]?.alias(),
                                         reason: reasons[it]] }])
}

/**
 * Who an audience not yet saved would reach now (the compose page asks as the admin edits the criteria): validated
 * and resolved exactly as a draft's audience is when it is previewed and sent (AudienceCheck over AudienceDirectory);
 * the count and the first previewSize recipients (alias, name).
 */
Map countAffBroadcastAudience() {
    BroadcastRecords records = new BroadcastRecords(delegator)
    SortedMap<String, String> reasons
    try {
        AudienceRule rule = records.audience(parameters.eligibleAll == 'Y', parameters.includeMatchEnumId as String,
                (parameters.criteria ?: []) as List<Map>)
        new AudienceCheck().validate(rule, { Dimension dimension, String id -> new AudienceDirectory(delegator).exists(dimension, id) })
        reasons = new AudienceCheck().recipients(rule, new AudienceDirectory(delegator).profiles(rule))
    } catch (ValidationException e) {
        return MessagingErrors.of(e, locale)
    }
    int size = Math.max(0, Math.min(20, (parameters.previewSize ?: 5) as int))
    List<String> first = (reasons.keySet() as List).take(size)
    Map<String, PartnerProfile> profiles = new PartnerDirectory(delegator).profilesById(first)
    return success([recipientCount: reasons.size(),
            recipients: first.collect { [partyId: it, name: profiles[it]?.name(), alias: profiles[it]?.alias()] }])
}

/**
 * Sends the broadcast now, or schedules it when its send date is in the future. Sending twice
 * sends once: the broadcast's row is locked while the engine decides, and a broadcast already
 * sent, or being sent, is left as it is (alreadySent Y).
 */
Map sendAffBroadcast() {
    BroadcastRecords records = new BroadcastRecords(delegator)
    BroadcastLifecycle lifecycle = new BroadcastLifecycle()
    BroadcastLifecycle.SendDecision decision
    GenericValue broadcast
    Instant now = Instant.now()
    boolean began = TransactionUtil.begin()
    try {
        // an update first takes the row lock: concurrent sends of one broadcast queue up here
        delegator.storeByCondition('AffBroadcast', [lastUpdatedStamp: UtilDateTime.nowTimestamp()],
                EntityCondition.makeCondition('broadcastId', parameters.broadcastId))
        broadcast = from('AffBroadcast').where('broadcastId', parameters.broadcastId).queryOne()
        if (!broadcast) {
            TransactionUtil.commit(began)
            return MessagingErrors.of('AffiliateContestsErrorBroadcastNotFound', locale)
        }
        decision = lifecycle.onSend(records.status(broadcast), broadcast.getTimestamp('sendDate')?.toInstant(),
                broadcast.getTimestamp('sendingDate')?.toInstant(), now)
        if (decision == BroadcastLifecycle.SendDecision.SCHEDULE) {
            broadcast.set('statusId', BroadcastStatus.SCHEDULED.statusId())
            broadcast.store()
        } else if (decision != BroadcastLifecycle.SendDecision.ALREADY_SENT) {
            broadcast.set('statusId', BroadcastStatus.SENDING.statusId())
            broadcast.set('sendingDate', Timestamp.from(now))
            broadcast.store()
        }
        TransactionUtil.commit(began)
    } catch (ValidationException e) {
        TransactionUtil.rollback(began, 'broadcast not sent', e)
        return MessagingErrors.of(e, locale)
    } catch (Exception e) {
        TransactionUtil.rollback(began, 'broadcast not sent', e)
        throw e
    }
    if (decision in [BroadcastLifecycle.SendDecision.SCHEDULE, BroadcastLifecycle.SendDecision.ALREADY_SENT]) {
        return success([statusId: broadcast.getString('statusId'), recipientCount: broadcast.getLong('recipientCount'),
                alreadySent: decision == BroadcastLifecycle.SendDecision.ALREADY_SENT ? 'Y' : 'N'])
    }
    return deliver(records, broadcast)
}

/** Cancels a draft or scheduled broadcast. */
Map cancelAffBroadcast() {
    BroadcastRecords records = new BroadcastRecords(delegator)
    GenericValue broadcast = records.broadcast(parameters.broadcastId)
    if (!broadcast) {
        return MessagingErrors.of('AffiliateContestsErrorBroadcastNotFound', locale)
    }
    try {
        broadcast.set('statusId', new BroadcastLifecycle().cancel(records.status(broadcast)).statusId())
    } catch (ValidationException e) {
        return MessagingErrors.of(e, locale)
    }
    broadcast.store()
    GenericValue root = from('CommunicationEvent').where('communicationEventId', broadcast.communicationEventId).queryOne()
    root.set('statusId', 'COM_CANCELLED')
    root.store()
    return success([statusId: broadcast.getString('statusId')])
}

/**
 * The scheduler's job: sends the scheduled broadcasts whose time has come, and resumes the sends
 * left half-done whose sender is gone (SENDING past the stale time), adding only the missing recipients.
 */
Map sendDueAffBroadcasts() {
    BroadcastLifecycle lifecycle = new BroadcastLifecycle()
    Instant now = Instant.now()
    List<String> due = from('AffBroadcast').where(EntityCondition.makeCondition('statusId', EntityOperator.IN,
            [BroadcastStatus.SCHEDULED.statusId(), BroadcastStatus.SENDING.statusId()])).queryList()
            .findAll { lifecycle.isDue(BroadcastStatus.fromStatusId(it.getString('statusId')),
                    it.getTimestamp('sendDate')?.toInstant(), it.getTimestamp('sendingDate')?.toInstant(), now) }
            *.getString('broadcastId')
    due.each { String broadcastId ->
        Map result = dispatcher.runSync('sendAffBroadcast', [broadcastId: broadcastId, userLogin: userLogin])
        if (!org.apache.ofbiz.service.ServiceUtil.isSuccess(result)) {
            logError("Scheduled broadcast ${broadcastId} not sent: ${result.errorMessage ?: result.errorMessageList}")
        }
    }
    return success([broadcastsSent: due.size()])
}

/** The broadcasts, newest first, optionally of one status, with their counts. */
Map listAffBroadcasts() {
    EntityQuery query = from('AffBroadcast').orderBy('-createdDate')
    if (parameters.statusId) {
        query.where('statusId', parameters.statusId)
    }
    int index = (parameters.viewIndex ?: 0) as int
    int size = (parameters.viewSize ?: 50) as int
    List<Map> broadcasts = query.offset(index * size).limit(size).maxRows((index + 1) * size).queryList().collect {
        Map row = it.getAllFields().findAll { k, v -> !(k in ['messageBody', 'instructionText']) }
        row.stats = statsMap(tally(it.getString('broadcastId')))
        row
    }
    return success([broadcasts: broadcasts])
}

/** A broadcast's counts and rates (sent, opened, replied, clicked) and the clicks of each link. */
Map getAffBroadcastStats() {
    BroadcastRecords records = new BroadcastRecords(delegator)
    GenericValue broadcast = records.broadcast(parameters.broadcastId)
    if (!broadcast) {
        return MessagingErrors.of('AffiliateContestsErrorBroadcastNotFound', locale)
    }
    Map<String, List<GenericValue>> clicks = from('AffBroadcastClick').where('broadcastId', parameters.broadcastId)
            .queryList().groupBy { it.getString('linkSeqId') }
    List<Map> links = records.linkValues(parameters.broadcastId).collect { GenericValue link ->
        List<GenericValue> rows = clicks[link.getString('linkSeqId')] ?: []
        [linkSeqId: link.linkSeqId, label: link.linkLabel, url: link.linkUrl, linkTypeEnumId: link.linkTypeEnumId,
         clicks: rows.sum { it.getLong('clickCount') } ?: 0L, clickers: rows.size()]
    }
    return success([stats: statsMap(tally(parameters.broadcastId)), links: links,
            statusId: broadcast.getString('statusId')])
}

/** The frozen recipients of a sent broadcast, a page at a time, each with its status and dates. */
Map listAffBroadcastRecipients() {
    List<EntityCondition> where = [EntityCondition.makeCondition('broadcastId', parameters.broadcastId)]
    switch (parameters.engagement) {
        case 'REPLIED':
            where << notNull('repliedDate')
            break
        case 'CLICKED':
            where += [notNull('firstClickDate'), isNull('repliedDate')]
            break
        case 'OPENED':
            where += [notNull('openedDate'), isNull('firstClickDate'), isNull('repliedDate')]
            break
        case 'SENT':
            where << isNull('openedDate')
            break
        default:
            break
    }
    int index = (parameters.viewIndex ?: 0) as int
    int size = (parameters.viewSize ?: 100) as int
    EntityCondition condition = EntityCondition.makeCondition(where)
    long total = from('AffBroadcastRecipient').where(condition).queryCount()
    List<GenericValue> rows = from('AffBroadcastRecipient').where(condition).orderBy('partyId')
            .offset(index * size).limit(size).maxRows((index + 1) * size).queryList()
    Map<String, PartnerProfile> profiles = new PartnerDirectory(delegator).profilesById(rows*.getString('partyId'))
    return success([recipientCount: total, recipients: rows.collect { GenericValue r ->
        RecipientEngagement engagement = engagementOf(r)
        [partyId: r.partyId, name: profiles[r.partyId]?.name(), alias: profiles[r.partyId]?.alias(),
         communicationEventId: r.communicationEventId, reason: r.reason, status: engagement.status().name(),
         sentDate: r.sentDate, openedDate: r.openedDate, repliedDate: r.repliedDate, firstClickDate: r.firstClickDate,
         clickCount: r.clickCount, emailedDate: r.emailedDate]
    }])
}

/**
 * The admin's inbox: partners' replies (of one broadcast, or all), newest first, each with the
 * answers already given; a reply linking a contest is a dispute of its result.
 */
Map getAffBroadcastInbox() {
    List<EntityCondition> where = []
    if (parameters.broadcastId) {
        where << EntityCondition.makeCondition('broadcastId', parameters.broadcastId)
    }
    if (parameters.unansweredOnly == 'Y') {
        where << isNull('answeredDate')
    }
    int index = (parameters.viewIndex ?: 0) as int
    int size = (parameters.viewSize ?: 50) as int
    EntityQuery query = from('AffBroadcastReply').orderBy('-replyDate')
    if (where) {
        query.where(EntityCondition.makeCondition(where))
    }
    List<GenericValue> replies = query.offset(index * size).limit(size).maxRows((index + 1) * size).queryList()
    Map<String, PartnerProfile> profiles = new PartnerDirectory(delegator).profilesById(replies*.getString('partyId') as Set)
    return success([replies: replies.collect { GenericValue reply ->
        GenericValue event = commEvent(reply.getString('communicationEventId'))
        [communicationEventId: reply.communicationEventId, broadcastId: reply.broadcastId, partyId: reply.partyId,
         name: profiles[reply.partyId]?.name(), alias: profiles[reply.partyId]?.alias(),
         parentCommEventId: event.parentCommEventId, subject: event.subject, content: event.content,
         replyDate: reply.replyDate, contestId: reply.contestId, dispute: reply.contestId ? 'Y' : 'N',
         contestName: reply.contestId ? from('AffContest').where('contestId', reply.contestId).queryOne()?.contestName
                 : null,
         answeredDate: reply.answeredDate,
         answers: new StoreAnswers(delegator).of(reply.getString('communicationEventId')).collect {
             [communicationEventId: it.communicationEventId, content: it.content, entryDate: it.entryDate] }]
    }])
}

/** The admin answers a partner's reply: a message from the store's party, in the same thread. */
Map answerAffBroadcastReply() {
    GenericValue reply = from('AffBroadcastReply').where('communicationEventId', parameters.communicationEventId).queryOne()
    if (!reply) {
        return MessagingErrors.of('AffiliateContestsErrorMessageNotFound', locale)
    }
    String body = new HtmlSanitizer().sanitize(parameters.body as String)
    if (!body?.trim()) {
        return MessagingErrors.of(ValidationException.of('body', ValidationCode.REQUIRED, 'an answer needs a text'), locale)
    }
    GenericValue broadcast = new BroadcastRecords(delegator).broadcast(reply.getString('broadcastId'))
    GenericValue replyEvent = commEvent(reply.getString('communicationEventId'))
    String answerId = new ThreadWriter(delegator).write(broadcast.getString('communicationEventId'),
            reply.getString('communicationEventId'), broadcast.getString('partyIdFrom'), reply.getString('partyId'),
            MessagingErrors.message('AffiliateContestsMessageReplySubject', locale, [subject: replyEvent.subject]), body)
    Timestamp now = UtilDateTime.nowTimestamp()
    new StoreAnswers(delegator).record(answerId, reply.getString('communicationEventId'),
            parameters.userLogin?.getString('userLoginId'), now)
    reply.set('answeredDate', now)
    reply.store()
    return success([communicationEventId: answerId])
}

/**
 * Drafts a message to a finalized contest's winners, each with its place and prize, for the admin
 * to review and send. Run after finalizeAffContest (SECA); does nothing for a contest without winners.
 */
Map draftAffContestWinnersBroadcast() {
    GenericValue contest = from('AffContest').where('contestId', parameters.contestId).queryOne()
    List<GenericValue> rows = from('AffContestWinner').where('contestId', parameters.contestId).orderBy('placeNumber')
            .queryList()
    if (!contest || !rows) {
        return success()
    }
    // the prize as the message states it, with how OFBiz pays it (issue 14)
    RewardRecords rewards = new RewardRecords(delegator)
    List<Winner> winners = rows.collect { GenericValue w ->
        String prizeText = rewards.prizeWithReward(parameters.contestId, w.getLong('placeNumber'), w.prizeText, locale)
        new Winner(w.partyId, w.getLong('placeNumber') as int, (w.getLong('rankNumber') ?: 0L) as int,
                w.getBigDecimal('score') ?: BigDecimal.ZERO, prizeText || w.prizeAmount != null ? new PrizeTier(
                (w.getLong('placeNumber') as int), (w.getLong('placeNumber') as int), prizeText, w.prizeAmount,
                w.currencyUomId) : null)
    }
    // a winner whose affiliate role was removed since cannot be written to: the draft goes to the others
    Set<String> partners = from('PartyRole').where(EntityCondition.makeCondition([
            EntityCondition.makeCondition('roleTypeId', 'AFFILIATE'),
            EntityCondition.makeCondition('partyId', EntityOperator.IN, winners*.partnerId())]))
            .queryList()*.getString('partyId').toSet()
    WinnersMessage message = new WinnersMessage()
    List<Winner> addressed = message.addressable(winners, partners::contains)
    if (addressed.size() < winners.size()) {
        logWarning("The winners' message of contest ${parameters.contestId} leaves out ${winners*.partnerId() - addressed*.partnerId()}: no longer affiliates")
    }
    if (!addressed) {
        return success()
    }
    Map names = [contestName: contest.contestName]
    WinnersMessage.Draft draft = message.draft(parameters.contestId, addressed,
            MessagingErrors.message('AffiliateContestsWinnersSubject', locale, names),
            MessagingErrors.message('AffiliateContestsWinnersBody', locale, names),
            MessagingErrors.message('AffiliateContestsWinnersLine', locale, names))
    List<Map> criteria = draft.personalLines().collect { partyId, line ->
        [ruleTypeEnumId: BroadcastRecords.INCLUDE, dimensionEnumId: 'AFFCD_PARTY', groupId: partyId, personalLine: line]
    }
    // in a transaction of its own: a refusal must not mark this one (the finalization's after-commit step) for rollback
    Map result = dispatcher.runSync('createAffBroadcast', [subject: draft.draft().subject(), body: draft.draft().body(),
            contestId: parameters.contestId, repliesAllowed: 'Y', criteria: criteria, userLogin: userLogin], 60, true)
    if (!result.broadcastId) {
        // the contest stays finalized; the admin can still write to the winners by hand
        logWarning("No winners' message drafted for contest ${parameters.contestId}: ${result.errorMessageList ?: result.errorMessage}")
        return success()
    }
    return success([broadcastId: result.broadcastId])
}

/**
 * The email copies of a sent broadcast (email mode IMMEDIATE), to the recipients not yet emailed
 * that have a primary email (emailedDate set), in the partner's language; the others are skipped
 * and counted. Queued a chunk of recipients per transaction: a copy's job and its emailedDate are
 * committed together, and a large broadcast never holds the recipient table for long.
 */
Map sendAffBroadcastEmails() {
    BroadcastRecords records = new BroadcastRecords(delegator)
    GenericValue broadcast = records.broadcast(parameters.broadcastId)
    if (!broadcast || broadcast.getString('statusId') != BroadcastStatus.SENT.statusId()) {
        return success([emailsSent: 0L, partnersWithoutEmail: 0L])
    }
    List<String> partyIds = from('AffBroadcastRecipient').select('partyId').where(EntityCondition.makeCondition([
            EntityCondition.makeCondition('broadcastId', parameters.broadcastId), isNull('emailedDate')]))
            .queryList()*.getString('partyId')
    BroadcastMails mails = new BroadcastMails(delegator, locale)
    Map<String, String> addresses = mails.addresses(partyIds)
    Map<String, Locale> locales = mails.locales(addresses.keySet())
    Map<String, String> lines = records.personalLines(parameters.broadcastId)
    List<GenericValue> links = records.linkValues(parameters.broadcastId)
    long sent = 0
    partyIds.findAll { addresses[it] }.collate(BroadcastMails.CHUNK).each { List<String> chunk ->
        OwnTransaction.run('queuing email copies failed') {
            from('AffBroadcastRecipient').where(EntityCondition.makeCondition([
                    EntityCondition.makeCondition('broadcastId', parameters.broadcastId),
                    EntityCondition.makeCondition('partyId', EntityOperator.IN, chunk), isNull('emailedDate')]))
                    .queryList().each { GenericValue recipient ->
                        String partyId = recipient.getString('partyId')
                        dispatcher.runAsync(BroadcastMails.MAIL_SERVICE, mails.copy(broadcast, recipient, addresses[partyId],
                                lines[partyId], links, locales[partyId] ?: locale))
                        recipient.set('emailedDate', UtilDateTime.nowTimestamp())
                        recipient.store()
                        sent++
                    }
        }
    }
    return success([emailsSent: sent, partnersWithoutEmail: (long) partyIds.count { !addresses[it] }])
}

/**
 * The daily digest (job AFFC_MSG_DIGEST): one email per partner with a primary email, in its
 * language, listing its messages of DIGEST broadcasts not yet emailed, with their portal links
 * (emailedDate set); partners without an email are skipped and counted. A chunk of partners per
 * transaction, as for the copies.
 */
Map sendAffMessageDigests() {
    List<String> digestBroadcasts = from('AffBroadcast').where('statusId', BroadcastStatus.SENT.statusId(),
            'emailModeEnumId', 'AFFBE_DIGEST').queryList()*.getString('broadcastId')
    if (!digestBroadcasts) {
        return success([emailsSent: 0L, partnersWithoutEmail: 0L])
    }
    EntityCondition pending = EntityCondition.makeCondition([
            EntityCondition.makeCondition('broadcastId', EntityOperator.IN, digestBroadcasts), isNull('emailedDate')])
    Set<String> partyIds = from('AffBroadcastRecipient').select('partyId').where(pending).distinct().queryList()
            *.getString('partyId') as Set
    Map<String, String> subjects = from('AffBroadcast').where(EntityCondition.makeCondition('broadcastId',
            EntityOperator.IN, digestBroadcasts)).queryList().collectEntries { [(it.broadcastId): it.subject] }
    BroadcastMails mails = new BroadcastMails(delegator, locale)
    Map<String, String> addresses = mails.addresses(partyIds)
    Map<String, Locale> locales = mails.locales(addresses.keySet())
    long sent = 0
    partyIds.findAll { addresses[it] }.collate(BroadcastMails.CHUNK).each { List<String> chunk ->
        OwnTransaction.run('queuing message digests failed') {
            from('AffBroadcastRecipient').where(EntityCondition.makeCondition([pending,
                    EntityCondition.makeCondition('partyId', EntityOperator.IN, chunk)])).orderBy('communicationEventId')
                    .queryList().groupBy { it.getString('partyId') }.each { String partyId, List<GenericValue> messages ->
                        dispatcher.runAsync(BroadcastMails.MAIL_SERVICE, mails.digest(partyId, addresses[partyId], messages,
                                subjects, locales[partyId] ?: locale))
                        messages.each {
                            it.set('emailedDate', UtilDateTime.nowTimestamp())
                            it.store()
                        }
                        sent++
                    }
        }
    }
    return success([emailsSent: sent, partnersWithoutEmail: (long) partyIds.count { !addresses[it] }])
}

/** Writes the messages of a claimed broadcast, then marks it SENT; starts the email copies. */
private Map deliver(BroadcastRecords records, GenericValue broadcast) {
    String broadcastId = broadcast.getString('broadcastId')
    SortedMap<String, String> recipients
    long started = System.nanoTime()
    try {
        AudienceRule rule = records.audience(broadcast)
        recipients = new AudienceCheck().recipients(rule, new AudienceDirectory(delegator).profiles(rule))
        logInfo("Broadcast ${broadcastId}: audience of ${recipients.size()} resolved in "
                + "${(System.nanoTime() - started).intdiv(1000000)} ms")
    } catch (ValidationException e) {
        // nobody to send to (any more): back to a draft, nothing written
        broadcast.refresh()
        broadcast.set('statusId', BroadcastStatus.DRAFT.statusId())
        broadcast.store()
        return MessagingErrors.of(e, locale)
    }
    int count = new BroadcastSender(delegator).write(broadcast, recipients, records.personalLines(broadcastId))
    boolean began = TransactionUtil.begin()
    try {
        broadcast.refresh()
        broadcast.set('statusId', BroadcastStatus.SENT.statusId())
        broadcast.set('sentDate', UtilDateTime.nowTimestamp())
        broadcast.set('recipientCount', count as Long)
        broadcast.store()
        GenericValue root = commEvent(broadcast.getString('communicationEventId'))
        root.set('statusId', 'COM_COMPLETE')
        root.set('datetimeStarted', broadcast.getTimestamp('sentDate'))
        root.store()
        TransactionUtil.commit(began)
    } catch (Exception e) {
        TransactionUtil.rollback(began, 'broadcast not marked sent', e)
        throw e
    }
    if (broadcast.getString('emailModeEnumId') == 'AFFBE_IMMEDIATE') {
        dispatcher.runAsync('sendAffBroadcastEmails', [broadcastId: broadcastId, userLogin: userLogin])
    }
    return success([statusId: BroadcastStatus.SENT.statusId(), recipientCount: count as Long, alreadySent: 'N'])
}

/** The validated draft: the engine's checks of the fields and audience, plus what only OFBiz knows exists. */
private BroadcastDraft checked(BroadcastRecords records, Map fields, List<Map> criteria, List<Map> links,
                               String fromParty, List<String> contentIds) {
    Problems problems = new Problems()
    AudienceRule rule = null
    try {
        rule = records.audience(fields.eligibleAll == 'Y', fields.includeMatchEnumId as String, criteria)
        new AudienceCheck().validate(rule, { Dimension dimension, String id ->
            new AudienceDirectory(delegator).exists(dimension, id) })
    } catch (ValidationException e) {
        problems.addAll(e.errors())
    }
    problems.check(!fields.contestId || from('AffContest').where('contestId', fields.contestId).queryOne() != null,
            'contestId', ValidationCode.UNKNOWN_GROUP, 'no such contest')
    problems.check(fromParty && from('Party').where('partyId', fromParty).queryOne() != null, 'partyIdFrom',
            ValidationCode.UNKNOWN_GROUP, 'no such party')
    problems.check(!fields.emailModeEnumId || fields.emailModeEnumId in ['AFFBE_NONE', 'AFFBE_IMMEDIATE', 'AFFBE_DIGEST'],
            'emailModeEnumId', ValidationCode.UNKNOWN_GROUP, 'no such email mode')
    (contentIds ?: []).each { String contentId ->
        problems.check(from('Content').where('contentId', contentId).queryOne() != null, "contentIds.${contentId}",
                ValidationCode.UNKNOWN_CONTENT, 'no such content')
    }
    BroadcastDraft draft = null
    try {
        draft = records.draft(fields, rule ?: new AudienceRule(true, null, null, null, null), links)
                .validated(Instant.now(), new HtmlSanitizer())
    } catch (ValidationException e) {
        problems.addAll(e.errors())
    }
    problems.throwIfAny()
    return draft
}

private static Map fieldsOf(BroadcastDraft draft, Map fields) {
    return [subject: draft.subject(), messageBody: draft.body(), instructionText: draft.instructions(), contestId: draft.contestId(),
            repliesAllowed: draft.repliesAllowed() ? 'Y' : 'N',
            sendDate: draft.sendAt() ? Timestamp.from(draft.sendAt()) : null,
            emailModeEnumId: fields.emailModeEnumId ?: 'AFFBE_NONE', eligibleAll: fields.eligibleAll == 'Y' ? 'Y' : 'N',
            includeMatchEnumId: fields.includeMatchEnumId ?: 'AFFCX_ANY']
}

private EngagementStats tally(String broadcastId) {
    EntityCondition ofBroadcast = EntityCondition.makeCondition('broadcastId', broadcastId)
    Closure<Long> count = { String field ->
        from('AffBroadcastRecipient').where(field ? EntityCondition.makeCondition([ofBroadcast, notNull(field)])
                : ofBroadcast).queryCount()
    }
    long clicks = from('AffBroadcastClick').where('broadcastId', broadcastId).select('clickCount').queryList()
            .sum { it.getLong('clickCount') } ?: 0L
    return new EngagementStats(count(null), count('openedDate'), count('repliedDate'), count('firstClickDate'), clicks)
}

private static Map statsMap(EngagementStats stats) {
    return [sent: stats.sent(), opened: stats.opened(), replied: stats.replied(), clicked: stats.clicked(),
            clicks: stats.clicks(), openRate: stats.openRate(), replyRate: stats.replyRate(),
            clickRate: stats.clickRate(), clickToOpenRate: stats.clickToOpenRate()]
}

private static RecipientEngagement engagementOf(GenericValue r) {
    return new RecipientEngagement(r.getString('partyId'), r.getTimestamp('sentDate')?.toInstant(),
            r.getTimestamp('openedDate')?.toInstant(), r.getTimestamp('repliedDate')?.toInstant(),
            r.getTimestamp('firstClickDate')?.toInstant(), r.getLong('clickCount') ?: 0L)
}

private static EntityCondition notNull(String field) {
    return EntityCondition.makeCondition(field, EntityOperator.NOT_EQUAL, null)
}

private static EntityCondition isNull(String field) {
    return EntityCondition.makeCondition(field, EntityOperator.EQUALS, null)
}

private GenericValue commEvent(String id) {
    return from('CommunicationEvent').where('communicationEventId', id).queryOne()
}

private void ensureRole(String partyId, String roleTypeId) {
    if (!from('PartyRole').where('partyId', partyId, 'roleTypeId', roleTypeId).queryOne()) {
        delegator.create('PartyRole', [partyId: partyId, roleTypeId: roleTypeId])
    }
}

/** The store's party: the property affiliatecontests#messaging.store.party, else Company. */
private String storeParty() {
    return EntityUtilProperties.getPropertyValue('affiliatecontests', 'messaging.store.party', 'Company', delegator)
}
