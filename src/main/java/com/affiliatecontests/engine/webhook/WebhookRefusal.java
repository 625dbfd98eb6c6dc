package com.affiliatecontests.engine.webhook;

import java.util.Locale;

/**
 * Every way an endpoint or a delivery's address is refused; each has a label in
 * config/AffiliateContestsWebhookUiLabels.xml named by {@link #labelKey()}.
 */
public enum WebhookRefusal {
    URL_REQUIRED,
    URL_INVALID,
    URL_TOO_LONG,
    URL_NOT_HTTPS,
    URL_HAS_CREDENTIALS,
    HOST_UNRESOLVED,
    ADDRESS_NOT_PUBLIC,
    SECRET_TOO_SHORT,
    SECRET_TOO_LONG,
    EVENTS_REQUIRED,
    UNKNOWN_EVENT,
    UNKNOWN_CONTEST;

    /** The label key, e.g. {@code AffiliateContestsWebhookErrorUrlNotHttps}. */
    public String labelKey() {
        StringBuilder key = new StringBuilder("AffiliateContestsWebhookError");
        for (String word : name().split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
