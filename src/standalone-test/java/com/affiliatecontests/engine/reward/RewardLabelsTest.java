package com.affiliatecontests.engine.reward;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every reward refusal of the engine, and every field it names, has an English and a French label. */
class RewardLabelsTest {

    private static final List<String> FIELDS = List.of("kind", "amount", "currency", "promotion", "validDays", "partyId",
            "prize", "prizes", "budget", "budgetCurrency");

    @Test
    void everyErrorAndFieldHasEnglishAndFrench() throws Exception {
        Path home = Path.of(System.getProperty("affiliatecontests.home", "."));
        var factory = DocumentBuilderFactory.newInstance();
        var document = factory.newDocumentBuilder().parse(home.resolve("config/AffiliateContestsRewardUiLabels.xml").toFile());
        Map<String, Set<String>> languages = new HashMap<>();
        NodeList properties = document.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            NodeList values = property.getElementsByTagName("value");
            for (int j = 0; j < values.getLength(); j++) {
                languages.computeIfAbsent(property.getAttribute("key"), k -> new HashSet<>())
                        .add(((Element) values.item(j)).getAttribute("xml:lang"));
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (RewardError error : RewardError.values()) {
            keys.add(error.labelKey());
        }
        FIELDS.forEach(f -> keys.add("AffiliateContestsRewardField_" + f));
        for (String key : keys) {
            if (!languages.getOrDefault(key, Set.of()).containsAll(Set.of("en", "fr"))) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
    }
}
