/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.screens

import com.affiliatecontests.ofbiz.contest.ContestRecords
import org.apache.ofbiz.base.util.UtilHttp
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.GenericServiceException
import org.apache.ofbiz.service.ModelService
import org.apache.ofbiz.service.ServiceUtil

import javax.transaction.Transaction

/*
 * Request events of the contest pages that say what a state change did. They run the contest
 * service (which decides) and put OFBiz's event message (_EVENT_MESSAGE_) from a label.
 */

/**
 * Launch: launchAffContest, then "N participants frozen; it starts (or started) at ... (in the contest's
 * zone, the admin's time beside it); the page it redirects to (AffContestReview?launched=Y) repeats it with a link to the leaderboard".
 */
String launch() {
    String contestId = parameters.contestId
    Map result
    // the launch writes in transactions of its own; a refusal must not mark this event's transaction for rollback
    Transaction eventTransaction = TransactionUtil.suspend()
    try {
        result = dispatcher.runSync('launchAffContest', [contestId: contestId, userLogin: userLogin,
                locale: UtilHttp.getLocale(request), timeZone: UtilHttp.getTimeZone(request)])
    } catch (GenericServiceException e) {
        // a refused permission or invalid input, as OFBiz's service event shows it
        request.setAttribute('_ERROR_MESSAGE_', e.getNonNestedMessage())
        return 'error'
    } finally {
        TransactionUtil.resume(eventTransaction)
    }
    if (ServiceUtil.isError(result)) {
        request.setAttribute('_ERROR_MESSAGE_LIST_', result.get(ModelService.ERROR_MESSAGE_LIST))
        request.setAttribute('_ERROR_MESSAGE_', result.get(ModelService.ERROR_MESSAGE))
        return 'error'
    }
    GenericValue contest = EntityQuery.use(delegator).from('AffContest').where('contestId', contestId).queryOne()
    Map moment = ContestRecords.moment(contest.getTimestamp('fromDate'), contest.getString('timeZoneId'),
            UtilHttp.getTimeZone(request))
    String start = "${moment.contestTime} ${moment.contestZone}" + (moment.adminTime ? UtilProperties.getMessage(
            'AffiliateContestsBackOfficeUiLabels', 'AffiliateContestsBoYourTimeBeside', moment, UtilHttp.getLocale(request)) : '')
    String key = result.statusId == 'AFFC_SCHEDULED' ? 'AffiliateContestsBoLaunchedScheduled' : 'AffiliateContestsBoLaunchedActive'
    request.setAttribute('_EVENT_MESSAGE_', UtilProperties.getMessage('AffiliateContestsBackOfficeUiLabels', key,
            [participants: result.participants, start: start], UtilHttp.getLocale(request)))
    return 'success'
}
