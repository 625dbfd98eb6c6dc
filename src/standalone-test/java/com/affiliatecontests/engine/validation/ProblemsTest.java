package com.affiliatecontests.engine.validation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemsTest {

    @Test
    void collectsEveryErrorInOrderAndChains() {
        Problems problems = new Problems();
        assertTrue(problems.isEmpty());
        assertSame(problems, problems.check(true, "a", ValidationCode.REQUIRED, "fine"));
        assertTrue(problems.isEmpty(), "a passing check adds nothing");
        assertSame(problems, problems.check(false, "b", ValidationCode.TOO_LONG, "too long"));
        assertSame(problems, problems.add("c", ValidationCode.REQUIRED, "missing"));
        assertSame(problems, problems.addAll(List.of(new ValidationError("d", ValidationCode.ID_TAKEN, "taken"))));
        assertFalse(problems.isEmpty());
        assertEquals(List.of("b", "c", "d"), problems.errors().stream().map(ValidationError::field).toList());
        assertThrows(UnsupportedOperationException.class, () -> problems.errors().clear(), "a copy that cannot change");
    }

    @Test
    void throwsAllErrorsAtOnceOrNothing() {
        new Problems().throwIfAny();
        Problems problems = new Problems().add("x", ValidationCode.REQUIRED, "x is required")
                .add("y", ValidationCode.TOO_LONG, "y is too long");
        ValidationException thrown = assertThrows(ValidationException.class, problems::throwIfAny);
        assertEquals(2, thrown.errors().size());
        assertTrue(thrown.has(ValidationCode.TOO_LONG));
        assertFalse(thrown.has(ValidationCode.ID_TAKEN));
        assertEquals("x: x is required [AffiliateContestsErrorRequired]; y: y is too long [AffiliateContestsErrorTooLong]",
                thrown.getMessage());
    }

    @Test
    void anErrorNamesItsFieldMessageAndLabel() {
        ValidationError error = new ValidationError("window.end", ValidationCode.END_BEFORE_START, "end before start");
        assertEquals("window.end: end before start [AffiliateContestsErrorEndBeforeStart]", error.toString());
        assertEquals("AffiliateContestsErrorEndBeforeStart", error.labelKey());
        assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
        assertThrows(NullPointerException.class, () -> new ValidationError(null, ValidationCode.REQUIRED, "m"));
        assertThrows(NullPointerException.class, () -> new ValidationError("f", null, "m"));
        assertThrows(NullPointerException.class, () -> new ValidationError("f", ValidationCode.REQUIRED, null));
    }

    @Test
    void ofMakesASingleError() {
        ValidationException one = ValidationException.of("contestId", ValidationCode.ID_TAKEN, "taken");
        assertEquals(List.of(new ValidationError("contestId", ValidationCode.ID_TAKEN, "taken")), one.errors());
        assertTrue(one.has(ValidationCode.ID_TAKEN));
        assertFalse(one.has(ValidationCode.REQUIRED));
    }
}
