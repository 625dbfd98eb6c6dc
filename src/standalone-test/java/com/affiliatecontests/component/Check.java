package com.affiliatecontests.component;

import java.util.List;

/**
 * The outcome of one named check: the problems it found (none means it passed), or the reason it
 * could not be made at all. Checkers return these; tests turn each one into a JUnit dynamic test.
 */
public record Check(String name, List<String> problems, String skippedBecause) {

    public Check {
        problems = List.copyOf(problems);
    }

    public static Check of(String name, List<String> problems) {
        return new Check(name, problems, null);
    }

    public static Check skipped(String name, String reason) {
        return new Check(name + " (skipped: " + reason + ")", List.of(), reason);
    }

    public boolean isSkipped() {
        return skippedBecause != null;
    }

    public boolean failed() {
        return !isSkipped() && !problems.isEmpty();
    }

    public String report() {
        return name + ": " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems);
    }
}
