package com.affiliatecontests.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL reserved words OFBiz's entity engine warns about in table and column names
 * ([TableNameRW], [FieldNameRW]), read from the test resource {@code reserved-words.txt}, a copy of
 * the word list of OFBiz's ModelEntityChecker; and OFBiz's derivation of table and column names.
 */
final class ReservedWords {

    static final String RESOURCE = "/reserved-words.txt";

    private static final Set<String> WORDS = load();

    private ReservedWords() {
    }

    private static Set<String> load() {
        try (InputStream in = ReservedWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + RESOURCE + " is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(word -> word.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> all() {
        return WORDS;
    }

    /** OFBiz compares the upper-cased table or column name with the list. */
    static boolean isReserved(String dbName) {
        return WORDS.contains(dbName.toUpperCase(Locale.ROOT));
    }

    /**
     * The database name OFBiz derives from an entity or field name (ModelUtil.javaNameToDbName):
     * upper case, with an underscore before each upper-case letter but the first. totalValue gives
     * TOTAL_VALUE, AffContestStanding gives AFF_CONTEST_STANDING.
     */
    static String dbName(String javaName) {
        StringBuilder dbName = new StringBuilder(javaName.length() + 8);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                dbName.append('_');
            }
            dbName.append(Character.toUpperCase(c));
        }
        return dbName.toString();
    }
}
