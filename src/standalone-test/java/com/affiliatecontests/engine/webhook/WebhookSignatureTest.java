package com.affiliatecontests.engine.webhook;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_0123456789abcdef";

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBody() {
        // printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac key
        assertEquals("a438e398bfafc57e4396bb7fc2304422f0f768e965d073ca313cb52e22e6ad03",
                WebhookSignature.sign("key", 1700000000L, "{\"a\":1}"));
    }

    @Test
    void theHeaderCarriesTheTimestampAndTheSignature() {
        String header = WebhookSignature.header(SECRET, 1700000000L, "{}");
        assertEquals("t=1700000000,v1=" + WebhookSignature.sign(SECRET, 1700000000L, "{}"), header);
        assertEquals("X-AffContest-Signature", WebhookSignature.HEADER);
    }

    @Test
    void aReceiverAcceptsOnlyTheSameBodySecretAndARecentTimestamp() {
        String body = "{\"id\":\"E1\"}";
        String header = WebhookSignature.header(SECRET, 1000, body);
        assertTrue(WebhookSignature.verify(header, SECRET, body, 1000, 300));
        assertTrue(WebhookSignature.verify(header, SECRET, body, 1300, 300));
        assertTrue(WebhookSignature.verify(header, SECRET, body, 700, 300));
        assertFalse(WebhookSignature.verify(header, SECRET, body, 1301, 300));
        assertFalse(WebhookSignature.verify(header, SECRET, body, 699, 300));
        assertFalse(WebhookSignature.verify(header, SECRET, body + " ", 1000, 300));
        assertFalse(WebhookSignature.verify(header, SECRET + "x", body, 1000, 300));
        assertFalse(WebhookSignature.verify(header.replace("t=1000", "t=1001"), SECRET, body, 1000, 300));
        assertTrue(WebhookSignature.verify(" t=1000 , v1=" + WebhookSignature.sign(SECRET, 1000, body) + ",v0=zz",
                SECRET, body, 1000, 300));
        assertFalse(WebhookSignature.verify(null, SECRET, body, 1000, 300));
        assertFalse(WebhookSignature.verify("t=1000", SECRET, body, 1000, 300));
        assertFalse(WebhookSignature.verify("v1=" + WebhookSignature.sign(SECRET, 1000, body), SECRET, body, 1000, 300));
        assertFalse(WebhookSignature.verify("t=abc,v1=00", SECRET, body, 1000, 300));
        assertFalse(WebhookSignature.verify("garbage", SECRET, body, 1000, 300));
        // a part without a name is ignored, as unknown parts are
        assertTrue(WebhookSignature.verify("=x,t=1000,v1=" + WebhookSignature.sign(SECRET, 1000, body), SECRET, body, 1000, 300));
    }

    @Test
    void thePayloadIsCompactJsonWithSortedData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("z", "quote\" back\\ nl\n cr\r tab\t bell\u0007");
        data.put("a", 3);
        data.put("m", new BigDecimal("1E+2"));
        data.put("b", true);
        data.put("n", null);
        String json = WebhookPayload.json("E1", WebhookEvent.CONTEST_ENDED, Instant.parse("2026-11-20T10:00:00Z"), data);
        assertEquals("{\"id\":\"E1\",\"type\":\"contest.ended\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"data\":"
                + "{\"a\":3,\"b\":true,\"m\":100,\"n\":null,\"z\":\"quote\\\" back\\\\ nl\\n cr\\r tab\\t bell\\u0007\"}}", json);
        assertEquals("{\"id\":\"E2\",\"type\":\"reward.issued\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"data\":{}}",
                WebhookPayload.json("E2", WebhookEvent.REWARD_ISSUED, Instant.parse("2026-11-20T10:00:00Z"), new HashMap<>()));
    }

    @Test
    void answersAreCutForTheAdmin() {
        assertNull(WebhookPayload.excerpt(null, 5));
        assertEquals("abcde", WebhookPayload.excerpt("abcde", 5));
        assertEquals("abcd…", WebhookPayload.excerpt("abcdef", 4));
    }
}
