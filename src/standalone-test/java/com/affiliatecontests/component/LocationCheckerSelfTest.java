package com.affiliatecontests.component;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The location and ofbiz-component.xml checks report what the missing-location fixture gets wrong. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // OFBiz's files are read once per class, not per test
class LocationCheckerSelfTest {

    private final CrossReferences references = new CrossReferences(Fixtures.component("missing-location"), Fixtures.home());
    private final List<Check> locations = references.locations();
    private final List<Check> descriptor = references.descriptor();

    @Test
    void reportsLocationsOfMissingFiles() {
        Fixtures.assertReported(locations, "component://affiliatecontests/widget/NoSuchScreens.xml does not exist",
                "component://affiliatecontests/groovyScripts/NoSuchScript.groovy does not exist");
    }

    @Test
    void reportsMissingFilesInServletDescriptorParameters() {
        Fixtures.assertReported(locations, "web.xml:5: component://affiliatecontests/widget/NoSuchCommonScreens.xml does not exist");
    }

    @Test
    void reportsWidgetNamesTheTargetFileDoesNotDefine() {
        Fixtures.assertReported(locations, "defines no screen named NoSuchScreenInFile", "defines no screen named NoSuchScreenWithoutLocation",
                "defines no form named NoSuchForm", "defines no menu named ContestTabBar", "defines no form named NoSuchBaseForm");
        Fixtures.assertNotReported(locations, "named EditContest");
    }

    @Test
    void reportsAControllerViewOfAMissingScreen() {
        Fixtures.assertReported(locations, "controller.xml:5:", "defines no screen named NoSuchMainScreen");
    }

    @Test
    void reportsAGroovyScriptMethodThatIsMissing() {
        Fixtures.assertReported(locations, "ContestScreenData.groovy declares no method noSuchPrepareMethod");
    }

    @Test
    void reportsWhatOfbizComponentXmlGetsWrong() {
        Fixtures.assertReported(descriptor, "name is \"affiliatecontest\", expected \"affiliatecontests\"",
                "classpath config does not exist", "entity-resource entitydef/entitymodel.xml does not exist", "servicedef/secas.xml has root <service-eca>, expected <services>",
                "undeclared resource-loader \"other\"", "webapp reports has no webapp/reports/WEB-INF/web.xml",
                "servicedef/services.xml is not declared in ofbiz-component.xml");
    }
}
