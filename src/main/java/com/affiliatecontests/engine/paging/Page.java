package com.affiliatecontests.engine.paging;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The page of a list to show, from what a visitor asked for and how many items there are. A
 * requested index is whatever came in the address: missing, blank, not a number or negative gives
 * the first page; past the end, however large, gives the last page, so a list that has items never
 * shows an empty page.
 *
 * @param index the page shown, from 0
 * @param size  items per page, at least 1
 * @param total items in the whole list
 */
public record Page(int index, int size, long total) {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

    public Page {
        if (size < 1 || total < 0 || index < 0) {
            throw new IllegalArgumentException("size " + size + ", total " + total + ", index " + index);
        }
    }

    /** The page for a requested index as typed in an address (viewIndex=abc, -3, 99999999999999999999). */
    public static Page of(String requestedIndex, long total, int size) {
        return of(requested(requestedIndex), total, size);
    }

    /** The page for a requested index: below 0 the first page, past the end the last one. */
    public static Page of(long requestedIndex, long total, int size) {
        int pageSize = Math.max(1, size);
        long items = Math.max(0, total);
        int last = lastIndex(items, pageSize);
        return new Page((int) Math.max(0, Math.min(requestedIndex, last)), pageSize, items);
    }

    /**
     * A requested index as typed, before the total is known: 0 when missing, blank, not a whole
     * number or negative; {@link Long#MAX_VALUE} when larger than any index (it means "the last page").
     */
    public static long requested(String requestedIndex) {
        String typed = requestedIndex == null ? "" : requestedIndex.trim();
        if (!WHOLE_NUMBER.matcher(typed).matches()) {
            return 0;
        }
        BigInteger value = new BigInteger(typed);
        if (value.signum() < 0) {
            return 0;
        }
        return value.bitLength() < Long.SIZE ? value.longValue() : Long.MAX_VALUE;
    }

    /** The index of the last page (0 when the list is empty). */
    public int lastIndex() {
        return lastIndex(total, size);
    }

    /** The position of the page's first item in the whole list. */
    public long offset() {
        return (long) index * size;
    }

    /** Whether a page before this one exists. */
    public boolean hasPrevious() {
        return index > 0;
    }

    /** Whether a page after this one exists. */
    public boolean hasNext() {
        return index < lastIndex();
    }

    private static int lastIndex(long total, int size) {
        long last = total == 0 ? 0 : (total - 1) / size;
        return (int) Math.min(last, Integer.MAX_VALUE);
    }
}
