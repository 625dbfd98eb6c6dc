package com.affiliatecontests.engine.storefront;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A partner's referral link: the store's page with the affiliate parameter OFBiz's ecommerce reads
 * (ThirdPartyEvents.setAssociationId: {@code affiliate_id}, kept in the session and written on the
 * order as its AFFILIATE); which visits it brought; and the month its figures count.
 */
public final class ReferralLink {

    public static final String PARAMETER = "affiliate_id";

    private ReferralLink() {
    }

    /** The store's URL with {@code affiliate_id=<partyId>} added to its query. */
    public static String of(String storeUrl, String partyId) {
        Objects.requireNonNull(storeUrl, "storeUrl");
        Objects.requireNonNull(partyId, "partyId");
        String separator = storeUrl.contains("?") ? "&" : "?";
        return storeUrl + separator + PARAMETER + "=" + URLEncoder.encode(partyId, StandardCharsets.UTF_8);
    }

    /**
     * Whether a visit's first request carried this partner's parameter: the same name (OFBiz also
     * reads AFFILIATE_ID, affiliateid, affiliate and affil, in any of those cases) with exactly its id.
     */
    public static boolean broughtBy(String initialRequest, String partyId) {
        if (initialRequest == null || partyId == null) {
            return false;
        }
        int query = initialRequest.indexOf('?');
        if (query < 0) {
            return false;
        }
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : initialRequest.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.putIfAbsent(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        // setAssociationId takes the first of these names present, as given or in upper case
        for (String known : new String[] {"affiliate_id", "affiliateid", "affiliate", "affil"}) {
            for (String name : new String[] {known, known.toUpperCase(java.util.Locale.ROOT)}) {
                if (parameters.containsKey(name)) {
                    return parameters.get(name).equals(partyId);
                }
            }
        }
        return false;
    }

    /** The start of the calendar month of {@code now}, in its zone (the partner's). */
    public static ZonedDateTime monthStart(ZonedDateTime now) {
        return now.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
    }
}
