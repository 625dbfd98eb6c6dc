/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.live.test

import com.affiliatecontests.engine.live.BoardSubscribers
import com.affiliatecontests.ofbiz.live.BoardChanges
import com.affiliatecontests.ofbiz.live.BoardHandshake
import com.affiliatecontests.ofbiz.live.LiveBoards
import com.affiliatecontests.ofbiz.test.ComponentTestCase
import groovy.json.JsonSlurper
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.service.GenericServiceCallback

import javax.transaction.Transaction
import java.sql.Timestamp

/**
 * In-OFBiz tests of the live leaderboards: a committed credit or reversal tells the pages watching
 * its contest (through the signal service's callback, as each web application's LiveBoards hears
 * it) with the contest's new marker and nothing else; a change is told after its commit, never
 * inside its transaction nor after a rollback; who may watch is who may read the marker (the
 * partner competing, an admin with AFFCONTEST_VIEW); a session that ends closes its sockets. The sockets themselves are driven by the
 * browser suite's LiveBoardSuite.
 */
class LiveBoardTests extends ComponentTestCase {

    LiveBoardTests(String name) {
        super(name)
    }

    void testACommittedCreditAndItsReversalReachThePagesOfItsContestOnlyWithTheNewMarker() {
        String a = newAffiliate("LB${run}A", 'Live A')
        String contestId = runningContest('Push')
        String other = runningContest('Other')
        GenericValue login = getUserLogin(a.toLowerCase())
        LiveBoards boards = new LiveBoards(delegator, dispatcher, 'getMyAffContestBoardMarker', 'test')
        dispatcher.registerCallback(BoardChanges.SIGNAL, boards)
        Page page = new Page()
        Page elsewhere = new Page()
        try {
            boards.subscribe(contestId, page)
            boards.subscribe(other, elsewhere)
            String orderId = newOrder("LO${run}1", a, newCustomer("LC${run}1"), new BigDecimal('42.00'))
            orderStatus(orderId, 'ORDER_COMPLETED')
            Map credited = page.await(1)
            assert credited.keySet() == ['contestId', 'marker', 'committed'] as Set, "a notice carries no score: ${credited}"
            assert credited.contestId == contestId
            assert credited.marker == runOk('getMyAffContestBoardMarker', [contestId: contestId, userLogin: login]).marker
            assert credited.committed instanceof Number

            orderStatus(orderId, 'ORDER_APPROVED')
            Map reversed = page.await(2)
            assert reversed.marker != credited.marker
            assert reversed.marker == runOk('getMyAffContestBoardMarker', [contestId: contestId, userLogin: login]).marker
            // the other contest's page: the affiliate competes there too, so it was told of its own credits only
            elsewhere.notices.each { assert new JsonSlurper().parseText(it).contestId == other }
            assert boards.pages() == 2
        } finally {
            boards.close()
        }
    }

    void testAChangeIsToldAfterItsCommitNeverInsideItNorAfterARollback() {
        Heard heard = new Heard()
        dispatcher.registerCallback(BoardChanges.SIGNAL, heard)
        Transaction outer = TransactionUtil.isTransactionInPlace() ? TransactionUtil.suspend() : null
        try {
            boolean began = TransactionUtil.begin()
            new BoardChanges(delegator).afterCommit("RB${run}")
            TransactionUtil.rollback(began, 'test rollback', null)
            assert !heard.contestIds.contains("RB${run}".toString())

            began = TransactionUtil.begin()
            new BoardChanges(delegator).afterCommit("CM${run}")
            assert !heard.contestIds.contains("CM${run}".toString()), 'told inside the transaction'
            TransactionUtil.commit(began)
            assert heard.contestIds.contains("CM${run}".toString())
            assert !heard.contestIds.contains("RB${run}".toString())

            new BoardChanges(delegator).afterCommit("NT${run}")
            assert heard.contestIds.contains("NT${run}".toString()), 'no transaction: told at once'
        } finally {
            heard.enabled = false
            if (outer != null) {
                TransactionUtil.resume(outer)
            }
        }
    }

    void testWhoMayWatchIsWhoMayReadTheMarker() {
        String a = newAffiliate("LB${run}W", 'Live W')
        String contestId = runningContest('Watch')
        String late = newAffiliate("LB${run}L", 'Live Late')
        String customer = "LB${run}C"
        delegator.create('Party', [partyId: customer, partyTypeId: 'PERSON', statusId: 'PARTY_ENABLED'])
        delegator.create('UserLogin', [userLoginId: customer.toLowerCase(), partyId: customer, enabled: 'Y'])
        LiveBoards portal = new LiveBoards(delegator, dispatcher, 'getMyAffContestBoardMarker', 'test-portal')
        LiveBoards backOffice = new LiveBoards(delegator, dispatcher, 'getAffContestBoardMarker', 'test-backoffice')
        try {
            assert portal.markerFor(getUserLogin(a.toLowerCase()), contestId).present
            assert !portal.markerFor(getUserLogin(late.toLowerCase()), contestId).present, 'not in the contest'
            assert !portal.markerFor(getUserLogin(customer.toLowerCase()), contestId).present, 'not an affiliate'
            assert !portal.markerFor(null, contestId).present, 'anonymous'
            assert !portal.markerFor(getUserLogin(a.toLowerCase()), "NONE${run}").present
            assert backOffice.markerFor(admin(), contestId).present
            assert !backOffice.markerFor(getUserLogin(a.toLowerCase()), contestId).present, 'no AFFCONTEST_VIEW'
            assert !backOffice.markerFor(admin(), "NONE${run}").present
            assert !backOffice.markerFor(admin(), null).present

            // a signed-out (or expired) HTTP session's sockets are closed, another session's stay
            List<String> closed = Collections.synchronizedList([])
            portal.opened('S1', { closed << 'S1a' } as Closeable)
            portal.opened('S1', { closed << 'S1b' } as Closeable)
            Closeable other = { closed << 'S2' } as Closeable
            portal.opened('S2', other)
            portal.sessionEnded('S1')
            assert closed.sort() == ['S1a', 'S1b']
            portal.closed('S2', other)
            portal.sessionEnded('S2')
            assert !closed.contains('S2'), 'a socket already closed is not closed again'
        } finally {
            portal.close()
            backOffice.close()
        }
    }

    void testABrowserSocketMustComeFromAPageOfThisHost() {
        assert BoardHandshake.sameOrigin([Host: ['shop.example:8443'], Origin: ['https://shop.example:8443']])
        assert BoardHandshake.sameOrigin([host: ['shop.example:8443']]), 'not a browser: no Origin'
        assert !BoardHandshake.sameOrigin([Host: ['shop.example:8443'], Origin: ['https://evil.example']])
        assert !BoardHandshake.sameOrigin([Host: ['shop.example:8443'], Origin: ['https://shop.example']])
        assert !BoardHandshake.sameOrigin([Origin: ['https://shop.example:8443']])
        assert !BoardHandshake.sameOrigin([Host: ['shop.example:8443'], Origin: ['::not a uri']])
    }

    // ------------------------------------------------------------------ fixtures

    /** A running revenue contest over all affiliates. */
    private String runningContest(String name) {
        String contestId = draftContest("Live ${name} ${run}")
        runOk('addAffContestPrize', [contestId: contestId, fromPlace: 1L, thruPlace: 1L, prizeText: 'Gold', userLogin: admin()])
        assert runOk('launchAffContest', [contestId: contestId, userLogin: admin()]).statusId == 'AFFC_ACTIVE'
        return contestId
    }

    /** An open page: keeps the notices it is sent. */
    private static class Page implements BoardSubscribers.Subscriber {
        final List<String> notices = Collections.synchronizedList([])

        @Override
        boolean send(String notice) {
            notices << notice
            return true
        }

        /** The {@code count}th notice, waited for (the push follows the crediting job's commit). */
        Map await(int count) {
            long deadline = System.currentTimeMillis() + 30000L
            while (notices.size() < count) {
                assert System.currentTimeMillis() < deadline: "notice ${count} not pushed within 30 s: ${notices}"
                Thread.sleep(50)
            }
            return (Map) new JsonSlurper().parseText(notices[count - 1])
        }
    }

    /** The signal service's callback as a web application registers it, recording the contests told. */
    private static class Heard implements GenericServiceCallback {
        final List<String> contestIds = Collections.synchronizedList([])
        volatile boolean enabled = true

        @Override
        boolean isEnabled() {
            return enabled
        }

        @Override
        void receiveEvent(Map<String, Object> context) {
            contestIds << (String) context.contestId
        }

        @Override
        void receiveEvent(Map<String, Object> context, Map<String, Object> result) {
            receiveEvent(context)
        }

        @Override
        void receiveEvent(Map<String, Object> context, Throwable error) {
        }
    }

}
