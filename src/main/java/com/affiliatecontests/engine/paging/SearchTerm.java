package com.affiliatecontests.engine.paging;

import java.util.Locale;

/**
 * What an admin typed in a search-as-you-type lookup, and how many matches to show: the text
 * trimmed and upper-cased (matching ignores case); fewer than {@value #MIN_LENGTH} characters
 * search nothing; the number shown is {@value #DEFAULT_LIMIT} unless asked, and from 1 to
 * {@value #MAX_LIMIT}.
 *
 * @param text  the trimmed, upper-cased text
 * @param limit how many matches at most
 */
public record SearchTerm(String text, int limit) {

    public static final int MIN_LENGTH = 2;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    public SearchTerm {
        if (text == null || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("text " + text + ", limit " + limit);
        }
    }

    /** The term for what was typed (null is nothing) and the requested size (null or 0 is the default). */
    public static SearchTerm of(String typed, Integer requestedLimit) {
        String text = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        int requested = requestedLimit == null || requestedLimit == 0 ? DEFAULT_LIMIT : requestedLimit;
        return new SearchTerm(text, Math.max(1, Math.min(requested, MAX_LIMIT)));
    }

    /** Whether the term is long enough to search. */
    public boolean searchable() {
        return text.length() >= MIN_LENGTH;
    }

    /** The LIKE pattern of values that start with the term. */
    public String startsWith() {
        return text + "%";
    }

    /** The LIKE pattern of values that contain the term. */
    public String contains() {
        return "%" + text + "%";
    }
}
