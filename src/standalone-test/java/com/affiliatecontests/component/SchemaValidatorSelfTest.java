package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The schema validator reports each kind of broken XML of the invalid-schema fixture, and accepts valid files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // OFBiz's files are read once per class, not per test
class SchemaValidatorSelfTest {

    private final SchemaValidator validator = new SchemaValidator(new CatalogResolver(Fixtures.home()));
    private final Path broken = Fixtures.root("invalid-schema");
    private final Path valid = Fixtures.root("valid-component");

    private static void assertMentions(List<String> problems, String... fragments) {
        assertFalse(problems.isEmpty(), "no problem reported");
        for (String fragment : fragments) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)), "no problem mentions \"" + fragment + "\": " + problems);
        }
    }

    @Test
    void reportsAnElementTheSchemaDoesNotAllow() {
        assertMentions(validator.validate(broken.resolve("widget/BrokenScreens.xml"), SchemaValidator.Mode.SCHEMA_REQUIRED),
                "BrokenScreens.xml:7:", "labell");
    }

    @Test
    void reportsAnOfbizFileThatDeclaresNoSchema() {
        Path file = broken.resolve("widget/NoSchemaScreens.xml");
        assertMentions(validator.validate(file, SchemaValidator.Mode.SCHEMA_REQUIRED), "declares no schema");
        assertEquals(List.of(), validator.validate(file, SchemaValidator.Mode.SCHEMA_IF_DECLARED));
    }

    @Test
    void reportsSchemaAddressesNoCatalogMapsInsteadOfDownloadingThem() {
        assertMentions(validator.validate(broken.resolve("widget/UnmappedSchemaScreens.xml"), SchemaValidator.Mode.SCHEMA_REQUIRED),
                "http://ofbiz.apache.org/dtds/no-such-widget.xsd", "never downloaded");
        assertMentions(validator.validate(broken.resolve("widget/ForeignHostScreens.xml"), SchemaValidator.Mode.SCHEMA_REQUIRED),
                "http://schemas.example.com/dtds/widget-screen.xsd", "never downloaded");
    }

    @Test
    void reportsXmlThatIsNotWellFormedWithItsLine() {
        assertMentions(validator.validate(broken.resolve("config/NotWellFormedUiLabels.xml"), SchemaValidator.Mode.WELL_FORMED_ONLY),
                "NotWellFormedUiLabels.xml:6:", "not well-formed");
    }

    @Test
    void acceptsValidOfbizFilesOfEveryKind() {
        for (String file : List.of("ofbiz-component.xml", "config/AffiliateContestsUiLabels.xml", "entitydef/entitymodel.xml",
                "entitydef/eecas.xml", "servicedef/services.xml", "servicedef/secas.xml", "testdef/tests.xml",
                "widget/ContestScreens.xml", "widget/ContestForms.xml", "widget/ContestMenus.xml",
                "webapp/affcontest/WEB-INF/controller.xml", "data/AffiliateContestsSeedData.xml")) {
            assertEquals(List.of(), validator.validate(valid.resolve(file), SchemaValidator.Mode.SCHEMA_REQUIRED), file);
        }
    }

    @Test
    void checksServletDescriptorsForWellFormednessOnly() {
        Path webXml = valid.resolve("webapp/affcontest/WEB-INF/web.xml");
        assertEquals(List.of(), validator.validate(webXml, SchemaValidator.Mode.WELL_FORMED_ONLY));
        // its Jakarta schema is no OFBiz schema: validating it would need the network, which is refused
        assertMentions(validator.validate(webXml, SchemaValidator.Mode.SCHEMA_IF_DECLARED), "jakarta.ee", "never downloaded");
    }
}
