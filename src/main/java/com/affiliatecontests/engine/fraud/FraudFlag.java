package com.affiliatecontests.engine.fraud;

import java.time.Instant;

/**
 * A credit or an hour of credits flagged for an admin's review. Flags never remove credits: the
 * admin decides. For a spike the order id is that of the hour's first credit and {@code at} the
 * start of the hour.
 */
public record FraudFlag(String partnerId, String orderId, FraudReason reason, Instant at, String detail) {
}
