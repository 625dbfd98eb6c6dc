package com.affiliatecontests.engine.validation;

/** The lengths of OFBiz's text field types (fieldtype*.xml), which the database enforces. */
public enum FieldLength {
    ID(20),
    ID_LONG(60),
    SHORT_VARCHAR(60),
    NAME(100),
    DESCRIPTION(255);

    private final int max;

    FieldLength(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }

    /** Adds a TOO_LONG error for {@code field} when the value does not fit. */
    public Problems check(Problems problems, String field, String value) {
        return problems.check(value == null || value.length() <= max, field, ValidationCode.TOO_LONG,
                field + " is longer than " + max + " characters");
    }
}
