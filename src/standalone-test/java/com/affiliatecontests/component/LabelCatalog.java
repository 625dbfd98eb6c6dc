package com.affiliatecontests.component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Label resources (ofbiz-properties files such as config/AffiliateContestsUiLabels.xml): their
 * keys and the languages each key has a non-blank value in. The component's own files are kept
 * apart from OFBiz's.
 */
final class LabelCatalog {

    record LabelFile(String resource, Path file, boolean own, Map<String, Set<String>> languagesByKey) {
    }

    private final List<LabelFile> files = new ArrayList<>();
    private final Set<String> allKeys = new HashSet<>();

    LabelCatalog(Collection<Path> ownFiles, Collection<Path> ofbizFiles) {
        ownFiles.forEach(f -> add(f, true));
        ofbizFiles.forEach(f -> add(f, false));
    }

    static LabelCatalog of(ComponentFiles component, ComponentXml xml, OfbizHome home) {
        return of(component, xml, home, List.of());
    }

    /** With the label files of the components this one depends on, read as OFBiz's are. */
    static LabelCatalog of(ComponentFiles component, ComponentXml xml, OfbizHome home, List<Path> dependencyFiles) {
        List<Path> own = xml.withRoot("resource").map(ComponentXml.File::path)
                .filter(p -> component.relative(p).startsWith("config")).toList();
        List<Path> others = new ArrayList<>(dependencyFiles);
        others.addAll(home.labelFiles());
        return new LabelCatalog(own, others);
    }

    private void add(Path file, boolean own) {
        Document document;
        try {
            document = own ? XmlDocuments.parse(file) : XmlDocuments.parseAsShipped(file);
        } catch (IOException | SAXException e) {
            if (own) {
                return; // reported by SchemaValidationTest
            }
            throw new IllegalStateException("Cannot read OFBiz labels " + file + ": " + e.getMessage(), e);
        }
        if (!"resource".equals(document.getDocumentElement().getLocalName())) {
            return;
        }
        Map<String, Set<String>> languagesByKey = new LinkedHashMap<>();
        for (Element property : XmlDocuments.children(document.getDocumentElement(), "property")) {
            Set<String> languages = languagesByKey.computeIfAbsent(property.getAttribute("key"), k -> new TreeSet<>());
            for (Element value : XmlDocuments.children(property, "value")) {
                if (!value.getTextContent().isBlank()) {
                    languages.add(value.getAttribute("xml:lang"));
                }
            }
        }
        String name = file.getFileName().toString();
        files.add(new LabelFile(name.substring(0, name.length() - ".xml".length()), file, own, languagesByKey));
        allKeys.addAll(languagesByKey.keySet());
    }

    List<LabelFile> ownFiles() {
        return files.stream().filter(LabelFile::own).toList();
    }

    boolean hasResource(String resource) {
        return files.stream().anyMatch(f -> f.resource().equals(resource));
    }

    /** Whether any label resource (the component's or OFBiz's) has the key. */
    boolean hasKey(String key) {
        return allKeys.contains(key);
    }

    boolean hasKey(String resource, String key) {
        return files.stream().anyMatch(f -> f.resource().equals(resource) && f.languagesByKey().containsKey(key));
    }
}
