package com.affiliatecontests.component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The entities and view-entities of a set of entity model files, with their field names:
 * declared fields, fields added by {@code extend-entity}, OFBiz's automatic stamp fields, and for a
 * view-entity its alias names (including those {@code alias-all} expands to). The fields of an
 * entity (not of a view) also keep their type ({@code id}, {@code name}, {@code date-time}...).
 */
final class EntityModel {

    /** Fields the entity engine adds to every entity unless it says no-auto-stamp="true". */
    static final List<String> STAMP_FIELDS = List.of("lastUpdatedStamp", "lastUpdatedTxStamp", "createdStamp", "createdTxStamp");
    /** The type of the stamp fields. */
    static final String STAMP_TYPE = "date-time";

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Set<String>> viewFields = new HashMap<>();

    /** fieldTypes: field name to type, in declaration order; empty for a view-entity. */
    private record Entity(String name, Map<String, String> fieldTypes, Element view) {
        Set<String> fields() {
            return fieldTypes.keySet();
        }
    }

    private EntityModel() {
    }

    static EntityModel load(Collection<Path> files) {
        EntityModel model = new EntityModel();
        List<Element> extensions = new ArrayList<>();
        for (Path file : files) {
            Document document = parse(file);
            if (!"entitymodel".equals(document.getDocumentElement().getLocalName())) {
                continue; // entitygroup.xml, eecas.xml and the like share the folder
            }
            for (Element entity : XmlDocuments.children(document.getDocumentElement(), "entity")) {
                model.addEntity(entity);
            }
            for (Element view : XmlDocuments.children(document.getDocumentElement(), "view-entity")) {
                model.entities.putIfAbsent(view.getAttribute("entity-name"),
                        new Entity(view.getAttribute("entity-name"), Map.of(), view));
            }
            extensions.addAll(XmlDocuments.children(document.getDocumentElement(), "extend-entity"));
        }
        for (Element extension : extensions) {
            Entity extended = model.entities.get(extension.getAttribute("entity-name"));
            if (extended != null && extended.view() == null) {
                for (Element field : XmlDocuments.children(extension, "field")) {
                    extended.fieldTypes().putIfAbsent(field.getAttribute("name"), field.getAttribute("type"));
                }
            }
        }
        return model;
    }

    private void addEntity(Element entity) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : XmlDocuments.children(entity, "field")) {
            fields.putIfAbsent(field.getAttribute("name"), field.getAttribute("type"));
        }
        if (!"true".equals(entity.getAttribute("no-auto-stamp"))) {
            STAMP_FIELDS.forEach(stamp -> fields.putIfAbsent(stamp, STAMP_TYPE));
        }
        entities.putIfAbsent(entity.getAttribute("entity-name"), new Entity(entity.getAttribute("entity-name"), fields, null));
    }

    private static Document parse(Path file) {
        try {
            return XmlDocuments.parse(file);
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("Cannot read entity model " + file + ": " + e.getMessage(), e);
        }
    }

    boolean hasEntity(String name) {
        return entities.containsKey(name);
    }

    boolean isView(String name) {
        Entity entity = entities.get(name);
        return entity != null && entity.view() != null;
    }

    int size() {
        return entities.size();
    }

    /** The field names of the entity or view-entity; empty if there is no such entity. */
    Optional<Set<String>> fields(String entityName) {
        Entity entity = entities.get(entityName);
        if (entity == null) {
            return Optional.empty();
        }
        return Optional.of(entity.view() == null ? entity.fields() : viewFields(entity, new HashSet<>()));
    }

    boolean hasField(String entityName, String field) {
        return fields(entityName).map(f -> f.contains(field)).orElse(false);
    }

    /**
     * The type of a field of an entity ({@code id}, {@code name}, {@code date-time}...); empty for an
     * unknown entity or field, and for view-entities, whose aliases are not typed here.
     */
    Optional<String> fieldType(String entityName, String field) {
        Entity entity = entities.get(entityName);
        if (entity == null || entity.view() != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entity.fieldTypes().get(field)).filter(type -> !type.isBlank());
    }

    /** The member entity names of a view-entity by alias. */
    Map<String, String> members(String viewName) {
        Entity entity = entities.get(viewName);
        Map<String, String> members = new LinkedHashMap<>();
        if (entity != null && entity.view() != null) {
            for (Element member : XmlDocuments.children(entity.view(), "member-entity")) {
                members.put(member.getAttribute("entity-alias"), member.getAttribute("entity-name"));
            }
        }
        return members;
    }

    private Set<String> viewFields(Entity view, Set<String> expanding) {
        Set<String> known = viewFields.get(view.name());
        if (known != null) {
            return known;
        }
        Set<String> fields = new LinkedHashSet<>();
        if (expanding.add(view.name())) { // a view made of itself would otherwise loop
            Map<String, String> members = members(view.name());
            for (Element aliasAll : XmlDocuments.children(view.view(), "alias-all")) {
                fields.addAll(aliasAllFields(aliasAll, members.get(aliasAll.getAttribute("entity-alias")), expanding));
            }
            for (Element alias : XmlDocuments.children(view.view(), "alias")) {
                fields.add(alias.getAttribute("name"));
            }
            viewFields.put(view.name(), fields);
        }
        return fields;
    }

    /** alias-all aliases each member field but the automatic stamps and the excluded ones. */
    private Set<String> aliasAllFields(Element aliasAll, String memberName, Set<String> expanding) {
        Entity member = memberName == null ? null : entities.get(memberName);
        if (member == null) {
            return Set.of();
        }
        Set<String> excluded = new HashSet<>(STAMP_FIELDS);
        XmlDocuments.children(aliasAll, "exclude").forEach(e -> excluded.add(e.getAttribute("field")));
        String prefix = aliasAll.getAttribute("prefix");
        Set<String> memberFields = member.view() == null ? member.fields() : viewFields(member, expanding);
        Set<String> fields = new LinkedHashSet<>();
        for (String field : memberFields) {
            if (!excluded.contains(field)) {
                fields.add(prefix.isEmpty() ? field : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1));
            }
        }
        return fields;
    }
}
