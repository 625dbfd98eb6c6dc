package com.affiliatecontests.component;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The maximum length, in characters, of a value of each OFBiz string field type.
 *
 * <p>This table mirrors OFBiz's field type files, which the reference copy does not hold:
 * {@code framework/entity/fieldtype/fieldtypederby.xml} (the {@code sql-type} of each
 * {@code field-type-def}) as of OFBiz trunk, April 2024. It lists Derby's lengths, OFBiz's default
 * database; where {@code fieldtypepostgres.xml} declares a smaller one, the smaller is taken. In that
 * snapshot both files agree on every string type listed here. Types without a fixed length are left
 * out and never checked: {@code very-long} (Derby CLOB, Postgres TEXT), {@code blob},
 * {@code byte-array}, {@code object}, and the date, time and number types.
 */
final class FieldTypeLengths {

    /** Field type to the length of its column: VARCHAR(n), or CHAR(1) for indicator. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("id", 20),                  // VARCHAR(20)
            Map.entry("id-long", 60),             // VARCHAR(60)
            Map.entry("id-vlong", 255),           // VARCHAR(255)
            Map.entry("indicator", 1),            // CHAR(1)
            Map.entry("very-short", 10),          // VARCHAR(10)
            Map.entry("short-varchar", 60),       // VARCHAR(60)
            Map.entry("long-varchar", 255),       // VARCHAR(255)
            Map.entry("comment", 255),            // VARCHAR(255)
            Map.entry("description", 255),        // VARCHAR(255)
            Map.entry("name", 100),               // VARCHAR(100)
            Map.entry("value", 255),              // VARCHAR(255)
            Map.entry("credit-card-number", 255), // VARCHAR(255)
            Map.entry("credit-card-date", 7),     // VARCHAR(7)
            Map.entry("email", 320),              // VARCHAR(320)
            Map.entry("url", 2000),               // VARCHAR(2000)
            Map.entry("tel-number", 60));         // VARCHAR(60)

    private FieldTypeLengths() {
    }

    /** The maximum length of a value of that type; empty for a type of unbounded or non-string values. */
    static OptionalInt maxLength(String fieldType) {
        Integer length = fieldType == null ? null : LENGTHS.get(fieldType);
        return length == null ? OptionalInt.empty() : OptionalInt.of(length);
    }

    /** The SQL type of a type with a length, for messages: VARCHAR(20), CHAR(1). */
    static String sqlType(String fieldType) {
        int length = maxLength(fieldType).orElseThrow();
        return ("indicator".equals(fieldType) ? "CHAR(" : "VARCHAR(") + length + ")";
    }
}
