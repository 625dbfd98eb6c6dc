package com.affiliatecontests.engine.properties;

import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.credit.AttributedOrder;
import com.affiliatecontests.engine.credit.Credit;
import com.affiliatecontests.engine.credit.CreditOutcome;
import com.affiliatecontests.engine.credit.CreditRefusal;
import com.affiliatecontests.engine.credit.CreditValuation;
import com.affiliatecontests.engine.dryrun.DryRunResult;
import com.affiliatecontests.engine.eligibility.EligibilitySnapshot;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.fraud.FraudDetector;
import com.affiliatecontests.engine.fraud.FraudFlag;
import com.affiliatecontests.engine.standing.ContestBoard;
import com.affiliatecontests.engine.winner.WinnerSelection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dry run as it was before issue 12, item 14: every order of the window in memory at once, in a
 * board with its whole ledger and every credit. Kept here only as the reference that the streaming
 * {@link com.affiliatecontests.engine.dryrun.DryRunTally} must match.
 */
final class InMemoryDryRun {

    private final CreditValuation valuation = new CreditValuation();
    private final WinnerSelection winners = new WinnerSelection();
    private final FraudDetector fraud;

    InMemoryDryRun(FraudDetector fraud) {
        this.fraud = fraud;
    }

    public DryRunResult evaluate(ContestDefinition contest, Collection<PartnerProfile> partners,
                                 Collection<AttributedOrder> orders, Instant now) {
        return evaluate(contest, partners, orders, Map.of(), now);
    }

    /** The same with each partner's tracked visits in the window, which a conversion rate needs. */
    public DryRunResult evaluate(ContestDefinition contest, Collection<PartnerProfile> partners,
                                 Collection<AttributedOrder> orders, Map<String, Long> visits, Instant now) {
        contest.validated();
        EligibilitySnapshot snapshot = EligibilitySnapshot.take(contest.eligibility(), partners, now);
        ContestBoard board = ContestBoard.rebuild("DRY_RUN", contest, snapshot);
        Map<CreditRefusal, Integer> refused = new EnumMap<>(CreditRefusal.class);
        List<FraudFlag> flags = new ArrayList<>();
        List<Credit> credits = new ArrayList<>();
        for (AttributedOrder order : orders) {
            CreditValuation.Valuation value = valuation.value("DRY_RUN", contest, order, "DRY_RUN");
            if (!value.credited()) {
                refused.merge(value.refusal(), 1, Integer::sum);
                continue;
            }
            CreditOutcome outcome = board.record(value.credit());
            if (outcome.applied()) {
                credits.add(value.credit());
                fraud.selfReferral(order).ifPresent(flags::add);
            } else if (outcome.refusal() != null) {
                refused.merge(outcome.refusal(), 1, Integer::sum);
            }
        }
        board.recordVisits(visits);
        flags.addAll(fraud.spikes(credits));
        return new DryRunResult(snapshot.size(), credits.size(), refused, board.ranking(), winners.select(board),
                flags);
    }
}
