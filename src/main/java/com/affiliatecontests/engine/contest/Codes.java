package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;

import java.util.Locale;

/** Parses the enumeration ids stored by OFBiz (e.g. {@code REVENUE}) into engine enums, refusing unknown ones. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, ValidationCode unknown) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, ValidationCode.REQUIRED, field + " is required");
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, unknown, "unknown " + field + " '" + value + "'");
        }
    }
}
