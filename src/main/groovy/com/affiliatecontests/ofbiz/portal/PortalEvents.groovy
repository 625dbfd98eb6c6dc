/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.portal

import org.apache.ofbiz.service.ServiceUtil

/*
 * Controller events of the partner portal.
 */

/**
 * The click-tracking redirect of a message's link: recordAffMessageClick checks that the link is
 * one of the caller's own message, records the click and gives the address to go to.
 */
String followMessageLink() {
    // in its own transaction: a refused link must not leave the event's transaction rollback-only
    Map result = dispatcher.runSync('recordAffMessageClick', [communicationEventId: parameters.communicationEventId,
            linkSeqId: parameters.linkSeqId, userLogin: userLogin, locale: locale], -1, true)
    if (!ServiceUtil.isSuccess(result)) {
        request.setAttribute('_ERROR_MESSAGE_', ServiceUtil.getErrorMessage(result))
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
    // in its own transaction: a refused reply must not leave the event's transaction rollback-only
    Map result = dispatcher.runSync('replyToAffMessage', [communicationEventId: parameters.communicationEventId,
            body: parameters.body, contestId: contestId ?: null, userLogin: userLogin, locale: locale], -1, true)
    if (!ServiceUtil.isSuccess(result)) {
        request.setAttribute('_ERROR_MESSAGE_', ServiceUtil.getErrorMessage(result))
        return 'error'
    }
    return 'success'
}
