package com.affiliatecontests.component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** The services defined by a set of service definition files ({@code <services>} roots). */
final class ServiceDefinitions {

    record Service(String name, String engine, String location, String invoke, String defaultEntityName, Path file, Element element) {
        String where() {
            return XmlDocuments.where(file, element);
        }
    }

    private final Map<String, Service> services = new LinkedHashMap<>();

    private ServiceDefinitions() {
    }

    static ServiceDefinitions of(ComponentXml xml) {
        ServiceDefinitions definitions = new ServiceDefinitions();
        xml.withRoot("services").forEach(f -> definitions.add(f.path(), f.document()));
        return definitions;
    }

    static ServiceDefinitions load(Collection<Path> files) {
        ServiceDefinitions definitions = new ServiceDefinitions();
        for (Path file : files) {
            try {
                Document document = XmlDocuments.parse(file);
                if ("services".equals(document.getDocumentElement().getLocalName())) {
                    definitions.add(file, document);
                }
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("Cannot read service definitions " + file + ": " + e.getMessage(), e);
            }
        }
        return definitions;
    }

    private void add(Path file, Document document) {
        for (Element service : XmlDocuments.children(document.getDocumentElement(), "service")) {
            String name = service.getAttribute("name");
            services.putIfAbsent(name, new Service(name, service.getAttribute("engine"), service.getAttribute("location").trim(),
                    service.getAttribute("invoke").trim(), service.getAttribute("default-entity-name"), file, service));
        }
    }

    Optional<Service> get(String name) {
        return Optional.ofNullable(services.get(name));
    }

    boolean defines(String name) {
        return services.containsKey(name);
    }

    List<Service> all() {
        return List.copyOf(services.values());
    }

    Set<String> names() {
        return Set.copyOf(services.keySet());
    }
}
