/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.live

import com.affiliatecontests.engine.live.BoardSubscribers
import com.affiliatecontests.ofbiz.portal.BoardMarkers
import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.GenericServiceCallback
import org.apache.ofbiz.service.LocalDispatcher
import org.apache.ofbiz.service.ServiceUtil

import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.Executors
import java.util.concurrent.ScheduledExecutorService
import java.util.concurrent.TimeUnit

/**
 * The live leaderboards of one web application, kept in its ServletContext (attribute
 * {@link #ATTRIBUTE}): the pages subscribed by contest (the engine's {@link BoardSubscribers}), one
 * pusher thread, and the callback of the signal service {@link BoardChanges#SIGNAL}. A signal only
 * marks its contest; the pusher then, {@link #PUSH_DELAY_MILLIS} later (changes meanwhile ride
 * along), reads the contest's marker once and sends it to the contest's pages. Who may subscribe is
 * who may read the marker: the web application's marker service ({@code markerService}: the
 * partner's, which checks that the partner competes, or the back office's, which needs
 * AFFCONTEST_VIEW), run as the page's user.
 */
class LiveBoards implements GenericServiceCallback {

    static final String ATTRIBUTE = 'affiliatecontests.liveBoards'
    static final long PUSH_DELAY_MILLIS = 100L

    private static final String MODULE = LiveBoards.name

    private final BoardSubscribers subscribers = new BoardSubscribers()
    /** The open sockets of each HTTP session: closed when it ends (sign-out, expiry). */
    private final Map<String, Set<Closeable>> bySession = new ConcurrentHashMap<>()
    private final ScheduledExecutorService pusher
    private final Delegator delegator
    private final LocalDispatcher dispatcher
    private final String markerService
    private volatile boolean enabled = true

    LiveBoards(Delegator delegator, LocalDispatcher dispatcher, String markerService, String name) {
        this.delegator = delegator
        this.dispatcher = dispatcher
        this.markerService = markerService
        this.pusher = Executors.newSingleThreadScheduledExecutor { Runnable r ->
            Thread thread = new Thread(r, "affcontests-live-${name}")
            thread.daemon = true
            return thread
        }
    }

    /** The contest's marker when the user may watch it, else empty (the page is refused). */
    Optional<String> markerFor(GenericValue userLogin, String contestId) {
        if (!userLogin || !contestId) {
            return Optional.empty()
        }
        try {
            Map result = dispatcher.runSync(markerService, [contestId: contestId, userLogin: userLogin])
            return ServiceUtil.isSuccess(result) && result.marker ? Optional.of((String) result.marker) : Optional.empty()
        } catch (Exception e) {
            Debug.logWarning("Live board of contest ${contestId} refused: ${e.message}", MODULE)
            return Optional.empty()
        }
    }

    void subscribe(String contestId, BoardSubscribers.Subscriber page) {
        subscribers.subscribe(contestId, page)
    }

    void unsubscribe(String contestId, BoardSubscribers.Subscriber page) {
        subscribers.unsubscribe(contestId, page)
    }

    void opened(String httpSessionId, Closeable socket) {
        if (httpSessionId == null) {
            return
        }
        bySession.computeIfAbsent(httpSessionId) { ConcurrentHashMap.newKeySet() }.add(socket)
    }

    void closed(String httpSessionId, Closeable socket) {
        if (httpSessionId == null) {
            return
        }
        bySession.computeIfPresent(httpSessionId) { String id, Set<Closeable> sockets ->
            sockets.remove(socket)
            return sockets ? sockets : null
        }
    }

    /** The HTTP session ended: its pages' sockets close (1008), so a signed-out page is told nothing more. */
    void sessionEnded(String httpSessionId) {
        bySession.remove(httpSessionId)?.each { Closeable socket -> socket.close() }
    }

    int pages() {
        return subscribers.subscribers()
    }

    /** A change committed at {@code committedAt} (epoch millis): pushed shortly to the contest's pages. */
    void changed(String contestId, long committedAt) {
        if (enabled && subscribers.changed(contestId, committedAt)) {
            pusher.schedule({ push() } as Runnable, PUSH_DELAY_MILLIS, TimeUnit.MILLISECONDS)
        }
    }

    private void push() {
        try {
            subscribers.flush { String contestId -> freshMarker(contestId) }
        } catch (Exception e) {
            Debug.logError(e, 'Live board push failed (the pages poll)', MODULE)
        }
    }

    private Optional<String> freshMarker(String contestId) {
        GenericValue contest = EntityQuery.use(delegator).from('AffContest').where('contestId', contestId).queryOne()
        return contest ? Optional.of(new BoardMarkers(delegator).fresh(contest)) : Optional.<String>empty()
    }

    void close() {
        enabled = false
        pusher.shutdownNow()
    }

    @Override
    boolean isEnabled() {
        return enabled
    }

    @Override
    void receiveEvent(Map<String, Object> context) {
        Object committed = context.committed
        changed((String) context.contestId, committed instanceof Number ? ((Number) committed).longValue() : System.currentTimeMillis())
    }

    @Override
    void receiveEvent(Map<String, Object> context, Map<String, Object> result) {
        receiveEvent(context)
    }

    @Override
    void receiveEvent(Map<String, Object> context, Throwable error) {
    }

}
