package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every request of the component's two controllers (back office and partner portal) whose event
 * changes state is a POST request-map ({@code method="post"}: OFBiz answers a GET with 405), so a
 * link, an image or a prefetch can never create, update or send anything. An event counts as a
 * state change unless it is listed below as a read, or as a followed link whose click or open is
 * recorded (an email's links and open pixel, a message's tracked links: a GET by their nature).
 * A new event therefore needs POST, or a reason in these lists.
 */
class ControllerMethodsTest {

    private static final List<String> CONTROLLERS = List.of(
            "webapp/affiliatecontests/WEB-INF/controller.xml", "webapp/affiliateportal/WEB-INF/controller.xml");

    /** Events that only read: the event's type and invoke, and why. */
    private static final Map<String, String> READS = Map.of(
            "service:getMyAffContestBoardMarker", "the live leaderboard's JSON change marker",
            "service:lookupAffPartners", "the partner lookup (search as you type) of the back-office forms",
            "groovy:streamMessageResource", "a recipient's download of a message's resource",
            "groovy:leaderboardCsv", "the leaderboard's CSV export",
            "groovy:winnersCsv", "the winners' CSV export");

    /** Followed links that record the click or open on the way (tracking): GET by their nature. */
    private static final Map<String, String> TRACKED_LINKS = Map.of(
            "groovy:followMessageLink", "a link of a message in the portal",
            "groovy:followEmailLink", "a link of a message's email copy",
            "groovy:trackMessageOpen", "the open pixel of a message's email copy");

    private record RequestMap(String controller, String uri, String method, String event, int line) {
        String where() {
            return controller + ":" + line + " request-map " + uri;
        }
    }

    private static List<RequestMap> requestMaps() throws Exception {
        ComponentFiles component = ComponentFiles.underTest();
        List<RequestMap> maps = new ArrayList<>();
        for (String controller : CONTROLLERS) {
            Document document = XmlDocuments.parse(component.root().resolve(Path.of(controller)));
            for (Element map : XmlDocuments.elements(document, "request-map")) {
                String event = XmlDocuments.children(map, "event").stream()
                        .map(e -> e.getAttribute("type") + ":" + e.getAttribute("invoke")).findFirst().orElse("");
                maps.add(new RequestMap(controller, map.getAttribute("uri"), map.getAttribute("method"), event,
                        XmlDocuments.line(map)));
            }
        }
        return maps;
    }

    @Test
    void everyStateChangingRequestRefusesGet() throws Exception {
        List<String> problems = new ArrayList<>();
        int stateChanges = 0;
        for (RequestMap map : requestMaps()) {
            if (map.event().isEmpty() || READS.containsKey(map.event()) || TRACKED_LINKS.containsKey(map.event())) {
                continue;
            }
            stateChanges++;
            if (!"post".equals(map.method())) {
                problems.add(map.where() + " runs " + map.event() + " but is not method=\"post\" (method=\""
                        + map.method() + "\")");
            }
        }
        assertTrue(stateChanges > 20, "expected the back office's and the portal's state changes, found " + stateChanges);
        assertEquals(List.of(), problems, "state-changing requests that accept a GET");
    }

    @Test
    void thePortalReplyIsAPostRequest() throws Exception {
        RequestMap reply = requestMaps().stream().filter(m -> m.uri().equals("replyToMessage")).findFirst().orElseThrow();
        assertEquals("post", reply.method(), reply.where());
    }

    /** The lists name events that exist: a renamed or removed event cannot leave an exemption behind. */
    @Test
    void everyExemptionIsAnEventOfAController() throws Exception {
        Set<String> events = new HashSet<>();
        requestMaps().forEach(m -> events.add(m.event()));
        Set<String> exempt = new HashSet<>(READS.keySet());
        exempt.addAll(TRACKED_LINKS.keySet());
        exempt.removeAll(events);
        assertEquals(Set.of(), exempt, "exempted events no controller runs");
        READS.keySet().forEach(event -> assertFalse(event.matches(
                "service:(create|update|add|remove|launch|cancel|finalize|send|save|answer|reply|record|mark|draft).*"),
                event + " looks like a write"));
    }
}
