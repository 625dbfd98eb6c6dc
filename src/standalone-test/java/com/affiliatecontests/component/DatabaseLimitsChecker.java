package com.affiliatecontests.component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * What the database OFBiz creates from the entity model accepts, beyond the entity model being
 * consistent: values of the component's data files fit the length of their field's type; table and
 * column names of the component's own entities are not SQL reserved words; index and foreign-key
 * names are within OFBiz's constraint name length and unique across the component. These are the
 * problems that only show when the component is loaded into a real OFBiz (Derby, Postgres...).
 */
final class DatabaseLimitsChecker {

    /**
     * The length OFBiz clips index and foreign-key names to: the default of the datasource attribute
     * constraint-name-clip-length (framework/entity/dtd/entity-config.xsd), which neither the Derby
     * nor the Postgres datasource of OFBiz's entityengine.xml overrides.
     */
    static final int CONSTRAINT_NAME_CLIP_LENGTH = 30;

    /** Field types that hold no string of fixed length, whose values are not length-checked. */
    static final Set<String> TYPES_WITHOUT_LENGTH = Set.of("very-long", "blob", "byte-array", "object", "date-time", "date",
            "time", "currency-amount", "currency-precise", "fixed-point", "floating-point", "numeric", "integer");

    private final EntityModel model;
    private final ComponentXml xml;

    DatabaseLimitsChecker(EntityModel model, ComponentXml xml) {
        this.model = model;
        this.xml = xml;
    }

    /** Each data file (entity-engine-xml, in data/, testdef/ or elsewhere): its values fit their columns. */
    List<Check> valueLengths() {
        return xml.withRoot("entity-engine-xml").map(this::checkValueLengths).toList();
    }

    /** Each entity model file: table and column names are no reserved words, field types are known. */
    List<Check> tableAndColumnNames() {
        return xml.withRoot("entitymodel").map(this::checkNames).toList();
    }

    /** One check over all entity model files: index and foreign-key names are short enough and unique. */
    List<Check> constraintNames() {
        List<ComponentXml.File> files = xml.withRoot("entitymodel").toList();
        if (files.isEmpty()) {
            return List.of();
        }
        return List.of(checkConstraintNames(files));
    }

    private Check checkValueLengths(ComponentXml.File file) {
        List<String> problems = new ArrayList<>();
        for (Element value : XmlDocuments.children(file.document().getDocumentElement(), "*")) {
            String entity = value.getLocalName();
            NamedNodeMap attributes = value.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (attribute.getNamespaceURI() == null) {
                    checkLength(file, value, entity, attribute.getName(), attribute.getValue(), problems);
                }
            }
            // OFBiz's EntitySaxReader stores a field element's text as it is, untrimmed
            for (Element field : XmlDocuments.children(value, "*")) {
                checkLength(file, field, entity, field.getLocalName(), field.getTextContent(), problems);
            }
        }
        return Check.of("value lengths of data " + file.relativePath(), problems);
    }

    /** Unknown entities and fields are reported by EntityUsageChecker; only known typed fields are checked here. */
    private void checkLength(ComponentXml.File file, Element at, String entity, String field, String value, List<String> problems) {
        model.fieldType(entity, field).ifPresent(type -> {
            OptionalInt max = FieldTypeLengths.maxLength(type);
            if (max.isPresent() && value.length() > max.getAsInt()) {
                problems.add(XmlDocuments.where(file.path(), at) + ": " + entity + "." + field + " \"" + abbreviate(value) + "\" is "
                        + value.length() + " characters long, more than the " + max.getAsInt() + " its type " + type + " holds ("
                        + FieldTypeLengths.sqlType(type) + ")");
            }
        });
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }

    private Check checkNames(ComponentXml.File file) {
        List<String> problems = new ArrayList<>();
        Element root = file.document().getDocumentElement();
        for (Element entity : XmlDocuments.children(root, "entity")) {
            String entityName = entity.getAttribute("entity-name");
            String table = XmlDocuments.attribute(entity, "table-name").orElse(ReservedWords.dbName(entityName));
            if (ReservedWords.isReserved(table)) {
                problems.add(XmlDocuments.where(file.path(), entity) + ": table name " + table + " of entity " + entityName
                        + " is a reserved word ([TableNameRW])");
            }
            checkFields(file, entity, entityName, problems);
        }
        for (Element extension : XmlDocuments.children(root, "extend-entity")) {
            checkFields(file, extension, extension.getAttribute("entity-name"), problems);
        }
        return Check.of("table and column names of " + file.relativePath(), problems);
    }

    private static void checkFields(ComponentXml.File file, Element entity, String entityName, List<String> problems) {
        for (Element field : XmlDocuments.children(entity, "field")) {
            String name = field.getAttribute("name");
            String column = XmlDocuments.attribute(field, "col-name").orElse(ReservedWords.dbName(name));
            if (ReservedWords.isReserved(column)) {
                problems.add(XmlDocuments.where(file.path(), field) + ": column name " + column + " of field " + name + " of entity "
                        + entityName + " is a reserved word ([FieldNameRW])");
            }
            String type = field.getAttribute("type");
            if (FieldTypeLengths.maxLength(type).isEmpty() && !TYPES_WITHOUT_LENGTH.contains(type)) {
                problems.add(XmlDocuments.where(file.path(), field) + ": field " + name + " of entity " + entityName + " has type \""
                        + type + "\", which is no OFBiz field type");
            }
        }
    }

    /** A name OFBiz gives to an index or foreign key, and where it comes from. */
    private record Constraint(String name, String what, String where) {
        String databaseName() {
            String upper = name.toUpperCase(Locale.ROOT); // unquoted SQL names are case-insensitive
            return upper.length() > CONSTRAINT_NAME_CLIP_LENGTH ? upper.substring(0, CONSTRAINT_NAME_CLIP_LENGTH) : upper;
        }
    }

    private static Check checkConstraintNames(List<ComponentXml.File> files) {
        List<String> problems = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        for (ComponentXml.File file : files) {
            Element root = file.document().getDocumentElement();
            List<Element> entities = new ArrayList<>(XmlDocuments.children(root, "entity"));
            entities.addAll(XmlDocuments.children(root, "extend-entity"));
            for (Element entity : entities) {
                collectConstraints(file, entity, constraints, problems);
            }
        }
        Map<String, Constraint> byName = new LinkedHashMap<>();
        for (Constraint constraint : constraints) {
            Constraint first = byName.putIfAbsent(constraint.databaseName(), constraint);
            if (first != null) {
                problems.add(constraint.where() + ": " + constraint.what() + " is named " + constraint.databaseName()
                        + " in the database, as is the " + first.what() + " (" + first.where()
                        + "): index and foreign-key names must be unique");
            }
        }
        return Check.of("index and foreign-key names of the entity model", problems);
    }

    private static void collectConstraints(ComponentXml.File file, Element entity, List<Constraint> constraints, List<String> problems) {
        String entityName = entity.getAttribute("entity-name");
        for (Element relation : XmlDocuments.children(entity, "relation")) {
            String where = XmlDocuments.where(file.path(), relation);
            String related = relation.getAttribute("rel-entity-name");
            String what = "foreign key of the relation " + relation.getAttribute("title") + related + " of entity " + entityName;
            String fkName = relation.getAttribute("fk-name").trim();
            if (!fkName.isEmpty()) {
                checkLength(problems, where, "fk-name", fkName, what);
            }
            if ("one".equals(relation.getAttribute("type"))) { // one-nofk and many create no foreign key
                // OFBiz's DatabaseUtil.makeFkConstraintName: the fk-name, else title + rel-entity-name upper-cased
                constraints.add(new Constraint(fkName.isEmpty() ? relation.getAttribute("title") + related : fkName,
                        what + (fkName.isEmpty() ? " (no fk-name: named after title + rel-entity-name)" : ""), where));
            } else if (!fkName.isEmpty()) {
                constraints.add(new Constraint(fkName, "fk-name of the relation " + relation.getAttribute("title") + related
                        + " of entity " + entityName, where));
            }
        }
        for (Element index : XmlDocuments.children(entity, "index")) {
            String where = XmlDocuments.where(file.path(), index);
            String name = index.getAttribute("name").trim();
            String what = "index " + name + " of entity " + entityName;
            checkLength(problems, where, "index name", name, what);
            constraints.add(new Constraint(name, what, where));
        }
    }

    private static void checkLength(List<String> problems, String where, String attribute, String name, String what) {
        if (name.length() > CONSTRAINT_NAME_CLIP_LENGTH) {
            problems.add(where + ": " + attribute + " " + name + " (" + what + ") is " + name.length() + " characters long; OFBiz clips"
                    + " constraint names to " + CONSTRAINT_NAME_CLIP_LENGTH + " (constraint-name-clip-length), so the database gets "
                    + name.substring(0, CONSTRAINT_NAME_CLIP_LENGTH).toUpperCase(Locale.ROOT));
        }
    }
}
