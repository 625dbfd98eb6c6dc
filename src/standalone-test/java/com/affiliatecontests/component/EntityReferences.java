package com.affiliatecontests.component;

import java.nio.file.Path;
import java.util.List;
import org.w3c.dom.Element;

/** Records problems with entity and field names used at some place of a component file. */
final class EntityReferences {

    private final EntityModel model;
    private final Path file;
    private final List<String> problems;

    EntityReferences(EntityModel model, Path file, List<String> problems) {
        this.model = model;
        this.file = file;
        this.problems = problems;
    }

    /** Checks that the entity exists; returns whether it does. */
    boolean entity(String entityName, Element at) {
        if (entityName == null || entityName.isBlank() || entityName.contains("${")) {
            return false;
        }
        if (model.hasEntity(entityName)) {
            return true;
        }
        problems.add(XmlDocuments.where(file, at) + ": unknown entity " + entityName
                + " (neither in the component's entitydef nor in OFBiz's entity models)");
        return false;
    }

    /** Checks that the field exists on the entity, when the entity itself exists. */
    void field(String entityName, String fieldName, Element at) {
        if (fieldName == null || fieldName.isBlank() || fieldName.contains("${") || entityName == null || !model.hasEntity(entityName)) {
            return;
        }
        if (!model.hasField(entityName, fieldName)) {
            problems.add(XmlDocuments.where(file, at) + ": " + (model.isView(entityName) ? "view-entity " : "entity ")
                    + entityName + " has no field " + fieldName);
        }
    }

    void unknownAlias(String alias, Element at) {
        problems.add(XmlDocuments.where(file, at) + ": no member-entity with entity-alias \"" + alias + "\" in this view-entity");
    }

    /** A relation's key-maps: field-name on the entity, rel-field-name (default field-name) on the related one. */
    void keyMaps(Element relation, String entityName, String relatedEntityName) {
        for (Element keyMap : XmlDocuments.children(relation, "key-map")) {
            String fieldName = keyMap.getAttribute("field-name");
            field(entityName, fieldName, keyMap);
            field(relatedEntityName, XmlDocuments.attribute(keyMap, "rel-field-name").orElse(fieldName), keyMap);
        }
    }
}
