package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * What a store installs as plugins/affiliatecontests holds no benchmark: the benchmarks create
 * partners and orders by the hundred thousand, so they live in the separate test-only component
 * benchmark/ (affiliatecontestsbench), which OFBiz never loads from inside another component.
 */
class ShippedComponentTest {

    private final Path root = ComponentFiles.underTest().root();

    @Test
    void noServiceResourceOfTheShippedComponentDefinesABenchmarkService() throws IOException, SAXException {
        Document descriptor = XmlDocuments.parse(root.resolve("ofbiz-component.xml"));
        List<String> found = new ArrayList<>();
        int services = 0;
        for (Element resource : XmlDocuments.children(descriptor.getDocumentElement(), "service-resource")) {
            String location = resource.getAttribute("location");
            assertFalse(isBenchmark(location), "ofbiz-component.xml loads " + location);
            Document definitions = XmlDocuments.parse(root.resolve(location));
            for (Element service : XmlDocuments.elements(definitions, "service")) {
                services++;
                if (isBenchmark(service.getAttribute("name")) || isBenchmark(service.getAttribute("location"))) {
                    found.add(service.getAttribute("name") + " in " + location);
                }
            }
            for (Element action : XmlDocuments.elements(definitions, "action")) {
                if (isBenchmark(action.getAttribute("service"))) {
                    found.add("ECA action " + action.getAttribute("service") + " in " + location);
                }
            }
        }
        assertTrue(services > 50, "only " + services + " services read: this test would prove nothing");
        assertEquals(List.of(), found, "benchmark services in the shipped component");
    }

    @Test
    void noSourceTheShippedComponentCompilesIsABenchmark() throws IOException {
        List<String> found = new ArrayList<>();
        int sources = 0;
        for (String folder : List.of("src/main/groovy", "src/main/java")) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    sources++;
                    String relative = root.relativize(file).toString();
                    if (isBenchmark(relative) || relative.contains("/bench/") || isBenchmark(Files.readString(file))) {
                        found.add(relative);
                    }
                }
            }
        }
        assertTrue(sources > 50, "only " + sources + " sources read: this test would prove nothing");
        assertEquals(List.of(), found, "benchmark code in the shipped component's sources");
    }

    @Test
    void theBenchmarksAreAComponentOfTheirOwn() throws IOException, SAXException {
        Document descriptor = XmlDocuments.parse(root.resolve("benchmark/ofbiz-component.xml"));
        assertEquals(ComponentFiles.BENCHMARK_NAME, descriptor.getDocumentElement().getAttribute("name"));
    }

    private static boolean isBenchmark(String text) {
        return text.toLowerCase(Locale.ROOT).contains("benchmark");
    }
}
