package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every XML file of the component against the OFBiz schema it declares (resolved through OFBiz's
 * XML catalogs, never downloaded). OFBiz files must declare one; web.xml is only checked to be
 * well-formed.
 */
class SchemaValidationTest {

    private final SchemaValidator validator = new SchemaValidator(new CatalogResolver(OfbizHome.locate(ComponentFiles.underTest().root())));

    @TestFactory
    Stream<DynamicNode> everyXmlFileIsValid() {
        return validate(ComponentFiles.underTest());
    }

    /** The test-only benchmark component in benchmark/ (a component of its own). */
    @TestFactory
    Stream<DynamicNode> everyBenchmarkComponentXmlFileIsValid() {
        return validate(ComponentFiles.benchmarkUnderTest());
    }

    private Stream<DynamicNode> validate(ComponentFiles component) {
        List<Path> files = component.xmlFiles();
        DynamicTest descriptorFound = DynamicTest.dynamicTest("the component has an ofbiz-component.xml to validate",
                () -> assertTrue(files.contains(component.root().resolve("ofbiz-component.xml")),
                        "no ofbiz-component.xml found in " + component.root() + ": this suite would validate nothing"));
        return Stream.concat(Stream.of(descriptorFound),
                files.stream().map(file -> DynamicChecks.test(check(component, file))));
    }

    private Check check(ComponentFiles component, Path file) {
        SchemaValidator.Mode mode = mode(component, file);
        String name = component.relative(file) + switch (mode) {
            case SCHEMA_REQUIRED -> " (OFBiz file, against its schema)";
            case SCHEMA_IF_DECLARED -> " (against its schema if it declares one)";
            case WELL_FORMED_ONLY -> " (servlet descriptor, well-formedness only)";
        };
        return Check.of(name, validator.validate(file, mode));
    }

    private static SchemaValidator.Mode mode(ComponentFiles component, Path file) {
        if (component.isServletDescriptor(file)) {
            return SchemaValidator.Mode.WELL_FORMED_ONLY;
        }
        return component.isOfbizXmlFile(file) ? SchemaValidator.Mode.SCHEMA_REQUIRED : SchemaValidator.Mode.SCHEMA_IF_DECLARED;
    }
}
