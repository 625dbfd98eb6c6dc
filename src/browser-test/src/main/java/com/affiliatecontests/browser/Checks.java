package com.affiliatecontests.browser;

import java.util.ArrayList;
import java.util.List;

/** The suite's results: one line per check, failures repeated at the end, then "N passed, M failed". */
final class Checks {
    private int passed;
    private final List<String> failures = new ArrayList<>();

    boolean check(String name, boolean ok, String detail) {
        if (ok) {
            passed++;
            System.out.println("PASS " + name);
        } else {
            String line = name + (detail == null || detail.isEmpty() ? "" : ": " + detail);
            failures.add(line);
            System.out.println("FAIL " + line);
        }
        return ok;
    }

    void fail(String name, String detail) {
        check(name, false, detail);
    }

    int failed() {
        return failures.size();
    }

    void printSummary() {
        if (!failures.isEmpty()) {
            System.out.println();
            System.out.println("Failed checks:");
            failures.forEach(f -> System.out.println("  " + f));
        }
        System.out.println();
        System.out.println(passed + " passed, " + failures.size() + " failed");
    }
}
