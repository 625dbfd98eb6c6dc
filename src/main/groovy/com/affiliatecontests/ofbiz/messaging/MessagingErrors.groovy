/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import com.affiliatecontests.engine.validation.ValidationError
import com.affiliatecontests.engine.validation.ValidationException
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.service.ServiceUtil

/**
 * Labelled errors and texts of messaging: a key is looked up in the messaging labels, then in the
 * component's main labels (the engine's shared codes, such as REQUIRED, live there).
 */
class MessagingErrors {

    static final String LABELS = 'AffiliateContestsMessagingUiLabels'
    static final String MAIN_LABELS = 'AffiliateContestsUiLabels'

    static String message(String key, Locale locale, Map args = [:]) {
        String text = UtilProperties.getMessage(LABELS, key, args, locale)
        return text == key ? UtilProperties.getMessage(MAIN_LABELS, key, args, locale) : text
    }

    static Map of(ValidationException e, Locale locale) {
        List<String> messages = e.errors().collect { ValidationError error ->
            "${error.field()}: ${message(error.labelKey(), locale)}".toString()
        }
        return ServiceUtil.returnError(messages)
    }

    static Map of(String key, Locale locale, Map args = [:]) {
        return ServiceUtil.returnError(message(key, locale, args))
    }

}
