package com.affiliatecontests.engine.export;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 6: CSV cells that a spreadsheet would run as a formula are neutralised (OWASP). */
class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x.test\",\"Click\")", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1"})
    void textStartingLikeAFormulaIsPrefixedWithAQuoteAndQuoted(String typed) {
        String cell = CsvCell.of(typed);
        assertEquals("\"'" + typed.replace("\"", "\"\"") + "\"", cell);
    }

    @Test
    void theHyperlinkOfTheIssueReachesTheSpreadsheetAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"Prize\"\")\"",
                CsvCell.of("=HYPERLINK(\"http://evil.test\",\"Prize\")"));
    }

    @Test
    void ordinaryTextIsQuotedOnlyWhenRfc4180NeedsIt() {
        assertEquals("Sunny Deals", CsvCell.of("Sunny Deals"));
        assertEquals("\"Deals, Inc.\"", CsvCell.of("Deals, Inc."));
        assertEquals("\"Say \"\"hi\"\"\"", CsvCell.of("Say \"hi\""));
        assertEquals("\"two\nlines\"", CsvCell.of("two\nlines"));
        assertEquals("\"carriage\rreturn\"", CsvCell.of("carriage\rreturn"));
        assertEquals("a=b", CsvCell.of("a=b"), "a formula sign inside the text is harmless");
        assertEquals("", CsvCell.of(null));
        assertEquals("", CsvCell.of(""));
    }

    @Test
    void numbersStayNumbersNegativeOnesIncluded() {
        assertEquals("-12.50", CsvCell.of(new BigDecimal("-12.50")));
        assertEquals("42.50", CsvCell.of(new BigDecimal("42.50")));
        assertEquals("1000000", CsvCell.of(new BigDecimal("1E+6")), "never in exponent form");
        assertEquals("-3", CsvCell.of(-3L));
        assertEquals("7", CsvCell.of(7));
        assertEquals("-7", CsvCell.of((short) -7));
        assertEquals("-8", CsvCell.of((byte) -8));
        assertEquals("\"'-Infinity\"", CsvCell.of(Double.NEGATIVE_INFINITY), "a double is not a plain numeral: text");
    }

    @Test
    void textThatOnlyLooksLikeANegativeNumberIsStillText() {
        assertEquals("\"'-12.50\"", CsvCell.of("-12.50"));
    }

    @Property(tries = 500)
    void noCellEverStartsWithAFormulaCharacter(@ForAll String typed) {
        String cell = CsvCell.of(typed);
        String content = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertFalse(!content.isEmpty() && "=+-@\t\r".indexOf(content.charAt(0)) >= 0, cell);
        if (!typed.isEmpty() && "=+-@\t\r".indexOf(typed.charAt(0)) >= 0) {
            assertTrue(cell.startsWith("\"'"), cell);
        }
    }

    @Property(tries = 500)
    void aSpreadsheetReadsBackWhatWasTypedBehindTheQuote(@ForAll String typed) {
        String cell = CsvCell.of(typed);
        String read = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        boolean neutralised = !typed.isEmpty() && "=+-@\t\r".indexOf(typed.charAt(0)) >= 0;
        assertEquals(neutralised ? "'" + typed : typed, read);
    }
}
