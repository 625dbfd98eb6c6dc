package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The service checks report the broken services and ECAs of the missing-method fixture. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // OFBiz's files are read once per class, not per test
class ServiceCheckerSelfTest {

    private final List<Check> checks = new CrossReferences(Fixtures.component("missing-method"), Fixtures.home()).services();

    @Test
    void reportsAMethodMissingFromAGroovyService() {
        Fixtures.assertReported(checks, "service groovyMissingMethod", "declares no method noSuchGroovyMethod");
    }

    @Test
    void reportsAGroovyLocationThatIsNoFile() {
        Fixtures.assertReported(checks, "NoSuchScript.groovy is not a Groovy file of the component");
    }

    @Test
    void reportsAJavaServiceClassWithoutSource() {
        Fixtures.assertReported(checks, "class com.affiliatecontests.ofbiz.NoSuchServices has no source");
    }

    @Test
    void reportsAJavaServiceMethodMissing() {
        Fixtures.assertReported(checks, "declares no method noSuchJavaMethod");
    }

    @Test
    void callsAreNotMistakenForDeclarations() {
        assertFalse(Fixtures.named(checks, "service recomputeContestStandings [groovy]").failed());
    }

    @Test
    void reportsAnEntityAutoServiceOnAnUnknownEntityOrVerb() {
        Fixtures.assertReported(checks, "default-entity-name \"NoSuchContestEntity\"", "invoke \"upsert\"");
    }

    @Test
    void reportsAnEngineTheChecksDoNotCover() {
        Fixtures.assertReported(checks, "engine \"simple\" is not covered");
    }

    @Test
    void reportsUnknownPermissionAndInterfaceServices() {
        Fixtures.assertReported(checks, "permission-service: unknown service noSuchPermissionService", "implements: unknown service noSuchInterface");
    }

    @Test
    void reportsUnknownServicesOfServiceEcasButAcceptsAllowlistedOfbizTriggers() {
        Fixtures.assertReported(checks, "action: service \"noSuchActionService\" is not defined",
                "action: service \"sendMailFromScreen\" is not defined", "triggering service: unknown service noSuchTriggerService");
        Fixtures.assertNotReported(checks, "changeOrderStatus");
    }
}
