package com.affiliatecontests.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The component's label keys (to spot a key left raw on a page) and their English values. */
final class Labels {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{5,}");

    final Set<String> keys = new HashSet<>();
    final Map<String, String> english = new HashMap<>();
    /** locale ("en", "fr") -> key -> value. */
    final Map<String, Map<String, String>> byLocale = new HashMap<>();

    Labels(Path configDir) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(configDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith("UiLabels.xml")).toList();
        }
        for (Path f : files) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
            for (Element p : Controllers.children(doc.getDocumentElement(), "property")) {
                String key = p.getAttribute("key");
                keys.add(key);
                for (Element v : Controllers.children(p, "value")) {
                    byLocale.computeIfAbsent(v.getAttribute("xml:lang"), l -> new HashMap<>()).put(key, v.getTextContent());
                    if ("en".equals(v.getAttribute("xml:lang"))) {
                        english.put(key, v.getTextContent());
                    }
                }
            }
        }
    }

    /** Label keys (or FreeMarker label expressions) that appear as such in a page's visible text. */
    Set<String> rawKeysIn(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (keys.contains(m.group())) {
                found.add(m.group());
            }
        }
        for (String marker : List.of("${uiLabelMap", "uiLabelMap.", "${", "#{")) {
            if (text.contains(marker)) {
                found.add(marker);
            }
        }
        return found;
    }

    /** The label's value in the locale, or null. */
    String get(String locale, String key) {
        return byLocale.getOrDefault(locale, Map.of()).get(key);
    }

    String en(String key) {
        String v = english.get(key);
        if (v == null) {
            throw new IllegalStateException("no English value for label " + key);
        }
        return v;
    }
}
