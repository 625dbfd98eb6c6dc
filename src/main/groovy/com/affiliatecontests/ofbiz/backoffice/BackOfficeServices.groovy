/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.backoffice

import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.eligibility.PartnerDirectory
import com.affiliatecontests.ofbiz.common.ServiceErrors
import com.affiliatecontests.engine.eligibility.PartnerProfile
import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.entity.util.EntityUtilProperties
import org.apache.ofbiz.service.GenericServiceException
import org.apache.ofbiz.service.ServiceUtil

import groovy.transform.Field

import java.sql.Timestamp
import java.time.Instant
import java.time.ZoneId

/*
 * Services of the back-office screens. They read what the screens show and chain the contest
 * services; every decision stays with those services and the engine. A chain that fails is rolled
 * back whole.
 */

@Field static final List<String> RUNNING = ['AFFC_ACTIVE', 'AFFC_ENDED']
@Field static final List<String> UPCOMING = ['AFFC_SCHEDULED', 'AFFC_DRAFT']
@Field static final int TOP_PER_CONTEST = 3
@Field static final int RECENT_CREDITS = 10
@Field static final int RECENT_BROADCASTS = 5
@Field static final int FAILING_EVENTS = 20

/** What the dashboard shows: contests, top partners, recent credits and what needs attention. */
Map getAffContestDashboard() {
    List<GenericValue> contests = from('AffContest')
            .where(EntityCondition.makeCondition('statusId', EntityOperator.IN, RUNNING + UPCOMING))
            .orderBy('thruDate').queryList()
    Map<String, String> names = contests.collectEntries { [(it.contestId): it.contestName] }
    List<Map> running = []
    Map<String, Map> partners = [:]
    ContestRecords readable = new ContestRecords(delegator)
    contests.findAll { it.statusId in RUNNING }.each { GenericValue contest ->
        Map shown = contestRow(contest)
        try {
            // a contest whose rules cannot be read (a time zone gone, a bad enumeration) is shown, flagged
            readable.definition(contest)
        } catch (Exception e) {
            logWarning("Contest ${contest.contestId} cannot be read for the dashboard: ${e.message}")
            running << shown + [unreadable: true, participants: 0]
            return
        }
        Map board = dispatcher.runSync('getAffContestLeaderboard', [contestId: contest.contestId,
                viewSize: TOP_PER_CONTEST, userLogin: userLogin, locale: locale])
        // only qualified partners lead or stand on a podium: a contest nobody has scored in has no leader yet
        List<Map> top = ServiceUtil.isError(board) ? [] : board.leaderboard.top.findAll { it.qualified }
        running << shown + [participants: board.leaderboard?.participants ?: 0,
                leaderName: top ? top[0].displayName : null]
        top.each { Map row ->
            Map partner = partners.computeIfAbsent(row.partyId) { [partyId: it, podiums: 0, bestPlace: row.place, contests: []] }
            partner.podiums++
            partner.bestPlace = Math.min(partner.bestPlace as int, row.place as int)
            partner.contests << contest.contestName
        }
    }
    Map<String, PartnerProfile> profiles = new PartnerDirectory(delegator).profilesById(partners.keySet())
    List<Map> topPartners = partners.values().collect { it + [name: partnerName(profiles[it.partyId])] }
            .sort { a, b -> b.podiums <=> a.podiums ?: a.bestPlace <=> b.bestPlace ?: a.name <=> b.name }

    List<GenericValue> credits = from('AffContestCredit').orderBy('-createdDate').maxRows(RECENT_CREDITS)
            .queryList().take(RECENT_CREDITS)
    List<GenericValue> ended = from('AffContest').where('statusId', 'AFFC_ENDED').orderBy('thruDate').queryList()
    List<GenericValue> jobFailures = from('AffContest').where(EntityCondition.makeCondition('jobFailures',
            EntityOperator.GREATER_THAN, 0L), EntityCondition.makeCondition('statusId', EntityOperator.NOT_EQUAL,
            'AFFC_CANCELLED')).orderBy('-jobFailedDate').queryList()
    List<GenericValue> flags = from('AffContestFraudFlag').where('reviewStatusId', 'AFFC_FL_OPEN')
            .orderBy('-flaggedDate').queryList()
    Set<String> partyIds = (credits*.partyId + flags*.partyId) as Set
    Map<String, PartnerProfile> people = new PartnerDirectory(delegator).profilesById(partyIds)
    List<GenericValue> creditContests = from('AffContest').where(EntityCondition.makeCondition('contestId', EntityOperator.IN,
            ((credits*.contestId + flags*.contestId) as Set) as List ?: ['_NA_'])).queryList()
    names.putAll(creditContests.collectEntries { [(it.contestId): it.contestName] })
    // a credit line's amount is money or a count as the contest's metric says (the engine's ScoreUnit)
    ContestRecords records = new ContestRecords(delegator)
    Map<String, Map> units = creditContests.collectEntries { GenericValue c ->
        [(c.contestId): [scoreUnit: records.scoreUnit(c).name(), currencyUomId: c.currencyUomId]]
    }
    // crediting events that failed at least once and wait for their next attempt (see affContestProcessOrderEvents)
    EntityCondition failing = EntityCondition.makeCondition('attempts', EntityOperator.GREATER_THAN, 0L)
    long failingCount = from('AffContestOrderEvent').where(failing).queryCount()
    List<GenericValue> failingEvents = from('AffContestOrderEvent').where(failing).orderBy('-nextAttemptDate')
            .maxRows(FAILING_EVENTS).queryList().take(FAILING_EVENTS)

    return success([
            failingEventCount: failingCount,
            failingEvents: failingEvents.collect { GenericValue e ->
                [eventId: e.eventId, orderId: e.orderId, returnId: e.returnId, statusId: e.statusId,
                 attempts: e.attempts, lastError: e.lastError, nextAttemptDate: e.nextAttemptDate, createdDate: e.createdDate]
            },
            running: running,
            upcoming: contests.findAll { it.statusId in UPCOMING }.collect { contestRow(it) }.sort { it.fromDate },
            topPartners: topPartners,
            recentCredits: credits.collect { GenericValue c ->
                [contestId: c.contestId, contestName: names[c.contestId], orderId: c.orderId, lineKind: c.lineKind,
                 partyId: c.partyId, partnerName: partnerName(people[c.partyId]), amount: c.amount,
                 occurredDate: c.occurredDate] + (units[c.contestId] ?: [:])
            },
            toFinalize: ended.collect { GenericValue c ->
                Timestamp returnWindowEnd = UtilDateTime.adjustTimestamp(c.thruDate, Calendar.DATE,
                        (c.getLong('returnWindowDays') ?: 0L) as int)
                contestRow(c) + [returnWindowEnd: returnWindowEnd,
                        returnWindowEndMoment: ContestRecords.moment(returnWindowEnd, c.timeZoneId, adminZone())]
            },
            recentBroadcasts: messaging('listAffBroadcasts', [statusId: 'AFFB_SENT', viewSize: RECENT_BROADCASTS]).broadcasts,
            unansweredReplies: messaging('getAffBroadcastInbox', [unansweredOnly: 'Y', viewSize: 10]).replies,
            jobFailures: jobFailures.collect { GenericValue c ->
                contestRow(c) + [jobFailures: c.jobFailures, jobLastError: c.jobLastError, jobFailedDate: c.jobFailedDate]
            },
            openFlags: flags.collect { GenericValue f ->
                [contestId: f.contestId, contestName: names[f.contestId], partyId: f.partyId,
                 partnerName: partnerName(people[f.partyId]), orderId: f.orderId, reasonEnumId: f.reasonEnumId,
                 flaggedDate: f.flaggedDate, detail: f.detail]
            }])
}

/** The templates a contest can start from, with their rules and prizes for the screens. */
Map getAffContestTemplates() {
    String currency = EntityUtilProperties.getPropertyValue('general', 'currency.uom.id.default', 'USD', delegator)
    ZoneId zone = adminZone().toZoneId()
    Instant now = Instant.now()
    return success([templates: ContestTemplates.ids().collect { ContestTemplates.summary(it, now, zone) + [currencyUomId: currency] }])
}

/**
 * Creates a draft from a template: the contest, its prize tiers and "every affiliate" as
 * eligibility, through createAffContest and addAffContestPrize. Nothing is kept if a step fails.
 */
Map createAffContestFromTemplate() {
    if (!ContestTemplates.exists(parameters.templateId)) {
        return ServiceErrors.of('AffiliateContestsBoErrorUnknownTemplate', locale)
    }
    String zoneId = parameters.timeZoneId ?: adminZone().getID()
    ZoneId zone
    try {
        zone = ZoneId.of(zoneId)
    } catch (java.time.DateTimeException e) {
        return ServiceErrors.of('AffiliateContestsErrorUnknownTimeZone', locale)
    }
    String currency = EntityUtilProperties.getPropertyValue('general', 'currency.uom.id.default', 'USD', delegator)
    Closure<String> label = { String key, Map arguments = [:] -> UtilProperties.getMessage(ContestTemplates.LABELS, key, arguments, locale) }
    String name = parameters.contestName ?: label("AffiliateContestsBoTemplate${camel(parameters.templateId)}")
    Map fields = ContestTemplates.contestFields(parameters.templateId, name, zoneId, currency, Instant.now())
    Map created = dispatcher.runSync('createAffContest', fields + [userLogin: userLogin, locale: locale])
    if (ServiceUtil.isError(created)) {
        return rollback(created)
    }
    for (Map prize : ContestTemplates.prizes(parameters.templateId, currency, locale, label)) {
        Map added = dispatcher.runSync('addAffContestPrize', prize + [contestId: created.contestId, userLogin: userLogin,
                locale: locale])
        if (ServiceUtil.isError(added)) {
            return rollback(added)
        }
    }
    return success([contestId: created.contestId])
}

/** Copies a contest into a new draft with the same fields, prize tiers and eligibility. */
Map cloneAffContest() {
    GenericValue source = from('AffContest').where('contestId', parameters.contestId).queryOne()
    if (!source) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    String newId = delegator.getNextSeqId('AffContest')
    GenericValue copy = delegator.makeValue('AffContest', source.getAllFields())
    copy.setNonPKFields([contestId: newId, statusId: 'AFFC_DRAFT', seriesId: null, instanceNumber: null,
            snapshotDate: null, finalizedDate: null, createdDate: UtilDateTime.nowTimestamp(),
            createdByUserLogin: userLogin?.userLoginId,
            contestName: parameters.contestName ?: UtilProperties.getMessage(ContestTemplates.LABELS,
                    'AffiliateContestsBoCopyOf', [name: source.contestName], locale)])
    copy.set('contestId', newId)
    copy.create()
    ['AffContestPrize', 'AffContestEligibility', 'AffContestRate'].each { String child ->
        from(child).where('contestId', parameters.contestId).queryList().each { GenericValue row ->
            GenericValue copied = delegator.makeValue(child, row.getAllFields())
            copied.set('contestId', newId)
            copied.create()
        }
    }
    return success([contestId: newId])
}

/**
 * A winner's reward: the next status along AFFC_RW_PENDING, _APPROVED, _NOTIFIED, _DELIVERED
 * (StatusValidChange), and the coordination note. Approval records who approved it and when.
 */
Map updateAffContestWinner() {
    GenericValue winner = from('AffContestWinner').where('contestId', parameters.contestId, 'partyId', parameters.partyId)
            .queryOne()
    if (!winner) {
        return ServiceErrors.of('AffiliateContestsBoErrorWinnerNotFound', locale)
    }
    String to = parameters.rewardStatusId
    if (to && to != winner.rewardStatusId) {
        GenericValue change = from('StatusValidChange').where('statusId', winner.rewardStatusId, 'statusIdTo', to)
                .cache().queryOne()
        if (!change) {
            return ServiceErrors.of('AffiliateContestsBoErrorRewardStatus', locale)
        }
        winner.rewardStatusId = to
        if (to == 'AFFC_RW_APPROVED') {
            winner.approvedByUserLogin = userLogin?.userLoginId
            winner.approvedDate = UtilDateTime.nowTimestamp()
        }
    }
    if (parameters.containsKey('rewardNote') && parameters.rewardNote != null) {
        winner.rewardNote = parameters.rewardNote
    }
    winner.store()
    return success()
}

/** The audience builder's rows of the compose form as broadcast criteria; NumberFormatException on a number that is not one. */
List<Map> composedCriteria() {
    return criteriaOf(values(parameters.criterion), values(parameters.criterionRule),
            values(parameters.criterionValue), values(parameters.criterionDays), values(parameters.criterionParty))
}

/**
 * The compose form's draft: its audience builder rows become the criteria of createAffBroadcast or
 * updateAffBroadcast, its send time a Timestamp in the admin's time zone; those services validate.
 */
Map saveAffBroadcastDraft() {
    List<Map> criteria
    try {
        criteria = composedCriteria()
    } catch (NumberFormatException e) {
        return ServiceErrors.of('AffiliateContestsBoErrorNumber', locale)
    }
    Map fields = [subject: parameters.subject, body: parameters.body, instructions: parameters.instructions,
            contestId: parameters.contestId ?: null, repliesAllowed: parameters.repliesAllowed ?: 'Y',
            emailModeEnumId: parameters.emailModeEnumId, eligibleAll: parameters.eligibleAll ?: 'N',
            includeMatchEnumId: parameters.includeMatchEnumId, criteria: criteria,
            userLogin: userLogin, locale: locale, timeZone: adminZone()]
    if (parameters.ctaUrl) {
        fields.links = [[linkTypeEnumId: 'AFFBL_CTA', label: parameters.ctaLabel ?: parameters.ctaUrl, url: parameters.ctaUrl]]
    }
    if (parameters.sendLocal) {
        try {
            ZoneId zone = adminZone().toZoneId()
            fields.sendDate = new java.sql.Timestamp(ContestRecords.localDateTime(parameters.sendLocal).atZone(zone)
                    .toInstant().toEpochMilli())
        } catch (java.time.format.DateTimeParseException e) {
            return ServiceErrors.of('AffiliateContestsErrorDateTimeFormat', locale)
        }
    }
    Map saved = parameters.broadcastId
            ? dispatcher.runSync('updateAffBroadcast', fields + [broadcastId: parameters.broadcastId])
            : dispatcher.runSync('createAffBroadcast', fields)
    if (ServiceUtil.isError(saved)) {
        return rollback(saved)
    }
    return success([broadcastId: parameters.broadcastId ?: saved.broadcastId])
}

/**
 * The compose page's live recipient count: the audience builder's rows as they are now (nothing saved), resolved by
 * countAffBroadcastAudience, the same resolution a saved draft gets.
 */
Map countAffComposeAudience() {
    List<Map> criteria
    try {
        criteria = composedCriteria()
    } catch (NumberFormatException e) {
        return ServiceErrors.of('AffiliateContestsBoErrorNumber', locale)
    }
    Map counted = dispatcher.runSync('countAffBroadcastAudience', [eligibleAll: parameters.eligibleAll ?: 'N',
            includeMatchEnumId: parameters.includeMatchEnumId, criteria: criteria, previewSize: 5,
            userLogin: userLogin, locale: locale])
    if (ServiceUtil.isError(counted)) {
        return ServiceUtil.returnError(ServiceUtil.getErrorMessage(counted))
    }
    return success([recipientCount: counted.recipientCount, recipients: counted.recipients])
}

/**
 * The audience builder's rows as the messaging services' criteria; a row without criterion is no
 * row. A row's partner field (the lookup) names the partner of a partner criterion, which is also
 * what a row with only that field filled means.
 */
private static List<Map> criteriaOf(List rows, List rules, List amounts, List days, List parties) {
    List<Map> criteria = []
    // OFBiz drops a parameter sent once empty: a lone row with only its partner field has no criterion value at all
    (0..<Math.max(rows.size(), parties.size())).each { int i ->
        Object row = rows[i]
        String party = parties[i]?.toString()?.trim()
        if (!row && !party) {
            return
        }
        List<String> parts = (row ?: 'AFFCD_PARTY|').toString().split('\\|', -1) as List
        if (parts[0] == 'AFFCD_PARTY' && !(parts.size() > 1 && parts[1]) && party) {
            parts = ['AFFCD_PARTY', party]
        }
        Map criterion = [ruleTypeEnumId: rules[i] ?: 'AFFCE_INCLUDE', dimensionEnumId: parts[0]]
        if (parts[0] in ['AFFCD_REVENUE', 'AFFCD_CONVERSIONS']) {
            criterion.compareEnumId = parts[1]
        } else if (parts.size() > 1 && parts[1]) {
            criterion.groupId = parts[1]
        }
        if (amounts[i]) {
            criterion.thresholdValue = new BigDecimal(amounts[i].toString().trim())
        }
        if (days[i]) {
            criterion.windowDays = Long.valueOf(days[i].toString().trim())
        }
        criteria << criterion
    }
    return criteria
}

/** A request parameter sent once (a string) or several times (a list), as a list. */
private static List values(Object parameter) {
    return parameter == null ? [] : parameter instanceof Collection ? parameter as List : [parameter]
}

/**
 * A messaging service's result for the dashboard, or an empty map when the admin may not use messaging
 * (asked first: a refused call would mark the dashboard's transaction for rollback).
 */
private Map messaging(String serviceName, Map input) {
    Map result = [:]
    if (!security.hasEntityPermission('AFFCONTEST', '_MESSAGE', userLogin)) {
        return result
    }
    try {
        result = dispatcher.runSync(serviceName, input + [userLogin: userLogin, locale: locale])
    } catch (GenericServiceException e) {
        Debug.logVerbose("no messaging on the dashboard: ${e.message}", "BackOfficeServices")
    }
    return ServiceUtil.isError(result) ? [:] : result
}

private Map contestRow(GenericValue contest) {
    Map row = [contestId: contest.contestId, contestName: contest.contestName, statusId: contest.statusId,
            metricEnumId: contest.metricEnumId, fromDate: contest.fromDate, thruDate: contest.thruDate,
            thruMillis: contest.thruDate?.time, fromMillis: contest.fromDate?.time]
    try {
        row.fromMoment = ContestRecords.moment(contest.fromDate, contest.timeZoneId, adminZone())
        row.thruMoment = ContestRecords.moment(contest.thruDate, contest.timeZoneId, adminZone())
    } catch (java.time.DateTimeException e) {
        // its time zone cannot be read: the row is shown, flagged, without the moments
        row.unreadable = true
    }
    return row
}

private static String partnerName(PartnerProfile profile) {
    return profile ? (profile.alias() ?: profile.name()) : null
}

/** MONTHLY_REVENUE gives MonthlyRevenue, the suffix of the template's name label. */
private static String camel(String id) {
    return id.toLowerCase().split('_').collect { it.capitalize() }.join('')
}

private Map rollback(Map failed) {
    TransactionUtil.setRollbackOnly('back-office chain failed', null)
    return failed
}

/** The caller's time zone: the service context's when given (screens pass it), else the server's. */
private TimeZone adminZone() {
    return binding.hasVariable('timeZone') && binding.getVariable('timeZone') ? (TimeZone) binding.getVariable('timeZone')
            : TimeZone.getDefault()
}
