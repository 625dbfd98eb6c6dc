package com.affiliatecontests.engine.validation;

import com.affiliatecontests.engine.credit.CreditRefusal;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error and refusal the engine can give has an English and a French label for the screens. */
class EngineLabelsTest {

    private static Map<String, Set<String>> languagesByKey() throws Exception {
        Path home = Path.of(System.getProperty("affiliatecontests.home", "."));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Map<String, Set<String>> languages = new HashMap<>();
        for (String file : List.of("config/AffiliateContestsUiLabels.xml", "config/AffiliateContestsMessagingUiLabels.xml")) {
            read(factory.newDocumentBuilder().parse(home.resolve(file).toFile()), languages);
        }
        return languages;
    }

    private static void read(org.w3c.dom.Document document, Map<String, Set<String>> languages) {
        NodeList properties = document.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            NodeList values = property.getElementsByTagName("value");
            Set<String> langs = new HashSet<>();
            for (int j = 0; j < values.getLength(); j++) {
                Element value = (Element) values.item(j);
                if (!value.getTextContent().isBlank()) {
                    langs.add(value.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
                }
            }
            languages.put(property.getAttribute("key"), langs);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCodeHasEnglishAndFrenchLabels() throws Exception {
        Map<String, Set<String>> languages = languagesByKey();
        Stream<String> keys = Stream.concat(Stream.of(ValidationCode.values()).map(ValidationCode::labelKey),
                Stream.of(CreditRefusal.values()).map(CreditRefusal::labelKey));
        return keys.map(key -> DynamicTest.dynamicTest(key, () -> assertTrue(
                languages.getOrDefault(key, Set.of()).containsAll(Set.of("en", "fr")),
                key + " needs en and fr values in config/AffiliateContests(Messaging)UiLabels.xml")));
    }
}
