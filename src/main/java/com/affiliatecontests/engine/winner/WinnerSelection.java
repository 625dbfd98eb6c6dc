package com.affiliatecontests.engine.winner;

import com.affiliatecontests.engine.contest.ContestDefinition;
import com.affiliatecontests.engine.contest.ContestKind;
import com.affiliatecontests.engine.contest.Metric;
import com.affiliatecontests.engine.standing.RankedBoard;
import com.affiliatecontests.engine.standing.Standing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides the winners from the rules and the standings alone, so that replaying the same ledger
 * always gives the same winners.
 * <ul>
 * <li>RANKING and GOAL_THEN_RANKING: qualified partners in place order win the prize of their place,
 * as far as the prize tiers and the maximum number of winners reach.</li>
 * <li>GOAL: every qualified partner that reached the target wins, in the order in which they reached
 * it (ties broken by the ranking), up to the goal cap and the maximum number of winners; the prize is
 * the tier covering that order, if any.</li>
 * </ul>
 */
public final class WinnerSelection {

    public List<Winner> select(RankedBoard board) {
        ContestDefinition contest = board.definition();
        List<Standing> ranking = board.ranking();
        if (contest.kind() == ContestKind.GOAL) {
            return goalWinners(contest, ranking, partner -> reachedAt(board, contest, ranking, partner));
        }
        return rankingWinners(contest, ranking);
    }

    private static List<Winner> rankingWinners(ContestDefinition contest, List<Standing> ranking) {
        int limit = Math.min(contest.prizes().placesCovered(), maxWinners(contest));
        List<Winner> winners = new ArrayList<>();
        for (Standing row : ranking) {
            if (!row.qualified() || row.place() > limit) {
                break;
            }
            winners.add(new Winner(row.partnerId(), row.place(), row.rank(), row.score(),
                    contest.prizes().forPlace(row.place()).orElse(null)));
        }
        return List.copyOf(winners);
    }

    private static List<Winner> goalWinners(ContestDefinition contest, List<Standing> ranking,
                                            Function<String, Instant> reachedAt) {
        List<Standing> reached = ranking.stream()
                .filter(row -> row.qualified() && row.score().compareTo(contest.rules().target()) >= 0)
                .toList();
        Map<String, Instant> times = reached.stream()
                .collect(Collectors.toMap(Standing::partnerId, row -> reachedAt.apply(row.partnerId())));
        List<Standing> inOrder = reached.stream()
                .sorted(Comparator.comparing((Standing row) -> times.get(row.partnerId()))
                        .thenComparingInt(Standing::place))
                .toList();
        int cap = contest.rules().goalCap() == null ? Integer.MAX_VALUE : contest.rules().goalCap();
        int limit = Math.min(cap, maxWinners(contest));
        List<Winner> winners = new ArrayList<>();
        for (Standing row : inOrder) {
            if (winners.size() == limit) {
                break;
            }
            int place = winners.size() + 1;
            winners.add(new Winner(row.partnerId(), place, row.rank(), row.score(),
                    contest.prizes().forPlace(place).orElse(null)));
        }
        return List.copyOf(winners);
    }

    private static Instant reachedAt(RankedBoard board, ContestDefinition contest, List<Standing> ranking,
                                     String partnerId) {
        if (contest.metric() != Metric.CONVERSION_RATE) {
            return board.goalReachedAt(partnerId, contest.rules().target()).orElse(Instant.MAX);
        }
        // A rate has no running total: it stands since the partner's latest counted conversion.
        return ranking.stream().filter(row -> row.partnerId().equals(partnerId)).findFirst()
                .map(Standing::reachedAt).orElse(Instant.MAX);
    }

    private static int maxWinners(ContestDefinition contest) {
        return contest.rules().maxWinners() == null ? Integer.MAX_VALUE : contest.rules().maxWinners();
    }
}
