/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.reward

import com.affiliatecontests.engine.reward.RewardError
import com.affiliatecontests.engine.reward.RewardProblem
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.service.ServiceUtil

/** The engine's reward refusals as a service error: one labelled message per problem, after the field's label. */
class RewardErrors {

    static final String LABELS = 'AffiliateContestsRewardUiLabels'

    static String message(String key, Locale locale, Map args = [:]) {
        return UtilProperties.getMessage(LABELS, key, args, locale)
    }

    static Map of(List<RewardProblem> problems, Locale locale) {
        return ServiceUtil.returnError(problems.collect { RewardProblem p ->
            "${message('AffiliateContestsRewardField_' + p.field(), locale)}: ${message(p.error().labelKey(), locale)}".toString()
        })
    }

    static Map of(RewardError error, Locale locale, Map args = [:]) {
        return ServiceUtil.returnError(message(error.labelKey(), locale, args))
    }
}
