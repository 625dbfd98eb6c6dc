package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.credit.CreditLedger.OrderChange;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Every participant's totals kept in ranking order as credits arrive, so that applying a credit
 * costs O(log n) and reading the leaderboard is a walk in order. Participants with no credit yet
 * stand at zero.
 */
public final class Standings {

    private final Scoring scoring;
    private final Map<String, ScoredPartner> partners = new HashMap<>();
    private final TreeSet<ScoredPartner> ranked;

    public Standings(ContestDefinition contest, Collection<String> participants) {
        this.scoring = new Scoring(contest);
        this.ranked = new TreeSet<>(scoring.order());
        for (String partnerId : participants) {
            ScoredPartner partner = scoring.score(PartnerTotals.zero(partnerId));
            partners.put(partnerId, partner);
            ranked.add(partner);
        }
    }

    public boolean isParticipant(String partnerId) {
        return partners.containsKey(partnerId);
    }

    public int participants() {
        return partners.size();
    }

    /** Moves the partner's totals by one order's change. */
    public void apply(OrderChange change, Supplier<Optional<Instant>> latestContribution) {
        ScoredPartner current = partners.get(change.partnerId());
        if (current != null && change.moved()) {
            replace(current, current.totals().apply(change, latestContribution));
        }
    }

    /** Sets a participant's totals as they stand (a partner that does not compete is ignored). */
    public void put(PartnerTotals totals) {
        ScoredPartner current = partners.get(totals.partnerId());
        if (current != null) {
            replace(current, totals);
        }
    }

    /** Sets the partner's tracked visits (an absolute count, so repeating it is harmless). */
    public void setVisits(String partnerId, long visits) {
        ScoredPartner current = partners.get(partnerId);
        if (current != null) {
            replace(current, current.totals().withVisits(visits));
        }
    }

    private void replace(ScoredPartner current, PartnerTotals totals) {
        ScoredPartner updated = scoring.score(totals);
        ranked.remove(current);
        ranked.add(updated);
        partners.put(totals.partnerId(), updated);
    }

    /** All participants in ranking order, with ranks, places, progress and gaps. */
    public List<Standing> ranking() {
        return scoring.rank(ranked, ranked.size());
    }
}
