package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fixture components of src/standalone-test/resources/fixtures, and assertions on check results. */
final class Fixtures {

    private Fixtures() {
    }

    static Path root(String fixture) {
        Path root = ComponentFiles.underTest().root().resolve("src/standalone-test/resources/fixtures").resolve(fixture);
        assertTrue(Files.isDirectory(root), "missing fixture " + root);
        return root;
    }

    /** The fixture as a component named affiliatecontests, so its component:// locations resolve in it. */
    static ComponentFiles component(String fixture) {
        return new ComponentFiles(ComponentFiles.NAME, root(fixture));
    }

    static OfbizHome home() {
        return OfbizHome.locate(ComponentFiles.underTest().root());
    }

    static List<String> problems(List<Check> checks) {
        return checks.stream().flatMap(c -> c.problems().stream()).toList();
    }

    /** Each fragment appears in a problem of a failed check. */
    static void assertReported(List<Check> checks, String... fragments) {
        List<String> problems = problems(checks);
        for (String fragment : fragments) {
            if (problems.stream().noneMatch(p -> p.contains(fragment))) {
                fail("expected a problem mentioning \"" + fragment + "\"; problems reported:\n  " + String.join("\n  ", problems));
            }
        }
    }

    /** No problem mentions the fragment (e.g. something correct, or commented out). */
    static void assertNotReported(List<Check> checks, String fragment) {
        List<String> matching = problems(checks).stream().filter(p -> p.contains(fragment)).toList();
        assertTrue(matching.isEmpty(), "unexpected problems mentioning \"" + fragment + "\":\n  " + String.join("\n  ", matching));
    }

    /** The check of that exact name. */
    static Check named(List<Check> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check named \"" + name + "\" among " + checks.stream().map(Check::name).toList()));
    }
}
