package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfbizHomeTest {

    @TempDir
    Path temp;

    private static final UnaryOperator<String> NOTHING = name -> null;

    private Path ofbizAt(String relative) throws IOException {
        Path home = temp.resolve(relative);
        Files.createDirectories(home.resolve(OfbizHome.MARKER).getParent());
        Files.writeString(home.resolve(OfbizHome.MARKER), "<xs:schema/>");
        return home.toAbsolutePath().normalize();
    }

    private Path componentAt(String relative) throws IOException {
        return Files.createDirectories(temp.resolve(relative));
    }

    @Test
    void ofbizHomeVariableComesFirst() throws IOException {
        Path home = ofbizAt("ofbiz");
        Path component = componentAt("elsewhere/plugins/affiliatecontests");
        ofbizAt("elsewhere"); // an installation around the component too: OFBIZ_HOME still wins
        OfbizHome found = OfbizHome.locate(component, Map.of("OFBIZ_HOME", home.toString())::get, NOTHING);
        assertEquals(home, found.root());
        assertEquals("$OFBIZ_HOME", found.foundBy());
    }

    @Test
    void ofbizHomeVariableThatIsNoOfbizFailsLoudly() throws IOException {
        Path component = componentAt("component");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OfbizHome.locate(component, Map.of("OFBIZ_HOME", temp.resolve("nothing").toString())::get, NOTHING));
        assertTrue(e.getMessage().contains("OFBIZ_HOME"), e.getMessage());
    }

    @Test
    void installedUnderPluginsUsesTheEnclosingOfbiz() throws IOException {
        Path home = ofbizAt("ofbiz");
        Path component = componentAt("ofbiz/plugins/affiliatecontests");
        assertEquals(home, OfbizHome.locate(component, NOTHING, NOTHING).root());
    }

    @Test
    void thenTheReferenceProperty() throws IOException {
        Path reference = ofbizAt("somewhere/reference");
        Path component = componentAt("checkout");
        assertEquals(reference, OfbizHome.locate(component, NOTHING, Map.of("ofbiz.reference", reference.toString())::get).root());
    }

    @Test
    void thenSharedReferenceBesideTheComponent() throws IOException {
        Path reference = ofbizAt("shared/ofbiz-reference");
        Path component = componentAt("main");
        assertEquals(reference, OfbizHome.locate(component, NOTHING, NOTHING).root());
    }

    @Test
    void noneFoundFailsWithWhatWasTried() throws IOException {
        Path component = componentAt("main");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OfbizHome.locate(component, NOTHING, Map.of("ofbiz.reference", "/no/such/reference")::get));
        assertTrue(e.getMessage().contains("/no/such/reference"), e.getMessage());
        assertTrue(e.getMessage().contains("shared/ofbiz-reference"), e.getMessage());
        assertTrue(e.getMessage().contains("OFBIZ_HOME"), e.getMessage());
    }

    @Test
    void theReferenceCopyIsNotAFullOfbiz() {
        OfbizHome home = Fixtures.home();
        if (!home.foundBy().equals("$OFBIZ_HOME")) {
            assertFalse(home.isFullInstallation(), home.toString());
        }
        assertFalse(home.catalogFiles().isEmpty(), "no XML catalog in " + home);
        assertFalse(home.entityModelFiles().isEmpty(), "no entity model in " + home);
    }
}
