package com.affiliatecontests.engine.eligibility;

/** Whether a partner must meet any or all criteria of a rule set. */
public enum Match {
    ANY,
    ALL
}
