package com.affiliatecontests.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Services are implemented where their definitions say, and every service name the component uses
 * is known: ECA actions must be services of the component; the services implemented, used as
 * permission services, triggering SECAs, called by controller events or tested may also be OFBiz's
 * (see {@link KnownServices}).
 * <ul>
 * <li>engine java: the location class (when it is the component's, com.affiliatecontests.*) has a
 * source under src/main/java or src/main/groovy declaring the invoke method;</li>
 * <li>engine groovy: the location (component:// path or class name) is a Groovy file under the
 * component, declaring the invoke method if one is named;</li>
 * <li>engine entity-auto: default-entity-name is an existing entity, invoke a verb OFBiz's
 * EntityAutoEngine knows;</li>
 * <li>engine interface: nothing to implement. Any other engine is reported: these checks do
 * not cover it yet.</li>
 * </ul>
 */
final class ServiceChecker {

    private static final Set<String> ENTITY_AUTO_VERBS = Set.of("create", "update", "delete", "expire");

    private final ComponentXml xml;
    private final KnownServices known;
    private final ImplementationSources sources;
    private final EntityModel entities;
    private final ComponentFiles component;

    ServiceChecker(ComponentFiles component, ComponentXml xml, KnownServices known, ImplementationSources sources, EntityModel entities) {
        this.component = component;
        this.xml = xml;
        this.known = known;
        this.sources = sources;
        this.entities = entities;
    }

    List<Check> services() {
        return known.component().all().stream().map(this::checkService).toList();
    }

    List<Check> serviceEcas() {
        return xml.withRoot("service-eca").map(file -> {
            List<String> problems = new ArrayList<>();
            for (Element eca : XmlDocuments.elements(file.document(), "eca")) {
                requireKnown(file.path(), eca, eca.getAttribute("service"), "triggering service", problems);
                for (Element action : XmlDocuments.elements(eca, "action")) {
                    requireOwn(file.path(), action, action.getAttribute("service"), problems);
                }
            }
            return Check.of("service ECAs " + file.relativePath(), problems);
        }).toList();
    }

    List<Check> entityEcaActions() {
        return xml.withRoot("entity-eca").map(file -> {
            List<String> problems = new ArrayList<>();
            for (Element action : XmlDocuments.elements(file.document(), "action")) {
                requireOwn(file.path(), action, action.getAttribute("service"), problems);
            }
            return Check.of("entity ECA actions " + file.relativePath(), problems);
        }).toList();
    }

    /** Service events of controllers, and Groovy or component Java events with their methods. */
    List<Check> controllerEvents() {
        return xml.withRoot("site-conf").map(file -> {
            List<String> problems = new ArrayList<>();
            for (Element event : XmlDocuments.elements(file.document(), "event")) {
                checkEvent(file.path(), event, problems);
            }
            return Check.of("events of " + file.relativePath(), problems);
        }).toList();
    }

    /** Services and JUnit classes named by test suites. */
    List<Check> testSuites() {
        return xml.withRoot("test-suite").map(file -> {
            List<String> problems = new ArrayList<>();
            for (Element test : XmlDocuments.elements(file.document(), "service-test")) {
                requireKnown(file.path(), test, test.getAttribute("service-name"), "service-test", problems);
            }
            for (Element suite : XmlDocuments.elements(file.document(), "junit-test-suite")) {
                String className = suite.getAttribute("class-name");
                if (sources.classSource(className).isEmpty()) {
                    problems.add(XmlDocuments.where(file.path(), suite) + ": junit-test-suite class " + className
                            + " has no source in the component");
                }
            }
            return Check.of("tests of " + file.relativePath(), problems);
        }).toList();
    }

    private Check checkService(ServiceDefinitions.Service service) {
        List<String> problems = new ArrayList<>();
        String where = service.where() + ": service " + service.name();
        switch (service.engine()) {
            case "java" -> checkJava(service, where, problems);
            case "groovy" -> checkGroovy(service, where, problems);
            case "entity-auto" -> checkEntityAuto(service, where, problems);
            case "interface" -> { }
            default -> problems.add(where + ": engine \"" + service.engine() + "\" is not covered by these checks;"
                    + " use java, groovy, entity-auto or interface, or extend ServiceChecker");
        }
        for (Element implemented : XmlDocuments.children(service.element(), "implements")) {
            requireKnown(service.file(), implemented, implemented.getAttribute("service"), "implements", problems);
        }
        for (Element permission : XmlDocuments.elements(service.element(), "permission-service")) {
            requireKnown(service.file(), permission, permission.getAttribute("service-name"), "permission-service", problems);
        }
        return Check.of("service " + service.name() + " [" + service.engine() + "]", problems);
    }

    private void checkJava(ServiceDefinitions.Service service, String where, List<String> problems) {
        if (service.invoke().isEmpty()) {
            problems.add(where + ": a java service needs an invoke method name");
            return;
        }
        if (!service.location().startsWith("com.affiliatecontests.")) {
            return; // one of OFBiz's own classes under another service name: not checkable here
        }
        Optional<Path> source = sources.classSource(service.location());
        if (source.isEmpty()) {
            problems.add(where + ": class " + service.location() + " has no source under src/main/java or src/main/groovy");
        } else if (!ImplementationSources.declaresMethod(source.get(), service.invoke())) {
            problems.add(where + ": " + component.display(source.get()) + " declares no method " + service.invoke());
        }
    }

    private void checkGroovy(ServiceDefinitions.Service service, String where, List<String> problems) {
        Optional<Path> source = sources.groovySource(service.location());
        if (source.isEmpty()) {
            problems.add(where + ": groovy location " + service.location() + " is not a Groovy file of the component"
                    + " (component://" + ComponentFiles.NAME + "/...groovy, or a class name under src/main/groovy)");
        } else if (!service.invoke().isEmpty() && !ImplementationSources.declaresMethod(source.get(), service.invoke())) {
            problems.add(where + ": " + component.display(source.get()) + " declares no method " + service.invoke());
        }
    }

    private void checkEntityAuto(ServiceDefinitions.Service service, String where, List<String> problems) {
        if (!entities.hasEntity(service.defaultEntityName())) {
            problems.add(where + ": entity-auto default-entity-name \"" + service.defaultEntityName() + "\" is not an existing entity");
        }
        if (!ENTITY_AUTO_VERBS.contains(service.invoke())) {
            problems.add(where + ": entity-auto invoke \"" + service.invoke() + "\" is none of " + ENTITY_AUTO_VERBS);
        }
    }

    private void checkEvent(Path file, Element event, List<String> problems) {
        String type = event.getAttribute("type");
        String invoke = event.getAttribute("invoke");
        switch (type) {
            case "service", "service-multi" -> requireKnown(file, event, invoke, "event", problems);
            case "groovy" -> sources.groovySource(event.getAttribute("path")).ifPresentOrElse(
                    source -> requireMethod(file, event, source, invoke, problems),
                    () -> problems.add(XmlDocuments.where(file, event) + ": groovy event path " + event.getAttribute("path")
                            + " is not a Groovy file of the component"));
            case "java" -> {
                if (event.getAttribute("path").startsWith("com.affiliatecontests.")) { // OFBiz's own event classes cannot be checked here
                    sources.classSource(event.getAttribute("path")).ifPresentOrElse(
                            source -> requireMethod(file, event, source, invoke, problems),
                            () -> problems.add(XmlDocuments.where(file, event) + ": event class " + event.getAttribute("path")
                                    + " has no source in the component"));
                }
            }
            default -> { }
        }
    }

    private void requireMethod(Path file, Element at, Path source, String method, List<String> problems) {
        if (!method.isBlank() && Files.isRegularFile(source) && !ImplementationSources.declaresMethod(source, method)) {
            problems.add(XmlDocuments.where(file, at) + ": " + component.display(source) + " declares no method " + method);
        }
    }

    /** ECA actions are the component's own reactions: they must be services it defines. */
    private void requireOwn(Path file, Element action, String service, List<String> problems) {
        if (!known.component().defines(service)) {
            problems.add(XmlDocuments.where(file, action) + ": action: service \"" + service + "\" is not defined in the component's"
                    + " servicedef (ECA actions must be the component's own services)");
        }
    }

    private void requireKnown(Path file, Element at, String service, String role, List<String> problems) {
        if (service.isBlank()) {
            problems.add(XmlDocuments.where(file, at) + ": " + role + " names no service");
        } else if (!service.contains("${") && !known.isKnown(service)) {
            problems.add(XmlDocuments.where(file, at) + ": " + role + ": " + known.unknown(service));
        }
    }
}
