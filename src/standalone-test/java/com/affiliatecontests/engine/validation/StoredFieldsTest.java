package com.affiliatecontests.engine.validation;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 18: what a new contest's stored text fields may hold, decided before the database refuses it. */
class StoredFieldsTest {

    @Test
    void aNameOfMoreThanAHundredCharactersIsTooLong() {
        List<ValidationError> errors = StoredFields.contest(Map.of("contestName", "x".repeat(101)));
        assertEquals(List.of(new ValidationError("name", ValidationCode.TOO_LONG,
                "name is longer than 100 characters")), errors);
        assertTrue(StoredFields.contest(Map.of("contestName", "x".repeat(100))).isEmpty());
    }

    @Test
    void anIdOfMoreThanTwentyCharactersIsTooLong() {
        List<ValidationError> errors = StoredFields.contest(Map.of("contestId", "C".repeat(21)));
        assertEquals(1, errors.size());
        assertEquals("contestId", errors.get(0).field());
        assertEquals(ValidationCode.TOO_LONG, errors.get(0).code());
        assertTrue(StoredFields.contest(Map.of("contestId", "C".repeat(20))).isEmpty());
    }

    @Test
    void everyStoredTextFieldHasItsDatabaseLength() {
        Map<String, Integer> lengths = Map.of("contestId", 20, "contestName", 100, "timeZoneId", 60,
                "tieBreakOrder", 60, "currencyUomId", 20, "metricEnumId", 20, "kindEnumId", 20,
                "nameDisplayEnumId", 20, "revenueBasisEnumId", 20, "foreignCurrencyEnumId", 20);
        lengths.forEach((field, length) -> {
            Map<String, Object> values = new HashMap<>();
            values.put(field, "a".repeat(length));
            assertTrue(StoredFields.contest(values).isEmpty(), field + " holds " + length);
            values.put(field, "a".repeat(length + 1));
            assertEquals(1, StoredFields.contest(values).size(), field + " holds no more than " + length);
        });
        assertEquals(FieldLength.ID.max(), 20);
        assertEquals(FieldLength.ID_LONG.max(), 60);
        assertEquals(FieldLength.SHORT_VARCHAR.max(), 60);
        assertEquals(FieldLength.NAME.max(), 100);
        assertEquals(FieldLength.DESCRIPTION.max(), 255);
    }

    @Test
    void aLengthCheckChainsLikeTheOtherChecks() {
        Problems problems = new Problems();
        assertSame(problems, FieldLength.NAME.check(problems, "name", "n".repeat(100)));
        assertSame(problems, FieldLength.NAME.check(problems, "name", "n".repeat(101)));
        assertSame(problems, FieldLength.NAME.check(problems, "name", null));
        assertEquals(1, problems.errors().size());
    }

    @Test
    void absentValuesAndFieldsWithoutALimitPass() {
        Map<String, Object> values = new HashMap<>();
        values.put("contestName", null);
        values.put("description", "d".repeat(10_000));
        values.put("leaderboardSize", 10L);
        assertTrue(StoredFields.contest(values).isEmpty());
    }

    @Test
    void everyTooLongFieldIsReportedAtOnce() {
        List<ValidationError> errors = StoredFields.contest(Map.of("contestId", "C".repeat(21),
                "contestName", "n".repeat(101)));
        assertEquals(2, errors.size());
    }
}
