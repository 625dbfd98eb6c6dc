package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On the valid-component fixture, a small component using every kind of reference correctly, the
 * cross-reference checks find nothing: they do not cry wolf. Each subject has checks that ran.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // OFBiz's files are read once per class, not per test
class ValidComponentSelfTest {

    private final OfbizHome home = Fixtures.home();
    private final CrossReferences references = new CrossReferences(Fixtures.component("valid-component"), home);

    private static void assertAllPass(String subject, List<Check> checks) {
        assertFalse(checks.stream().filter(c -> !c.isSkipped()).toList().isEmpty(), subject + ": no check ran");
        List<String> failures = checks.stream().filter(Check::failed).map(Check::report).toList();
        assertEquals(List.of(), failures, subject);
    }

    @Test
    void servicesPass() {
        assertAllPass("services", references.services());
    }

    @Test
    void entitiesPass() {
        assertAllPass("entities", references.entities());
    }

    @Test
    void databaseLimitsPass() {
        assertAllPass("database limits", references.databaseLimits());
    }

    @Test
    void locationsPass() {
        assertAllPass("locations", references.locations());
    }

    @Test
    void labelsPass() {
        assertAllPass("labels", references.labels());
    }

    @Test
    void ofbizComponentXmlPasses() {
        assertAllPass("ofbiz-component.xml", references.descriptor());
    }

    @Test
    void onlyOtherComponentsAreSkippedOnTheReferenceCopyAndTheSkipIsNamed() {
        List<Check> skipped = references.all().stream().filter(Check::isSkipped).toList();
        if (home.isFullInstallation()) {
            assertEquals(List.of(), skipped);
        } else {
            assertFalse(skipped.isEmpty(), "the common and commonext locations should be reported as skipped");
            skipped.forEach(c -> assertTrue(c.name().contains("other OFBiz components") && c.name().contains("skipped"), c.name()));
        }
    }
}
