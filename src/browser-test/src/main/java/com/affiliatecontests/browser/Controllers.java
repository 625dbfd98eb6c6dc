package com.affiliatecontests.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The request-maps and view-maps of one of the component's controller.xml files (includes not followed). */
final class Controllers {

    /** Events whose name says they write; the portal's tracking links (follow, track, stream) are GETs by design. */
    private static final Pattern WRITING_EVENT = Pattern.compile(
            "^(create|update|add|remove|delete|launch|cancel|finalize|clone|save|send|answer|draft|reply|mark|set|store"
            + "|expire|approve|reject|record|recompute|extend|run|schedule|import|upload)[A-Z].*");

    /** Reads that are POST for other reasons (a search as the admin types, a poll answered as JSON without OFBiz's GET warning). */
    private static final Pattern READING_EVENT = Pattern.compile("^(lookup|get|count|find|list)[A-Z].*");

    record RequestMap(String uri, String method, String eventType, String eventInvoke, String successType,
            String successView, boolean open) {
        /** A page: its success response renders a view. */
        boolean rendersView() {
            return "view".equals(successType);
        }

        /** A state change: declared POST-only, or its event's name says it writes. */
        boolean changesState() {
            if (eventInvoke != null && READING_EVENT.matcher(eventInvoke).matches()) {
                return false;
            }
            return "post".equalsIgnoreCase(method) || (eventInvoke != null && WRITING_EVENT.matcher(eventInvoke).matches());
        }
    }

    final String webapp;
    final Map<String, RequestMap> requests = new LinkedHashMap<>();
    final Map<String, String> views = new LinkedHashMap<>();

    Controllers(String webapp, Path controllerXml) throws Exception {
        this.webapp = webapp;
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        Document doc = f.newDocumentBuilder().parse(Files.newInputStream(controllerXml));
        NodeList maps = doc.getElementsByTagName("request-map");
        for (int i = 0; i < maps.getLength(); i++) {
            Element m = (Element) maps.item(i);
            Element event = first(m, "event");
            String successType = null;
            String successView = null;
            NodeList responses = m.getElementsByTagName("response");
            for (int j = 0; j < responses.getLength(); j++) {
                Element r = (Element) responses.item(j);
                if ("success".equals(r.getAttribute("name"))) {
                    successType = r.getAttribute("type");
                    successView = r.getAttribute("value");
                }
            }
            requests.put(m.getAttribute("uri"), new RequestMap(m.getAttribute("uri"), m.getAttribute("method"),
                    event == null ? null : event.getAttribute("type"), event == null ? null : event.getAttribute("invoke"),
                    successType, successView, first(m, "security") != null
                    && "false".equals(first(m, "security").getAttribute("auth"))));
        }
        NodeList viewMaps = doc.getElementsByTagName("view-map");
        for (int i = 0; i < viewMaps.getLength(); i++) {
            Element v = (Element) viewMaps.item(i);
            views.put(v.getAttribute("name"), v.getAttribute("page"));
        }
    }

    List<RequestMap> pages() {
        return requests.values().stream().filter(RequestMap::rendersView).toList();
    }

    List<RequestMap> stateChanges() {
        return requests.values().stream().filter(RequestMap::changesState).toList();
    }

    Optional<String> screenOf(RequestMap page) {
        return Optional.ofNullable(views.get(page.successView()));
    }

    private static Element first(Element parent, String tag) {
        NodeList l = parent.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList l = parent.getElementsByTagName(tag);
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }
}
