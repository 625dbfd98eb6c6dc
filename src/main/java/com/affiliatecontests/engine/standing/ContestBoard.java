package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.Contest;
import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.credit.CreditLedger;
import com.affiliatecontests.engine.credit.CreditOutcome;
import com.affiliatecontests.engine.credit.CreditPolicy;
import com.affiliatecontests.engine.credit.CreditRefusal;
import com.affiliatecontests.engine.credit.LedgerEntry;
import com.affiliatecontests.engine.credit.OrderValue;
import com.affiliatecontests.engine.eligibility.EligibilitySnapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One contest's ledger and standings together: records credits and reversals exactly once,
 * refuses what the contest does not admit (outside the window, not in the snapshot, a contest that
 * no longer moves) and keeps the standings in step. Replaying the same lines in any order gives
 * the same standings.
 */
public final class ContestBoard implements RankedBoard {

    private final String contestId;
    private final ContestDefinition definition;
    private final EligibilitySnapshot snapshot;
    private final boolean acceptsChanges;
    private final CreditLedger ledger;
    private final Standings standings;
    private final CreditPolicy policy;

    private ContestBoard(String contestId, ContestDefinition definition, EligibilitySnapshot snapshot,
                         boolean acceptsChanges) {
        this.contestId = Objects.requireNonNull(contestId, "contestId");
        this.definition = definition;
        this.snapshot = Objects.requireNonNull(snapshot, "a contest needs its eligibility snapshot");
        this.acceptsChanges = acceptsChanges;
        this.ledger = new CreditLedger(definition.metric());
        this.standings = new Standings(definition, snapshot.partners());
        this.policy = new CreditPolicy(definition.window());
    }

    /** A live board: it takes lines only while the contest is ACTIVE or in its return window (ENDED). */
    public static ContestBoard live(Contest contest) {
        return new ContestBoard(contest.id(), contest.definition(), contest.snapshot(),
                contest.status().acceptsCredits());
    }

    /** A board that takes lines whatever the contest's state: to rebuild a contest from its ledger, or a dry run. */
    public static ContestBoard rebuild(String contestId, ContestDefinition definition, EligibilitySnapshot snapshot) {
        return new ContestBoard(contestId, definition, snapshot, true);
    }

    public static ContestBoard rebuild(Contest contest, Collection<? extends LedgerEntry> lines) {
        return rebuild(contest, lines, Map.of());
    }

    /**
     * A contest rebuilt from its ledger and its partners' tracked visits (absolute counts by partner; a
     * partner missing from the map has none). A conversion rate needs both; other metrics ignore visits.
     */
    public static ContestBoard rebuild(Contest contest, Collection<? extends LedgerEntry> lines,
                                       Map<String, Long> visits) {
        ContestBoard board = rebuild(contest.id(), contest.definition(), contest.snapshot());
        lines.forEach(board::record);
        board.recordVisits(visits);
        return board;
    }

    public CreditOutcome record(LedgerEntry line) {
        if (!contestId.equals(line.contestId())) {
            throw new IllegalArgumentException("line of contest " + line.contestId() + " given to " + contestId);
        }
        if (ledger.contains(line)) {
            return CreditOutcome.DUPLICATE;
        }
        if (!acceptsChanges) {
            return CreditOutcome.refused(CreditRefusal.CONTEST_NOT_RUNNING, "contest " + contestId + " is closed");
        }
        if (line instanceof Credit credit) {
            Optional<CreditOutcome> refusal = refusalOf(credit);
            if (refusal.isPresent()) {
                return refusal.get();
            }
        }
        CreditLedger.OrderChange change = ledger.record(line);
        if (change.partnerId() != null) {
            standings.apply(change, () -> ledger.latestContribution(change.partnerId()));
        }
        return CreditOutcome.APPLIED;
    }

    private Optional<CreditOutcome> refusalOf(Credit credit) {
        return policy.refusal(credit, standings.isParticipant(credit.partnerId()), ledger.partnerOf(credit.orderId()));
    }

    public void recordVisits(String partnerId, long visits) {
        standings.setVisits(partnerId, visits);
    }

    /** Sets the tracked visits of the partners in the map (others keep theirs), where the metric scores visits. */
    public void recordVisits(Map<String, Long> visits) {
        if (definition.metric().scoresVisits()) {
            visits.forEach((partnerId, count) -> standings.setVisits(partnerId, count == null ? 0L : count));
        }
    }

    @Override
    public List<Standing> ranking() {
        return standings.ranking();
    }

    /**
     * When the partner's running score, over its still-valid orders in completion order, first
     * reached the target: the order in which partners reached a goal.
     */
    @Override
    public Optional<Instant> goalReachedAt(String partnerId, BigDecimal target) {
        return reached(ledger.orderValues(partnerId), target);
    }

    /** When a running total over these orders, in completion order, first reached the target. */
    static Optional<Instant> reached(List<OrderValue> orders, BigDecimal target) {
        BigDecimal running = BigDecimal.ZERO;
        List<OrderValue> counted = orders.stream().filter(OrderValue::contributes)
                .sorted(Comparator.comparing(OrderValue::completedAt)).toList();
        for (OrderValue order : counted) {
            running = running.add(order.value());
            if (running.compareTo(target) >= 0) {
                return Optional.of(order.completedAt());
            }
        }
        return Optional.empty();
    }

    public Collection<LedgerEntry> lines() {
        return ledger.lines();
    }

    public String contestId() {
        return contestId;
    }

    @Override
    public ContestDefinition definition() {
        return definition;
    }

    public EligibilitySnapshot snapshot() {
        return snapshot;
    }
}
