/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.contest

import com.affiliatecontests.ofbiz.common.OwnTransaction
import com.affiliatecontests.ofbiz.common.ServiceErrors
import com.affiliatecontests.ofbiz.credit.PastOrders
import com.affiliatecontests.ofbiz.eligibility.SnapshotWriter
import com.affiliatecontests.engine.contest.Contest
import com.affiliatecontests.engine.contest.ContestWindow
import com.affiliatecontests.engine.schedule.ContestSeries
import com.affiliatecontests.engine.schedule.Recurrence
import com.affiliatecontests.engine.validation.ValidationException
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp
import java.time.Instant
import java.time.LocalDateTime
import java.time.ZoneId

/*
 * Repeating contests: a contest becomes the first instance of a series; before an instance ends, the
 * next one is opened with the same rules, the next window (the engine's: it starts where the
 * previous one ends) and a name giving its period, and launched (fresh eligibility).
 */

/** Makes a contest the first instance of a daily, weekly, monthly or quarterly series. */
Map createAffContestSeries() {
    ContestRecords records = new ContestRecords(delegator)
    GenericValue contest = records.contestValue(parameters.contestId)
    if (!contest) {
        return ServiceErrors.of('AffiliateContestsErrorContestNotFound', locale)
    }
    ContestWindow anchor = records.window(contest)
    try {
        Recurrence recurrence = Recurrence.valueOf(records.code(parameters.recurrenceEnumId))
        new ContestSeries('NEW', recurrence, anchor,
                parameters.untilLocal ? ContestRecords.localDateTime(parameters.untilLocal) : null)
    } catch (ValidationException e) {
        return ServiceErrors.of(e, locale)
    } catch (IllegalArgumentException e) {
        return ServiceErrors.of('AffiliateContestsErrorUnknownRecurrence', locale)
    }
    String seriesId = delegator.getNextSeqId('AffContestSeries')
    Timestamp until = parameters.untilLocal ? Timestamp.from(ContestRecords.localDateTime(parameters.untilLocal)
            .atZone(anchor.zone()).toInstant()) : null
    delegator.create('AffContestSeries', [seriesId: seriesId, recurrenceEnumId: parameters.recurrenceEnumId,
            anchorFromDate: contest.fromDate, anchorThruDate: contest.thruDate, timeZoneId: contest.timeZoneId,
            untilDate: until])
    contest.set('seriesId', seriesId)
    contest.set('instanceNumber', 0L)
    contest.store()
    return success([seriesId: seriesId])
}

/**
 * Opens the next instance of every series when it is due: a little before the latest instance
 * ends (ContestSeries.OPEN_AHEAD, more than the job's interval), so the next one is open, launched
 * and SCHEDULED when its window starts, where the previous one ends. An instance opened after its
 * start (the job was late) is launched ACTIVE and credited with the orders completed since its
 * start, through the crediting services as a recompute does. Asking again changes nothing (the
 * series row is locked while its next instance is opened, and an instance number is opened once).
 * Each series is handled in a transaction of its own: a series that fails is rolled back alone,
 * logged and counted on its latest instance (JobFailures), and the others are opened.
 */
Map openNextAffContestInstances() {
    JobFailures failures = new JobFailures(delegator)
    Instant now = Instant.now()
    int opened = 0
    int failed = 0
    List<String> seriesIds = from('AffContestSeries').select('seriesId').orderBy('seriesId').queryList()*.getString('seriesId')
    seriesIds.each { String seriesId ->
        GenericValue latest = from('AffContest').where('seriesId', seriesId).orderBy('-instanceNumber').queryFirst()
        if (!latest) {
            return
        }
        String latestId = latest.getString('contestId')
        Map next = [:]
        boolean ok = failures.run(latestId, "Opening the next instance of series ${seriesId}") {
            next = openNext(seriesId, now)
        }
        // launched outside the series' transaction: the snapshot is written in chunks (SnapshotWriter)
        if (ok && next) {
            ok = failures.run(latestId, "Launching the next instance of series ${seriesId}", {
                Map launched = dispatcher.runSync('launchAffContest', [contestId: next.contestId, userLogin: userLogin])
                if (ServiceUtil.isError(launched)) {
                    throw new IllegalStateException("next instance ${next.contestId} not launched: "
                            + ServiceUtil.getErrorMessage(launched))
                }
                next.statusId = launched.statusId
            }, false)
            if (!ok) {
                // the next run opens it again
                failures.run(latestId, "Removing the unlaunched instance ${next.contestId}", {
                    removeDraft(next.contestId as String)
                }, false)
            }
        }
        if (ok && next.statusId == 'AFFC_ACTIVE') {
            ok = new PastOrders(delegator, dispatcher, userLogin).creditSinceStart(next.contestId as String, failures)
        }
        if (failures.settle(latestId, ok)) {
            opened += next ? 1 : 0
        } else {
            failed++
        }
    }
    return success([opened: opened, failed: failed])
}

/**
 * Opens and names the next instance of one series, a draft, if the engine says it is due, in the
 * caller's transaction; returns its contestId, or an empty map.
 */
private Map openNext(String seriesId, Instant now) {
    // an update first takes the series' row lock: concurrent runs for one series queue up here
    delegator.storeByCondition('AffContestSeries', [lastUpdatedStamp: UtilDateTime.nowTimestamp()],
            EntityCondition.makeCondition('seriesId', seriesId))
    ContestRecords records = new ContestRecords(delegator)
    GenericValue row = from('AffContestSeries').where('seriesId', seriesId).queryOne()
    GenericValue latest = from('AffContest').where('seriesId', seriesId).orderBy('-instanceNumber').queryFirst()
    ZoneId zone = ContestWindow.zone(row.getString('timeZoneId'))
    ContestWindow anchor = new ContestWindow(LocalDateTime.ofInstant(row.getTimestamp('anchorFromDate').toInstant(), zone),
            LocalDateTime.ofInstant(row.getTimestamp('anchorThruDate').toInstant(), zone), zone)
    LocalDateTime until = row.untilDate ? LocalDateTime.ofInstant(row.getTimestamp('untilDate').toInstant(), zone) : null
    String recurrence = records.code(row.getString('recurrenceEnumId'))
    ContestSeries series = new ContestSeries(seriesId, Recurrence.valueOf(recurrence), anchor, until)
    Contest due = series.due(records.contest(latest), 'NEXT', now, ContestSeries.OPEN_AHEAD).orElse(null)
    if (!due) {
        return [:]
    }
    String contestId = delegator.getNextSeqId('AffContest')
    GenericValue first = from('AffContest').where('seriesId', seriesId, 'instanceNumber', 0L).queryFirst()
    Locale language = (Locale) (locale ?: Locale.getDefault())
    String name = series.instanceName(first?.getString('contestName') ?: latest.getString('contestName'),
            due.definition().window(), UtilProperties.getMessage(ServiceErrors.LABELS,
                    "AffiliateContestsSeriesPeriod_${recurrence}".toString(), language), language)
    copyInstance(latest, contestId, due, name)
    return [contestId: contestId]
}

/** Removes an instance the job opened but could not launch: its participants in chunks, then its rows. */
private void removeDraft(String contestId) {
    new SnapshotWriter(delegator).remove(contestId)
    OwnTransaction.run('removing an unlaunched instance failed') {
        ['AffContestScoreBand', 'AffContestPrize', 'AffContestEligibility', 'AffContestRate'].each { String entity ->
            delegator.removeByAnd(entity, [contestId: contestId])
        }
        delegator.removeByAnd('AffContest', [contestId: contestId, statusId: 'AFFC_DRAFT'])
    }
}

/** Copies the latest instance's contest, prize tiers and eligibility to the next instance, with its window and name. */
private void copyInstance(GenericValue latest, String contestId, Contest next, String name) {
    GenericValue copy = latest.clone()
    copy.setNonPKFields([statusId: 'AFFC_DRAFT', snapshotDate: null, finalizedDate: null, contestName: name,
            instanceNumber: next.instance() as Long, createdDate: UtilDateTime.nowTimestamp(),
            jobFailures: null, jobLastError: null, jobFailedDate: null,
            fromDate: Timestamp.from(next.definition().window().startInstant()),
            thruDate: Timestamp.from(next.definition().window().endInstant())])
    copy.set('contestId', contestId)
    copy.create()
    ['AffContestPrize', 'AffContestEligibility', 'AffContestRate'].each { String entity ->
        List<GenericValue> rows = from(entity).where(EntityCondition.makeCondition('contestId', EntityOperator.EQUALS,
                latest.contestId)).queryList()
        rows.each { GenericValue child ->
            GenericValue childCopy = child.clone()
            childCopy.set('contestId', contestId)
            childCopy.create()
        }
    }
}
