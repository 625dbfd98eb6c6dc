package com.affiliatecontests.engine.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when input is refused; nothing was changed. Carries every error found, not just the first. */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> errors;

    public ValidationException(List<ValidationError> errors) {
        super(errors.stream().map(ValidationError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, ValidationCode code, String message) {
        return new ValidationException(List.of(new ValidationError(field, code, message)));
    }

    public List<ValidationError> errors() {
        return errors;
    }

    public boolean has(ValidationCode code) {
        return errors.stream().anyMatch(e -> e.code() == code);
    }
}
