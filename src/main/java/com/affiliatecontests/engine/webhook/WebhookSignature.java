package com.affiliatecontests.engine.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The signature of a delivery: HMAC-SHA256 with the endpoint's secret over
 * {@code <timestamp>.<body>}, sent as {@code X-AffContest-Signature: t=<unix seconds>,v1=<hex>}.
 * The timestamp is signed too, so a receiver that refuses old timestamps cannot be replayed an old
 * delivery.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-AffContest-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The hex HMAC-SHA256 of {@code timestamp + "." + body} with the secret. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The header's value: {@code t=<timestamp>,v1=<signature>}. */
    public static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + sign(secret, timestamp, body);
    }

    /**
     * What a receiver checks: the header is well formed, its signature matches the body and the
     * timestamp is within {@code toleranceSeconds} of {@code now} (either way).
     */
    public static boolean verify(String header, String secret, String body, long now, long toleranceSeconds) {
        if (header == null) {
            return false;
        }
        Long timestamp = null;
        String signature = null;
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return false;
            }
            String name = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (name.equals("t")) {
                try {
                    timestamp = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (name.equals("v1")) {
                signature = value;
            }
        }
        if (timestamp == null || signature == null || Math.abs(now - timestamp) > toleranceSeconds) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
