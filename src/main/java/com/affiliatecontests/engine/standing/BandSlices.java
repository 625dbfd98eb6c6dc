package com.affiliatecontests.engine.standing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Score bands ({@link ScoreBand}) cut into slices, so that the rows a place still counts stay few when many
 * partners share a band: most affiliates of a store sell nothing in a given contest, and at a million
 * participants their one band held tens of thousands of rows. A band's first slice is named by the band's key;
 * each further slice by the band's key followed by the first sort key it holds, written shorter so that it fits
 * the counter's key column whole: the sort key's fixed-width digits (score and tie-breaks) in base 62, then the
 * partner id as it is. Slice keys sort as the sort keys they hold (in code-point order, as the rank keys must
 * too), so the slice of a sort key is the greatest slice key at or before {@link #lookupKey}, and the partners
 * before a place are those of the earlier slices plus the rows of its own slice before it.
 */
public final class BandSlices {

    /** The stored length of a slice key (the counter's key column). */
    public static final int KEY_LENGTH = 60;
    /** Most rows a slice gets when a board is sliced. */
    public static final int SLICE = 1000;

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(DIGITS.length());

    /** Digits after the qualification flag and before the partner id in this contest's sort keys. */
    private final int fixedDigits;
    private final int encodedWidth;

    public BandSlices(Scoring scoring) {
        this(scoring.partnerIdAt() - 1);
    }

    BandSlices(int fixedDigits) {
        this.fixedDigits = fixedDigits;
        BigInteger ceiling = BigInteger.TEN.pow(fixedDigits);
        int width = 1;
        while (BASE.pow(width).compareTo(ceiling) < 0) {
            width++;
        }
        this.encodedWidth = width;
    }

    /** The band a slice belongs to. */
    public static String bandOf(String sliceKey) {
        return sliceKey.substring(0, ScoreBand.KEY_LENGTH);
    }

    /**
     * The key to look a sort key's slice up by: its slice is the greatest slice key of its band at or before this
     * one. A shorter key (a score key, which sorts before every key of its score) reads as its smallest extension.
     */
    public String lookupKey(String sortKey) {
        int idAt = Math.min(sortKey.length(), 1 + fixedDigits);
        StringBuilder digits = new StringBuilder(fixedDigits).append(sortKey, 1, idAt);
        while (digits.length() < fixedDigits) {
            digits.append('0');
        }
        String key = ScoreBand.of(sortKey) + sortKey.charAt(0) + encode(new BigInteger(digits.toString()))
                + sortKey.substring(idAt);
        return key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }

    /** The smallest sort key a slice can hold: every key of the slice sorts at or after it, and before the next slice's. */
    public String firstKey(String sliceKey) {
        if (sliceKey.length() == ScoreBand.KEY_LENGTH) {
            return ScoreBand.firstKey(sliceKey);
        }
        int at = ScoreBand.KEY_LENGTH + 1;
        String digits = decode(sliceKey.substring(at, at + encodedWidth)).toString();
        return sliceKey.charAt(ScoreBand.KEY_LENGTH) + "0".repeat(fixedDigits - digits.length()) + digits
                + sliceKey.substring(at + encodedWidth);
    }

    /** The slice of a sort key among a board's slice keys; its band's key when none of them holds it. */
    public String sliceOf(String sortKey, NavigableSet<String> sliceKeys) {
        String band = ScoreBand.of(sortKey);
        String floor = sliceKeys.floor(lookupKey(sortKey));
        return floor != null && floor.startsWith(band) ? floor : band;
    }

    /**
     * The partners of each slice of a board: the slices it already has (counters are kept, not removed), the band
     * of every key, and a new slice every {@code slice} keys of a band that holds more than that.
     */
    public SortedMap<String, Long> count(Collection<String> sortKeys, Collection<String> existing, int slice) {
        if (slice < 1) {
            throw new IllegalArgumentException("slice " + slice);
        }
        List<String> sorted = new ArrayList<>(sortKeys);
        sorted.sort(null);
        TreeSet<String> slices = new TreeSet<>(existing);
        String band = null;
        int inBand = 0;
        for (String key : sorted) {
            String keyBand = ScoreBand.of(key);
            if (!keyBand.equals(band)) {
                band = keyBand;
                inBand = 0;
                slices.add(band);
            } else if (inBand % slice == 0) {
                slices.add(lookupKey(key));
            }
            inBand++;
        }
        SortedMap<String, Long> partners = new TreeMap<>();
        slices.forEach(s -> partners.put(s, 0L));
        partners.putAll(tally(sorted, slices));
        return partners;
    }

    /** How many of these sort keys each of a board's slices holds (the slices holding none left out). */
    public SortedMap<String, Long> tally(Collection<String> sortKeys, NavigableSet<String> sliceKeys) {
        SortedMap<String, Long> partners = new TreeMap<>();
        for (String key : sortKeys) {
            partners.merge(sliceOf(key, sliceKeys), 1L, Long::sum);
        }
        return partners;
    }

    private String encode(BigInteger value) {
        char[] out = new char[encodedWidth];
        BigInteger rest = value;
        for (int i = encodedWidth - 1; i >= 0; i--) {
            BigInteger[] division = rest.divideAndRemainder(BASE);
            out[i] = DIGITS.charAt(division[1].intValue());
            rest = division[0];
        }
        return new String(out);
    }

    private static BigInteger decode(String encoded) {
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < encoded.length(); i++) {
            value = value.multiply(BASE).add(BigInteger.valueOf(DIGITS.indexOf(encoded.charAt(i))));
        }
        return value;
    }
}
