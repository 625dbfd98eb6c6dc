package com.affiliatecontests.engine.validation;

import java.util.List;
import java.util.Map;

/**
 * The text fields a contest's row stores, with their database lengths: checked before anything is
 * written, so that a value too long is a labelled error instead of the database's refusal.
 * The contest's name is reported under the engine's path "name", like the definition's own checks.
 */
public final class StoredFields {

    private static final List<Map.Entry<String, FieldLength>> CONTEST = List.of(
            Map.entry("contestId", FieldLength.ID),
            Map.entry("contestName", FieldLength.NAME),
            Map.entry("timeZoneId", FieldLength.ID_LONG),
            Map.entry("tieBreakOrder", FieldLength.SHORT_VARCHAR),
            Map.entry("currencyUomId", FieldLength.ID),
            Map.entry("metricEnumId", FieldLength.ID),
            Map.entry("kindEnumId", FieldLength.ID),
            Map.entry("nameDisplayEnumId", FieldLength.ID),
            Map.entry("revenueBasisEnumId", FieldLength.ID),
            Map.entry("foreignCurrencyEnumId", FieldLength.ID),
            Map.entry("includeMatchEnumId", FieldLength.ID));

    private StoredFields() {
    }

    /** The errors of the values (by entity field name) that a contest row could not store. */
    public static List<ValidationError> contest(Map<String, ?> values) {
        Problems problems = new Problems();
        for (Map.Entry<String, FieldLength> field : CONTEST) {
            Object value = values.get(field.getKey());
            if (value != null) {
                field.getValue().check(problems, "contestName".equals(field.getKey()) ? "name" : field.getKey(),
                        value.toString());
            }
        }
        return problems.errors();
    }
}
