/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.test

import com.affiliatecontests.engine.contest.ContestDefinition
import com.affiliatecontests.engine.standing.BandSlices
import com.affiliatecontests.ofbiz.contest.ContestRecords
import com.affiliatecontests.ofbiz.credit.LedgerWriter
import com.affiliatecontests.ofbiz.common.OwnTransaction
import com.affiliatecontests.ofbiz.messaging.BatchInserter
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp
import java.time.LocalDateTime
import java.time.ZoneId

/**
 * In-OFBiz tests of the scheduled jobs (advanceAffContests, openNextAffContestInstances) run
 * through their services as the job scheduler runs them, and of the contest lifecycle around them.
 * Each test makes its own partners and contests, and leaves no broken row behind for later job runs.
 */
class ContestJobTests extends ComponentTestCase {

    ContestJobTests(String name) {
        super(name)
    }

    /** More partners than Derby's 5,000 row locks per transaction before it escalates to a table lock. */
    private static final int MANY = 5200

    void testOneFailingContestDoesNotStopTheLifecycleJobForTheOthers() {
        String a = newAffiliate("AJ${run}A", 'Partner A')
        String unreadable = runningContest()
        String unfinalizable = runningContest()
        String due = runningContest([returnWindowDays: 7L])
        // a contest the job cannot read (its time zone is gone); one whose finalization is refused (the
        // completion of an order of one of its partners still waits in the crediting outbox, its crediting
        // failing); and one whose end has passed
        set(unreadable, [timeZoneId: 'Mars/Olympus'])
        String failing = delegator.getNextSeqId('AffContestOrderEvent')
        delegator.create('AffContestOrderEvent', [eventId: failing, orderId: newOrder("OJ${run}A", a,
                newCustomer("CJ${run}A"), 10.00G), statusId: 'ORDER_COMPLETED', oldStatusId: 'ORDER_APPROVED',
                createdDate: minutes(-5), attempts: 3L, lastError: 'crediting failed', nextAttemptDate: minutes(600)])
        set(unfinalizable, [statusId: 'AFFC_ENDED', thruDate: minutes(-2), returnWindowDays: 0L])
        set(due, [thruDate: minutes(-1)])
        try {
            Map result = runOk('advanceAffContests', [userLogin: system()])
            assert contest(due).statusId == 'AFFC_ENDED'
            assert result.contestsFailed >= 2
            assert contest(unreadable).statusId == 'AFFC_ACTIVE'
            assert contest(unfinalizable).statusId == 'AFFC_ENDED'
            assert !from('AffContestWinner').where('contestId', unfinalizable).queryFirst()
            [unreadable, unfinalizable].each { String contestId ->
                GenericValue failed = contest(contestId)
                assert failed.getLong('jobFailures') >= 1L
                assert failed.jobLastError
                assert failed.jobFailedDate
            }
            assert !contest(due).getLong('jobFailures')
            // a second run counts again; the dashboard shows the open contests the job failed on
            runOk('advanceAffContests', [userLogin: system()])
            assert contest(unfinalizable).getLong('jobFailures') >= 2L
            set(unreadable, [statusId: 'AFFC_CANCELLED'])
            List<String> shown = runOk('getAffContestDashboard', [userLogin: admin()]).jobFailures*.contestId
            assert shown.contains(unfinalizable)
            assert !shown.contains(unreadable) && !shown.contains(due)
            // once repaired, the next run finalizes it and clears its count
            delegator.removeByAnd('AffContestOrderEvent', [eventId: failing])
            runOk('advanceAffContests', [userLogin: system()])
            assert contest(unfinalizable).statusId == 'AFFC_FINALIZED'
            assert !contest(unfinalizable).getLong('jobFailures')
        } finally {
            set(unreadable, [statusId: 'AFFC_CANCELLED'])
            delegator.removeByAnd('AffContestOrderEvent', [eventId: failing])
        }
    }

    /**
     * The lifecycle job decides a move on the contest's dates and state alone: a running contest whose end
     * has passed is ended without a single participant row read (a contest of 1M partners once ran the
     * job out of memory), and a later run, with nothing due, reads none either.
     */
    void testTheLifecycleJobEndsARunningContestWithoutReadingItsParticipants() {
        newAffiliate("AJ${run}P", 'Partner P')
        String contestId = runningContest([returnWindowDays: 7L])
        assert from('AffContestParticipant').where('contestId', contestId).queryCount() > 0L
        set(contestId, [thruDate: minutes(-1)])
        try {
            Map result = runOk('advanceAffContests', [userLogin: system()])
            assert contest(contestId).statusId == 'AFFC_ENDED'
            assert result.participantsRead == 0L
            result = runOk('advanceAffContests', [userLogin: system()])
            assert contest(contestId).statusId == 'AFFC_ENDED'
            assert result.participantsRead == 0L
        } finally {
            set(contestId, [statusId: 'AFFC_CANCELLED'])
        }
    }

    void testOneFailingSeriesDoesNotStopTheSeriesJobForTheOthers() {
        newAffiliate("AJ${run}B", 'Partner B')
        // both end within the job's lead time: their next instances are due now
        String soon = LocalDateTime.now(ZoneId.of('Europe/Paris')).plusMinutes(10).toString()
        String good = runningContest([endLocal: soon])
        String bad = runningContest([endLocal: soon])
        String goodSeries = series(good)
        String badSeries = series(bad)
        from('AffContestSeries').where('seriesId', badSeries).queryOne().with {
            it.set('timeZoneId', 'Mars/Olympus')
            it.store()
        }
        set(bad, [statusId: 'AFFC_ENDED'])
        set(good, [statusId: 'AFFC_ENDED'])
        try {
            runOk('openNextAffContestInstances', [userLogin: system()])
            assert from('AffContest').where('seriesId', goodSeries).queryCount() == 2L
            assert from('AffContest').where('seriesId', badSeries).queryCount() == 1L
            assert contest(bad).getLong('jobFailures') >= 1L
        } finally {
            set(bad, [statusId: 'AFFC_CANCELLED'])
        }
    }

    void testAScheduledContestsEligibilityIsRefusedUntilItIsUnscheduled() {
        String a = newAffiliate("AJ${run}C", 'Partner C')
        ZoneId zone = ZoneId.of('Europe/Paris')
        LocalDateTime now = LocalDateTime.now(zone)
        String contestId = runningContest([startLocal: now.plusDays(2).toString(), endLocal: now.plusDays(9).toString()])
        assert contest(contestId).statusId == 'AFFC_SCHEDULED'
        long frozen = from('AffContestParticipant').where('contestId', contestId).queryCount()
        assert frozen > 0L
        Map refused = dispatcher.runSync('addAffContestEligibility', [contestId: contestId, ruleTypeEnumId: 'AFFCE_EXCLUDE',
                dimensionEnumId: 'AFFCD_PARTY', groupId: a, userLogin: admin()])
        assert ServiceUtil.isError(refused)
        assert ServiceUtil.getErrorMessage(refused).contains('unschedule'), ServiceUtil.getErrorMessage(refused)
        Map refusedToo = dispatcher.runSync('updateAffContest', [contestId: contestId, eligibleAll: 'N', userLogin: admin()])
        assert ServiceUtil.isError(refusedToo)
        assert from('AffContestEligibility').where('contestId', contestId).queryCount() == 0L
        assert contest(contestId).eligibleAll == 'Y'
        assert from('AffContestParticipant').where('contestId', contestId).queryCount() == frozen
        // the explicit way: back to a draft, edit, launch again with the new participants
        assert runOk('unscheduleAffContest', [contestId: contestId, userLogin: admin()]).statusId == 'AFFC_DRAFT'
        assert from('AffContestParticipant').where('contestId', contestId).queryCount() == 0L
        assert from('AffContestStanding').where('contestId', contestId).queryCount() == 0L
        runOk('addAffContestEligibility', [contestId: contestId, ruleTypeEnumId: 'AFFCE_EXCLUDE',
                dimensionEnumId: 'AFFCD_PARTY', groupId: a, userLogin: admin()])
        assert runOk('launchAffContest', [contestId: contestId, userLogin: admin()]).statusId == 'AFFC_SCHEDULED'
        assert from('AffContestParticipant').where('contestId', contestId).queryCount() == frozen - 1
        assert !from('AffContestParticipant').where('contestId', contestId, 'partyId', a).queryOne()
        // only a scheduled contest can be unscheduled
        set(contestId, [statusId: 'AFFC_ACTIVE'])
        assert ServiceUtil.isError(dispatcher.runSync('unscheduleAffContest', [contestId: contestId, userLogin: admin()]))
        set(contestId, [statusId: 'AFFC_CANCELLED'])
    }

    void testTheNextInstanceOfASeriesOpensBeforeTheEndStartsWhereItEndsAndIsNamedByItsPeriod() {
        newAffiliate("AJ${run}D", 'Partner D')
        ZoneId zone = ZoneId.of('Europe/Paris')
        LocalDateTime now = LocalDateTime.now(zone).withNano(0)
        // ends in 10 minutes: the job must open the next instance now, not after the end
        String first = runningContest([endLocal: now.plusMinutes(10).toString()])
        String seriesId = series(first)
        runOk('openNextAffContestInstances', [userLogin: system()])
        runOk('openNextAffContestInstances', [userLogin: system()])
        List<GenericValue> instances = from('AffContest').where('seriesId', seriesId).orderBy('instanceNumber').queryList()
        assert instances.size() == 2
        GenericValue next = instances[1]
        assert next.getTimestamp('fromDate') == contest(first).getTimestamp('thruDate')
        assert next.getTimestamp('thruDate').toInstant() == contest(first).getTimestamp('thruDate').toInstant()
                .atZone(zone).plusMonths(1).toInstant()
        assert next.statusId == 'AFFC_SCHEDULED'
        String month = next.getTimestamp('fromDate').toInstant().atZone(zone).year.toString()
        assert next.contestName.startsWith("Job race ${run} \u2014 ".toString()) && next.contestName.endsWith(month),
                next.contestName
        assert from('AffContestPrize').where('contestId', next.contestId).queryCount() == 1L
        set(next.contestId, [statusId: 'AFFC_CANCELLED'])
    }

    void testAnInstanceOpenedAfterItsStartIsCreditedWithTheOrdersCompletedSinceItsStart() {
        String a = newAffiliate("AJ${run}E", 'Partner E')
        String first = runningContest()
        String seriesId = series(first)
        // the first instance ended an hour ago and the job did not run since
        Timestamp hourAgo = minutes(-60)
        set(first, [thruDate: hourAgo, statusId: 'AFFC_ENDED'])
        GenericValue row = from('AffContestSeries').where('seriesId', seriesId).queryOne()
        row.set('anchorThruDate', hourAgo)
        row.store()
        String orderId = newOrder("OJ${run}E", a, newCustomer("CJ${run}E"), 64.00G)
        orderStatus(orderId, 'ORDER_COMPLETED')
        runOk('openNextAffContestInstances', [userLogin: system()])
        GenericValue next = from('AffContest').where('seriesId', seriesId, 'instanceNumber', 1L).queryOne()
        assert next.getTimestamp('fromDate') == hourAgo
        assert next.statusId == 'AFFC_ACTIVE'
        assert score(next.contestId, a) == 64G
        assert from('AffContestCredit').where('contestId', next.contestId, 'orderId', orderId).queryCount() == 1L
        set(next.contestId, [statusId: 'AFFC_CANCELLED'])
    }

    void testAContestActivatedByTheJobIsCreditedWithTheOrdersCompletedSinceItsStart() {
        String a = newAffiliate("AJ${run}F", 'Partner F')
        ZoneId zone = ZoneId.of('Europe/Paris')
        LocalDateTime now = LocalDateTime.now(zone)
        String contestId = runningContest([startLocal: now.plusDays(1).toString(), endLocal: now.plusDays(9).toString()])
        assert contest(contestId).statusId == 'AFFC_SCHEDULED'
        // its start came ten minutes ago; the job has not run since, and an order was completed meanwhile
        set(contestId, [fromDate: minutes(-10)])
        String orderId = newOrder("OJ${run}F", a, newCustomer("CJ${run}F"), 31.50G)
        orderStatus(orderId, 'ORDER_COMPLETED')
        runOk('advanceAffContests', [userLogin: system()])
        assert contest(contestId).statusId == 'AFFC_ACTIVE'
        assert score(contestId, a) == 31.5G
        runOk('advanceAffContests', [userLogin: system()])
        assert from('AffContestCredit').where('contestId', contestId, 'orderId', orderId).queryCount() == 1L
        set(contestId, [statusId: 'AFFC_CANCELLED'])
    }

    /**
     * Issue 12, item 10: the lifecycle job does not finalize a contest whose orders still have an event
     * in the crediting outbox (here one whose first attempt failed and waits for its retry); it counts
     * the refusal on the contest's row, and a later run credits the event, then finalizes.
     */
    void testTheLifecycleJobFinalizesAContestOnlyOnceTheEventsOfItsOrdersAreCredited() {
        String a = newAffiliate("AJ${run}P", 'Partner P')
        String contestId = runningContest([returnWindowDays: 0L])
        String orderId = newOrder("OJ${run}P", a, newCustomer("CJ${run}P"), 40.00G)
        boolean began = TransactionUtil.begin()
        try {
            runOk('changeOrderStatus', [orderId: orderId, statusId: 'ORDER_COMPLETED', setItemStatus: 'N',
                    userLogin: admin()])
            // its crediting failed once: the event waits for its next attempt, as the backoff leaves it
            assert delegator.storeByCondition('AffContestOrderEvent', [attempts: 1L, lastError: 'first attempt failed',
                    nextAttemptDate: minutes(60)], EntityCondition.makeCondition('orderId', orderId)) == 1
            TransactionUtil.commit(began)
        } catch (Throwable t) {
            TransactionUtil.rollback(began, 'test failed', t)
            throw t
        }
        // the contest ended just after the completion, and its return window is over
        set(contestId, [statusId: 'AFFC_ENDED', thruDate: UtilDateTime.nowTimestamp()])
        runOk('advanceAffContests', [userLogin: system()])
        GenericValue deferred = contest(contestId)
        assert deferred.statusId == 'AFFC_ENDED'
        assert deferred.getLong('jobFailures') >= 1L
        assert deferred.jobLastError.contains('orders of this contest are still waiting to be credited')
        assert !from('AffContestWinner').where('contestId', contestId).queryFirst()

        delegator.storeByCondition('AffContestOrderEvent', [nextAttemptDate: minutes(-1)],
                EntityCondition.makeCondition('orderId', orderId))
        runOk('advanceAffContests', [userLogin: system()])
        GenericValue finalized = contest(contestId)
        assert finalized.statusId == 'AFFC_FINALIZED'
        assert !finalized.getLong('jobFailures')
        assert !from('AffContestOrderEvent').where('orderId', orderId).queryFirst()
        assert from('AffContestWinner').where('contestId', contestId).queryList()*.getString('partyId') == [a]
    }

    /** The dashboard shows the running contests it can read when one of them cannot be read, and flags that one. */
    void testTheDashboardShowsTheOtherContestsAndFlagsOneItCannotRead() {
        String readable = runningContest()
        String unreadable = runningContest()
        set(unreadable, [timeZoneId: 'Mars/Olympus'])
        try {
            Map dashboard = runOk('getAffContestDashboard', [userLogin: admin()])
            Map<String, Map> rows = dashboard.running.collectEntries { [(it.contestId): it] }
            assert rows[readable] && !rows[readable].unreadable
            assert rows[unreadable].unreadable == true
        } finally {
            set(unreadable, [statusId: 'AFFC_CANCELLED'])
            set(readable, [statusId: 'AFFC_CANCELLED'])
        }
    }

    void testLaunchingAContestOfMoreThanFiveThousandPartnersFreezesEachOnceAndResumesAfterAFailure() {
        String tag = "TJ${run}"
        delegator.create('PartyClassificationGroup', [partyClassificationGroupId: tag,
                partyClassificationTypeId: 'AFFC_PARTNER_TAG', description: "Job test tag ${run}"])
        List<String> partners = (1..MANY).collect { "BJ${run}_${it}".toString() }
        try {
            batch(partners, tag)
            String contestId = runningContest([:], false)
            runOk('addAffContestEligibility', [contestId: contestId, ruleTypeEnumId: 'AFFCE_INCLUDE',
                    dimensionEnumId: 'AFFCD_TAG', groupId: tag, userLogin: admin()])
            runOk('updateAffContest', [contestId: contestId, eligibleAll: 'N', userLogin: admin()])
            // a launch that stopped after some chunks, one of them with a partner no longer eligible
            String gone = newAffiliate("AJ${run}G", 'Partner G')
            ContestDefinition definition = new ContestRecords(delegator).definition(contest(contestId))
            Map<String, BatchInserter> written = ['AffContestParticipant', 'AffContestStanding']
                    .collectEntries { [(it): new BatchInserter(delegator, it)] }
            (partners.take(1234) + [gone]).each { String partyId ->
                written.AffContestParticipant.add([contestId: contestId, partyId: partyId, reason: 'TAG',
                        snapshotDate: UtilDateTime.nowTimestamp()])
                written.AffContestStanding.add(LedgerWriter.zeroStanding(contestId, partyId, definition))
            }
            OwnTransaction.run('writing a half-done launch failed') { written.values()*.flush() }
            assert contest(contestId).statusId == 'AFFC_DRAFT'
            Map launched = runOk('launchAffContest', [contestId: contestId, userLogin: admin()])
            assert launched.statusId == 'AFFC_ACTIVE'
            assert launched.participants == MANY
            List<String> frozen = from('AffContestParticipant').where('contestId', contestId).queryList()*.getString('partyId')
            assert frozen.size() == MANY
            assert frozen as Set == partners as Set
            assert from('AffContestStanding').where('contestId', contestId).queryCount() == (long) MANY
            assert from('AffContestScoreBand').where('contestId', contestId).queryList()
                    .sum { it.getLong('partners') } == (long) MANY
            // launching again is refused and changes nothing
            assert ServiceUtil.isError(dispatcher.runSync('launchAffContest', [contestId: contestId, userLogin: admin()]))
            assert from('AffContestParticipant').where('contestId', contestId).queryCount() == (long) MANY

            // live credits of three of them, a reopening; then a recompute leaves ledger and standings as they were
            String customer = newCustomer("CJ${run}M")
            List<String> orders = [[partners[0], 40.00G], [partners[1], 55.00G], [partners[0], 12.50G],
                                   [partners[MANY - 1], 70.00G]].withIndex().collect { List sale, int i ->
                String orderId = newOrder("OJ${run}M${i}", sale[0] as String, customer, sale[1] as BigDecimal)
                orderStatus(orderId, 'ORDER_COMPLETED')
                orderId
            }
            orderStatus(orders[1], 'ORDER_APPROVED')
            Map live = board(contestId)
            assert live.ledger.size() == 5
            assert runOk('recomputeAffContest', [contestId: contestId, userLogin: admin()]).ordersReplayed == 4
            assert board(contestId) == live

            // the partners with no sale share one band, cut into slices of at most a thousand at launch and kept by
            // the recompute: a place counts the rows of one slice, and places and neighbours are the board's
            List<GenericValue> counters = from('AffContestScoreBand').where('contestId', contestId).queryList()
            assert counters.count { it.getLong('partners') > 0 } > MANY.intdiv(BandSlices.SLICE)
            assert counters.every { it.getLong('partners') <= BandSlices.SLICE }
            assertBandCountersMatchTheBoard(contestId)
            List<Map> adminBoard = runOk('getAffContestLeaderboard', [contestId: contestId, viewSize: MANY,
                    userLogin: admin()]).leaderboard.top
            assert adminBoard*.partyId == from('AffContestStanding').where('contestId', contestId).orderBy('rankKey')
                    .queryList()*.getString('partyId')
            [3, BandSlices.SLICE, BandSlices.SLICE + 1, BandSlices.SLICE + 2, MANY.intdiv(2), MANY - 1, MANY].each { int place ->
                String partyId = adminBoard[place - 1].partyId
                delegator.create('UserLogin', [userLoginId: partyId.toLowerCase(), partyId: partyId, enabled: 'Y'])
                Map view = runOk('getMyAffContestLeaderboard', [contestId: contestId,
                        userLogin: getUserLogin(partyId.toLowerCase())]).leaderboard
                assert [view.viewer.place, view.viewer.partyId, view.participants] == [place, partyId, (long) MANY]
                List<Map> rows = view.top + view.aroundViewer
                assert rows.any { it.viewer && it.place == place }
                rows.each { Map row ->
                    Map same = adminBoard[(row.place as int) - 1]
                    assert [row.rank, row.score, row.qualified] == [same.rank, same.score, same.qualified], "place ${row.place}"
                }
                assert view.aroundViewer*.place == (view.aroundViewer ? (view.aroundViewer[0].place..view.aroundViewer[-1].place).toList() : [])
            }
            set(contestId, [statusId: 'AFFC_CANCELLED'])
        } finally {
            // the other tests' contests for every affiliate stay small
            // (not those with orders: OrderRole refers to PartyRole)
            partners.drop(2).take(MANY - 3).collate(1000).each { List<String> chunk ->
                delegator.removeByCondition('PartyRole', EntityCondition.makeCondition(
                        EntityCondition.makeCondition('roleTypeId', 'AFFILIATE'),
                        EntityCondition.makeCondition('partyId', EntityOperator.IN, chunk)))
            }
        }
    }

    /** The contest's ledger lines and standing rows, without the stamps of when they were written. */
    private Map board(String contestId) {
        List<String> stamps = ['createdDate', 'lockedStamp', 'lastUpdatedStamp', 'lastUpdatedTxStamp', 'createdStamp',
                               'createdTxStamp']
        Closure<Map> fields = { GenericValue row -> row.getAllFields().findAll { !(it.key in stamps) } }
        return [ledger: from('AffContestCredit').where('contestId', contestId).queryList().collect(fields) as Set,
                standings: from('AffContestStanding').where('contestId', contestId).queryList().collect(fields) as Set,
                bands: from('AffContestScoreBand').where('contestId', contestId).queryList()
                        .findAll { it.getLong('partners') > 0 }.collect { [it.bandKey, it.partners] } as Set]
    }

    /** Affiliates with the tag, written a thousand per transaction with JDBC batches. */
    private void batch(List<String> partyIds, String tag) {
        Timestamp now = UtilDateTime.nowTimestamp()
        partyIds.collate(1000).each { List<String> chunk ->
            Map<String, BatchInserter> rows = ['Party', 'PartyGroup', 'PartyRole', 'PartyClassification']
                    .collectEntries { [(it): new BatchInserter(delegator, it)] }
            chunk.each { String partyId ->
                rows.Party.add([partyId: partyId, partyTypeId: 'PARTY_GROUP', statusId: 'PARTY_ENABLED'])
                rows.PartyGroup.add([partyId: partyId, groupName: "Bulk partner ${partyId}".toString()])
                rows.PartyRole.add([partyId: partyId, roleTypeId: 'AFFILIATE'])
                rows.PartyClassification.add([partyId: partyId, partyClassificationGroupId: tag, fromDate: now])
            }
            OwnTransaction.run('writing test affiliates failed') { rows.values()*.flush() }
        }
    }

    private BigDecimal score(String contestId, String partyId) {
        return from('AffContestStanding').where('contestId', contestId, 'partyId', partyId).queryOne()
                .getBigDecimal('score').stripTrailingZeros()
    }

    /** The login the job scheduler runs the component's jobs as (runAsUser="system"). */
    private GenericValue system() {
        return getUserLogin('system')
    }

    private String series(String contestId) {
        return runOk('createAffContestSeries', [contestId: contestId, recurrenceEnumId: 'AFFCR_MONTHLY',
                userLogin: admin()]).seriesId
    }

    private GenericValue contest(String contestId) {
        return from('AffContest').where('contestId', contestId).queryOne()
    }

    private void set(String contestId, Map fields) {
        GenericValue value = contest(contestId)
        value.setNonPKFields(fields)
        value.store()
    }

    private static Timestamp minutes(long offset) {
        return new Timestamp(System.currentTimeMillis() + offset * 60000L)
    }

    /** A running revenue contest over all affiliates, launched now, from yesterday for 30 days (Paris). */
    private String runningContest(Map extra = [:], boolean launch = true) {
        String contestId = draftContest("Job race ${run}", extra)
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 1L, prizeText: 'Gold',
                userLogin: admin()])
        if (launch) {
            Map launched = runOk('launchAffContest', [contestId: contestId, userLogin: admin()])
            assert launched.statusId in ['AFFC_ACTIVE', 'AFFC_SCHEDULED']
        }
        return contestId
    }

}
