/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal

import com.affiliatecontests.engine.paging.Page
import org.apache.ofbiz.security.CsrfUtil
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp
import java.time.ZoneId
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle
import java.time.format.TextStyle

/*
 * Screen actions of the partner portal (OFBiz calls each method with the screen context): each
 * page calls the component's partner services and puts their results in the screen context, with
 * dates written in the partner's own time zone. A party without the AFFILIATE role gets
 * portalDenied = 'role' (and no service is called); a contest the services refuse gets
 * portalDenied = 'contest'.
 */

/** Home: running and upcoming contests with my standing, past results and wins. */
void home(Map screenContext) {
    Map result = partnerService(screenContext, 'getMyAffPortalHome', [:])
    if (result) {
        ['running', 'upcoming', 'past'].each { key -> result[key].each { withDates(it) } }
        screenContext.putAll(result.subMap(['partnerName', 'running', 'upcoming', 'past', 'wins']))
        Map inbox = partnerService(screenContext, 'getMyAffMessages', [viewSize: 5])
        screenContext.unreadCount = inbox.unreadCount ?: 0L
        screenContext.unreadMessages = (inbox.messages ?: []).findAll { !it.openedDate }.collect { withSentText(it) }
    }
}

/** Messages: my inbox, newest first, a page at a time; an index past the end shows the last page. */
void messages(Map screenContext) {
    // the index as typed in the address (abc, -1, 99999999999...): the engine reads it, the service clamps it to the pages
    long requested = Page.requested(parameters.viewIndex as String)
    Map inbox = partnerService(screenContext, 'getMyAffMessages', [viewIndex: (int) Math.min(requested, Integer.MAX_VALUE),
            viewSize: 20])
    if (inbox) {
        screenContext.messages = inbox.messages.collect { withSentText(it) }
        screenContext.unreadCount = inbox.unreadCount
        screenContext.messageCount = inbox.messageCount
        screenContext.viewIndex = inbox.viewIndex
        screenContext.lastIndex = inbox.lastIndex
    }
}

/** A message with its links, resources and thread; opening it marks it read. */
void message(Map screenContext) {
    Map found = partnerService(screenContext, 'getMyAffMessageThread', [communicationEventId: parameters.communicationEventId])
    if (found) {
        partnerService(screenContext, 'markAffMessageOpened', [communicationEventId: parameters.communicationEventId])
        screenContext.message = withSentText(found.message)
        screenContext.thread = found.thread.collect { Map entry ->
            entry + [entryText: formatted((Timestamp) entry.entryDate)]
        }
        screenContext.csrfName = CsrfUtil.tokenNameNonAjax
        screenContext.csrfToken = CsrfUtil.generateTokenForNonAjax(request, 'replyToMessage')
        screenContext.replyBody = parameters.body ?: ''
        screenContext.replyErrors = requestErrors(screenContext)
        disputeChoice(screenContext, found.message.contestId as String)
    }
}

/**
 * The reply form's dispute option: the contests I may see (getMyAffContests), the one chosen by
 * default (the message's own contest when it is one of them, else none), and whether the box is
 * ticked (only when a refused reply comes back with it ticked).
 */
private void disputeChoice(Map screenContext, String messageContestId) {
    List<Map> contests = (partnerService(screenContext, 'getMyAffContests', [:]).contests ?: []) as List<Map>
    screenContext.disputeContests = contests.collect { [contestId: it.contestId, contestName: it.contestName] }
            .sort { it.contestName }
    Set<String> ids = contests*.contestId as Set
    String chosen = parameters.disputeContestId ?: messageContestId
    screenContext.disputeContestId = chosen in ids ? chosen : ''
    screenContext.disputeChecked = parameters.dispute == 'Y'
}

/** The link redirect refused: the message is not the caller's, or the link is not one of it. */
void linkRefused(Map screenContext) {
    screenContext.portalDenied = 'message'
}

/** Contest: rules, prizes and the leaderboard, with the change marker the page polls. */
void contest(Map screenContext) {
    Map rules = partnerService(screenContext, 'getMyAffContestRules', [contestId: parameters.contestId])
    Map board = rules ? partnerService(screenContext, 'getMyAffContestLeaderboard', [contestId: parameters.contestId]) : null
    if (board) {
        screenContext.contest = withDates(rules.contest)
        screenContext.marker = rules.marker
        // the page's script posts the marker poll with OFBiz's Ajax CSRF token (Header.ftl's csrf-token meta)
        screenContext.ajaxCsrfToken = CsrfUtil.generateTokenForAjax(request)
        screenContext.leaderboard = board.leaderboard
    }
}

/** The leaderboard alone (what the contest page fetches when the marker changed). */
void board(Map screenContext) {
    contest(screenContext)
}

/** Winners of the finalized contests I competed in. */
void winners(Map screenContext) {
    Map result = partnerService(screenContext, 'getMyAffWinners', [:])
    if (result) {
        result.contests.each { withDates(it) }
        screenContext.contests = result.contests
    }
}

/** The login page, with the messages of OFBiz's login event. */
void login(Map screenContext) {
    screenContext.loginErrors = requestErrors(screenContext)
    screenContext.previousUsername = parameters.USERNAME ?: ''
}

/**
 * The error messages the request's event left (_ERROR_MESSAGE_ and _ERROR_MESSAGE_LIST_): OFBiz's
 * screen renderer moves them from the request into the context's errorMessageList.
 */
private static List<String> requestErrors(Map screenContext) {
    return (screenContext.errorMessageList ?: [])*.toString()
}

/** Runs a partner service as the caller; an empty map (and portalDenied set) when the caller may not see it. */
private Map partnerService(Map screenContext, String service, Map input) {
    if (!new PartnerAccess(delegator).affiliateOf(userLogin)) {
        screenContext.portalDenied = 'role'
        return [:]
    }
    // in its own transaction: a refusal (an error) must not mark the screen's transaction rollback-only
    Map result = dispatcher.runSync(service, input + [userLogin: userLogin, locale: locale, timeZone: timeZone], -1, true)
    if (!ServiceUtil.isSuccess(result)) {
        screenContext.portalDenied = service.contains('Message') ? 'message' : 'contest'
        return [:]
    }
    return result
}

private Map withSentText(Map message) {
    return message + [sentText: message.sentDate ? formatted((Timestamp) message.sentDate) : '']
}

private String formatted(Timestamp stamp) {
    if (!stamp) {
        return ''
    }
    ZoneId zone = (timeZone ?: TimeZone.default).toZoneId()
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone)
            .format(stamp.toInstant()) + ' ' + zone.getDisplayName(TextStyle.SHORT, locale)
}

/** Adds the window's dates as text in the viewer's time zone (the page's script re-writes them in the browser's). */
private Map withDates(Map contest) {
    ZoneId zone = (timeZone ?: TimeZone.default).toZoneId()
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale).withZone(zone)
    String zoneName = zone.getDisplayName(TextStyle.SHORT, locale)
    contest.startText = "${format.format(((Timestamp) contest.fromDate).toInstant())} ${zoneName}".toString()
    contest.endText = "${format.format(((Timestamp) contest.thruDate).toInstant())} ${zoneName}".toString()
    return contest
}
