package com.affiliatecontests.engine.validation;

import java.util.Locale;

/**
 * Every way a contest, an edit or a lifecycle step can be refused. Each code has a label in
 * config/AffiliateContestsUiLabels.xml named by {@link #labelKey()}, so screens show it translated.
 */
public enum ValidationCode {
    REQUIRED,
    TOO_LONG,
    ID_TAKEN,
    UNKNOWN_TIME_ZONE,
    END_BEFORE_START,
    UNKNOWN_METRIC,
    UNKNOWN_KIND,
    UNKNOWN_TIE_BREAK,
    TARGET_REQUIRED,
    TARGET_NOT_POSITIVE,
    MINIMUM_NEGATIVE,
    MAX_WINNERS_NOT_POSITIVE,
    GOAL_CAP_NOT_POSITIVE,
    MINIMUM_VISITS_NEGATIVE,
    RETURN_WINDOW_NEGATIVE,
    CURRENCY_REQUIRED,
    EXCHANGE_RATE_NOT_POSITIVE,
    PRIZES_REQUIRED,
    PRIZE_PLACE_INVALID,
    NEGATIVE_PRIZE,
    OVERLAPPING_PLACES,
    MISSING_PLACES,
    OPEN_TIER_NOT_LAST,
    ELIGIBILITY_EMPTY,
    ELIGIBILITY_MATCHES_NOBODY,
    TOP_N_NOT_POSITIVE,
    NEIGHBOURS_NEGATIVE,
    EDIT_NOT_ALLOWED,
    PARTICIPANTS_FROZEN,
    END_BEFORE_NOW,
    END_MOVED_EARLIER,
    TRANSITION_NOT_ALLOWED,
    NOT_DUE,
    EVENTS_PENDING,
    SERIES_UNTIL_BEFORE_START,
    LINK_NOT_HTTP,
    SCHEDULE_IN_PAST,
    UNKNOWN_GROUP,
    THRESHOLD_NOT_POSITIVE,
    AUDIENCE_MATCHES_NOBODY,
    REPLIES_NOT_ALLOWED,
    UNKNOWN_LINK,
    CONTEST_NOT_DISPUTABLE,
    UNKNOWN_CONTENT;

    /** The label key, e.g. {@code AffiliateContestsErrorEndBeforeStart}. */
    public String labelKey() {
        StringBuilder key = new StringBuilder("AffiliateContestsError");
        for (String word : name().split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
