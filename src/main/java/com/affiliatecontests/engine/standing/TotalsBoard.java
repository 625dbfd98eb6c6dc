package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.credit.CreditLedger;
import com.affiliatecontests.engine.credit.LedgerEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contest's final board made of each participant's totals as the crediting path keeps them (the
 * standing rows), not of its whole ledger: finalizing a contest of any size holds one small record
 * per participant. The only ledger lines it reads are a goal contest's, one partner at a time, for the
 * partners that reached the target (when each reached it orders the winners). It ranks and selects
 * exactly as a board rebuilt from the ledger would, because the totals are the ones
 * {@link PartnerTotals#apply} made of the same lines.
 */
public final class TotalsBoard implements RankedBoard {

    private final ContestDefinition definition;
    private final Collection<String> participants;
    private final Standings standings;
    private final Map<String, Optional<Instant>> goalReached = new HashMap<>();

    public TotalsBoard(ContestDefinition definition, Collection<String> participants) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.participants = participants;
        this.standings = new Standings(definition, participants);
    }

    /** Sets a participant's totals (a partner that does not compete is ignored, as on a rebuilt board). */
    public void totals(PartnerTotals totals) {
        standings.put(totals);
    }

    /**
     * Sets every participant's tracked visits where the metric scores visits: the count given, or none
     * for a participant missing from the map (as a board rebuilt from the ledger starts).
     */
    public void recordVisits(Map<String, Long> visits) {
        if (definition.metric().scoresVisits()) {
            for (String partnerId : participants) {
                Long count = visits.get(partnerId);
                standings.setVisits(partnerId, count == null ? 0L : count);
            }
        }
    }

    /**
     * The partners whose ledger lines the winner selection needs ({@link #partnerLines}): in a goal
     * contest scored by a running total, the qualified partners at the target; nobody otherwise.
     */
    public List<String> goalCandidates() {
        if (definition.kind() != ContestKind.GOAL || definition.metric() == Metric.CONVERSION_RATE) {
            return List.of();
        }
        BigDecimal target = definition.rules().target();
        return ranking().stream().filter(row -> row.qualified() && row.score().compareTo(target) >= 0)
                .map(Standing::partnerId).toList();
    }

    /** Reads one partner's ledger lines (every line of the orders credited to it) for when it reached the target. */
    public void partnerLines(String partnerId, Collection<? extends LedgerEntry> lines) {
        CreditLedger ledger = new CreditLedger(definition.metric());
        for (LedgerEntry line : lines) {
            if (!ledger.contains(line)) {
                ledger.record(line);
            }
        }
        goalReached.put(partnerId, ContestBoard.reached(ledger.orderValues(partnerId), definition.rules().target()));
    }

    /**
     * Sets when a partner reached the target, counted by a caller that saw its orders in completion
     * order (a dry run), instead of reading its ledger lines.
     */
    public void goalReached(String partnerId, Optional<Instant> at) {
        goalReached.put(partnerId, at);
    }

    @Override
    public Optional<Instant> goalReachedAt(String partnerId, BigDecimal target) {
        Optional<Instant> reached = goalReached.get(partnerId);
        // the target is the contest's: the winner selection asks for no other
        if (reached == null) {
            throw new IllegalStateException("the ledger lines of partner " + partnerId + " were not read");
        }
        return reached;
    }

    @Override
    public List<Standing> ranking() {
        return standings.ranking();
    }

    @Override
    public ContestDefinition definition() {
        return definition;
    }
}
