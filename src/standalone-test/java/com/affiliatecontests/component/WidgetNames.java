package com.affiliatecontests.component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** The screens, forms, grids, menus and trees each widget file defines, read once per file. */
final class WidgetNames {

    static final Set<String> KINDS = Set.of("screen", "form", "grid", "menu", "tree");

    private final Map<Path, Map<String, Set<String>>> namesByFile = new HashMap<>();

    /** Names of that kind ("screen", "form"...) the file defines; empty if unreadable. */
    Set<String> defined(Path file, String kind) {
        return namesByFile.computeIfAbsent(file.toAbsolutePath().normalize(), WidgetNames::read).getOrDefault(kind, Set.of());
    }

    private static Map<String, Set<String>> read(Path file) {
        Map<String, Set<String>> names = new HashMap<>();
        Document document;
        try {
            document = XmlDocuments.parse(file);
        } catch (IOException | SAXException e) {
            return names;
        }
        for (Element element : XmlDocuments.elements(document, "*")) {
            String kind = element.getLocalName();
            boolean isDefinition = element.getParentNode() == document.getDocumentElement() || element.getParentNode() == document;
            if (isDefinition && KINDS.contains(kind) && element.hasAttribute("name")) {
                names.computeIfAbsent(kind, k -> new HashSet<>()).add(element.getAttribute("name"));
            }
        }
        return names;
    }
}
