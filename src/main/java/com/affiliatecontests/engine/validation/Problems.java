package com.affiliatecontests.engine.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects validation errors while a value is checked, then throws them all at once. */
public final class Problems {

    private final List<ValidationError> errors = new ArrayList<>();

    public Problems add(String field, ValidationCode code, String message) {
        errors.add(new ValidationError(field, code, message));
        return this;
    }

    public Problems check(boolean ok, String field, ValidationCode code, String message) {
        return ok ? this : add(field, code, message);
    }

    public Problems addAll(List<ValidationError> more) {
        errors.addAll(more);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<ValidationError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
