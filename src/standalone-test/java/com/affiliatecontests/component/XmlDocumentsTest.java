package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** OFBiz's own files are read in their declared encoding, and a byte that does not decode does not stop the checks. */
class XmlDocumentsTest {

    @TempDir
    Path dir;

    @Test
    void shippedFileWithAnInvalidByteForItsDeclaredEncodingIsReadWithTheByteReplaced() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<resource><property key=\"K\"><value xml:lang=\"zh-TW\">A"
                .getBytes(StandardCharsets.US_ASCII));
        bytes.write(0x87);
        bytes.writeBytes("B</value></property></resource>".getBytes(StandardCharsets.US_ASCII));
        Path file = write("broken.xml", bytes.toByteArray());

        assertThrows(SAXException.class, () -> XmlDocuments.parse(file));
        Document document = XmlDocuments.parseAsShipped(file);
        assertEquals("A\uFFFDB", document.getDocumentElement().getTextContent());
    }

    @Test
    void shippedFileIsDecodedInTheEncodingItsDeclarationNames() throws Exception {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<resource>\u00e9t\u00e9</resource>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.xml", latin1);

        assertEquals("\u00e9t\u00e9", XmlDocuments.parseAsShipped(file).getDocumentElement().getTextContent());
        assertEquals(StandardCharsets.ISO_8859_1, XmlDocuments.declaredEncoding(latin1));
    }

    @Test
    void undeclaredOrUnknownEncodingIsUtf8() {
        assertEquals(StandardCharsets.UTF_8, XmlDocuments.declaredEncoding("<resource/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, XmlDocuments.declaredEncoding(
                "<?xml version=\"1.0\" encoding=\"no-such-charset\"?><r/>".getBytes(StandardCharsets.UTF_8)));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
