package com.affiliatecontests.engine.properties;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.credit.LedgerEntry;
import com.affiliatecontests.engine.credit.Reversal;
import com.affiliatecontests.engine.credit.ReversalKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Random ledgers for property tests: orders of a few partners, some reopened, cancelled, returned or completed again. */
final class LedgerScenario {

    static final String CONTEST = "C1";
    static final String[] PARTNERS = {"P1", "P2", "P3", "P4", "P5"};

    private LedgerScenario() {
    }

    /** What happens to one order after it is completed. */
    enum Fate { KEPT, REOPENED, REOPENED_AND_COMPLETED_AGAIN, CANCELLED, PARTLY_RETURNED, FULLY_RETURNED }

    record Order(String id, String partner, BigDecimal value, Instant completedAt, Fate fate, BigDecimal returned) {

        List<LedgerEntry> lines() {
            List<LedgerEntry> lines = new ArrayList<>();
            lines.add(new Credit(CONTEST, partner, id, value, completedAt, "OS-" + id + "-1"));
            Instant later = completedAt.plus(Duration.ofHours(5));
            switch (fate) {
                case KEPT -> { }
                case REOPENED -> lines.add(Reversal.full(CONTEST, id, ReversalKind.REOPENED, later, "OS-" + id + "-2"));
                case REOPENED_AND_COMPLETED_AGAIN -> {
                    lines.add(Reversal.full(CONTEST, id, ReversalKind.REOPENED, later, "OS-" + id + "-2"));
                    lines.add(new Credit(CONTEST, partner, id, value, later.plus(Duration.ofHours(1)),
                            "OS-" + id + "-3"));
                }
                case CANCELLED -> lines.add(Reversal.full(CONTEST, id, ReversalKind.CANCELLED, later, "OS-" + id + "-2"));
                case PARTLY_RETURNED -> lines.add(Reversal.partialReturn(CONTEST, id, returned, later, "RT-" + id));
                case FULLY_RETURNED -> lines.add(Reversal.full(CONTEST, id, ReversalKind.RETURNED, later, "RT-" + id));
            }
            return lines;
        }
    }

    static Arbitrary<Order> order(int index) {
        Arbitrary<String> partner = Arbitraries.of(PARTNERS);
        Arbitrary<BigDecimal> value = Arbitraries.integers().between(1, 20).map(v -> BigDecimal.valueOf(v * 25L, 1));
        Arbitrary<Instant> at = Arbitraries.integers().between(0, 24 * 20)
                .map(hours -> Fixtures.inNovember(1, 0).plus(Duration.ofHours(hours)));
        Arbitrary<Fate> fate = Arbitraries.of(Fate.class);
        Arbitrary<BigDecimal> returned = Arbitraries.integers().between(1, 60).map(v -> BigDecimal.valueOf(v, 1));
        return Combinators.combine(partner, value, at, fate, returned)
                .as((p, v, t, f, r) -> new Order("O" + index, p, v, t, f, r));
    }

    static Arbitrary<List<Order>> orders() {
        return Arbitraries.integers().between(1, 40).flatMap(n -> {
            List<Arbitrary<Order>> each = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                each.add(order(i));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
    }

    static List<LedgerEntry> lines(List<Order> orders) {
        return orders.stream().flatMap(o -> o.lines().stream()).toList();
    }
}
