package com.affiliatecontests.component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Entities and fields the component uses exist (in its own entity model or OFBiz's): service
 * attributes taken from entities, data files, entity-name attributes of widgets, controllers and
 * test definitions with the fields they name, and entity names in Groovy entity-engine calls.
 */
final class EntityUsageChecker {

    /** Roots whose entity-name attributes define entities or are checked elsewhere. */
    private static final Set<String> NOT_USAGES = Set.of("entitymodel", "entity-eca", "services", "entity-engine-xml", "resource");

    /** Groovy calls taking an entity name as first argument: from("X"), makeValue("X"), findOne("X", ...). */
    private static final Pattern GROOVY_ENTITY = Pattern.compile(
            "\\b(?:from|makeValue|makeValidValue|findOne|findList|findByAnd|findByPrimaryKey|findCountByCondition|removeByAnd)"
                    + "\\s*\\(\\s*[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']");

    private final EntityModel model;
    private final ComponentXml xml;
    private final ComponentFiles component;

    EntityUsageChecker(EntityModel model, ComponentXml xml, ComponentFiles component) {
        this.model = model;
        this.xml = xml;
        this.component = component;
    }

    List<Check> serviceDefinitions() {
        return xml.withRoot("services").map(this::checkServices).toList();
    }

    List<Check> dataFiles() {
        return xml.withRoot("entity-engine-xml").map(this::checkData).toList();
    }

    List<Check> otherXml() {
        return xml.all().stream().filter(f -> !NOT_USAGES.contains(f.rootName()))
                .map(this::checkEntityNameAttributes).flatMap(Optional::stream).toList();
    }

    List<Check> groovy() {
        return component.files("groovy").stream().map(this::checkGroovy).flatMap(Optional::stream).toList();
    }

    private Check checkServices(ComponentXml.File file) {
        List<String> problems = new ArrayList<>();
        EntityReferences refs = new EntityReferences(model, file.path(), problems);
        for (Element service : XmlDocuments.elements(file.document(), "service")) {
            String defaultEntity = service.getAttribute("default-entity-name");
            if (!"entity-auto".equals(service.getAttribute("engine"))) { // ServiceChecker checks that one
                refs.entity(defaultEntity, service);
            }
            for (Element auto : XmlDocuments.children(service, "auto-attributes")) {
                String entity = XmlDocuments.attribute(auto, "entity-name").orElse(defaultEntity);
                if (entity.isBlank()) {
                    problems.add(XmlDocuments.where(file.path(), auto) + ": auto-attributes without entity-name in service "
                            + service.getAttribute("name") + ", which has no default-entity-name");
                } else if (refs.entity(entity, auto)) {
                    XmlDocuments.children(auto, "exclude").forEach(e -> refs.field(entity, e.getAttribute("field-name"), e));
                }
            }
            for (Element attribute : XmlDocuments.children(service, "attribute")) {
                Optional<String> entity = XmlDocuments.attribute(attribute, "entity-name");
                if (entity.isPresent() && refs.entity(entity.get(), attribute)) {
                    refs.field(entity.get(), XmlDocuments.attribute(attribute, "field-name").orElse(attribute.getAttribute("name")), attribute);
                }
            }
        }
        return Check.of("entities of services " + file.relativePath(), problems);
    }

    private Check checkData(ComponentXml.File file) {
        List<String> problems = new ArrayList<>();
        EntityReferences refs = new EntityReferences(model, file.path(), problems);
        for (Element value : XmlDocuments.children(file.document().getDocumentElement(), "*")) {
            String entity = value.getLocalName();
            if (!refs.entity(entity, value)) {
                continue;
            }
            NamedNodeMap attributes = value.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (attribute.getNamespaceURI() == null) {
                    refs.field(entity, attribute.getName(), value);
                }
            }
            XmlDocuments.children(value, "*").forEach(field -> refs.field(entity, field.getLocalName(), field));
        }
        return Check.of("entities and fields of data " + file.relativePath(), problems);
    }

    private Optional<Check> checkEntityNameAttributes(ComponentXml.File file) {
        List<String> problems = new ArrayList<>();
        EntityReferences refs = new EntityReferences(model, file.path(), problems);
        int uses = 0;
        for (Element element : XmlDocuments.elements(file.document(), "*")) {
            for (String attribute : List.of("entity-name", "default-entity-name")) {
                String entity = element.getAttribute(attribute);
                if (!entity.isBlank()) {
                    uses++;
                    if (refs.entity(entity, element)) {
                        checkFieldsNamedUnder(refs, element, entity);
                    }
                }
            }
        }
        return uses == 0 ? Optional.empty() : Optional.of(Check.of("entities used by " + file.relativePath(), problems));
    }

    /** Fields named by entity-one, entity-and, entity-condition, entity-options and the like. */
    private static void checkFieldsNamedUnder(EntityReferences refs, Element user, String entity) {
        if ("field".equals(user.getLocalName())) { // a form field described by an entity field
            refs.field(entity, XmlDocuments.attribute(user, "field-name").orElse(user.getAttribute("name")), user);
        }
        refs.field(entity, user.getAttribute("key-field-name"), user);
        owned(user, "field-map").forEach(e -> refs.field(entity, e.getAttribute("field-name"), e));
        owned(user, "condition-expr").forEach(e -> refs.field(entity, e.getAttribute("field-name"), e));
        owned(user, "select-field").forEach(e -> refs.field(entity, e.getAttribute("field-name"), e));
        owned(user, "entity-constraint").forEach(e -> refs.field(entity, e.getAttribute("name"), e));
        owned(user, "order-by").forEach(e -> refs.field(entity, orderByField(e.getAttribute("field-name")), e));
    }

    /**
     * The descendants of {@code user} with that name that belong to its entity: not those under a
     * nested element naming its own entity (a form's entity-options, display-entity) or under a
     * service call, whose field-maps name the service's parameters.
     */
    private static List<Element> owned(Element user, String name) {
        return XmlDocuments.elements(user, name).stream().filter(e -> {
            for (org.w3c.dom.Node n = e.getParentNode(); n != null && n != user; n = n.getParentNode()) {
                if (n instanceof Element parent && (parent.hasAttribute("entity-name") || parent.hasAttribute("default-entity-name")
                        || SERVICE_CALLS.contains(parent.getLocalName()))) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** Elements that call a service; their field-maps name service parameters. */
    private static final Set<String> SERVICE_CALLS = Set.of("service", "set-service-fields", "call-service", "call-service-asynch");

    /** "-fromDate", "+name", "amount DESC" name the fields fromDate, name and amount. */
    private static String orderByField(String orderBy) {
        return orderBy.trim().replaceFirst("^[-+]", "").replaceFirst("(?i)\\s+(ASC|DESC)$", "");
    }

    private Optional<Check> checkGroovy(Path file) {
        String source = TextFiles.read(file);
        Matcher matcher = GROOVY_ENTITY.matcher(source);
        List<String> problems = new ArrayList<>();
        int uses = 0;
        while (matcher.find()) {
            uses++;
            String entity = matcher.group(1);
            if (!model.hasEntity(entity)) {
                problems.add(file + ":" + TextFiles.lineOf(source, matcher.start()) + ": unknown entity " + entity
                        + " (neither in the component's entitydef nor in OFBiz's entity models)");
            }
        }
        return uses == 0 ? Optional.empty() : Optional.of(Check.of("entities used by " + component.relative(file), problems));
    }
}
