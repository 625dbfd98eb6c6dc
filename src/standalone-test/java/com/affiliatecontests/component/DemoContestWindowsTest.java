package com.affiliatecontests.component;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: the demo contests start and end at midnight in their own zone (the goal contest showed 2026-10-14 20:00
 * America/New_York). OFBiz reads data timestamps in the server's zone; the demo is written for a server in UTC.
 */
class DemoContestWindowsTest {

    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.S");

    @Test
    void everyDemoContestStartsAndEndsAtMidnightInItsZone() throws Exception {
        NodeList contests = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("data/AffiliateContestsDemoData.xml").toFile()).getElementsByTagName("AffContest");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < contests.getLength(); i++) {
            Element c = (Element) contests.item(i);
            ZoneId zone = ZoneId.of(c.getAttribute("timeZoneId"));
            for (String field : List.of("fromDate", "thruDate")) {
                LocalDateTime local = LocalDateTime.parse(c.getAttribute(field), DATA).atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(zone).toLocalDateTime();
                if (!local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                    wrong.add(c.getAttribute("contestId") + "." + field + " = " + local + " " + zone);
                }
            }
        }
        assertEquals(3, contests.getLength());
        assertTrue(wrong.isEmpty(), "not at midnight in the contest's zone: " + wrong);
    }
}
