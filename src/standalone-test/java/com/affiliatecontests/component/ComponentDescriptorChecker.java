package com.affiliatecontests.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * ofbiz-component.xml and the files it declares: the component name; every classpath,
 * entity-resource, service-resource, test-suite, keystore and webapp location exists (resources
 * with the root element their type implies, webapps with WEB-INF/web.xml and controller.xml); every
 * loader is a declared resource-loader; and conversely every entity model, ECA, service, data and
 * test file, and every webapp folder, is declared (OFBiz ignores those that are not).
 */
final class ComponentDescriptorChecker {

    private static final Map<String, String> ENTITY_RESOURCE_ROOTS = Map.of(
            "model", "entitymodel", "eca", "entity-eca", "group", "entitygroup", "data", "entity-engine-xml");
    private static final Map<String, String> SERVICE_RESOURCE_ROOTS = Map.of(
            "model", "services", "eca", "service-eca", "group", "service-group", "mca", "service-mca");
    /** Folders whose XML files OFBiz reads only when ofbiz-component.xml declares them. */
    private static final List<String> DECLARED_FOLDERS = List.of("entitydef", "servicedef", "data", "testdef");

    private final ComponentFiles component;
    private final ComponentXml xml;

    ComponentDescriptorChecker(ComponentFiles component, ComponentXml xml) {
        this.component = component;
        this.xml = xml;
    }

    List<Check> checks() {
        return xml.withRoot("ofbiz-component")
                .filter(f -> f.relativePath().equals("ofbiz-component.xml"))
                .flatMap(f -> Stream.of(declaredLocations(f), undeclaredFiles(f)))
                .toList();
    }

    private Check declaredLocations(ComponentXml.File descriptor) {
        List<String> problems = new ArrayList<>();
        Element root = descriptor.document().getDocumentElement();
        if (!component.name().equals(root.getAttribute("name"))) {
            problems.add(descriptor.path() + ": name is \"" + root.getAttribute("name") + "\", expected \"" + component.name() + "\"");
        }
        Set<String> loaders = new HashSet<>();
        XmlDocuments.children(root, "resource-loader").forEach(l -> loaders.add(l.getAttribute("name")));
        for (Element classpath : XmlDocuments.children(root, "classpath")) {
            String location = classpath.getAttribute("location");
            if (!location.contains("*") && !Files.exists(component.root().resolve(location))) {
                problems.add(XmlDocuments.where(descriptor.path(), classpath) + ": classpath " + location + " does not exist");
            }
        }
        for (Element resource : XmlDocuments.children(root, "entity-resource")) {
            requireResource(descriptor.path(), resource, ENTITY_RESOURCE_ROOTS.get(resource.getAttribute("type")), loaders, problems);
        }
        for (Element resource : XmlDocuments.children(root, "service-resource")) {
            requireResource(descriptor.path(), resource, SERVICE_RESOURCE_ROOTS.get(resource.getAttribute("type")), loaders, problems);
        }
        for (Element suite : XmlDocuments.children(root, "test-suite")) {
            requireResource(descriptor.path(), suite, "test-suite", loaders, problems);
        }
        for (Element keystore : XmlDocuments.children(root, "keystore")) {
            requireResource(descriptor.path(), keystore, null, loaders, problems);
        }
        for (Element webapp : XmlDocuments.children(root, "webapp")) {
            Path folder = component.root().resolve(webapp.getAttribute("location"));
            for (String required : List.of("WEB-INF/web.xml", "WEB-INF/controller.xml")) {
                if (!Files.isRegularFile(folder.resolve(required))) {
                    problems.add(XmlDocuments.where(descriptor.path(), webapp) + ": webapp " + webapp.getAttribute("name")
                            + " has no " + webapp.getAttribute("location") + "/" + required);
                }
            }
        }
        return Check.of("locations declared in ofbiz-component.xml", problems);
    }

    private void requireResource(Path descriptor, Element resource, String expectedRoot, Set<String> loaders, List<String> problems) {
        String where = XmlDocuments.where(descriptor, resource) + ": " + resource.getLocalName() + " ";
        if (!loaders.contains(resource.getAttribute("loader"))) {
            problems.add(where + "uses undeclared resource-loader \"" + resource.getAttribute("loader") + "\"");
        }
        Path file = component.root().resolve(resource.getAttribute("location"));
        if (!Files.isRegularFile(file)) {
            problems.add(where + resource.getAttribute("location") + " does not exist");
            return;
        }
        if (expectedRoot != null) {
            String actualRoot = rootOf(file);
            if (!expectedRoot.equals(actualRoot)) {
                problems.add(where + resource.getAttribute("location") + " has root <" + actualRoot + ">, expected <" + expectedRoot + ">");
            }
        }
    }

    private Check undeclaredFiles(ComponentXml.File descriptor) {
        Set<String> declared = new HashSet<>();
        for (Element element : XmlDocuments.elements(descriptor.document(), "*")) {
            XmlDocuments.attribute(element, "location").ifPresent(l -> declared.add(Path.of(l).normalize().toString()));
        }
        List<String> problems = new ArrayList<>();
        for (String folder : DECLARED_FOLDERS) {
            for (Path file : component.filesIn(folder, "xml")) {
                String relative = component.relative(file).toString();
                if (!declared.contains(relative)) {
                    problems.add(relative + " is not declared in ofbiz-component.xml, so OFBiz will not read it");
                }
            }
        }
        for (Path webapp : webappFolders()) {
            String relative = component.relative(webapp).toString();
            if (!declared.contains(relative)) {
                problems.add(relative + " is not declared as a <webapp> in ofbiz-component.xml");
            }
        }
        return Check.of("every entitydef, servicedef, data, testdef file and webapp is declared in ofbiz-component.xml", problems);
    }

    private List<Path> webappFolders() {
        Path webapps = component.root().resolve("webapp");
        if (!Files.isDirectory(webapps)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(webapps)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootOf(Path file) {
        try {
            return XmlDocuments.parse(file).getDocumentElement().getLocalName();
        } catch (IOException | SAXException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
