package com.affiliatecontests.bench;

import com.affiliatecontests.engine.contest.Contest;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.ContestRules;
import com.affiliatecontests.engine.contest.ContestStatus;
import com.affiliatecontests.engine.contest.ContestWindow;
import com.affiliatecontests.engine.contest.DisplayPolicy;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.contest.PrizeTable;
import com.affiliatecontests.engine.contest.PrizeTier;
import com.affiliatecontests.engine.contest.RevenueRule;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.credit.CreditOutcome;
import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.eligibility.EligibilitySnapshot;
import com.affiliatecontests.engine.standing.ContestBoard;
import com.affiliatecontests.engine.standing.Standing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The two hot paths of the engine on a revenue contest of 100k partners holding 1M credits:
 * ranking every partner (the full leaderboard and winner selection read this), and applying one
 * more credit to the standings.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StandingsBenchmark {

    @Param("100000")
    int partners;

    @Param("1000000")
    int credits;

    private ContestBoard board;
    private SplittableRandom random;
    private long nextOrder;
    private Instant start;
    private Credit[] pending;
    private int nextPending;

    @Setup(Level.Trial)
    public void fill() {
        ContestWindow window = ContestWindow.of(LocalDateTime.of(2026, 11, 1, 0, 0),
                LocalDateTime.of(2026, 12, 1, 0, 0), "Europe/Paris");
        ContestDefinition definition = new ContestDefinition("Benchmark race", null, window, Metric.REVENUE,
                ContestKind.RANKING, ContestRules.ranking(), PrizeTable.of(PrizeTier.place(1, "Prize")),
                AudienceRule.allAffiliates(), DisplayPolicy.standard(), RevenueRule.grandTotal("EUR"));
        TreeMap<String, String> reasons = new TreeMap<>();
        for (int i = 0; i < partners; i++) {
            reasons.put(partner(i), "ALL_AFFILIATES");
        }
        start = window.startInstant();
        Contest contest = new Contest("BENCH", definition, ContestStatus.ACTIVE,
                EligibilitySnapshot.of(start, reasons), null, 0);
        board = ContestBoard.live(contest);
        random = new SplittableRandom(42);
        for (nextOrder = 0; nextOrder < credits; nextOrder++) {
            board.record(newCredit());
        }
    }

    /**
     * New credits for the next iteration are made beforehand, so that applying one measures the
     * engine and not the making of order ids; 2M is several times what one iteration applies.
     */
    @Setup(Level.Iteration)
    public void prepareCredits() {
        pending = new Credit[2_000_000];
        for (int i = 0; i < pending.length; i++) {
            nextOrder++;
            pending[i] = newCredit();
        }
        nextPending = 0;
    }

    private static String partner(int i) {
        return "P" + i;
    }

    private Credit newCredit() {
        return new Credit("BENCH", partner(random.nextInt(partners)), "O" + nextOrder,
                BigDecimal.valueOf(random.nextInt(1, 50_000), 2), start.plusSeconds(random.nextInt(29 * 86_400)),
                "S");
    }

    /** Rank all partners: competition ranks, places, gaps and progress for every row. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Standing> rankAllPartners() {
        return board.ranking();
    }

    /** Apply one new credit (a new order) to the standings. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CreditOutcome applyOneCredit() {
        if (nextPending == pending.length) {
            throw new IllegalStateException("more credits applied in one iteration than prepared");
        }
        return board.record(pending[nextPending++]);
    }
}
