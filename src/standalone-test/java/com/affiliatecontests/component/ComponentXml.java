package com.affiliatecontests.component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The component's XML files, parsed once and shared by the cross-reference checkers, which pick
 * them by root element (services, entitymodel, screens...). Files that do not parse are left out
 * here: the schema validation test reports them.
 */
final class ComponentXml {

    record File(Path path, String relativePath, Document document) {
        String rootName() {
            return document.getDocumentElement().getLocalName();
        }
    }

    private final List<File> files = new ArrayList<>();

    ComponentXml(ComponentFiles component) {
        for (Path path : component.xmlFiles()) {
            try {
                files.add(new File(path, component.relative(path).toString(), XmlDocuments.parse(path)));
            } catch (IOException | SAXException e) {
                // reported by SchemaValidationTest
            }
        }
    }

    List<File> all() {
        return List.copyOf(files);
    }

    Stream<File> withRoot(String... rootNames) {
        List<String> names = List.of(rootNames);
        return files.stream().filter(f -> names.contains(f.rootName()));
    }

    /** Widget definition files: screens, forms, menus, trees and compound widgets. */
    Stream<File> widgets() {
        return withRoot("screens", "forms", "menus", "trees", "compound-widgets");
    }
}
