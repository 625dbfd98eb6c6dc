/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.live

import com.affiliatecontests.engine.live.BoardSubscribers
import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.entity.GenericValue

import javax.websocket.CloseReason
import javax.websocket.Endpoint
import javax.websocket.EndpointConfig
import javax.websocket.Session

/**
 * One open leaderboard page's WebSocket ({@code ws/board?contestId=...} of its web application):
 * subscribed to its contest when the user signed in to the page's HTTP session may read the
 * contest's marker, refused (closed, 1008) otherwise. The page is sent the current marker at once,
 * then a notice after each committed change; it never sends anything. The socket closes (1008) when
 * the HTTP session ends (sign-out, expiry).
 */
class BoardSocket extends Endpoint {

    /** A send to a stuck page gives up after this, and the page is dropped (it reconnects or polls). */
    static final long SEND_TIMEOUT_MILLIS = 2000L

    private static final String MODULE = BoardSocket.name

    private final LiveBoards boards
    private String contestId
    private String httpSessionId
    private BoardSubscribers.Subscriber page
    private Closeable closer

    BoardSocket(LiveBoards boards) {
        this.boards = boards
    }

    @Override
    void onOpen(Session session, EndpointConfig config) {
        GenericValue userLogin = (GenericValue) config.userProperties.get(BoardHandshake.USER_LOGIN)
        contestId = session.requestParameterMap.get('contestId')?.find()
        Optional<String> marker = boards.markerFor(userLogin, contestId)
        if (!marker.present) {
            close(session, CloseReason.CloseCodes.VIOLATED_POLICY)
            return
        }
        session.userProperties.put('org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT', SEND_TIMEOUT_MILLIS)
        page = { String notice -> send(session, notice) } as BoardSubscribers.Subscriber
        boards.subscribe(contestId, page)
        httpSessionId = (String) config.userProperties.get(BoardHandshake.HTTP_SESSION_ID)
        closer = { close(session, CloseReason.CloseCodes.VIOLATED_POLICY) } as Closeable
        boards.opened(httpSessionId, closer)
        send(session, BoardSubscribers.notice(contestId, marker.get(), -1L))
    }

    @Override
    void onClose(Session session, CloseReason reason) {
        leave()
    }

    @Override
    void onError(Session session, Throwable error) {
        leave()
    }

    private void leave() {
        if (page != null) {
            boards.unsubscribe(contestId, page)
            boards.closed(httpSessionId, closer)
        }
    }

    private static boolean send(Session session, String notice) {
        if (!session.open) {
            return false
        }
        try {
            // one send at a time per page: Tomcat refuses a second while one is under way
            synchronized (session) {
                session.basicRemote.sendText(notice)
            }
            return true
        } catch (Exception e) {
            Debug.logInfo("Live board page dropped: ${e.message}", MODULE)
            close(session, CloseReason.CloseCodes.GOING_AWAY)
            return false
        }
    }

    private static void close(Session session, CloseReason.CloseCode code) {
        try {
            session.close(new CloseReason(code, ''))
        } catch (IOException ignored) {
            // already gone
        }
    }

}
