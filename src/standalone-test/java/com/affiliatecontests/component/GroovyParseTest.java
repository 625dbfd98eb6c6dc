package com.affiliatecontests.component;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every Groovy file of the component parses with Groovy 3 (syntax only: OFBiz is not on this classpath). */
class GroovyParseTest {

    @TestFactory
    Stream<DynamicTest> everyGroovyFileParses() {
        return parse(ComponentFiles.underTest());
    }

    /** The test-only benchmark component in benchmark/. */
    @TestFactory
    Stream<DynamicTest> everyBenchmarkComponentGroovyFileParses() {
        return parse(ComponentFiles.benchmarkUnderTest());
    }

    private static Stream<DynamicTest> parse(ComponentFiles component) {
        List<Path> files = component.files("groovy");
        if (files.isEmpty()) {
            return Stream.of(DynamicChecks.test(Check.skipped("Groovy files", "the component has no .groovy file yet")));
        }
        GroovySyntaxChecker checker = new GroovySyntaxChecker();
        return files.stream().map(file -> DynamicChecks.test(Check.of(component.relative(file).toString(), checker.check(file))));
    }
}
