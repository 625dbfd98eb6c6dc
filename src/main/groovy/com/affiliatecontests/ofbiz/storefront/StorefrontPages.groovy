/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.storefront

import org.apache.ofbiz.entity.util.EntityUtilProperties
import org.apache.ofbiz.service.ServiceUtil

/**
 * Screen actions of the public leaderboard (the storefront's include and the embeddable page), of
 * the back office's publication page and of the portal home's referral link; the services decide,
 * these only put their answers in the context. Services run in their own transaction: a refusal
 * must not mark the screen's transaction rollback-only.
 */

/** contestId from the including screen's context, else the request's parameter. */
void publicBoard(Map screenContext) {
    String contestId = screenContext.contestId ?: parameters.contestId
    Map result = contestId ? dispatcher.runSync('getAffPublicLeaderboard', [contestId: contestId, locale: locale], -1, true) : null
    if (result && ServiceUtil.isSuccess(result)) {
        screenContext.contest = result.contest
        screenContext.leaderboard = result.leaderboard
    } else {
        screenContext.publicBoardMissing = true
    }
    screenContext.becomePartnerUrl = EntityUtilProperties.getPropertyValue('AffiliateContestsWebhook', 'storefront.becomePartnerUrl',
            '/partners/control/main', delegator)
}

void publication(Map screenContext) {
    screenContext.publication = dispatcher.runSync('getAffContestPublication', [contestId: parameters.contestId, userLogin: userLogin,
            locale: locale], -1, true)
    String base = EntityUtilProperties.getPropertyValue('AffiliateContestsWebhook', 'storefront.publicBaseUrl',
            'https://localhost:8443', delegator)
    screenContext.embedUrl = "${base}/partners/control/PublicBoard?contestId=${URLEncoder.encode(parameters.contestId ?: '', 'UTF-8')}".toString()
}

/** The portal home's referral block: nothing for a party that is not a partner (the page says so already). */
void referral(Map screenContext) {
    if (!userLogin) {
        return
    }
    Map result = dispatcher.runSync('getMyAffReferralLink', [userLogin: userLogin, locale: locale, timeZone: timeZone], -1, true)
    if (ServiceUtil.isSuccess(result)) {
        screenContext.referral = [url: result.referralUrl, clicks: result.clicksThisMonth ?: 0L, orders: result.ordersThisMonth ?: 0L]
    }
}
