package com.affiliatecontests.component;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * Maps schema addresses ({@code http://ofbiz.apache.org/dtds/...}) to local files, the way OFBiz
 * does, and never to the network. Sources, in order:
 * <ol>
 * <li>OFBiz's XML catalogs ({@code <system systemId uri>}, {@code <uri name uri>}, and
 * {@code <nextCatalog>} entries of every {@code *}{@code /*}{@code /dtd/*-catalog.xml} of the OFBiz home);</li>
 * <li>as OFBiz's own resolver does (it looks schemas up by file name on a classpath holding every
 * component's dtd folder): a file of the same name in a dtd folder of the OFBiz home, but only
 * for {@code ofbiz.apache.org/dtds/} addresses and W3C's {@code xml.xsd}, which
 * ofbiz-properties.xsd imports and no catalog lists (OFBiz ships it in applications/content/dtd).</li>
 * </ol>
 * {@code https://ofbiz.apache.org/dtds/} is treated as the {@code http} address: recent OFBiz
 * files use both. Relative includes (compound-widgets.xsd) resolve against the including file
 * when that is a local file. Anything else is unresolved: {@link #resolveResource} then throws
 * {@link UnresolvedAddressException} instead of letting the parser fetch it.
 */
final class CatalogResolver implements LSResourceResolver {

    private static final String OFBIZ_DTDS = "http://ofbiz.apache.org/dtds/";
    private static final String W3C_XML_XSD = "http://www.w3.org/2001/xml.xsd";

    private final Map<String, Path> catalogEntries = new HashMap<>();
    private final List<Path> dtdDirectories;
    private final DOMImplementationLS domImplementation;

    CatalogResolver(OfbizHome home) {
        this(home.catalogFiles(), home.dtdDirectories());
    }

    CatalogResolver(List<Path> catalogs, List<Path> dtdDirectories) {
        this.dtdDirectories = List.copyOf(dtdDirectories);
        List<Path> pending = new ArrayList<>(catalogs);
        List<Path> read = new ArrayList<>();
        while (!pending.isEmpty()) {
            Path catalog = pending.remove(0).toAbsolutePath().normalize();
            if (!read.contains(catalog)) {
                read.add(catalog);
                pending.addAll(readCatalog(catalog));
            }
        }
        if (catalogEntries.isEmpty()) {
            throw new IllegalStateException("No XML catalog entries found in " + catalogs);
        }
        this.domImplementation = newDomImplementation();
    }

    /** The local file for a schema address, if the catalogs (or OFBiz's by-name rule) know it. */
    Optional<Path> resolve(String address) {
        String key = normalize(address);
        Path mapped = catalogEntries.get(key);
        if (mapped != null) {
            return Optional.of(mapped).filter(Files::isRegularFile);
        }
        if (key.startsWith(OFBIZ_DTDS) || key.equals(W3C_XML_XSD)) {
            String fileName = key.substring(key.lastIndexOf('/') + 1);
            return dtdDirectories.stream().map(d -> d.resolve(fileName)).filter(Files::isRegularFile).findFirst();
        }
        return Optional.empty();
    }

    /** Number of addresses the catalogs map, for reports. */
    int catalogEntryCount() {
        return catalogEntries.size();
    }

    @Override
    public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
        if (systemId == null) {
            return null; // an import by namespace only: nothing to load
        }
        Path local = resolve(systemId).or(() -> relativeToBase(systemId, baseUri))
                .orElseThrow(() -> new UnresolvedAddressException(systemId, baseUri));
        LSInput input = domImplementation.createLSInput();
        input.setSystemId(local.toUri().toString());
        input.setPublicId(publicId);
        return input;
    }

    private static Optional<Path> relativeToBase(String systemId, String baseUri) {
        URI reference = URI.create(systemId.replace(" ", "%20"));
        if (reference.isAbsolute() && !"file".equals(reference.getScheme())) {
            return Optional.empty();
        }
        if (baseUri == null && !reference.isAbsolute()) {
            return Optional.empty();
        }
        URI resolved = reference.isAbsolute() ? reference : URI.create(baseUri).resolve(reference);
        if (!"file".equals(resolved.getScheme())) {
            return Optional.empty();
        }
        Path path = Path.of(resolved);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private static String normalize(String address) {
        String trimmed = address.trim();
        return trimmed.startsWith("https://ofbiz.apache.org/") ? "http://" + trimmed.substring("https://".length()) : trimmed;
    }

    /** Reads one catalog's entries; returns the next catalogs it points to. */
    private List<Path> readCatalog(Path catalog) {
        Document document;
        try {
            document = XmlDocuments.parse(catalog);
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("Cannot read XML catalog " + catalog + ": " + e.getMessage(), e);
        }
        Path folder = catalog.getParent();
        for (Element system : XmlDocuments.elements(document, "system")) {
            catalogEntries.putIfAbsent(normalize(system.getAttribute("systemId")), local(folder, system));
        }
        for (Element uri : XmlDocuments.elements(document, "uri")) {
            catalogEntries.putIfAbsent(normalize(uri.getAttribute("name")), local(folder, uri));
        }
        return XmlDocuments.elements(document, "nextCatalog").stream()
                .map(next -> folder.resolve(next.getAttribute("catalog")).normalize())
                .toList();
    }

    private static Path local(Path folder, Element entry) {
        return folder.resolve(entry.getAttribute("uri")).normalize();
    }

    private static DOMImplementationLS newDomImplementation() {
        try {
            return (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A schema address that no catalog maps to a local file. */
    static final class UnresolvedAddressException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnresolvedAddressException(String address, String referencedFrom) {
            super("schema address " + address + " is not mapped to a local file by OFBiz's XML catalogs"
                    + (referencedFrom == null ? "" : " (referenced from " + referencedFrom + ")")
                    + "; it is never downloaded");
        }
    }
}
