/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz

import com.affiliatecontests.engine.contest.Contest
import com.affiliatecontests.engine.contest.ContestWindow
import com.affiliatecontests.engine.schedule.ContestSeries
import com.affiliatecontests.engine.schedule.Recurrence
import com.affiliatecontests.engine.validation.ValidationException
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp

/*
 * Repeating contests: a contest becomes the first instance of a series; when an instance ends, the
 * next one is opened with the same rules and the next window, and launched (fresh eligibility).
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
 * Opens the next instance of every series whose latest instance has ended; asking again changes
 * nothing (an instance number exists once).
 */
Map openNextAffContestInstances() {
    ContestRecords records = new ContestRecords(delegator)
    int opened = 0
    List<GenericValue> series = from('AffContestSeries').queryList()
    series.each { GenericValue row ->
        GenericValue latest = from('AffContest').where('seriesId', row.seriesId).orderBy('-instanceNumber').queryFirst()
        if (!latest || !(latest.statusId in ['AFFC_ENDED', 'AFFC_FINALIZED'])) {
            return
        }
        Contest closed = records.contest(latest)
        ContestWindow anchor = new ContestWindow(
                java.time.LocalDateTime.ofInstant(row.getTimestamp('anchorFromDate').toInstant(), ContestWindow.zone(row.timeZoneId)),
                java.time.LocalDateTime.ofInstant(row.getTimestamp('anchorThruDate').toInstant(), ContestWindow.zone(row.timeZoneId)),
                ContestWindow.zone(row.timeZoneId))
        java.time.LocalDateTime until = row.untilDate ? java.time.LocalDateTime.ofInstant(
                row.getTimestamp('untilDate').toInstant(), anchor.zone()) : null
        ContestSeries contestSeries = new ContestSeries(row.seriesId, Recurrence.valueOf(records.code(row.recurrenceEnumId)),
                anchor, until)
        contestSeries.next(closed, delegator.getNextSeqId('AffContest')).ifPresent { Contest next ->
            copyInstance(latest, next)
            Map launched = dispatcher.runSync('launchAffContest', [contestId: next.id(), userLogin: userLogin])
            if (ServiceUtil.isError(launched)) {
                logWarning("Next instance ${next.id()} of series ${row.seriesId} stays a draft: " +
                        ServiceUtil.getErrorMessage(launched))
            }
            opened++
        }
    }
    return success([opened: opened])
}

/** Copies the closed instance's contest, prize tiers and eligibility to the next instance, with its window. */
private void copyInstance(GenericValue latest, Contest next) {
    GenericValue copy = latest.clone()
    copy.setNonPKFields([statusId: 'AFFC_DRAFT', snapshotDate: null, finalizedDate: null,
            instanceNumber: next.instance() as Long, createdDate: UtilDateTime.nowTimestamp(),
            fromDate: Timestamp.from(next.definition().window().startInstant()),
            thruDate: Timestamp.from(next.definition().window().endInstant())])
    copy.set('contestId', next.id())
    copy.create()
    ['AffContestPrize', 'AffContestEligibility', 'AffContestRate'].each { String entity ->
        List<GenericValue> rows = from(entity).where(EntityCondition.makeCondition('contestId', EntityOperator.EQUALS,
                latest.contestId)).queryList()
        rows.each { GenericValue child ->
            GenericValue childCopy = child.clone()
            childCopy.set('contestId', next.id())
            childCopy.create()
        }
    }
}
