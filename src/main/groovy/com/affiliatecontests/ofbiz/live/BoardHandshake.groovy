/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.live

import javax.servlet.http.HttpSession
import javax.websocket.HandshakeResponse
import javax.websocket.server.HandshakeRequest
import javax.websocket.server.ServerEndpointConfig

/**
 * The handshake of a leaderboard socket: the user is the one signed in to the page's HTTP session
 * (none: the socket is refused on open), and a browser's socket must come from a page of this host
 * (another site's page could otherwise open it with the user's cookie). Makes the endpoint of each
 * socket with the web application's {@link LiveBoards}.
 */
class BoardHandshake extends ServerEndpointConfig.Configurator {

    static final String USER_LOGIN = 'affiliatecontests.userLogin'
    static final String HTTP_SESSION_ID = 'affiliatecontests.httpSessionId'

    private final LiveBoards boards

    BoardHandshake(LiveBoards boards) {
        this.boards = boards
    }

    @Override
    void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        HttpSession session = (HttpSession) request.httpSession
        Object userLogin = session?.getAttribute('userLogin')
        if (userLogin != null && sameOrigin(request.headers)) {
            config.userProperties.put(USER_LOGIN, userLogin)
            config.userProperties.put(HTTP_SESSION_ID, session.id)
        }
    }

    /** No Origin header: not a browser, which must hold the session cookie itself. */
    static boolean sameOrigin(Map<String, List<String>> headers) {
        String origin = header(headers, 'origin')
        if (origin == null) {
            return true
        }
        String host = header(headers, 'host')
        try {
            return host != null && new URI(origin).authority?.equalsIgnoreCase(host)
        } catch (URISyntaxException ignored) {
            return false
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.find { it.key?.equalsIgnoreCase(name) }?.value?.find()
    }

    @Override
    <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new BoardSocket(boards))
    }

}
