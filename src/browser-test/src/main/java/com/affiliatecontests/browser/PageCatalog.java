package com.affiliatecontests.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every page of a webapp to open: each request-map of its controller whose success renders a view, with the id
 * parameters that the component's own links to it carry (menus and screens' link parameters, FreeMarker URLs),
 * filled from the demo data. A page that some link opens without an id (or that no link opens) is also opened
 * without parameters. A new page is thus covered without editing the suite; a new id parameter without a demo
 * value is reported as a failure.
 */
final class PageCatalog {

    record Page(String webapp, String uri, Map<String, String> params, boolean needsMessagePermission, boolean open) {
        String path() {
            StringBuilder sb = new StringBuilder("/").append(webapp).append("/control/").append(uri);
            char sep = '?';
            for (Map.Entry<String, String> e : params.entrySet()) {
                sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
                sep = '&';
            }
            return sb.toString();
        }

        String label() {
            return webapp + "/" + uri + (params.isEmpty() ? "" : "?" + String.join("&",
                    params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }

        String fileName() {
            return (uri + (params.isEmpty() ? "" : "_" + String.join("_", params.values()))).replaceAll("[^A-Za-z0-9_.-]", "_");
        }
    }

    private static final Pattern FTL_URL = Pattern.compile("(?:<@ofbizUrl>|href=\")/?([A-Za-z][A-Za-z0-9_]*)(\\?[^<\"\\s]*)?");
    private static final Pattern QUERY_PARAM = Pattern.compile("[?&](?:amp;)?([A-Za-z][A-Za-z0-9_]*)=");
    /** Parameters that identify a record: a page linked with one of them is opened with demo values. */
    private static final Pattern ID_PARAM = Pattern.compile(".*Id$");

    final List<Page> pages = new ArrayList<>();
    /** Pages whose links carry a paging parameter (viewIndex, viewSize): opened again with hostile values. */
    final Map<Page, Set<String>> paged = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    /**
     * @param fillers demo values of id parameters (contestId, broadcastId, communicationEventId...)
     * @param sources the component's files whose links open this webapp's pages
     */
    PageCatalog(Controllers controllers, Path componentDir, List<Path> sources, Map<String, List<String>> fillers,
            Set<String> filterParams) throws Exception {
        Map<String, Set<Set<String>>> linkParams = scanLinks(sources);
        for (Controllers.RequestMap rm : controllers.pages()) {
            Set<Set<String>> sets = linkParams.getOrDefault(rm.uri(), Set.of());
            Set<Set<String>> idSets = new LinkedHashSet<>();
            boolean withoutIds = sets.isEmpty();
            for (Set<String> s : sets) {
                Set<String> ids = new LinkedHashSet<>();
                for (String p : s) {
                    if (ID_PARAM.matcher(p).matches() && !filterParams.contains(p)) {
                        ids.add(p);
                    }
                }
                if (ids.isEmpty()) {
                    withoutIds = true;
                } else {
                    idSets.add(ids);
                }
            }
            boolean messagePermission = needsMessagePermission(controllers, rm, componentDir);
            if (withoutIds) {
                pages.add(new Page(controllers.webapp, rm.uri(), Map.of(), messagePermission, rm.open()));
                Set<String> paging = new LinkedHashSet<>();
                sets.forEach(set -> set.stream().filter(p -> p.equals("viewIndex") || p.equals("viewSize")).forEach(paging::add));
                if (!paging.isEmpty()) {
                    paged.put(pages.get(pages.size() - 1), paging);
                }
            }
            for (Set<String> ids : idSets) {
                List<Map<String, String>> combos = new ArrayList<>();
                combos.add(new TreeMap<>());
                for (String id : ids) {
                    List<String> values = fillers.get(id);
                    if (values == null || values.isEmpty()) {
                        problems.add(controllers.webapp + "/" + rm.uri() + ": no demo value for parameter " + id);
                        combos.clear();
                        break;
                    }
                    List<Map<String, String>> next = new ArrayList<>();
                    for (Map<String, String> c : combos) {
                        for (String v : values) {
                            Map<String, String> m = new TreeMap<>(c);
                            m.put(id, v);
                            next.add(m);
                        }
                    }
                    combos = next;
                }
                for (Map<String, String> c : combos) {
                    pages.add(new Page(controllers.webapp, rm.uri(), new LinkedHashMap<>(c), messagePermission, rm.open()));
                }
            }
        }
    }

    /** target/uri -> the parameter-name sets of the links to it. */
    static Map<String, Set<Set<String>>> scanLinks(List<Path> sources) throws Exception {
        Map<String, Set<Set<String>>> out = new HashMap<>();
        for (Path root : sources) {
            List<Path> files;
            try (Stream<Path> s = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
                files = s.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(".xml")) {
                    scanXml(f, out);
                } else if (name.endsWith(".ftl")) {
                    scanFtl(f, out);
                }
            }
        }
        return out;
    }

    private static void scanXml(Path f, Map<String, Set<Set<String>>> out) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (!"link".equals(e.getTagName()) && !"hyperlink".equals(e.getTagName())) {
                continue;
            }
            String target = e.getAttribute("target");
            if (target.isEmpty()) {
                continue;
            }
            Set<String> params = new LinkedHashSet<>();
            for (Element p : Controllers.children(e, "parameter")) {
                params.add(p.getAttribute("param-name"));
            }
            Matcher q = QUERY_PARAM.matcher(target);
            while (q.find()) {
                params.add(q.group(1));
            }
            out.computeIfAbsent(target.replaceAll("\\?.*", ""), k -> new LinkedHashSet<>()).add(params);
        }
    }

    private static void scanFtl(Path f, Map<String, Set<Set<String>>> out) throws IOException {
        Matcher m = FTL_URL.matcher(Files.readString(f));
        while (m.find()) {
            Set<String> params = new LinkedHashSet<>();
            if (m.group(2) != null) {
                Matcher q = QUERY_PARAM.matcher(m.group(2));
                while (q.find()) {
                    params.add(q.group(1));
                }
            }
            out.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(params);
        }
    }

    /** A back-office page drawn inside the messaging decorator needs AFFCONTEST_MESSAGE (or _ADMIN). */
    private static boolean needsMessagePermission(Controllers c, Controllers.RequestMap rm, Path componentDir) throws Exception {
        String page = c.screenOf(rm).orElse("");
        String prefix = "component://affiliatecontests/";
        int hash = page.indexOf('#');
        if (!page.startsWith(prefix) || hash < 0) {
            return false;
        }
        Path file = componentDir.resolve(page.substring(prefix.length(), hash));
        String screenName = page.substring(hash + 1);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        for (Element screen : Controllers.children(doc.getDocumentElement(), "screen")) {
            if (screen.getAttribute("name").equals(screenName)) {
                for (Element d : Controllers.children(screen, "decorator-screen")) {
                    if ("AffMessagingDecorator".equals(d.getAttribute("name"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
