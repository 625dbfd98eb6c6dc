/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.api

import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.service.ModelService
import org.apache.ofbiz.service.ServiceAuthException

/**
 * The REST API's admin services: the back office's services, called as they are (their permission
 * checks included); a refused permission comes back as a labelled error instead of an exception.
 */

private Map forward(String target) {
    Map input = dctx.getModelService(target).makeValid(parameters, ModelService.IN_PARAM)
    input.userLogin = userLogin
    input.locale = locale
    try {
        return dispatcher.runSync(target, input)
    } catch (ServiceAuthException e) {
        return error(UtilProperties.getMessage('AffiliateContestsWebhookUiLabels', 'AffiliateContestsApiForbidden', locale))
    }
}

Map affApiCreateContest() {
    return forward('createAffContest')
}

Map affApiUpdateContest() {
    return forward('updateAffContest')
}

Map affApiLaunchContest() {
    return forward('launchAffContest')
}

Map affApiFinalizeContest() {
    return forward('finalizeAffContest')
}

Map affApiContestLeaderboard() {
    return forward('getAffContestLeaderboard')
}

Map affApiListBroadcasts() {
    return forward('listAffBroadcasts')
}

Map affApiCreateBroadcast() {
    return forward('createAffBroadcast')
}

Map affApiSendBroadcast() {
    return forward('sendAffBroadcast')
}

Map affApiCreateWebhookEndpoint() {
    return forward('createAffWebhookEndpoint')
}

Map affApiUpdateWebhookEndpoint() {
    return forward('updateAffWebhookEndpoint')
}

Map affApiListWebhookEndpoints() {
    return forward('listAffWebhookEndpoints')
}

Map affApiListWebhookDeliveries() {
    return forward('listAffWebhookDeliveries')
}

Map affApiResendWebhookDelivery() {
    return forward('resendAffWebhookDelivery')
}

Map affApiContestWinners() {
    if (!security.hasEntityPermission('AFFCONTEST', '_VIEW', userLogin)) {
        return error(UtilProperties.getMessage('AffiliateContestsWebhookUiLabels', 'AffiliateContestsApiForbidden', locale))
    }
    if (!from('AffContest').where('contestId', parameters.contestId).queryOne()) {
        return error(UtilProperties.getMessage('AffiliateContestsWebhookUiLabels', 'AffiliateContestsWebhookErrorUnknownContest', locale))
    }
    List<GenericValue> rows = from('AffContestWinner').where('contestId', parameters.contestId).orderBy('placeNumber').queryList()
    Map result = success()
    result.winners = rows.collect { GenericValue w ->
        [partyId: w.partyId, placeNumber: w.placeNumber, rankNumber: w.rankNumber, score: w.score, prizeText: w.prizeText,
         prizeAmount: w.prizeAmount, currencyUomId: w.currencyUomId, rewardStatusId: w.rewardStatusId, approvedDate: w.approvedDate]
    }
    return result
}
