/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz

import com.affiliatecontests.engine.contest.Contest
import com.affiliatecontests.engine.credit.AttributedOrder
import com.affiliatecontests.engine.dryrun.DryRun
import com.affiliatecontests.engine.dryrun.DryRunResult
import com.affiliatecontests.engine.fraud.FraudDetector
import com.affiliatecontests.engine.fraud.SpikeRule
import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.contest.ContestEditor
import com.affiliatecontests.engine.contest.ContestLifecycle
import com.affiliatecontests.engine.contest.ContestStatus
import com.affiliatecontests.engine.contest.ContestWindow
import com.affiliatecontests.engine.contest.EditRecord
import com.affiliatecontests.engine.eligibility.AudienceRule
import com.affiliatecontests.engine.eligibility.PartnerProfile
import com.affiliatecontests.engine.standing.Leaderboard
import com.affiliatecontests.engine.standing.LeaderboardPresenter
import com.affiliatecontests.engine.standing.Standing
import com.affiliatecontests.engine.validation.ValidationException
import com.affiliatecontests.engine.winner.Winner
import com.affiliatecontests.engine.winner.WinnerSelection
import com.affiliatecontests.engine.standing.ContestBoard
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery

import java.sql.Timestamp
import java.time.Instant
import java.time.ZoneId

/*
 * Admin services of contests. Each builds the engine's view of the contest, lets the engine decide,
 * and stores the result; a refused request returns labelled errors and stores nothing.
 */

/** Creates a draft contest from the admin's fields. */
Map createAffContest() {
    String contestId = parameters.contestId ?: delegator.getNextSeqId('AffContest')
    GenericValue contest = delegator.makeValue('AffContest', [contestId: contestId, statusId: 'AFFC_DRAFT',
            createdDate: UtilDateTime.nowTimestamp(), createdByUserLogin: userLogin?.userLoginId])
    Map refused = applyFields(contest, parameters)
    if (refused) {
        return refused
    }
    try {
        new ContestRecords(delegator).definition(contest)
    } catch (ValidationException e) {
        if (!e.errors().every { it.field().startsWith('prizes') }) {
            return ServiceErrors.of(e, locale)
        }
    }
    contest.create()
    return success([contestId: contestId])
}

/** Updates a contest within what its state allows; every changed field goes to the edit log. */
Map updateAffContest() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue current = records.contestValue(parameters.contestId)
    if (!current) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    GenericValue proposed = current.clone()
    Map refused = applyFields(proposed, parameters)
    if (refused) {
        return refused
    }
    ContestEditor.Result result
    try {
        result = new ContestEditor().edit(records.contest(current), records.definition(proposed),
                userLogin?.userLoginId, Instant.now())
    } catch (ValidationException e) {
        return ServiceErrors.of(e, locale)
    }
    proposed.store()
    logEdits(result.log())
    return success()
}

/** Adds a prize tier to a contest that still allows prize edits. */
Map addAffContestPrize() {
    return editChildren(parameters.contestId) {
        GenericValue tier = delegator.makeValue('AffContestPrize', [contestId: parameters.contestId,
                fromPlace: parameters.fromPlace, thruPlace: parameters.thruPlace, prizeText: parameters.prizeText,
                amount: parameters.amount, currencyUomId: parameters.currencyUomId])
        delegator.setNextSubSeqId(tier, 'prizeSeqId', 5, 1)
        tier.create()
        return [prizeSeqId: tier.getString('prizeSeqId')]
    }
}

Map removeAffContestPrize() {
    return editChildren(parameters.contestId) {
        delegator.removeByAnd('AffContestPrize', [contestId: parameters.contestId, prizeSeqId: parameters.prizeSeqId])
        return [:]
    }
}

/** Adds an include or exclude criterion (or an excluded partner) to a contest's eligibility. */
Map addAffContestEligibility() {
    return editChildren(parameters.contestId) {
        GenericValue rule = delegator.makeValue('AffContestEligibility', [contestId: parameters.contestId,
                ruleTypeEnumId: parameters.ruleTypeEnumId, dimensionEnumId: parameters.dimensionEnumId,
                groupId: parameters.groupId])
        delegator.setNextSubSeqId(rule, 'ruleSeqId', 5, 1)
        rule.create()
        return [ruleSeqId: rule.getString('ruleSeqId')]
    }
}

Map removeAffContestEligibility() {
    return editChildren(parameters.contestId) {
        delegator.removeByAnd('AffContestEligibility', [contestId: parameters.contestId, ruleSeqId: parameters.ruleSeqId])
        return [:]
    }
}

/** Launches a draft: freezes who competes, and why; the contest is ACTIVE or SCHEDULED. */
Map launchAffContest() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(parameters.contestId)
    if (!value) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    Contest launched
    try {
        launched = new ContestLifecycle().launch(records.contest(value), affiliates(), Instant.now())
    } catch (ValidationException e) {
        return ServiceErrors.of(e, locale)
    }
    Timestamp now = UtilDateTime.nowTimestamp()
    List<String> rankKeys = []
    launched.snapshot().reasons().each { String partyId, String reason ->
        delegator.create('AffContestParticipant', [contestId: launched.id(), partyId: partyId, reason: reason,
                snapshotDate: now])
        Map standing = LedgerWriter.zeroStanding(launched.id(), partyId, launched.definition())
        delegator.create('AffContestStanding', standing)
        rankKeys << standing.rankKey
    }
    new StandingBands(delegator).reset(launched.id(), rankKeys)
    value.set('statusId', launched.status().statusId())
    value.set('snapshotDate', now)
    value.store()
    return success([statusId: launched.status().statusId(), participants: launched.snapshot().size()])
}

/** The number of affiliates the contest's eligibility matches now (the wizard's live count). */
Map countAffContestEligible() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(parameters.contestId)
    if (!value) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    AudienceRule rule = records.audience(parameters.contestId, value)
    int count = rule.isEmpty() ? 0 : affiliates().count { rule.reasonFor(it).isPresent() }
    return success([eligibleCount: count])
}

Map cancelAffContest() {
    return changeStatus(parameters.contestId) { Contest contest -> new ContestLifecycle().cancel(contest) }
}

/** Finalizes an ended contest: winners fixed from the rules and the ledger. */
Map finalizeAffContest() {
    boolean early = parameters.early == 'Y'
    Map result = changeStatus(parameters.contestId) { Contest contest ->
        new ContestLifecycle().finalizeContest(contest, Instant.now(), early)
    }
    if (result.responseMessage == 'success') {
        storeWinners(parameters.contestId)
    }
    return result
}

/**
 * Rebuilds a contest's credits and standings from the orders, through the same crediting
 * services as live crediting.
 */
Map recomputeAffContest() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(parameters.contestId)
    if (!value) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    if (!(value.getString('statusId') in ['AFFC_ACTIVE', 'AFFC_ENDED'])) {
        return ServiceErrors.of('AffiliateContestsErrorNotRunning', locale)
    }
    String contestId = parameters.contestId
    delegator.removeByAnd('AffContestCredit', [contestId: contestId])
    ContestDefinition definition = records.definition(value)
    List<GenericValue> standings = EntityQuery.use(delegator).from('AffContestStanding').where('contestId', contestId)
            .queryList()
    List<String> rankKeys = standings.collect { GenericValue standing ->
        standing.setNonPKFields(LedgerWriter.zeroStanding(contestId, standing.getString('partyId'), definition))
        standing.store()
        standing.getString('rankKey')
    }
    new StandingBands(delegator).reset(contestId, rankKeys)
    int orders = new PastOrders(delegator, dispatcher, userLogin).replay(contestId, value)
    return success([ordersReplayed: orders])
}

/** The whole leaderboard as CSV (rank, place, partner, name, score, conversions, qualified). */
Map exportAffContestLeaderboardCsv() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(parameters.contestId)
    if (!value) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    LeaderboardQuery query = new LeaderboardQuery(delegator, parameters.contestId, records.definition(value))
    List<Standing> rows = query.slice(1, (int) query.participants())
    Map<String, PartnerProfile> partners = new PartnerDirectory(delegator).profilesById(rows*.partnerId())
    StringBuilder csv = new StringBuilder('rank,place,partyId,name,score,conversions,qualified\n')
    rows.each { Standing row ->
        csv << [row.rank(), row.place(), row.partnerId(), partners[row.partnerId()]?.name(), row.score().toPlainString(),
                row.conversions(), row.qualified() ? 'Y' : 'N'].collect { Csv.cell(it) }.join(',') << '\n'
    }
    return success([csv: csv.toString(), fileName: "leaderboard-${parameters.contestId}.csv".toString()])
}

/** The winners as CSV (place, rank, partner, name, score, prize, amount, currency, reward status). */
Map exportAffContestWinnersCsv() {
    List<GenericValue> winners = from('AffContestWinner').where('contestId', parameters.contestId)
            .orderBy('placeNumber').queryList()
    Map<String, PartnerProfile> partners = new PartnerDirectory(delegator).profilesById(winners*.getString('partyId'))
    StringBuilder csv = new StringBuilder('place,rank,partyId,name,score,prize,amount,currency,rewardStatus\n')
    winners.each { GenericValue winner ->
        csv << [winner.placeNumber, winner.rankNumber, winner.partyId, partners[winner.partyId]?.name(),
                winner.getBigDecimal('score')?.stripTrailingZeros()?.toPlainString(), winner.prizeText,
                winner.getBigDecimal('prizeAmount')?.toPlainString(), winner.currencyUomId, winner.rewardStatusId]
                .collect { Csv.cell(it) }.join(',') << '\n'
    }
    return success([csv: csv.toString(), fileName: "winners-${parameters.contestId}.csv".toString()])
}

/**
 * Evaluates a contest (typically a draft) over the orders completed in its window, through the
 * engine's dry run: the would-be leaderboard, winners, refusals and fraud flags; nothing is stored.
 */
Map dryRunAffContest() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(parameters.contestId)
    if (!value) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    DryRunResult result
    try {
        ContestDefinition definition = records.definition(value)
        OrderFacts facts = new OrderFacts(delegator)
        List<AttributedOrder> orders = []
        List<GenericValue> completions = new PastOrders(delegator, dispatcher, userLogin)
                .completedIn(value.getTimestamp('fromDate'), value.getTimestamp('thruDate'))
                .unique { it.getString('orderId') }
        completions.each { GenericValue completion ->
            GenericValue header = facts.header(completion.getString('orderId'))
            if (header?.orderTypeId == 'SALES_ORDER' && header.statusId == 'ORDER_COMPLETED') {
                orders << facts.attributed(header, completion)
            }
        }
        List<PartnerProfile> partners = affiliates()
        Map<String, Long> visits = definition.metric().scoresVisits()
                ? new TrackedVisits(delegator).byPartner(partners*.partyId(), value.getTimestamp('fromDate'),
                        value.getTimestamp('thruDate'))
                : [:]
        result = new DryRun(new FraudDetector(SpikeRule.standard())).evaluate(definition, partners, orders, visits,
                Instant.now())
    } catch (ValidationException e) {
        return ServiceErrors.of(e, locale)
    }
    return success([participants: result.participants(), credited: result.credited(),
            refused: result.refused().collectEntries { k, v -> [(k.name()): v] },
            ranking: result.ranking().take(100).collect { Standing row ->
                [partyId: row.partnerId(), rank: row.rank(), place: row.place(), score: row.score(), qualified: row.qualified()]
            },
            winners: result.winners().collect { [partyId: it.partnerId(), place: it.place(), prize: it.prize()?.prize()] },
            flags: result.flags().collect { [partyId: it.partnerId(), orderId: it.orderId(), reason: it.reason().name()] }])
}

/** The admin leaderboard: the top rows in full, read page-wise from the standing rows. */
Map getAffContestLeaderboard() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(parameters.contestId)
    if (!value) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    LeaderboardQuery query = new LeaderboardQuery(delegator, parameters.contestId, records.definition(value))
    int size = (parameters.viewSize ?: 100) as int
    List<Standing> top = query.slice(1, size)
    Leaderboard board = new LeaderboardPresenter().forAdmin(top, size,
            new PartnerDirectory(delegator).profilesById(top*.partnerId()), value.getString('statusId') != 'AFFC_FINALIZED')
    Map leaderboard = LeaderboardMaps.of(board)
    leaderboard.participants = query.participants()
    return success([leaderboard: leaderboard, statusId: value.getString('statusId')])
}

/**
 * Copies the admin's fields onto the contest value; the window is given as local date-times
 * (startLocal, endLocal) in timeZoneId. Returns an error map when a field cannot be read, else an empty map.
 */
private Map applyFields(GenericValue contest, Map fields) {
    ['contestName', 'description', 'metricEnumId', 'kindEnumId', 'timeZoneId', 'minimumToQualify',
     'targetValue', 'maxWinners', 'goalCap', 'minimumVisits', 'tieBreakOrder', 'returnWindowDays',
     'revenueBasisEnumId', 'currencyUomId', 'foreignCurrencyEnumId', 'eligibleAll', 'includeMatchEnumId',
     'nameDisplayEnumId', 'showAmounts', 'leaderboardSize', 'neighbourRows'].each { name ->
        if (fields.containsKey(name) && fields[name] != null) {
            contest.set(name, fields[name])
        }
    }
    try {
        ZoneId zone = ContestWindow.zone(contest.getString('timeZoneId'))
        if (fields.startLocal) {
            contest.set('fromDate', Timestamp.from(ContestRecords.localDateTime(fields.startLocal).atZone(zone).toInstant()))
        }
        if (fields.endLocal) {
            contest.set('thruDate', Timestamp.from(ContestRecords.localDateTime(fields.endLocal).atZone(zone).toInstant()))
        }
        if (!contest.get('fromDate') || !contest.get('thruDate')) {
            return ServiceErrors.of(ValidationException.of('window', com.affiliatecontests.engine.validation
                    .ValidationCode.REQUIRED, 'start and end are required'), locale)
        }
        new ContestRecords(delegator).window(contest)
    } catch (ValidationException e) {
        return ServiceErrors.of(e, locale)
    } catch (java.time.format.DateTimeParseException e) {
        return ServiceErrors.of('AffiliateContestsErrorDateTimeFormat', locale)
    }
    return [:]
}

private void logEdits(List<EditRecord> edits) {
    edits.each { EditRecord edit ->
        GenericValue line = delegator.makeValue('AffContestEditLog', [contestId: edit.contestId(),
                changedDate: Timestamp.from(edit.at()), changedByUserLogin: edit.userLoginId(),
                fieldName: edit.field().name(), oldValue: edit.oldValue(), newValue: edit.newValue()])
        delegator.setNextSubSeqId(line, 'editSeqId', 5, 1)
        line.create()
    }
}

/**
 * Runs a change to a contest's prize tiers or eligibility: only before launch; the whole
 * definition must stay valid (a draft may still lack prizes), otherwise nothing is kept.
 */
private Map editChildren(String contestId, Closure<Map> change) {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue contest = records.contestValue(contestId)
    if (!contest) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    if (!(contest.getString('statusId') in ['AFFC_DRAFT', 'AFFC_SCHEDULED'])) {
        return ServiceErrors.of('AffiliateContestsErrorEditNotAllowed', locale)
    }
    // a draft may be incomplete: the change is judged on its result
    Map out = change()
    try {
        ContestDefinition after = records.definition(contest)
        after.validated()
    } catch (ValidationException e) {
        boolean onlyIncomplete = e.errors().every { it.code().name() in ['PRIZES_REQUIRED', 'ELIGIBILITY_EMPTY'] }
        if (!onlyIncomplete) {
            org.apache.ofbiz.entity.transaction.TransactionUtil.setRollbackOnly('invalid contest change', e)
            return ServiceErrors.of(e, locale)
        }
    }
    return success(out)
}

/** The affiliates as the engine sees them: names, aliases, tags, tiers, segments and contact lists. */
private List<PartnerProfile> affiliates() {
    List<String> partyIds = EntityQuery.use(delegator).from('PartyRole').where('roleTypeId', 'AFFILIATE')
            .queryList()*.getString('partyId')
    return new PartnerDirectory(delegator).profiles(partyIds)
}

private Map changeStatus(String contestId, Closure<Contest> move) {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = new ContestLocks(delegator).lockAndRead(contestId)
    if (!value) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    Contest moved
    try {
        moved = move(records.contest(value))
    } catch (ValidationException e) {
        return ServiceErrors.of(e, locale)
    }
    value.set('statusId', moved.status().statusId())
    if (moved.status() == ContestStatus.FINALIZED) {
        value.set('finalizedDate', UtilDateTime.nowTimestamp())
    }
    value.store()
    return success([statusId: moved.status().statusId()])
}

/** Rebuilds the contest from its ledger and stores the winners the engine selects. */
private void storeWinners(String contestId) {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(contestId)
    Contest contest = records.contest(value)
    List lines = EntityQuery.use(delegator).from('AffContestCredit').where('contestId', contestId).queryList()
            .collect { LedgerWriter.toLine(it) }
    Map<String, Long> visits = contest.definition().metric().scoresVisits()
            ? new TrackedVisits(delegator).byPartner(contest.snapshot()?.partners() ?: [],
                    value.getTimestamp('fromDate'), value.getTimestamp('thruDate'))
            : [:]
    ContestBoard board = ContestBoard.rebuild(contest, lines, visits)
    delegator.removeByAnd('AffContestWinner', [contestId: contestId])
    new WinnerSelection().select(board).each { Winner winner ->
        delegator.create('AffContestWinner', [contestId: contestId, partyId: winner.partnerId(),
                placeNumber: winner.place() as Long, rankNumber: winner.rank() as Long, score: winner.score(),
                prizeText: winner.prize()?.prize(), prizeAmount: winner.prize()?.amount(),
                currencyUomId: winner.prize()?.currency(), rewardStatusId: 'AFFC_RW_PENDING'])
    }
}
