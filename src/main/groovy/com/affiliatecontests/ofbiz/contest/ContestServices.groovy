/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.contest

import com.affiliatecontests.ofbiz.common.Csv
import com.affiliatecontests.ofbiz.common.OwnTransaction
import com.affiliatecontests.ofbiz.common.ServiceErrors
import com.affiliatecontests.ofbiz.credit.LedgerWriter
import com.affiliatecontests.ofbiz.credit.OrderFacts
import com.affiliatecontests.ofbiz.credit.PastOrders
import com.affiliatecontests.ofbiz.credit.PendingEvents
import com.affiliatecontests.ofbiz.credit.TrackedVisits
import com.affiliatecontests.ofbiz.eligibility.PartnerDirectory
import com.affiliatecontests.ofbiz.eligibility.SnapshotWriter
import com.affiliatecontests.ofbiz.standing.LeaderboardMaps
import com.affiliatecontests.ofbiz.standing.LeaderboardQuery
import com.affiliatecontests.ofbiz.standing.StandingBands
import com.affiliatecontests.engine.contest.Contest
import com.affiliatecontests.engine.dryrun.DryRun
import com.affiliatecontests.engine.dryrun.DryRunResult
import com.affiliatecontests.engine.dryrun.DryRunTally
import com.affiliatecontests.engine.fraud.FraudDetector
import com.affiliatecontests.engine.fraud.SpikeRule
import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.contest.ContestEditor
import com.affiliatecontests.engine.contest.ContestLifecycle
import com.affiliatecontests.engine.contest.ContestStatus
import com.affiliatecontests.engine.contest.ContestWindow
import com.affiliatecontests.engine.contest.ContestField
import com.affiliatecontests.engine.contest.EditPolicy
import com.affiliatecontests.engine.contest.EditRecord
import com.affiliatecontests.engine.contest.ScoreUnit
import com.affiliatecontests.engine.eligibility.AudienceRule
import com.affiliatecontests.engine.eligibility.Dimension
import com.affiliatecontests.ofbiz.messaging.AudienceDirectory
import com.affiliatecontests.ofbiz.messaging.MessagingErrors
import com.affiliatecontests.engine.eligibility.PartnerProfile
import com.affiliatecontests.engine.standing.Leaderboard
import com.affiliatecontests.engine.standing.LeaderboardPresenter
import com.affiliatecontests.engine.standing.Standing
import com.affiliatecontests.engine.validation.StoredFields
import com.affiliatecontests.engine.validation.ValidationCode
import com.affiliatecontests.engine.validation.ValidationError
import com.affiliatecontests.engine.validation.ValidationException
import com.affiliatecontests.engine.winner.Winner
import com.affiliatecontests.engine.winner.WinnerSelection
import com.affiliatecontests.engine.standing.TotalsBoard
import org.apache.ofbiz.base.util.UtilDateTime
import com.affiliatecontests.engine.validation.ValidationCode
import com.affiliatecontests.ofbiz.live.BoardChanges
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityListIterator
import org.apache.ofbiz.entity.util.EntityQuery

import groovy.transform.Field

import java.sql.Timestamp
import java.time.Instant
import java.time.ZoneId

/*
 * Admin services of contests. Each builds the engine's view of the contest, lets the engine decide,
 * and stores the result; a refused request returns labelled errors and stores nothing.
 */

/** Creates a draft contest from the admin's fields. */
Map createAffContest() {
    List<ValidationError> tooLong = StoredFields.contest(parameters)
    if (tooLong) {
        return ServiceErrors.of(new ValidationException(tooLong), locale)
    }
    if (parameters.contestId && from('AffContest').where('contestId', parameters.contestId).queryOne()) {
        return ServiceErrors.of(ValidationException.of('contestId', ValidationCode.ID_TAKEN,
                'the id is already used by another contest'), locale)
    }
    String contestId = parameters.contestId ?: delegator.getNextSeqId('AffContest')
    GenericValue contest = delegator.makeValue('AffContest', [contestId: contestId, statusId: 'AFFC_DRAFT',
            createdDate: UtilDateTime.nowTimestamp(), createdByUserLogin: userLogin?.userLoginId])
    Map refused = applyFields(contest, parameters)
    if (refused) {
        return refused
    }
    try {
        new ContestRecords(delegator).definition(contest).validated()
    } catch (ValidationException e) {
        // a draft may still lack its prizes and eligibility: they are added after it is created
        if (!e.errors().every { it.code() in [ValidationCode.PRIZES_REQUIRED, ValidationCode.ELIGIBILITY_EMPTY] }) {
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
    Map added = editChildren(parameters.contestId, ContestField.PRIZES) {
        GenericValue tier = delegator.makeValue('AffContestPrize', [contestId: parameters.contestId,
                fromPlace: parameters.fromPlace, thruPlace: parameters.thruPlace, prizeText: parameters.prizeText,
                amount: parameters.amount, currencyUomId: parameters.currencyUomId])
        delegator.setNextSubSeqId(tier, 'prizeSeqId', 5, 1)
        tier.create()
        return [prizeSeqId: tier.getString('prizeSeqId')]
    }
    // issue 14: a prize table that costs more than the contest's prize budget is refused
    List budget = org.apache.ofbiz.service.ServiceUtil.isSuccess(added)
            ? new com.affiliatecontests.ofbiz.reward.RewardRecords(delegator).budgetProblems(parameters.contestId, null) : []
    if (budget) {
        org.apache.ofbiz.entity.transaction.TransactionUtil.setRollbackOnly('prize table over budget', null)
        return com.affiliatecontests.ofbiz.reward.RewardErrors.of(budget, locale)
    }
    return added
}

Map removeAffContestPrize() {
    return editChildren(parameters.contestId, ContestField.PRIZES) {
        delegator.removeByAnd('AffContestPrize', [contestId: parameters.contestId, prizeSeqId: parameters.prizeSeqId])
        return [:]
    }
}

/** Adds an include or exclude criterion (or an excluded partner) to a contest's eligibility. */
Map addAffContestEligibility() {
    // a group typed or picked in the lookup must exist in its dimension; a partner must be an affiliate
    Dimension dimension = Dimension.values().find { it.name() == new ContestRecords(delegator).code(parameters.dimensionEnumId) }
    if (!dimension || !new AudienceDirectory(delegator).exists(dimension, parameters.groupId)) {
        return MessagingErrors.of(ValidationException.of('groupId', ValidationCode.UNKNOWN_GROUP,
                "no ${parameters.dimensionEnumId} ${parameters.groupId}".toString()), locale)
    }
    return editChildren(parameters.contestId, ContestField.ELIGIBILITY) {
        GenericValue rule = delegator.makeValue('AffContestEligibility', [contestId: parameters.contestId,
                ruleTypeEnumId: parameters.ruleTypeEnumId, dimensionEnumId: parameters.dimensionEnumId,
                groupId: parameters.groupId])
        delegator.setNextSubSeqId(rule, 'ruleSeqId', 5, 1)
        rule.create()
        return [ruleSeqId: rule.getString('ruleSeqId')]
    }
}

Map removeAffContestEligibility() {
    return editChildren(parameters.contestId, ContestField.ELIGIBILITY) {
        delegator.removeByAnd('AffContestEligibility', [contestId: parameters.contestId, ruleSeqId: parameters.ruleSeqId])
        return [:]
    }
}

/**
 * Launches a draft: freezes who competes, and why; the contest is ACTIVE or SCHEDULED. The
 * participants and their standing rows are written in chunks, each in its own transaction
 * (SnapshotWriter), then the contest's status changes in a last one: a launch that fails midway
 * leaves a draft, and launching it again completes the snapshot, each partner once.
 */
Map launchAffContest() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(parameters.contestId)
    if (!value) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    ContestLifecycle lifecycle = new ContestLifecycle()
    List<PartnerProfile> partners = affiliates()
    Contest launched
    try {
        launched = lifecycle.launch(records.contest(value), partners, Instant.now())
    } catch (ValidationException e) {
        return ServiceErrors.of(e, locale)
    }
    Timestamp now = UtilDateTime.nowTimestamp()
    List<String> rankKeys = new SnapshotWriter(delegator).write(launched.id(), launched.definition(),
            launched.snapshot().reasons(), now)
    Map refused = null
    OwnTransaction.run('launching the contest failed') {
        // an update first takes the contest's row lock: a concurrent launch waits here, then is refused
        delegator.storeByCondition('AffContest', [lastUpdatedStamp: now], EntityCondition.makeCondition('contestId',
                launched.id()))
        GenericValue current = records.contestValue(launched.id())
        ContestStatus status = ContestStatus.fromStatusId(current.getString('statusId'))
        if (!status.canMoveTo(launched.status())) {
            refused = ServiceErrors.of(ValidationException.of('status', ValidationCode.TRANSITION_NOT_ALLOWED,
                    "a ${status} contest cannot become ${launched.status()}".toString()), locale)
            return
        }
        new StandingBands(delegator, launched.definition()).reset(launched.id(), rankKeys)
        current.set('statusId', launched.status().statusId())
        current.set('snapshotDate', now)
        current.store()
        new BoardChanges(delegator).afterCommit(launched.id())
    }
    return refused ?: success([statusId: launched.status().statusId(), participants: launched.snapshot().size()])
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

/**
 * Takes a scheduled contest back to a draft (the engine's unschedule): the participants frozen at
 * launch and their zero standings are dropped, so eligibility can be edited and the contest launched again.
 */
Map unscheduleAffContest() {
    Map result = null
    OwnTransaction.run('unscheduling the contest failed') {
        result = changeStatus(parameters.contestId) { Contest contest -> new ContestLifecycle().unschedule(contest) }
        if (result.responseMessage == 'success') {
            delegator.removeByAnd('AffContestScoreBand', [contestId: parameters.contestId])
            GenericValue value = new ContestRecords(delegator).contestValue(parameters.contestId)
            value.set('snapshotDate', null)
            value.store()
        }
    }
    if (result.responseMessage == 'success') {
        new SnapshotWriter(delegator).remove(parameters.contestId)
    }
    return result
}

Map cancelAffContest() {
    return changeStatus(parameters.contestId) { Contest contest -> new ContestLifecycle().cancel(contest) }
}

/**
 * Finalizes an ended contest: winners fixed from the rules and the partners' totals, as the standing
 * rows keep them (see storeWinners); ledgerLinesRead says how many ledger lines that took.
 */
Map finalizeAffContest() {
    boolean early = parameters.early == 'Y'
    Contest finalized = null
    Map result = changeStatus(parameters.contestId) { Contest contest ->
        ContestWindow window = contest.definition().window()
        long pending = new PendingEvents(delegator).affecting(contest.id(), Timestamp.from(window.startInstant()),
                Timestamp.from(window.endInstant()))
        finalized = new ContestLifecycle().finalizeContest(contest, Instant.now(), early, pending)
        return finalized
    }
    if (result.responseMessage == 'success') {
        result.ledgerLinesRead = storeWinners(finalized)
    }
    return result
}

/**
 * Rebuilds a contest's credits and standings from the orders, through the same crediting
 * services as live crediting. Nothing is held for long: the partners' standing rows are zeroed
 * and their ledger lines removed a chunk of partners per transaction (the standing rows first,
 * whose locks make a live credit of these partners wait for the chunk), the score-band counters
 * are rebuilt, then each order is replayed in its own transaction. A recompute that fails midway
 * is asked again: it starts over, and a line is never written twice.
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
    ContestDefinition definition = records.definition(value)
    SnapshotWriter snapshot = new SnapshotWriter(delegator)
    snapshot.column('AffContestStanding', contestId, 'partyId').collate(RESET_CHUNK).each { List<String> partyIds ->
        OwnTransaction.run('resetting the contest failed') {
            EntityCondition partners = EntityCondition.makeCondition(EntityCondition.makeCondition('contestId', contestId),
                    EntityCondition.makeCondition('partyId', EntityOperator.IN, partyIds))
            EntityQuery.use(delegator).from('AffContestStanding').where(partners).queryList().each { GenericValue standing ->
                standing.setNonPKFields(LedgerWriter.zeroStanding(contestId, standing.getString('partyId'), definition))
                standing.store()
            }
            delegator.removeByCondition('AffContestCredit', partners)
            delegator.removeByCondition('AffContestCreditHour', partners)
        }
    }
    OwnTransaction.run('resetting the score bands failed') {
        // the counters' row locks first: a credit moving a partner between bands meanwhile waits
        delegator.storeByCondition('AffContestScoreBand', [lockedStamp: UtilDateTime.nowTimestamp()],
                EntityCondition.makeCondition('contestId', contestId))
        new StandingBands(delegator, definition).reset(contestId, snapshot.column('AffContestStanding', contestId, 'rankKey'))
    }
    new BoardChanges(delegator).afterCommit(contestId)
    int orders = new PastOrders(delegator, dispatcher, userLogin).replay(contestId, value)
    return success([ordersReplayed: orders])
}

/**
 * Partners reset per transaction by a recompute: their standing rows and all their ledger lines
 * (ten lines a partner on average keep a chunk near 1,000 row locks, below Derby's escalation at 5,000).
 */
@Field static final int RESET_CHUNK = 100

/**
 * The whole leaderboard as CSV (rank, place, partner, name, score in the contest currency and the
 * caller's locale, the score as a plain number, conversions, qualified).
 */
Map exportAffContestLeaderboardCsv() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(parameters.contestId)
    if (!value) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    ContestDefinition definition = records.definition(value)
    ScoreUnit unit = records.scoreUnit(value)
    String currency = value.getString('currencyUomId')
    LeaderboardQuery query = new LeaderboardQuery(delegator, parameters.contestId, definition)
    List<Standing> rows = query.slice(1, (int) query.participants())
    Map<String, PartnerProfile> partners = new PartnerDirectory(delegator).profilesById(rows*.partnerId())
    StringBuilder csv = new StringBuilder('rank,place,partyId,name,scoreFormatted,score,conversions,qualified\n')
    rows.each { Standing row ->
        csv << [row.rank(), row.place(), row.partnerId(), partners[row.partnerId()]?.name(),
                unit.format(row.score(), currency, locale), unit.raw(row.score(), currency),
                row.conversions(), row.qualified() ? 'Y' : 'N'].collect { Csv.cell(it) }.join(',') << '\n'
    }
    return success([csv: csv.toString(), fileName: "leaderboard-${parameters.contestId}.csv".toString()])
}

/**
 * The winners as CSV (place, rank, partner, name, score formatted and plain, prize, amount formatted
 * and plain, currency, reward status), formatted in the caller's locale.
 */
Map exportAffContestWinnersCsv() {
    List<GenericValue> winners = from('AffContestWinner').where('contestId', parameters.contestId)
            .orderBy('placeNumber').queryList()
    ContestRecords records = new ContestRecords(delegator)
    GenericValue contest = records.contestValue(parameters.contestId)
    ScoreUnit unit = records.scoreUnit(contest)
    String contestCurrency = contest?.getString('currencyUomId')
    Map<String, PartnerProfile> partners = new PartnerDirectory(delegator).profilesById(winners*.getString('partyId'))
    StringBuilder csv = new StringBuilder('place,rank,partyId,name,scoreFormatted,score,prize,amountFormatted,amount,currency,rewardStatus\n')
    winners.each { GenericValue winner ->
        BigDecimal score = winner.getBigDecimal('score')
        BigDecimal amount = winner.getBigDecimal('prizeAmount')
        csv << [winner.placeNumber, winner.rankNumber, winner.partyId, partners[winner.partyId]?.name(),
                unit.format(score, contestCurrency, locale), unit.raw(score, contestCurrency), winner.prizeText,
                ScoreUnit.money(amount, winner.currencyUomId, locale), ScoreUnit.MONEY.raw(amount, winner.currencyUomId),
                winner.currencyUomId, winner.rewardStatusId]
                .collect { Csv.cell(it) }.join(',') << '\n'
    }
    return success([csv: csv.toString(), fileName: "winners-${parameters.contestId}.csv".toString()])
}

/**
 * Evaluates a contest (typically a draft) over the orders completed in its window, through the
 * engine's dry run: the would-be leaderboard, winners, refusals and fraud flags; nothing is stored.
 * The completions are read through cursors and each order is given to the engine's tally as it is
 * read, so the window's orders are never held in memory (completionsRead, completionsHeld).
 */
Map dryRunAffContest() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(parameters.contestId)
    if (!value) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    DryRunResult result
    Map<String, Long> read
    try {
        ContestDefinition definition = records.definition(value)
        List<PartnerProfile> partners = affiliates()
        DryRunTally tally = new DryRun(new FraudDetector(SpikeRule.standard())).start(definition, partners, Instant.now())
        OrderFacts facts = new OrderFacts(delegator)
        // the service's transaction holds the cursors
        read = new PastOrders(delegator, dispatcher, userLogin).eachFirstCompletion(value.getTimestamp('fromDate'),
                value.getTimestamp('thruDate')) { GenericValue completion ->
            GenericValue header = facts.header(completion.getString('orderId'))
            if (header?.orderTypeId == 'SALES_ORDER' && header.statusId == 'ORDER_COMPLETED') {
                tally.add(facts.attributed(header, completion))
            }
        }
        Map<String, Long> visits = definition.metric().scoresVisits()
                ? new TrackedVisits(delegator).byPartner(partners*.partyId(), value.getTimestamp('fromDate'),
                        value.getTimestamp('thruDate'))
                : [:]
        result = tally.result(visits)
    } catch (ValidationException e) {
        return ServiceErrors.of(e, locale)
    }
    return success([participants: result.participants(), credited: result.credited(),
            refused: result.refused().collectEntries { k, v -> [(k.name()): v] },
            ranking: result.ranking().take(100).collect { Standing row ->
                [partyId: row.partnerId(), rank: row.rank(), place: row.place(), score: row.score(), qualified: row.qualified()]
            },
            winners: result.winners().collect { [partyId: it.partnerId(), place: it.place(), prize: it.prize()?.prize(),
                    prizeAmount: it.prize()?.amount(), prizeCurrencyUomId: it.prize()?.currency()] },
            flags: result.flags().collect { [partyId: it.partnerId(), orderId: it.orderId(), reason: it.reason().name()] },
            completionsRead: read.read, completionsHeld: read.held])
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
 * Runs a change to a contest's prize tiers or eligibility when the engine's edit policy allows
 * the field in the contest's state (a scheduled contest's eligibility is frozen); the whole
 * definition must stay valid (a draft may still lack prizes), otherwise nothing is kept.
 */
private Map editChildren(String contestId, ContestField field, Closure<Map> change) {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue contest = records.contestValue(contestId)
    if (!contest) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    try {
        new EditPolicy().check(ContestStatus.fromStatusId(contest.getString('statusId')), field)
    } catch (ValidationException e) {
        return ServiceErrors.of(e, locale)
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
    new BoardChanges(delegator).afterCommit(contestId)
    return success([statusId: moved.status().statusId()])
}

/**
 * Stores the winners the engine selects from each participant's totals. The standing rows hold the
 * totals the engine made of the ledger, line by line, in the lines' own transactions; they are read
 * through a cursor (a contest of 100k partners is 100k small records, never its million ledger lines).
 * Only a goal contest reads ledger lines: those of each partner at the target, one partner at a time,
 * for when it reached the target. Returns the number of ledger lines read.
 */
private long storeWinners(Contest contest) {
    String contestId = contest.id()
    ContestRecords records = new ContestRecords(delegator)
    GenericValue value = records.contestValue(contestId)
    SortedSet<String> participants = records.participants(contestId)
    TotalsBoard board = new TotalsBoard(contest.definition(), participants)
    EntityListIterator rows = EntityQuery.use(delegator).from('AffContestStanding').where('contestId', contestId)
            .queryIterator()
    try {
        GenericValue row
        while ((row = rows.next()) != null) {
            board.totals(LedgerWriter.totalsOf(row))
        }
    } finally {
        rows.close()
    }
    if (contest.definition().metric().scoresVisits()) {
        board.recordVisits(new TrackedVisits(delegator).byPartner(participants,
                value.getTimestamp('fromDate'), value.getTimestamp('thruDate')))
    }
    long linesRead = 0
    board.goalCandidates().each { String partyId ->
        List lines = EntityQuery.use(delegator).from('AffContestCredit').where('contestId', contestId, 'partyId', partyId)
                .queryList().collect { LedgerWriter.toLine(it) }
        linesRead += lines.size()
        board.partnerLines(partyId, lines)
    }
    delegator.removeByAnd('AffContestWinner', [contestId: contestId])
    new WinnerSelection().select(board).each { Winner winner ->
        delegator.create('AffContestWinner', [contestId: contestId, partyId: winner.partnerId(),
                placeNumber: winner.place() as Long, rankNumber: winner.rank() as Long, score: winner.score(),
                prizeText: winner.prize()?.prize(), prizeAmount: winner.prize()?.amount(),
                currencyUomId: winner.prize()?.currency(), rewardStatusId: 'AFFC_RW_PENDING'])
    }
    return linesRead
}
