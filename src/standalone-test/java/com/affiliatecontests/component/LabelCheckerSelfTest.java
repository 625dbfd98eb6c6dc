package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The label checks report the missing labels, resources and translations of the missing-label fixture. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // OFBiz's files are read once per class, not per test
class LabelCheckerSelfTest {

    private final OfbizHome home = Fixtures.home();
    private final List<Check> checks = new CrossReferences(Fixtures.component("missing-label"), home).labels();

    @Test
    void reportsAMissingLabelOfAWidgetButNotTheExistingOrCommentedOutOnes() {
        Fixtures.assertReported(checks, "ContestScreens.xml:14: label AffiliateContestsNoSuchLabel is in no label resource");
        Fixtures.assertReported(checks, "ContestScreens.xml:10: page title label AffiliateContestsNoSuchTitle is in no label resource");
        Fixtures.assertNotReported(checks, "label AffiliateContestsContest ");
        Fixtures.assertNotReported(checks, "CommonSubmit");
        Fixtures.assertNotReported(checks, "CommentedOutLabelsAreNotChecked");
    }

    @Test
    void reportsAMissingLabelOfATemplate() {
        Fixtures.assertReported(checks, "ContestHeader.ftl:3: label AffiliateContestsNoSuchTemplateLabel");
        Fixtures.assertNotReported(checks, "CommentedOutInTemplate");
    }

    @Test
    void reportsMissingKeysAndResourcesOfGroovyMessages() {
        Fixtures.assertReported(checks, "label AffiliateContestsNoSuchMessage is not in AffiliateContestsUiLabels",
                "label resource AffiliateContestsNoSuchResource does not exist");
    }

    @Test
    void reportsAPropertyMapOfAMissingResource() {
        Fixtures.assertReported(checks, "label resource AffiliateContestsNoSuchUiLabels does not exist");
    }

    @Test
    void reportsAKeyWithoutItsFrenchValue() {
        Fixtures.assertReported(checks, "key AffiliateContestsOnlyInEnglish has values in [en]");
    }

    @Test
    void skipsOfbizResourcesTheReferenceCopyLacksAndSaysSo() {
        Check partyLabels = checks.stream().filter(c -> c.name().startsWith("property-map resources of widget/PartyScreens.xml"))
                .findFirst().orElseThrow();
        if (home.isFullInstallation()) {
            assertFalse(partyLabels.failed(), partyLabels.report());
        } else {
            assertTrue(partyLabels.isSkipped(), partyLabels.name());
            assertTrue(partyLabels.name().contains("PartyUiLabels"), partyLabels.name());
        }
    }
}
