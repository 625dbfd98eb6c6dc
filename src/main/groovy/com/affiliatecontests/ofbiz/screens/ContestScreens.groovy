/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.screens

import com.affiliatecontests.engine.contest.ContestField
import com.affiliatecontests.engine.contest.ContestKind
import com.affiliatecontests.engine.contest.Metric
import com.affiliatecontests.engine.contest.RuleFields
import com.affiliatecontests.engine.standing.BoardColumns
import com.affiliatecontests.engine.contest.ContestStatus
import com.affiliatecontests.engine.contest.EditPolicy
import com.affiliatecontests.engine.credit.CreditRefusal
import com.affiliatecontests.engine.eligibility.PartnerProfile
import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.eligibility.PartnerDirectory
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.entity.util.EntityUtilProperties
import org.apache.ofbiz.service.ServiceUtil

import groovy.transform.Field

import java.time.LocalDate
import java.time.ZoneId
import java.time.format.DateTimeFormatter

/*
 * Data preparation of the contest pages. What an admin may do with a contest comes from the engine
 * (EditPolicy, ContestStatus); counts and lists come from the contest services. Nothing is decided here.
 * OFBiz runs each method (screen action script location#method) with the screen's context as argument.
 */

@Field static final String LABELS = 'AffiliateContestsBackOfficeUiLabels'

/**
 * The contest of the page (parameters.contestId): its window as local date-times in its time zone,
 * the fields its state lets the admin edit, and the moves its state allows.
 */
void contestPage(Map context) {
    String contestId = parameters.contestId ?: context.contestId
    GenericValue contest = contestId ? EntityQuery.use(delegator).from('AffContest').where('contestId', contestId).queryOne() : null
    context.contest = contest
    context.contestId = contestId
    if (!contest) {
        return
    }
    ContestStatus status = ContestStatus.fromStatusId(contest.getString('statusId'))
    context.statusLabel = UtilProperties.getMessage(LABELS, "AffiliateContestsBoStatus_${contest.statusId}".toString(), locale)
    Set<ContestField> editable = new EditPolicy().editable(status)
    context.editable = ContestField.values().collectEntries { [(it.name()): it in editable] }
    context.locked = ContestField.values().collectEntries { [(it.name()): (!(it in editable)).toString()] }
    context.canEditAny = !editable.isEmpty()
    context.canLaunch = status.canMoveTo(ContestStatus.SCHEDULED)
    context.canCancel = status.canMoveTo(ContestStatus.CANCELLED)
    context.canUnschedule = status.canMoveTo(ContestStatus.DRAFT)
    context.canFinalize = status.canMoveTo(ContestStatus.FINALIZED)
    context.canExtend = status == ContestStatus.ACTIVE && ContestField.END in editable
    context.isDraft = status == ContestStatus.DRAFT || status == ContestStatus.SCHEDULED
    ZoneId zone = ZoneId.of(contest.getString('timeZoneId') ?: 'UTC')
    DateTimeFormatter local = DateTimeFormatter.ofPattern('yyyy-MM-dd HH:mm')
    context.startLocal = contest.fromDate ? contest.getTimestamp('fromDate').toInstant().atZone(zone).format(local) : ''
    context.endLocal = contest.thruDate ? contest.getTimestamp('thruDate').toInstant().atZone(zone).format(local) : ''
    context.startMoment = ContestRecords.moment(contest.getTimestamp('fromDate'), contest.getString('timeZoneId'), context.timeZone)
    context.endMoment = ContestRecords.moment(contest.getTimestamp('thruDate'), contest.getString('timeZoneId'), context.timeZone)
    context.defaultCurrencyUomId = contest.currencyUomId ?: EntityUtilProperties.getPropertyValue('general',
            'currency.uom.id.default', 'USD', delegator)
    // how the page writes scores: the engine's unit of the contest's metric, in the contest currency
    context.scoreUnit = new ContestRecords(delegator).scoreUnit(contest).name()
    context.scoreCurrency = context.defaultCurrencyUomId
    // the leaderboard's columns the contest uses (engine BoardColumns)
    ContestRecords records = new ContestRecords(delegator)
    String kindCode = records.code(contest.getString('kindEnumId'))
    String metricCode = records.code(contest.getString('metricEnumId'))
    BoardColumns columns = kindCode && metricCode ? BoardColumns.of(ContestKind.parse(kindCode), Metric.parse(metricCode),
            contest.getBigDecimal('minimumToQualify'), contest.getLong('minimumVisits') ?: 0L) : new BoardColumns(false, true)
    // the rules the metric and kind use (engine RuleFields), for the "Metric and rules" step
    RuleFields rules = kindCode && metricCode ? RuleFields.of(Metric.parse(metricCode), ContestKind.parse(kindCode))
            : new RuleFields(true, true, true, true)
    context.ruleFields = [target: rules.target(), goalCap: rules.goalCap(), minimumVisits: rules.minimumVisits(),
            revenue: rules.revenue()]
    context.showProgress = columns.progress()
    context.showQualified = columns.qualified()
    context.prizes = EntityQuery.use(delegator).from('AffContestPrize').where('contestId', contestId).orderBy('fromPlace').queryList()
    context.eligibilityRules = EntityQuery.use(delegator).from('AffContestEligibility').where('contestId', contestId)
            .orderBy('ruleSeqId').queryList()
    context.participantCount = EntityQuery.use(delegator).from('AffContestParticipant').where('contestId', contestId).queryCount()
}

/** A row of the contest list: its window in the contest's zone with the zone's name, the admin's time beside it. */
void listRowMoments(Map context) {
    context.fromText = momentText(ContestRecords.moment(context.fromDate, context.timeZoneId, context.timeZone))
    context.thruText = momentText(ContestRecords.moment(context.thruDate, context.timeZoneId, context.timeZone))
}

private String momentText(Map moment) {
    if (!moment) {
        return ''
    }
    String contestText = "${moment.contestTime} ${moment.contestZone}"
    return moment.adminTime ? UtilProperties.getMessage(LABELS, 'AffiliateContestsBoMomentAndYours', moment + [contestText: contestText], locale)
            : contestText
}

/** Defaults of a new contest: the admin's time zone, a window from today for a month. */
void newContestDefaults(Map context) {
    ZoneId zone = (context.timeZone ?: TimeZone.getDefault()).toZoneId()
    DateTimeFormatter local = DateTimeFormatter.ofPattern('yyyy-MM-dd HH:mm')
    LocalDate today = LocalDate.now(zone)
    context.defaultTimeZoneId = zone.getId()
    context.defaultStartLocal = today.atStartOfDay().format(local)
    context.defaultEndLocal = today.plusMonths(1).atStartOfDay().format(local)
}

/** The live count of affiliates the eligibility matches now (countAffContestEligible). */
void eligibleCount(Map context) {
    if (!context.contest) {
        return
    }
    Map result = dispatcher.runSync('countAffContestEligible', [contestId: context.contestId, userLogin: userLogin, locale: locale])
    context.eligibleCount = ServiceUtil.isError(result) ? null : result.eligibleCount
}

/** The groups a criterion can name, per dimension: tags, tiers, segments, contact lists, and the affiliates. */
void eligibilityChoices(Map context) {
    context.eligibilityGroups = new AudienceChoices(delegator).groups(false)
}

/** Partner names of the dry run's ranking, winners and flags (dryRunAffContest gives party ids). */
void dryRunNames(Map context) {
    Map dryRun = context.dryRun ?: [:]
    Set<String> partyIds = ((dryRun.ranking ?: []) + (dryRun.winners ?: []) + (dryRun.flags ?: [])).collect { it.partyId } as Set
    context.partnerNames = partnerNames(partyIds)
    // the refusals as rows (label key, count): OFBiz's template wrapper lists a map's entries unreliably
    context.refusedRows = (dryRun.refused ?: [:]).collect { String reason, Object count ->
        [labelKey: CreditRefusal.valueOf(reason).labelKey(), count: count]
    }
}

/** The contest's fraud flags, newest first, with the partners' names. */
void fraudFlags(Map context) {
    List<GenericValue> flags = EntityQuery.use(delegator).from('AffContestFraudFlag').where('contestId', context.contestId)
            .orderBy('-flaggedDate').queryList()
    Map<String, String> names = partnerNames(flags*.getString('partyId') as Set)
    context.fraudFlags = flags.collect { GenericValue f ->
        [contestId: f.contestId, partyId: f.partyId, partnerName: names[f.partyId], orderId: f.orderId, reasonEnumId: f.reasonEnumId,
         flaggedDate: f.flaggedDate, detail: f.detail, reviewStatusId: f.reviewStatusId, reviewedByUserLogin: f.reviewedByUserLogin,
         reviewedDate: f.reviewedDate, reviewNote: f.reviewNote]
    }
    // the buttons are offered to who may use them (the services check again: AFFCONTEST_UPDATE or _ADMIN)
    context.canReviewFlags = security.hasEntityPermission('AFFCONTEST', '_UPDATE', userLogin)
    // the board marks the partners with a flag still to review
    context.flaggedPartyIds = (flags.findAll { it.getString('reviewStatusId') == 'AFFC_FL_OPEN' }*.getString('partyId') as Set) as List
}

/** The contest's winners by place with their names, and the reward statuses each may move to. */
void winners(Map context) {
    List<GenericValue> rows = EntityQuery.use(delegator).from('AffContestWinner').where('contestId', context.contestId)
            .orderBy('placeNumber').queryList()
    Map<String, String> names = partnerNames(rows*.getString('partyId') as Set)
    Map<String, List<String>> next = [:]
    EntityQuery.use(delegator).from('StatusValidChange').where(EntityCondition.makeCondition('statusId',
            EntityOperator.LIKE, 'AFFC_RW_%')).cache().queryList().each {
        next.computeIfAbsent(it.getString('statusId')) { [] } << it.getString('statusIdTo')
    }
    // the draft to the winners made when the contest was finalized (draftAffContestWinnersBroadcast), if any
    GenericValue contest = context.contest
    if (contest?.finalizedDate) {
        context.winnersBroadcastId = EntityQuery.use(delegator).from('AffBroadcast').where(EntityCondition.makeCondition([
                EntityCondition.makeCondition('contestId', contest.contestId),
                EntityCondition.makeCondition('createdDate', EntityOperator.GREATER_THAN_EQUAL_TO, contest.finalizedDate)]))
                .orderBy('-createdDate').queryFirst()?.broadcastId
    }
    context.winnerRows = rows.collect { GenericValue w ->
        [partyId: w.partyId, partnerName: names[w.partyId], placeNumber: w.placeNumber, rankNumber: w.rankNumber,
         score: w.score, prizeText: w.prizeText, prizeAmount: w.prizeAmount, currencyUomId: w.currencyUomId,
         rewardStatusId: w.rewardStatusId, rewardNote: w.rewardNote, approvedByUserLogin: w.approvedByUserLogin,
         approvedDate: w.approvedDate, nextStatusIds: next[w.rewardStatusId] ?: []]
    }
}

private Map<String, String> partnerNames(Set<String> partyIds) {
    return new PartnerDirectory(delegator).profiles(partyIds.findAll() as List).collectEntries { PartnerProfile p ->
        [(p.partyId()): p.alias() ? "${p.alias()} (${p.name()})".toString() : p.name()]
    }
}
