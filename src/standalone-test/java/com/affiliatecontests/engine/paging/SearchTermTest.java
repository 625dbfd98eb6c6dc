package com.affiliatecontests.engine.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What an admin's search-as-you-type lookup searches for, and how many matches it shows. */
class SearchTermTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "a", "  b  ", "\t"})
    void fewerThanTwoCharactersSearchNothing(String typed) {
        assertFalse(SearchTerm.of(typed, null).searchable());
    }

    @Test
    void theTermIsTrimmedAndMatchedWhateverItsCase() {
        SearchTerm term = SearchTerm.of("  affDemo ", 10);
        assertTrue(term.searchable());
        assertEquals("AFFDEMO", term.text());
        assertEquals("AFFDEMO%", term.startsWith());
        assertEquals("%AFFDEMO%", term.contains());
    }

    @Test
    void upperCasingDoesNotDependOnTheServersLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
        try {
            assertEquals("TITI", SearchTerm.of("titi", null).text());
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, 20", "0, 20", "5, 5", "50, 50", "51, 50", "2147483647, 50", "-3, 1",
            "-2147483648, 1", "1, 1"})
    void theNumberShownIsTheDefaultUnlessAskedAndFromOneToFifty(Integer requested, int expected) {
        assertEquals(expected, SearchTerm.of("ab", requested).limit());
    }

    @Test
    void aTermWithoutTextOrWithAnImpossibleLimitCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new SearchTerm(null, 5));
        assertThrows(IllegalArgumentException.class, () -> new SearchTerm("AB", 0));
        assertThrows(IllegalArgumentException.class, () -> new SearchTerm("AB", 51));
    }
}
