/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz

import com.affiliatecontests.engine.validation.ValidationError
import com.affiliatecontests.engine.validation.ValidationException
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.service.ServiceUtil

/** Turns the engine's validation errors into a service error with one labelled message per field. */
class ServiceErrors {

    static final String LABELS = 'AffiliateContestsUiLabels'

    static String message(String key, Locale locale, Map args = [:]) {
        return UtilProperties.getMessage(LABELS, key, args, locale)
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
