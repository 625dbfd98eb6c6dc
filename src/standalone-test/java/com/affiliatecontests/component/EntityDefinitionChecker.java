package com.affiliatecontests.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The component's own entity model and entity ECAs refer only to existing entities and fields:
 * primary keys, indexes and relations of entities and extend-entities; member entities, aliases,
 * view-links and conditions of view-entities; the entity and fields of each EECA.
 */
final class EntityDefinitionChecker {

    private final EntityModel model;
    private final ComponentXml xml;

    EntityDefinitionChecker(EntityModel model, ComponentXml xml) {
        this.model = model;
        this.xml = xml;
    }

    List<Check> entityModels() {
        return xml.withRoot("entitymodel").map(this::checkModel).toList();
    }

    List<Check> entityEcas() {
        return xml.withRoot("entity-eca").map(this::checkEcas).toList();
    }

    private Check checkModel(ComponentXml.File file) {
        List<String> problems = new ArrayList<>();
        EntityReferences refs = new EntityReferences(model, file.path(), problems);
        Element root = file.document().getDocumentElement();
        for (Element entity : XmlDocuments.children(root, "entity")) {
            checkEntity(refs, entity, entity.getAttribute("entity-name"));
        }
        for (Element extension : XmlDocuments.children(root, "extend-entity")) {
            if (refs.entity(extension.getAttribute("entity-name"), extension)) {
                checkEntity(refs, extension, extension.getAttribute("entity-name"));
            }
        }
        for (Element view : XmlDocuments.children(root, "view-entity")) {
            checkView(refs, view);
        }
        return Check.of("entity model " + file.relativePath(), problems);
    }

    private void checkEntity(EntityReferences refs, Element entity, String entityName) {
        for (Element primKey : XmlDocuments.children(entity, "prim-key")) {
            refs.field(entityName, primKey.getAttribute("field"), primKey);
        }
        for (Element indexField : XmlDocuments.elements(entity, "index-field")) {
            refs.field(entityName, indexField.getAttribute("name"), indexField);
        }
        checkRelations(refs, entity, entityName);
    }

    private void checkRelations(EntityReferences refs, Element entity, String entityName) {
        for (Element relation : XmlDocuments.children(entity, "relation")) {
            String related = relation.getAttribute("rel-entity-name");
            if (refs.entity(related, relation)) {
                refs.keyMaps(relation, entityName, related);
            }
        }
    }

    private void checkView(EntityReferences refs, Element view) {
        String viewName = view.getAttribute("entity-name");
        Map<String, String> members = model.members(viewName);
        XmlDocuments.children(view, "member-entity").forEach(m -> refs.entity(m.getAttribute("entity-name"), m));
        for (Element aliasAll : XmlDocuments.children(view, "alias-all")) {
            String member = member(refs, members, aliasAll, aliasAll.getAttribute("entity-alias"));
            XmlDocuments.children(aliasAll, "exclude").forEach(e -> refs.field(member, e.getAttribute("field"), e));
        }
        for (Element alias : XmlDocuments.children(view, "alias")) {
            if (!XmlDocuments.children(alias, "complex-alias").isEmpty()) {
                continue; // computed from the complex-alias-fields, checked below
            }
            String member = member(refs, members, alias, alias.getAttribute("entity-alias"));
            refs.field(member, XmlDocuments.attribute(alias, "field").orElse(alias.getAttribute("name")), alias);
        }
        for (Element part : XmlDocuments.elements(view, "complex-alias-field")) {
            refs.field(member(refs, members, part, part.getAttribute("entity-alias")), part.getAttribute("field"), part);
        }
        for (Element link : XmlDocuments.children(view, "view-link")) {
            refs.keyMaps(link, member(refs, members, link, link.getAttribute("entity-alias")),
                    member(refs, members, link, link.getAttribute("rel-entity-alias")));
        }
        for (Element condition : XmlDocuments.elements(view, "condition-expr")) {
            refs.field(member(refs, members, condition, condition.getAttribute("entity-alias")), condition.getAttribute("field-name"), condition);
        }
        checkRelations(refs, view, viewName);
    }

    /** The entity behind a member alias of a view, reporting an alias the view does not declare. */
    private static String member(EntityReferences refs, Map<String, String> members, Element at, String alias) {
        String entity = members.get(alias);
        if (entity == null) {
            refs.unknownAlias(alias, at);
        }
        return entity;
    }

    private Check checkEcas(ComponentXml.File file) {
        List<String> problems = new ArrayList<>();
        EntityReferences refs = new EntityReferences(model, file.path(), problems);
        for (Element eca : XmlDocuments.elements(file.document(), "eca")) {
            String entity = eca.getAttribute("entity");
            if (refs.entity(entity, eca)) {
                for (Element condition : XmlDocuments.elements(eca, "condition")) {
                    refs.field(entity, condition.getAttribute("field-name"), condition);
                }
                for (Element condition : XmlDocuments.elements(eca, "condition-field")) {
                    refs.field(entity, condition.getAttribute("field-name"), condition);
                    refs.field(entity, condition.getAttribute("to-field-name"), condition);
                }
            }
        }
        return Check.of("entity ECAs " + file.relativePath(), problems);
    }
}
