package com.affiliatecontests.component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates an XML file against the schema(s) its root element declares with
 * {@code xsi:noNamespaceSchemaLocation} or {@code xsi:schemaLocation}, the addresses being resolved
 * to local files by a {@link CatalogResolver}. Nothing is ever loaded from the network: besides the
 * resolver refusing unknown addresses, the parsers may only open local files.
 */
final class SchemaValidator {

    enum Mode {
        /** An OFBiz file: it must declare a schema and be valid against it. */
        SCHEMA_REQUIRED,
        /** Validated if it declares a schema, else only checked to be well-formed. */
        SCHEMA_IF_DECLARED,
        /** Only checked to be well-formed (e.g. a Jakarta web.xml). */
        WELL_FORMED_ONLY
    }

    /**
     * Roots of OFBiz files for which OFBiz has no schema: entity data files. Their entities and
     * fields are checked by the cross-reference test instead.
     */
    static final Set<String> ROOTS_WITHOUT_SCHEMA = Set.of("entity-engine-xml", "entity-engine-transform-xml");

    private final CatalogResolver resolver;
    private final Map<List<Path>, CompiledSchema> schemas = new HashMap<>();

    SchemaValidator(CatalogResolver resolver) {
        this.resolver = resolver;
    }

    /** The problems found, as "file:line:column: message" lines; empty when the file is fine. */
    List<String> validate(Path file, Mode mode) {
        Document document;
        try {
            document = XmlDocuments.parse(file);
        } catch (SAXParseException e) {
            return List.of(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not well-formed: " + e.getMessage());
        } catch (SAXException | IOException e) {
            return List.of(file + ": cannot be read: " + e.getMessage());
        }
        if (mode == Mode.WELL_FORMED_ONLY) {
            return List.of();
        }
        List<String> addresses = declaredSchemaAddresses(document.getDocumentElement());
        if (addresses.isEmpty()) {
            boolean required = mode == Mode.SCHEMA_REQUIRED
                    && !ROOTS_WITHOUT_SCHEMA.contains(document.getDocumentElement().getLocalName());
            return required
                    ? List.of(file + ": declares no schema (add xsi:noNamespaceSchemaLocation or xsi:schemaLocation"
                            + " with an http://ofbiz.apache.org/dtds/... address)")
                    : List.of();
        }
        List<Path> schemaFiles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String address : addresses) {
            Optional<Path> local = resolver.resolve(address);
            local.ifPresentOrElse(schemaFiles::add, () -> problems.add(file + ": schema address " + address
                    + " is not mapped to a local file by OFBiz's XML catalogs (it is never downloaded)"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        CompiledSchema schema = schemas.computeIfAbsent(schemaFiles, this::compile);
        if (!schema.problems().isEmpty()) {
            return schema.problems().stream().map(p -> file + ": its schema cannot be loaded: " + p).toList();
        }
        return validate(file, schema.schema());
    }

    /** The schema addresses declared on the root element, in document order. */
    static List<String> declaredSchemaAddresses(Element root) {
        List<String> addresses = new ArrayList<>();
        String noNamespace = root.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "noNamespaceSchemaLocation");
        if (!noNamespace.isBlank()) {
            addresses.add(noNamespace.trim());
        }
        String pairs = root.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation").trim();
        if (!pairs.isEmpty()) {
            List<String> tokens = Arrays.asList(pairs.split("\\s+"));
            for (int i = 1; i < tokens.size(); i += 2) {
                addresses.add(tokens.get(i));
            }
        }
        return addresses;
    }

    private List<String> validate(Path file, Schema schema) {
        ProblemCollector collector = new ProblemCollector(file);
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setResourceResolver(resolver);
            validator.setErrorHandler(collector);
            validator.validate(new StreamSource(file.toFile()));
        } catch (SAXException | IOException | RuntimeException e) {
            collector.add(file + ": " + e.getMessage());
        }
        return collector.problems;
    }

    private CompiledSchema compile(List<Path> schemaFiles) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        ProblemCollector collector = new ProblemCollector(null);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setResourceResolver(resolver);
            factory.setErrorHandler(collector);
            Source[] sources = schemaFiles.stream().map(p -> new StreamSource(p.toFile())).toArray(Source[]::new);
            Schema schema = factory.newSchema(sources);
            return new CompiledSchema(schema, collector.problems);
        } catch (SAXException e) {
            collector.add(schemaFiles + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // the resolver's UnresolvedAddressException may arrive wrapped by the schema loader
            collector.add(rootCause(e).getMessage());
        }
        return new CompiledSchema(null, collector.problems);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof CatalogResolver.UnresolvedAddressException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }

    private record CompiledSchema(Schema schema, List<String> problems) {
    }

    /** Collects every warning and error rather than stopping at the first. */
    private static final class ProblemCollector implements ErrorHandler {
        private final Path file;
        private final List<String> problems = new ArrayList<>();

        ProblemCollector(Path file) {
            this.file = file;
        }

        void add(String problem) {
            problems.add(problem);
        }

        @Override
        public void warning(SAXParseException e) {
            add(describe("warning", e));
        }

        @Override
        public void error(SAXParseException e) {
            add(describe("error", e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(describe("fatal", e));
        }

        private String describe(String level, SAXParseException e) {
            String where = file != null ? file.toString() : String.valueOf(e.getSystemId());
            return where + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + level + ": " + e.getMessage();
        }
    }
}
