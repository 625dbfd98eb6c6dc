/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal

import org.apache.ofbiz.base.util.UtilHttp
import org.apache.ofbiz.service.ServiceUtil

/*
 * Controller events of the partner portal.
 */

/**
 * The click-tracking redirect of a message's link: recordAffMessageClick checks that the link is
 * one of the caller's own message, records the click and gives the address to go to.
 */
String followMessageLink() {
    Map result = runRefusable('recordAffMessageClick', [communicationEventId: parameters.communicationEventId,
            linkSeqId: parameters.linkSeqId, userLogin: userLogin, locale: locale])
    if (!result) {
        return 'error'
    }
    response.sendRedirect(result.targetUrl)
    return 'none'
}

/**
 * The reply form: replyToAffMessage, disputing the contest chosen in the form only when its
 * dispute box is ticked. A refused reply shows the message page again with the error.
 */
String replyToMessage() {
    String contestId = parameters.dispute == 'Y' ? parameters.disputeContestId : null
    Map result = runRefusable('replyToAffMessage', [communicationEventId: parameters.communicationEventId,
            body: parameters.body, contestId: contestId ?: null, userLogin: userLogin, locale: locale])
    return result ? 'success' : 'error'
}

/**
 * A resource of the caller's message: getMyAffMessageResource checks that the message is the
 * caller's and the content one of its broadcast's; then the browser is sent to its web address,
 * or gets its data as a download.
 */
String streamMessageResource() {
    Map found = runRefusable('getMyAffMessageResource', [communicationEventId: parameters.communicationEventId,
            contentId: parameters.contentId, userLogin: userLogin, locale: locale])
    if (!found) {
        return 'error'
    }
    ResourceDownload download = ResourceDownload.of(delegator, found.dataResourceId as String,
            request.getAttribute('_CONTEXT_ROOT_') as String, locale)
    if (!download) {
        return 'error'
    }
    if (download.redirectUrl) {
        response.sendRedirect(download.redirectUrl)
        return 'none'
    }
    download.stream.withCloseable { InputStream data ->
        response.setHeader('X-Content-Type-Options', 'nosniff')
        UtilHttp.streamContentToBrowser(response, data, download.length as int, download.mimeType, download.fileName)
    }
    return 'none'
}

/**
 * The email copy's open pixel: markAffMessageOpened by the recipient's tracking token (no login),
 * then, whatever the outcome, a transparent 1x1 GIF.
 */
String trackMessageOpen() {
    dispatcher.runSync('markAffMessageOpened', [communicationEventId: parameters.communicationEventId,
            trackingToken: parameters.trackingToken, locale: locale], -1, true)
    UtilHttp.streamContentToBrowser(response, pixel(), 'image/gif')
    return 'success'
}

/**
 * A link of the email copy: recordAffMessageClick by the recipient's tracking token (no login)
 * records the click, then the browser goes to the link's address.
 */
String followEmailLink() {
    Map result = runRefusable('recordAffMessageClick', [communicationEventId: parameters.communicationEventId,
            linkSeqId: parameters.linkSeqId, trackingToken: parameters.trackingToken, locale: locale])
    if (!result) {
        return 'error'
    }
    response.sendRedirect(result.targetUrl)
    return 'none'
}

/** A transparent 1x1 GIF. */
private static byte[] pixel() {
    return Base64.decoder.decode('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7')
}

/**
 * Runs a partner service in its own transaction, so that a refusal does not leave the event's
 * transaction rollback-only; on a refusal puts its message on the request and returns an empty map.
 */
private Map runRefusable(String service, Map input) {
    Map result = dispatcher.runSync(service, input, -1, true)
    if (!ServiceUtil.isSuccess(result)) {
        request.setAttribute('_ERROR_MESSAGE_', ServiceUtil.getErrorMessage(result))
        return [:]
    }
    return result
}
