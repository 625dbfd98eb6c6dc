package com.affiliatecontests.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Every {@code component://} location in the component's XML (attributes and text, e.g. web.xml
 * context parameters) points to an existing file, and where a widget name goes with it
 * ({@code include-screen}, {@code decorator-screen}, {@code include-form}, {@code include-grid},
 * {@code include-menu}, {@code include-tree}, {@code extends}+{@code extends-resource}, a
 * controller view-map {@code page="...#Screen"}) the file defines a widget of that name and kind.
 * Includes without a location name a widget of the same file. Groovy locations with
 * {@code #method} must declare the method. Locations in other OFBiz components are checked when
 * the OFBiz home is a full OFBiz, and reported as skipped on the reference copy.
 */
final class LocationChecker {

    /** Elements that name a widget (their "name") found at their "location". */
    private static final Map<String, String> INCLUDES = Map.of(
            "include-screen", "screen", "decorator-screen", "screen", "include-form", "form",
            "include-grid", "grid", "include-menu", "menu", "include-tree", "tree");

    private final ComponentFiles component;
    private final ComponentXml xml;
    private final OfbizHome home;
    private final WidgetNames widgets = new WidgetNames();
    private Map<String, Path> ofbizComponents;

    LocationChecker(ComponentFiles component, ComponentXml xml, OfbizHome home) {
        this.component = component;
        this.xml = xml;
        this.home = home;
    }

    List<Check> locations() {
        List<Check> checks = new ArrayList<>();
        for (ComponentXml.File file : xml.all()) {
            List<String> problems = new ArrayList<>();
            Set<String> otherComponents = new TreeSet<>();
            int checked = 0;
            for (Element element : XmlDocuments.elements(file.document(), "*")) {
                checked += checkSameFileInclude(file.path(), element, problems);
                for (Reference reference : references(element)) {
                    if (reference.url().component().equals(component.name())) {
                        checked++;
                        checkOwn(file.path(), reference, problems);
                    } else if (home.isFullInstallation()) {
                        checked++;
                        checkOther(file.path(), reference, problems);
                    } else {
                        otherComponents.add(reference.url().component());
                    }
                }
            }
            if (checked > 0) {
                checks.add(Check.of("locations in " + file.relativePath(), problems));
            }
            if (!otherComponents.isEmpty()) {
                checks.add(Check.skipped("locations of other OFBiz components " + otherComponents + " in " + file.relativePath(),
                        "the OFBiz home is the reference copy, which has no components; set OFBIZ_HOME to a full OFBiz to check them"));
            }
        }
        return checks;
    }

    /** A component:// location found on an element, with the widget name and kind it should define. */
    private record Reference(Element element, ComponentUrl url, String widgetName, String widgetKind) {
    }

    private static List<Reference> references(Element element) {
        List<Reference> references = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            ComponentUrl.parse(attribute.getValue()).ifPresent(url -> references.add(reference(element, attribute.getName(), url)));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                ComponentUrl.parse(child.getNodeValue()).ifPresent(url -> references.add(new Reference(element, url, null, null)));
            }
        }
        return references;
    }

    private static Reference reference(Element element, String attribute, ComponentUrl url) {
        String kind = element.getLocalName();
        if (url.fragment() != null) {
            boolean screenView = "view-map".equals(kind) && element.getAttribute("type").startsWith("screen");
            return new Reference(element, url, url.fragment(), screenView ? "screen" : null);
        }
        if ("location".equals(attribute) && INCLUDES.containsKey(kind)) {
            return new Reference(element, url, element.getAttribute("name"), INCLUDES.get(kind));
        }
        if ("extends-resource".equals(attribute) && WidgetNames.KINDS.contains(kind)) {
            return new Reference(element, url, element.getAttribute("extends"), kind);
        }
        return new Reference(element, url, null, null);
    }

    /** An include without location names a widget of the same file; returns 1 if it was one. */
    private int checkSameFileInclude(Path file, Element element, List<String> problems) {
        String kind = INCLUDES.get(element.getLocalName());
        if (kind == null || element.hasAttribute("location")) {
            return 0;
        }
        requireWidget(file, element, file, element.getAttribute("name"), kind, problems);
        return 1;
    }

    private void checkOwn(Path file, Reference reference, List<String> problems) {
        Path target = component.resolve(reference.url()).orElseThrow();
        if (!Files.isRegularFile(target)) {
            problems.add(XmlDocuments.where(file, reference.element()) + ": " + reference.url() + " does not exist");
            return;
        }
        checkName(file, reference, target, problems);
    }

    private void checkOther(Path file, Reference reference, List<String> problems) {
        Path componentDirectory = ofbizComponents().get(reference.url().component());
        Path target = componentDirectory == null ? null : componentDirectory.resolve(reference.url().path()).normalize();
        if (target == null || !Files.isRegularFile(target)) {
            problems.add(XmlDocuments.where(file, reference.element()) + ": " + reference.url() + " does not exist in the OFBiz home "
                    + (componentDirectory == null ? "(no component " + reference.url().component() + ")" : ""));
            return;
        }
        checkName(file, reference, target, problems);
    }

    private void checkName(Path file, Reference reference, Path target, List<String> problems) {
        String name = reference.widgetName();
        if (name == null || name.isBlank() || name.contains("${")) {
            return;
        }
        if (target.toString().endsWith(".groovy")) {
            if (!ImplementationSources.declaresMethod(target, name)) {
                problems.add(XmlDocuments.where(file, reference.element()) + ": " + component.display(target) + " declares no method " + name);
            }
        } else if (target.toString().endsWith(".xml")) {
            requireWidget(file, reference.element(), target, name, reference.widgetKind(), problems);
        }
    }

    private void requireWidget(Path file, Element at, Path target, String name, String kind, List<String> problems) {
        if (name.isBlank() || name.contains("${")) {
            return;
        }
        Set<String> kinds = kind == null ? WidgetNames.KINDS : "grid".equals(kind) ? Set.of("grid", "form") : Set.of(kind);
        if (kinds.stream().noneMatch(k -> widgets.defined(target, k).contains(name))) {
            problems.add(XmlDocuments.where(file, at) + ": " + component.display(target) + " defines no " + (kind == null ? "widget" : kind) + " named " + name);
        }
    }

    /** OFBiz component name to its folder, read from the home's ofbiz-component.xml files. */
    private Map<String, Path> ofbizComponents() {
        if (ofbizComponents == null) {
            ofbizComponents = new HashMap<>();
            for (Path descriptor : home.componentDescriptors()) {
                readName(descriptor).ifPresent(name -> ofbizComponents.put(name, descriptor.getParent()));
            }
        }
        return ofbizComponents;
    }

    private static Optional<String> readName(Path descriptor) {
        try {
            return XmlDocuments.attribute(XmlDocuments.parse(descriptor).getDocumentElement(), "name");
        } catch (IOException | SAXException e) {
            return Optional.empty();
        }
    }
}
