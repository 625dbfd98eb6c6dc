package com.affiliatecontests.engine.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoardSubscribersTest {

    /** A page that keeps what it was sent, or refuses everything (a closed socket). */
    private static final class Page implements BoardSubscribers.Subscriber {
        final List<String> notices = new ArrayList<>();
        final boolean open;

        Page(boolean open) {
            this.open = open;
        }

        @Override
        public synchronized boolean send(String notice) {
            if (open) {
                notices.add(notice);
            }
            return open;
        }
    }

    @Test
    void aChangeReachesEveryPageOfItsContestOnlyWithOneMarkerRead() {
        BoardSubscribers board = new BoardSubscribers();
        Page a1 = new Page(true);
        Page a2 = new Page(true);
        Page b = new Page(true);
        board.subscribe("A", a1);
        board.subscribe("A", a2);
        board.subscribe("B", b);
        AtomicInteger reads = new AtomicInteger();

        assertTrue(board.changed("A", 1000L));
        BoardSubscribers.Push push = board.flush(id -> {
            reads.incrementAndGet();
            return Optional.of("M-" + id);
        });

        assertEquals(new BoardSubscribers.Push(1, 2, 0), push);
        assertEquals(1, reads.get());
        assertEquals(List.of("{\"contestId\":\"A\",\"marker\":\"M-A\",\"committed\":1000}"), a1.notices);
        assertEquals(a1.notices, a2.notices);
        assertTrue(b.notices.isEmpty());
    }

    @Test
    void changesBeforeAPushAreOneNoticeCarryingTheOldestCommit() {
        BoardSubscribers board = new BoardSubscribers();
        Page page = new Page(true);
        board.subscribe("A", page);

        assertTrue(board.changed("A", 2000L));
        assertFalse(board.changed("A", 1500L));
        assertFalse(board.changed("A", 2500L));
        board.flush(id -> Optional.of("M"));

        assertEquals(List.of("{\"contestId\":\"A\",\"marker\":\"M\",\"committed\":1500}"), page.notices);
        assertEquals(new BoardSubscribers.Push(0, 0, 0), board.flush(id -> Optional.of("M")));
        assertTrue(board.changed("A", 3000L), "after a push the next change schedules another");
    }

    @Test
    void aContestNobodyWatchesCostsNothing() {
        BoardSubscribers board = new BoardSubscribers();
        assertFalse(board.changed("A", 1L));
        assertFalse(board.changed(null, 1L));
        AtomicInteger reads = new AtomicInteger();
        board.flush(id -> {
            reads.incrementAndGet();
            return Optional.of("M");
        });
        assertEquals(0, reads.get());
    }

    @Test
    void aClosedPageIsDroppedAndAnUnsubscribedOneGetsNothing() {
        BoardSubscribers board = new BoardSubscribers();
        Page closed = new Page(false);
        Page left = new Page(true);
        Page stays = new Page(true);
        board.subscribe("A", closed);
        board.subscribe("A", left);
        board.subscribe("A", stays);
        board.unsubscribe("A", left);

        board.changed("A", 5L);
        assertEquals(new BoardSubscribers.Push(1, 1, 1), board.flush(id -> Optional.of("M")));
        assertEquals(1, board.subscribers());
        assertTrue(left.notices.isEmpty());
        assertEquals(1, stays.notices.size());

        board.unsubscribe("A", stays);
        assertEquals(0, board.watchedContests());
        assertFalse(board.changed("A", 6L));
    }

    @Test
    void aContestThatCannotBeReadSendsNothing() {
        BoardSubscribers board = new BoardSubscribers();
        Page page = new Page(true);
        board.subscribe("A", page);
        board.changed("A", 5L);
        assertEquals(new BoardSubscribers.Push(0, 0, 0), board.flush(id -> Optional.empty()));
        assertTrue(page.notices.isEmpty());
    }

    @Test
    void aNoticeEscapesItsTextAndTheSubscribeNoticeHasNoCommitTime() {
        assertEquals("{\"contestId\":\"a\\\"b\\\\c\\u0001\",\"marker\":\"m\"}", BoardSubscribers.notice("a\"b\\c\u0001", "m", -1L));
    }

    @Test
    void concurrentChangesAndSubscriptionsLoseNoPage() throws Exception {
        BoardSubscribers board = new BoardSubscribers();
        int pages = 200;
        List<Page> all = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch done = new CountDownLatch(pages);
        for (int i = 0; i < pages; i++) {
            Page page = new Page(true);
            all.add(page);
            pool.execute(() -> {
                board.subscribe("A", page);
                board.changed("A", 7L);
                done.countDown();
            });
        }
        assertTrue(done.await(30, TimeUnit.SECONDS));
        pool.shutdown();
        assertEquals(pages, board.subscribers());
        board.changed("A", 8L);
        assertEquals(new BoardSubscribers.Push(1, pages, 0), board.flush(id -> Optional.of("M")));
        all.forEach(page -> assertEquals(1, page.notices.size()));
    }
}
