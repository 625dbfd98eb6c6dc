package com.affiliatecontests.engine.contest;

/** How partner names appear on a leaderboard seen by other partners. */
public enum NameDisplay {
    FULL,
    ALIAS,
    INITIALS
}
