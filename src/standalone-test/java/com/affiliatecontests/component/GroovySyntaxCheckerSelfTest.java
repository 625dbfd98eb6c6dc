package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroovySyntaxCheckerSelfTest {

    private final GroovySyntaxChecker checker = new GroovySyntaxChecker();

    @Test
    void reportsASyntaxErrorWithFileAndLine() {
        Path broken = Fixtures.root("groovy-syntax").resolve("src/main/groovy/com/affiliatecontests/ofbiz/BrokenServices.groovy");
        List<String> problems = checker.check(broken);
        assertFalse(problems.isEmpty(), "the syntax error was not reported");
        assertTrue(problems.get(0).startsWith(broken + ":6:"), problems.toString());
    }

    @Test
    void parsesValidGroovyThatUsesOfbizClassesNotOnTheClasspath() {
        ComponentFiles valid = Fixtures.component("valid-component");
        List<Path> files = valid.files("groovy");
        assertEquals(2, files.size(), files.toString());
        files.forEach(file -> assertEquals(List.of(), checker.check(file), file.toString()));
    }
}
