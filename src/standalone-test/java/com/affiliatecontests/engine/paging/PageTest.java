package com.affiliatecontests.engine.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which page of an inbox a visitor sees for whatever index came in the address. */
class PageTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "abc", "1e3", "0x10", "2.5", "--1", "-1", "-99999999999999999999999", "\u0661"})
    void anIndexThatIsNotAPageNumberShowsTheFirstPage(String typed) {
        Page page = Page.of(typed, 45, 20);
        assertEquals(0, page.index());
        assertEquals(0L, page.offset());
        assertFalse(page.hasPrevious());
        assertTrue(page.hasNext());
    }

    @ParameterizedTest
    @CsvSource({"3, 2", "2, 2", "2147483648, 2", "99999999999999999999999999, 2", "'+7', 2", "' 1 ', 1", "1, 1", "0, 0"})
    void anIndexPastTheEndShowsTheLastPage(String typed, int expected) {
        Page page = Page.of(typed, 45, 20);
        assertEquals(expected, page.index());
        assertEquals(2, page.lastIndex());
        assertEquals(expected * 20L, page.offset());
    }

    @Test
    void theLastPageHoldsTheLastItems() {
        Page page = Page.of(Long.MAX_VALUE, 45, 20);
        assertEquals(2, page.index());
        assertEquals(40L, page.offset());
        assertTrue(page.hasPrevious());
        assertFalse(page.hasNext());
        assertEquals(1, Page.of(5, 40, 20).index(), "40 items: two full pages, no empty third one");
        assertEquals(2, Page.of(5, 41, 20).index());
    }

    @Test
    void anEmptyListHasOnePage() {
        Page page = Page.of("7", 0, 20);
        assertEquals(0, page.index());
        assertEquals(0, page.lastIndex());
        assertFalse(page.hasNext());
        assertFalse(page.hasPrevious());
    }

    @Test
    void requestedIndexesAsTyped() {
        assertEquals(0L, Page.requested(null));
        assertEquals(0L, Page.requested("abc"));
        assertEquals(0L, Page.requested("-4"));
        assertEquals(12L, Page.requested("12"));
        assertEquals(Long.MAX_VALUE - 1, Page.requested(Long.toString(Long.MAX_VALUE - 1)));
        assertEquals(Long.MAX_VALUE, Page.requested(Long.toString(Long.MAX_VALUE)));
        assertEquals(Long.MAX_VALUE, Page.requested("9223372036854775808"));
    }

    @Test
    void aHugeListKeepsItsIndexesWithinAnInt() {
        Page page = Page.of(Long.MAX_VALUE, Long.MAX_VALUE, 1);
        assertEquals(Integer.MAX_VALUE, page.index());
        assertEquals((long) Integer.MAX_VALUE, page.offset());
    }

    @Test
    void aPageSizeBelowOneIsOneAndAPageIsNeverNegative() {
        assertEquals(1, Page.of(3, 10, 0).size());
        assertEquals(3, Page.of(3, 10, 0).index());
        assertThrows(IllegalArgumentException.class, () -> new Page(-1, 20, 10));
        assertThrows(IllegalArgumentException.class, () -> new Page(0, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Page(0, 20, -1));
    }
}
