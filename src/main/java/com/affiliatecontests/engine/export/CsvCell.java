package com.affiliatecontests.engine.export;

import java.math.BigDecimal;

/**
 * One cell of a CSV export (RFC 4180), safe to open in a spreadsheet.
 *
 * <p>Text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * would run as a formula (a partner named {@code =HYPERLINK(...)}): as OWASP's CSV-injection
 * guidance says, it is prefixed with a single quote and quoted, so the spreadsheet shows it as text.
 *
 * <p>Numbers (a {@link Number} the engine computed, never text someone typed) are written as plain
 * numerals and left as they are, negative ones included: {@code -12.50} written from a BigDecimal
 * can only be a sign and digits, which no spreadsheet runs as anything but that number, whereas
 * prefixing it would turn a score column into text that cannot be summed. Text that merely looks
 * like a number is still neutralised.
 */
public final class CsvCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCell() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        String text = value.toString();
        if (startsLikeAFormula(text)) {
            return quoted("'" + text);
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? quoted(text) : text;
    }

    /** Whether a spreadsheet would read the text as a formula. */
    public static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
