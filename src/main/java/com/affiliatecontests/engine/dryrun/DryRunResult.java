package com.affiliatecontests.engine.dryrun;

import com.affiliatecontests.engine.credit.CreditRefusal;
import com.affiliatecontests.engine.fraud.FraudFlag;
import com.affiliatecontests.engine.standing.Standing;
import com.affiliatecontests.engine.winner.Winner;

import java.util.List;
import java.util.Map;

/** The would-be outcome of a draft contest over past orders. */
public record DryRunResult(int participants, int credited, Map<CreditRefusal, Integer> refused,
                           List<Standing> ranking, List<Winner> winners, List<FraudFlag> flags) {

    public DryRunResult {
        refused = Map.copyOf(refused);
        ranking = List.copyOf(ranking);
        winners = List.copyOf(winners);
        flags = List.copyOf(flags);
    }
}
