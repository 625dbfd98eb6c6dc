package com.affiliatecontests.engine.standing;

import java.math.BigDecimal;
import java.time.Instant;

/** A partner's running totals in one contest; mutable, owned by {@link Standings}. */
final class PartnerTally {

    final String partnerId;
    BigDecimal total = BigDecimal.ZERO;
    long conversions;
    long visits;
    Instant reachedAt;
    BigDecimal score = BigDecimal.ZERO;
    boolean qualified;

    PartnerTally(String partnerId) {
        this.partnerId = partnerId;
    }
}
