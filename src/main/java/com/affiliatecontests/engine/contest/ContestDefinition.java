package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.validation.FieldLength;
import com.affiliatecontests.engine.validation.Problems;
import com.affiliatecontests.engine.validation.ValidationCode;

import java.util.Objects;

/**
 * Everything an admin decides about a contest. {@link #validated()} checks it as a whole and
 * throws every problem found at once, each naming its field and label.
 */
public record ContestDefinition(String name, String description, ContestWindow window, Metric metric,
                                ContestKind kind, ContestRules rules, PrizeTable prizes,
                                AudienceRule eligibility, DisplayPolicy display, RevenueRule revenue) {

    public static final int NAME_MAX = FieldLength.NAME.max();

    public ContestDefinition {
        Objects.requireNonNull(window, "window");
        rules = rules == null ? ContestRules.ranking() : rules;
        prizes = prizes == null ? new PrizeTable(null) : prizes;
        eligibility = eligibility == null ? AudienceRule.allAffiliates() : eligibility;
        display = display == null ? DisplayPolicy.standard() : display;
    }

    public ContestDefinition validated() {
        Problems problems = new Problems();
        problems.check(name != null && !name.isBlank(), "name", ValidationCode.REQUIRED, "the contest needs a name");
        problems.check(name == null || name.length() <= NAME_MAX, "name", ValidationCode.TOO_LONG,
                "the name is longer than " + NAME_MAX + " characters");
        problems.check(metric != null, "metric", ValidationCode.REQUIRED, "choose what the contest counts");
        problems.check(kind != null, "kind", ValidationCode.REQUIRED, "choose how winners are decided");
        rules.validate(kind, metric, problems);
        prizes.validate(kind, problems);
        problems.check(!eligibility.isEmpty(), "eligibility", ValidationCode.ELIGIBILITY_EMPTY,
                "choose all affiliates or at least one tag, tier, segment or contact list");
        display.validate(problems);
        if (metric == Metric.REVENUE) {
            if (revenue == null) {
                problems.add("revenue.currency", ValidationCode.CURRENCY_REQUIRED,
                        "a revenue contest needs a currency");
            } else {
                revenue.validate(problems);
            }
        }
        problems.throwIfAny();
        return this;
    }

    public ContestDefinition withName(String newName) {
        return new ContestDefinition(newName, description, window, metric, kind, rules, prizes, eligibility, display,
                revenue);
    }

    public ContestDefinition withWindow(ContestWindow newWindow) {
        return new ContestDefinition(name, description, newWindow, metric, kind, rules, prizes, eligibility, display,
                revenue);
    }
}
