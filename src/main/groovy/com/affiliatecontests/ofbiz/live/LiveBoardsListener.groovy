/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.live

import org.apache.ofbiz.base.util.Debug
import org.apache.ofbiz.service.LocalDispatcher
import org.apache.ofbiz.webapp.WebAppUtil

import javax.servlet.ServletContext
import javax.servlet.ServletContextEvent
import javax.servlet.ServletContextListener
import javax.servlet.http.HttpSessionEvent
import javax.servlet.http.HttpSessionListener
import javax.websocket.server.ServerContainer
import javax.websocket.server.ServerEndpointConfig

/**
 * Starts the live leaderboards of a web application (web.xml listener; also told when an HTTP session
 * ends, which closes its sockets): its {@link LiveBoards} in the
 * ServletContext, registered as the callback of the signal service, and the socket endpoint
 * {@link #PATH}, added to Tomcat's WebSocket container (no annotation scanning needed, so OFBiz's
 * catalina "webSocket" setting can stay off). The context parameter
 * {@code affiliatecontests.boardMarkerService} names the marker service that decides who may watch.
 * Without Tomcat's WebSocket support the pages keep polling the marker.
 */
class LiveBoardsListener implements ServletContextListener, HttpSessionListener {

    static final String PATH = '/ws/board'

    private static final String MODULE = LiveBoardsListener.name

    @Override
    void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.servletContext
        ServerContainer container = (ServerContainer) context.getAttribute(ServerContainer.name)
        if (container == null) {
            Debug.logWarning("No WebSocket container in ${context.contextPath}: its leaderboards poll", MODULE)
            return
        }
        LocalDispatcher dispatcher = WebAppUtil.getDispatcher(context)
        LiveBoards boards = new LiveBoards(WebAppUtil.getDelegator(context), dispatcher,
                context.getInitParameter('affiliatecontests.boardMarkerService'), context.contextPath.replace('/', ''))
        dispatcher.registerCallback(BoardChanges.SIGNAL, boards)
        container.addEndpoint(ServerEndpointConfig.Builder.create(BoardSocket, PATH)
                .configurator(new BoardHandshake(boards)).build())
        context.setAttribute(LiveBoards.ATTRIBUTE, boards)
    }

    @Override
    void contextDestroyed(ServletContextEvent event) {
        ((LiveBoards) event.servletContext.getAttribute(LiveBoards.ATTRIBUTE))?.close()
    }

    @Override
    void sessionCreated(HttpSessionEvent event) {
    }

    /** A signed-out or expired session's sockets close: nothing more is pushed to its pages. */
    @Override
    void sessionDestroyed(HttpSessionEvent event) {
        ((LiveBoards) event.session.servletContext.getAttribute(LiveBoards.ATTRIBUTE))?.sessionEnded(event.session.id)
    }

}
