package com.affiliatecontests.engine.storefront;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferralLinkTest {

    @Test
    void theLinkAddsTheAffiliateParameterEcommerceReads() {
        assertEquals("https://shop.example.com/ecommerce/control/main?affiliate_id=AFFDEMO01",
                ReferralLink.of("https://shop.example.com/ecommerce/control/main", "AFFDEMO01"));
        assertEquals("https://shop.example.com/?lang=fr&affiliate_id=A%26B", ReferralLink.of("https://shop.example.com/?lang=fr", "A&B"));
        assertThrows(NullPointerException.class, () -> ReferralLink.of(null, "P"));
        assertThrows(NullPointerException.class, () -> ReferralLink.of("https://x", null));
    }

    @Test
    void aVisitCountsForThePartnerWhoseExactIdItCarried() {
        String visit = "https://shop.example.com/ecommerce/control/main?lang=fr&affiliate_id=P1";
        assertTrue(ReferralLink.broughtBy(visit, "P1"));
        assertFalse(ReferralLink.broughtBy(visit, "P"));
        assertFalse(ReferralLink.broughtBy(visit.replace("P1", "P10"), "P1"));
        assertTrue(ReferralLink.broughtBy("https://s/main?AFFILIATE_ID=A%26B", "A&B"));
        assertTrue(ReferralLink.broughtBy("https://s/main?affil=P1", "P1"));
        assertTrue(ReferralLink.broughtBy("https://s/main?affiliateid=P1", "P1"));
        assertTrue(ReferralLink.broughtBy("https://s/main?AFFILIATE=P1", "P1"));
        assertFalse(ReferralLink.broughtBy("https://s/main?x_affiliate_id=P1", "P1"));
        assertFalse(ReferralLink.broughtBy("https://s/main?Affiliate_Id=P1", "P1"));
        assertFalse(ReferralLink.broughtBy("https://s/main?=P1&affiliate_id", "P1"));
        // ecommerce takes affiliate_id before affiliateid, affiliate and affil, wherever they are in the query
        assertFalse(ReferralLink.broughtBy("https://s/main?affil=P1&affiliate_id=P2", "P1"));
        assertTrue(ReferralLink.broughtBy("https://s/main?affil=P2&affiliate_id=P1", "P1"));
        assertTrue(ReferralLink.broughtBy("https://s/main?affiliate_id=P1&affiliate_id=P2", "P1"));
        assertFalse(ReferralLink.broughtBy("https://s/main?affiliate=P2&affiliateid=P1x&AFFIL=P1", "P1"));
        assertFalse(ReferralLink.broughtBy("https://s/main/affiliate_id=P1", "P1"));
        assertTrue(ReferralLink.broughtBy("?affiliate_id=P1", "P1"));
        assertFalse(ReferralLink.broughtBy(null, "P1"));
        assertFalse(ReferralLink.broughtBy(visit, null));
    }

    @Test
    void theMonthStartsOnItsFirstDayAtMidnightInThePartnersZone() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertEquals(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, paris),
                ReferralLink.monthStart(ZonedDateTime.of(2026, 12, 5, 0, 30, 15, 99, paris)));
        assertEquals(ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, paris),
                ReferralLink.monthStart(ZonedDateTime.of(2026, 3, 31, 23, 59, 59, 0, paris)));
    }
}
