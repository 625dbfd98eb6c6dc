package com.affiliatecontests.engine.webhook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body of a delivery, written once when the event is queued (so every attempt and a resend
 * sign the same bytes):
 * {@code {"id":"...","type":"contest.launched","createdAt":"2026-11-20T10:00:00Z","data":{...}}},
 * the data's keys sorted; values are text, numbers, booleans or null.
 */
public final class WebhookPayload {

    private WebhookPayload() {
    }

    public static String json(String eventId, WebhookEvent type, Instant createdAt, Map<String, ?> data) {
        StringBuilder json = new StringBuilder("{\"id\":");
        string(json, eventId);
        json.append(",\"type\":");
        string(json, type.wireName());
        json.append(",\"createdAt\":");
        string(json, createdAt.toString());
        json.append(",\"data\":{");
        boolean first = true;
        for (Map.Entry<String, ?> entry : new TreeMap<String, Object>(data).entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, entry.getKey());
            json.append(':');
            value(json, entry.getValue());
        }
        return json.append("}}").toString();
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof BigDecimal decimal) {
            json.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            string(json, value.toString());
        }
    }

    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** What is kept of a receiver's answer for the admin: at most {@code max} characters, marked when cut. */
    public static String excerpt(String response, int max) {
        if (response == null) {
            return null;
        }
        return response.length() <= max ? response : response.substring(0, max) + "…";
    }
}
