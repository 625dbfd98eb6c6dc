/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.common

import com.affiliatecontests.engine.validation.ValidationError
import com.affiliatecontests.engine.validation.ValidationException
import org.apache.ofbiz.base.util.UtilProperties
import org.apache.ofbiz.service.ServiceUtil

/** Turns the engine's validation errors into a service error with one labelled message per field, after the field's label. */
class ServiceErrors {

    static final String LABELS = 'AffiliateContestsUiLabels'
    /** The labels of the fields named by the engine's errors (config/AffiliateContestsFieldUiLabels.xml). */
    static final String FIELD_LABELS = 'AffiliateContestsFieldUiLabels'

    static String message(String key, Locale locale, Map args = [:]) {
        return UtilProperties.getMessage(LABELS, key, args, locale)
    }

    static Map of(ValidationException e, Locale locale) {
        List<String> messages = e.errors().collect { ValidationError error ->
            "${fieldLabel(error.field(), locale)}: ${message(error.labelKey(), locale)}".toString()
        }
        return ServiceUtil.returnError(messages)
    }

    /**
     * The field's label and, in brackets, the engine's path ("End (window.end)", "Prize currency
     * (prizes[0].currency)"); the path alone when the field has no label.
     */
    static String fieldLabel(String path, Locale locale) {
        String key = 'AffiliateContestsField_' + path.replaceAll(/\[\d+\]/, '').replaceAll(/\.$/, '').replace('.', '_')
        String label = UtilProperties.getMessage(FIELD_LABELS, key, locale)
        return label && label != key ? "${label} (${path})".toString() : path
    }

    static Map of(String key, Locale locale, Map args = [:]) {
        return ServiceUtil.returnError(message(key, locale, args))
    }

}
