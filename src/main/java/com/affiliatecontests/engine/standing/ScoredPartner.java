package com.affiliatecontests.engine.standing;

import java.math.BigDecimal;

/** A partner's totals with the score and qualification the contest's rules give them. */
public record ScoredPartner(PartnerTotals totals, BigDecimal score, boolean qualified) {

    public String partnerId() {
        return totals.partnerId();
    }
}
