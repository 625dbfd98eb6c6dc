package com.affiliatecontests.component;

import com.affiliatecontests.engine.credit.ReversalKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard names each ledger line by its kind (AffiliateContestsBoLine_KIND): every kind the engine writes has its label. */
class LedgerLineLabelsTest {

    @Test
    void everyLedgerLineKindHasItsLabelInEnglishAndFrench() throws Exception {
        NodeList properties = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("config/AffiliateContestsBackOfficeUiLabels.xml").toFile()).getElementsByTagName("property");
        Set<String> both = new HashSet<>();
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            NodeList values = p.getElementsByTagName("value");
            Set<String> langs = new HashSet<>();
            for (int j = 0; j < values.getLength(); j++) {
                langs.add(((Element) values.item(j)).getAttribute("xml:lang"));
            }
            if (langs.containsAll(List.of("en", "fr"))) {
                both.add(p.getAttribute("key"));
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> kinds = new ArrayList<>(List.of("CREDIT"));
        for (ReversalKind kind : ReversalKind.values()) {
            kinds.add(kind.name());
        }
        for (String kind : kinds) {
            if (!both.contains("AffiliateContestsBoLine_" + kind)) {
                missing.add("AffiliateContestsBoLine_" + kind);
            }
        }
        assertTrue(missing.isEmpty(), "no en and fr label: " + missing);
    }
}
