package com.affiliatecontests.engine.credit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which queued crediting events a run processes, and when one that failed is tried again. Events
 * go oldest first; a failing event waits for its next attempt (a backoff doubling from one minute
 * up to six hours) without holding up events of other orders. The later events of the same order or
 * return wait behind it, because crediting relies on an order's completion being recorded before its
 * reopening or return.
 */
public final class EventRetry {

    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_DELAY = Duration.ofHours(6);

    private static final Comparator<QueuedEvent> QUEUE_ORDER = Comparator.comparing(QueuedEvent::queuedAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(QueuedEvent::eventId);

    /** When an event that has now failed {@code attempts} times (1 or more) is tried again. */
    public Instant nextAttempt(long attempts, Instant failedAt) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
        // 2^20 minutes is far beyond the cap: no overflow, and the cap applies
        long minutes = 1L << Math.min(attempts - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(minutes);
        return failedAt.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    /** A run over the queue: the events due now, oldest first; {@link Run#failed} holds back that subject's later events. */
    public Run run(Collection<QueuedEvent> queue, Instant now) {
        return new Run(queue, now);
    }

    /** One pass over the outbox. */
    public static final class Run {

        private final List<QueuedEvent> due = new ArrayList<>();
        private final Set<String> held = new HashSet<>();

        private Run(Collection<QueuedEvent> queue, Instant now) {
            List<QueuedEvent> ordered = queue.stream().sorted(QUEUE_ORDER).toList();
            for (QueuedEvent event : ordered) {
                if (held.contains(event.subject())) {
                    continue;
                }
                if (event.isDue(now)) {
                    due.add(event);
                } else {
                    held.add(event.subject());
                }
            }
        }

        /** The events due now, in the order to process them. */
        public List<QueuedEvent> due() {
            return List.copyOf(due);
        }

        /** Whether the event may be processed now: no earlier event of its order or return failed or waits. */
        public boolean mayProcess(QueuedEvent event) {
            return !held.contains(event.subject());
        }

        /** Records that the event failed: the later events of its order or return wait for it. */
        public void failed(QueuedEvent event) {
            held.add(event.subject());
        }
    }
}
