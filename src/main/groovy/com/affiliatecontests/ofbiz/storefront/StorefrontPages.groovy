/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.storefront

import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.entity.util.EntityUtilProperties
import org.apache.ofbiz.service.ServiceUtil

/**
 * Screen actions of the public leaderboard (the storefront's include and the embeddable page) and of
 * the back office's publication page; the services decide, these only put their answers in the context.
 */

/** contestId from the including screen's context, else the request's parameter. */
def publicBoard() {
    String contestId = context.contestId ?: parameters.contestId
    Map result = dispatcher.runSync('getAffPublicLeaderboard', [contestId: contestId, locale: locale])
    if (ServiceUtil.isSuccess(result)) {
        context.contest = result.contest
        context.leaderboard = result.leaderboard
    } else {
        context.publicBoardMissing = true
    }
    context.becomePartnerUrl = EntityUtilProperties.getPropertyValue('AffiliateContestsWebhook', 'storefront.becomePartnerUrl',
            '/partners/control/main', delegator)
}

def publication() {
    context.publication = dispatcher.runSync('getAffContestPublication', [contestId: parameters.contestId, userLogin: userLogin, locale: locale])
    String base = EntityUtilProperties.getPropertyValue('AffiliateContestsWebhook', 'storefront.publicBaseUrl',
            'https://localhost:8443', delegator)
    context.embedUrl = "${base}/partners/control/PublicBoard?contestId=${URLEncoder.encode(parameters.contestId ?: '', 'UTF-8')}".toString()
}
