package com.affiliatecontests.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML files into namespace-aware DOM documents whose elements remember their line
 * ({@link #line(Element)}). Never reads anything but the file itself: external DTDs are not
 * loaded, and any external entity is refused rather than fetched.
 */
final class XmlDocuments {

    private static final String LINE = "line";
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");

    private XmlDocuments() {
    }

    static Document parse(Path file) throws IOException, SAXException {
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            DomBuilder builder = new DomBuilder(newDocument());
            newParser().parse(source, builder);
            return builder.document;
        }
    }

    /**
     * As {@link #parse(Path)}, for files OFBiz ships: decoded in the encoding their XML declaration
     * names (UTF-8 when none), with a byte that is invalid in it replaced instead of refused. OFBiz's
     * trunk ships label files whose bytes do not all decode in their declared encoding (OfbiztestUiLabels.xml),
     * and OFBiz reads them all the same.
     */
    static Document parseAsShipped(Path file) throws IOException, SAXException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = declaredEncoding(bytes);
        String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        InputSource source = new InputSource(new StringReader(text));
        source.setSystemId(file.toUri().toString());
        DomBuilder builder = new DomBuilder(newDocument());
        newParser().parse(source, builder);
        return builder.document;
    }

    /** The encoding named by the XML declaration at the start of the bytes, UTF-8 when none or unknown. */
    static Charset declaredEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(head);
        if (m.find() && Charset.isSupported(m.group(1))) {
            return Charset.forName(m.group(1));
        }
        return StandardCharsets.UTF_8;
    }

    /** The line of the element's start tag, or 0 if unknown. */
    static int line(Element element) {
        Object line = element.getUserData(LINE);
        return line instanceof Integer i ? i : 0;
    }

    static String where(Path file, Element element) {
        return file + ":" + line(element);
    }

    /** All descendant elements (document order) with the given local name; "*" for all. */
    static List<Element> elements(Node parent, String localName) {
        NodeList nodes = parent instanceof Document d
                ? d.getElementsByTagNameNS("*", localName)
                : ((Element) parent).getElementsByTagNameNS("*", localName);
        List<Element> result = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** Direct child elements with the given local name; "*" for all. */
    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ("*".equals(localName) || localName.equals(e.getLocalName()))) {
                result.add(e);
            }
        }
        return result;
    }

    /** The attribute's value, or empty when the attribute is absent or blank. */
    static Optional<String> attribute(Element element, String name) {
        String value = element.getAttribute(name);
        return value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SAXParser newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds the DOM from SAX events so that each element can carry its line number. */
    private static final class DomBuilder extends DefaultHandler {
        private final Document document;
        private final Deque<Node> open = new ArrayDeque<>();
        private Locator locator;

        DomBuilder(Document document) {
            this.document = document;
            open.push(document);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String attributeUri = attributes.getURI(i);
                element.setAttributeNS(attributeUri.isEmpty() ? null : attributeUri,
                        attributes.getQName(i), attributes.getValue(i));
            }
            element.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
            open.peek().appendChild(element);
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            Node parent = open.peek();
            if (parent instanceof Element) {
                parent.appendChild(document.createTextNode(new String(ch, start, length)));
            }
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new SAXException("external entity " + systemId + " refused: nothing is fetched");
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
