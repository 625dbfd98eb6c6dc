package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The component's services, entities and fields, widget locations, labels and ofbiz-component.xml
 * refer to things that exist, in the component or in OFBiz (see {@link OfbizHome}); its entity model
 * and data fit what the database accepts (value lengths, reserved words, constraint names).
 */
class CrossReferenceTest {

    @TestFactory
    Stream<DynamicNode> crossReferences() {
        ComponentFiles component = ComponentFiles.underTest();
        return check(new CrossReferences(component, OfbizHome.locate(component.root())));
    }

    /** The test-only benchmark component in benchmark/, which depends on affiliatecontests. */
    @TestFactory
    Stream<DynamicNode> benchmarkComponentCrossReferences() {
        ComponentFiles component = ComponentFiles.underTest();
        return check(new CrossReferences(ComponentFiles.benchmarkUnderTest(), OfbizHome.locate(component.root()), List.of(component)));
    }

    private static Stream<DynamicNode> check(CrossReferences references) {
        DynamicTest ofbizModels = DynamicTest.dynamicTest("OFBiz home " + references.home() + " provides entity models",
                () -> assertTrue(references.entityModel().size() > 100,
                        "only " + references.entityModel().size() + " entities found in " + references.home()));
        return Stream.of(ofbizModels,
                DynamicChecks.container("services", references.services(),
                        "no service definitions, ECAs, controller events or test suites yet"),
                DynamicChecks.container("entities and fields", references.entities(),
                        "no entity model, ECA, service, data, widget or Groovy file uses an entity yet"),
                DynamicChecks.container("database limits", references.databaseLimits(),
                        "no entity model or data file yet"),
                DynamicChecks.container("component:// locations and widget names", references.locations(),
                        "no component:// location or widget include yet"),
                DynamicChecks.container("labels", references.labels(), "no label file or label use yet"),
                DynamicChecks.container("ofbiz-component.xml", references.descriptor(), "no ofbiz-component.xml"));
    }
}
