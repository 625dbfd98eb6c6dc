package com.affiliatecontests.engine.validation;

import java.util.Objects;

/**
 * One refused piece of input: the field it is about (in the contest's own words, e.g.
 * {@code window.end}), what is wrong, and a message in plain English for logs.
 */
public record ValidationError(String field, ValidationCode code, String message) {

    public ValidationError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public String labelKey() {
        return code.labelKey();
    }

    @Override
    public String toString() {
        return field + ": " + message + " [" + code.labelKey() + "]";
    }
}
