package com.affiliatecontests.engine.standing;

import java.util.List;

/**
 * What a viewer sees of a contest's ranking: the top rows, its own row with its neighbours (when it
 * is not already among the top), how many compete, and whether the standings are final.
 */
public record Leaderboard(List<LeaderboardRow> top, List<LeaderboardRow> aroundViewer, LeaderboardRow viewer,
                          int participants, boolean provisional) {

    public Leaderboard {
        top = List.copyOf(top);
        aroundViewer = List.copyOf(aroundViewer);
    }
}
