package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.ls.LSInput;

@TestInstance(TestInstance.Lifecycle.PER_CLASS) // OFBiz's files are read once per class, not per test
class CatalogResolverTest {

    private final OfbizHome home = Fixtures.home();
    private final CatalogResolver resolver = new CatalogResolver(home);

    @Test
    void mapsOfbizAddressesToTheSchemasOfTheOfbizHome() {
        assertEquals(Optional.of(home.root().resolve("framework/widget/dtd/widget-screen.xsd")),
                resolver.resolve("http://ofbiz.apache.org/dtds/widget-screen.xsd"));
        assertEquals(Optional.of(home.root().resolve("framework/base/dtd/ofbiz-component.xsd")),
                resolver.resolve("https://ofbiz.apache.org/dtds/ofbiz-component.xsd"));
    }

    @Test
    void findsTheW3cXmlSchemaThatOfbizPropertiesImports() {
        Optional<Path> xml = resolver.resolve("http://www.w3.org/2001/xml.xsd");
        assertTrue(xml.isPresent(), "http://www.w3.org/2001/xml.xsd not found in " + home);
    }

    @Test
    void leavesUnknownAddressesUnresolved() {
        assertEquals(Optional.empty(), resolver.resolve("http://ofbiz.apache.org/dtds/no-such-schema.xsd"));
        assertEquals(Optional.empty(), resolver.resolve("http://schemas.example.com/dtds/widget-screen.xsd"));
    }

    @Test
    void refusesToHandAnUnknownAddressToTheParser() {
        CatalogResolver.UnresolvedAddressException e = assertThrows(CatalogResolver.UnresolvedAddressException.class,
                () -> resolver.resolveResource("http://www.w3.org/2001/XMLSchema", null, null, "http://schemas.example.com/x.xsd", null));
        assertTrue(e.getMessage().contains("never downloaded"), e.getMessage());
    }

    @Test
    void resolvesRelativeImportsAgainstTheImportingSchema() {
        Path compound = home.root().resolve("framework/widget/dtd/compound-widgets.xsd");
        LSInput input = resolver.resolveResource("http://www.w3.org/2001/XMLSchema", "http://ofbiz.apache.org/Site-Conf", null,
                "../../webapp/dtd/site-conf.xsd", compound.toUri().toString());
        assertEquals(home.root().resolve("framework/webapp/dtd/site-conf.xsd").toUri().toString(), input.getSystemId());
    }
}
