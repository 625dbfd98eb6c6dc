package com.affiliatecontests.engine.dryrun;

import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.credit.AttributedOrder;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.credit.CreditLedger.OrderChange;
import com.affiliatecontests.engine.credit.CreditOutcome;
import com.affiliatecontests.engine.credit.CreditPolicy;
import com.affiliatecontests.engine.credit.CreditRefusal;
import com.affiliatecontests.engine.credit.CreditValuation;
import com.affiliatecontests.engine.credit.OrderValue;
import com.affiliatecontests.engine.fraud.FraudDetector;
import com.affiliatecontests.engine.fraud.FraudFlag;
import com.affiliatecontests.engine.fraud.HourlyCredits;
import com.affiliatecontests.engine.standing.PartnerTotals;
import com.affiliatecontests.engine.standing.TotalsBoard;
import com.affiliatecontests.engine.winner.WinnerSelection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A dry run in progress: each order given is valued, admitted or refused, and folded into its
 * partner's record (totals as the standing rows keep them, when it reached the goal, its hourly
 * counters for spikes) and then dropped. Nothing is kept per order but the self-referral flags.
 * Each order is given once, and the orders of one partner oldest first (when a partner reached the
 * goal, and its hours, are counted as they come).
 */
public final class DryRunTally {

    private static final String DRY_RUN = "DRY_RUN";

    private final ContestDefinition contest;
    private final Set<String> participants;
    private final FraudDetector fraud;
    private final CreditValuation valuation = new CreditValuation();
    private final CreditPolicy policy;
    private final Map<String, PartnerRecord> partners = new TreeMap<>();
    private final Map<CreditRefusal, Integer> refused = new EnumMap<>(CreditRefusal.class);
    private final List<FraudFlag> selfReferrals = new ArrayList<>();
    private int credited;

    DryRunTally(ContestDefinition contest, Set<String> participants, FraudDetector fraud) {
        this.contest = contest;
        this.participants = participants;
        this.fraud = fraud;
        this.policy = new CreditPolicy(contest.window());
    }

    /** One partner's record: its totals, when it first reached the target, its credits hour by hour. */
    private static final class PartnerRecord {
        private PartnerTotals totals;
        private Instant reachedTarget;
        private final HourlyCredits hours;

        private PartnerRecord(String partnerId, HourlyCredits hours) {
            this.totals = PartnerTotals.zero(partnerId);
            this.hours = hours;
        }
    }

    /** Values the order and counts it, or counts why the contest refuses it. */
    public void add(AttributedOrder order) {
        CreditValuation.Valuation value = valuation.value(DRY_RUN, contest, order, DRY_RUN);
        if (!value.credited()) {
            refused.merge(value.refusal(), 1, Integer::sum);
            return;
        }
        Credit credit = value.credit();
        Optional<CreditOutcome> refusal = policy.refusal(credit, participants.contains(credit.partnerId()),
                Optional.empty());
        if (refusal.isPresent()) {
            refused.merge(refusal.get().refusal(), 1, Integer::sum);
            return;
        }
        PartnerRecord partner = partners.computeIfAbsent(credit.partnerId(),
                id -> new PartnerRecord(id, fraud.hourlyCredits()));
        Instant latest = partner.totals.reachedAt();
        if (latest != null && credit.occurredAt().isBefore(latest)) {
            throw new IllegalArgumentException("order " + credit.orderId() + " of partner " + credit.partnerId()
                    + " completed at " + credit.occurredAt() + " came after one completed at " + latest);
        }
        OrderValue after = OrderValue.of(List.of(credit), contest.metric());
        // a new order: the partner's latest counted order is never taken back, so it is never asked for
        partner.totals = partner.totals.apply(new OrderChange(credit.partnerId(), credit.orderId(), OrderValue.NONE,
                after), Optional::empty);
        BigDecimal target = contest.rules().target();
        if (target != null && partner.reachedTarget == null && partner.totals.total().compareTo(target) >= 0) {
            partner.reachedTarget = credit.occurredAt();
        }
        partner.hours.add(credit.occurredAt(), credit.orderId());
        credited++;
        fraud.selfReferral(order).ifPresent(selfReferrals::add);
    }

    /**
     * The would-be outcome of the orders given so far, with each participant's tracked visits in the
     * window (absolute counts; a participant missing from the map has none), which a conversion rate needs.
     */
    public DryRunResult result(Map<String, Long> visits) {
        TotalsBoard board = new TotalsBoard(contest, participants);
        partners.values().forEach(partner -> board.totals(partner.totals));
        board.recordVisits(visits);
        // a candidate is at a positive target (validated), so it has a record
        board.goalCandidates().forEach(partnerId -> board.goalReached(partnerId,
                Optional.ofNullable(partners.get(partnerId).reachedTarget)));
        List<FraudFlag> flags = new ArrayList<>(selfReferrals);
        partners.forEach((partnerId, partner) -> flags.addAll(fraud.spikes(partnerId, partner.hours)));
        return new DryRunResult(participants.size(), credited, refused, board.ranking(),
                new WinnerSelection().select(board), flags);
    }
}
