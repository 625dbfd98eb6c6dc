/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.engine.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The open leaderboard pages of one web application, by contest, and the contests changed since the
 * last push. A committed change only marks its contest (a map write, whatever the number of pages);
 * {@link #flush} then reads each marked contest's marker once and sends the same short notice to
 * every page watching it. A contest nobody watches is never marked, so crediting costs nothing more
 * when no page is open. The notice says only which contest changed and its new marker: each page
 * fetches its own view again through the paths that enforce what its user may see. Thread-safe.
 */
public final class BoardSubscribers {

    /** An open page. */
    public interface Subscriber {
        /** Sends a notice; false when the page is gone (it is then dropped). */
        boolean send(String notice);
    }

    /** What one {@link #flush} did. */
    public record Push(int contests, int notices, int dropped) {
    }

    private final Map<String, Set<Subscriber>> byContest = new ConcurrentHashMap<>();
    /** Contest id to the commit time (epoch millis) of its oldest change not pushed yet. */
    private final Map<String, Long> pending = new ConcurrentHashMap<>();

    public void subscribe(String contestId, Subscriber subscriber) {
        byContest.computeIfAbsent(contestId, id -> ConcurrentHashMap.newKeySet()).add(subscriber);
    }

    public void unsubscribe(String contestId, Subscriber subscriber) {
        byContest.computeIfPresent(contestId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    public int subscribers() {
        return byContest.values().stream().mapToInt(Set::size).sum();
    }

    public int watchedContests() {
        return byContest.size();
    }

    /**
     * Records a change of a contest committed at {@code committedAtMillis}; true when it is the
     * contest's first change since the last push (the caller then schedules a {@link #flush}), false
     * when a push is already due or nobody watches the contest.
     */
    public boolean changed(String contestId, long committedAtMillis) {
        if (contestId == null || !byContest.containsKey(contestId)) {
            return false;
        }
        if (pending.putIfAbsent(contestId, committedAtMillis) == null) {
            return true;
        }
        pending.merge(contestId, committedAtMillis, Math::min);
        return false;
    }

    /**
     * Sends every contest changed since the last flush its notice: the marker read once per contest
     * ({@code markerOf}, empty when the contest cannot be read any more: nothing is sent), to each of
     * its pages. A page whose send fails is dropped.
     */
    public Push flush(Function<String, Optional<String>> markerOf) {
        List<String> due = new ArrayList<>(pending.keySet());
        int contests = 0;
        int notices = 0;
        int dropped = 0;
        for (String contestId : due) {
            Long committedAt = pending.remove(contestId);
            Set<Subscriber> pages = byContest.get(contestId);
            if (committedAt == null || pages == null || pages.isEmpty()) {
                continue;
            }
            Optional<String> marker = markerOf.apply(contestId);
            if (marker.isEmpty()) {
                continue;
            }
            contests++;
            String notice = notice(contestId, marker.get(), committedAt);
            for (Subscriber page : List.copyOf(pages)) {
                if (page.send(notice)) {
                    notices++;
                } else {
                    dropped++;
                    unsubscribe(contestId, page);
                }
            }
        }
        return new Push(contests, notices, dropped);
    }

    /**
     * The notice of a change: {"contestId":..,"marker":..,"committed":millis}, or without committed
     * (a negative time) for the current marker a page gets when it subscribes.
     */
    public static String notice(String contestId, String marker, long committedAtMillis) {
        StringBuilder json = new StringBuilder(96).append("{\"contestId\":");
        quote(json, contestId).append(",\"marker\":");
        quote(json, marker);
        if (committedAtMillis >= 0) {
            json.append(",\"committed\":").append(committedAtMillis);
        }
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }
}
