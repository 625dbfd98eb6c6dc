package com.affiliatecontests.engine.webhook;

import java.util.Objects;

/** One refused piece of an endpoint: the field ({@code url}, {@code secret}, {@code events}) and why. */
public record WebhookProblem(String field, WebhookRefusal refusal) {

    public WebhookProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(refusal, "refusal");
    }

    public String labelKey() {
        return refusal.labelKey();
    }
}
