package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/** Turns {@link Check}s into JUnit dynamic tests: skipped checks are reported as aborted, not passed. */
final class DynamicChecks {

    private DynamicChecks() {
    }

    static DynamicTest test(Check check) {
        return DynamicTest.dynamicTest(check.name(), () -> {
            Assumptions.assumeFalse(check.isSkipped(), check.skippedBecause());
            if (check.failed()) {
                fail(check.report());
            }
        });
    }

    /** A container of the checks, or one skipped test saying why there was nothing to check. */
    static DynamicContainer container(String name, List<Check> checks, String whenEmpty) {
        Stream<DynamicNode> tests = checks.isEmpty()
                ? Stream.of(test(Check.skipped(name, whenEmpty)))
                : checks.stream().map(DynamicChecks::test);
        return DynamicContainer.dynamicContainer(name, tests);
    }
}
