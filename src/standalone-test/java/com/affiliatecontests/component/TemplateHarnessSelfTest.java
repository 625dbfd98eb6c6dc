package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateHarnessSelfTest {

    private final TemplateHarness harness = new TemplateHarness(Fixtures.component("template-harness"), Fixtures.home());

    private final Map<String, Object> context = Map.of("name", "<script>alert(1)</script>", "body", "<b>bold</b>",
            "contestId", "C1", "prize", new BigDecimal("1250.5"), "rows", List.of("a&b", "c"));

    @Test
    void encodesContextStringsAndKeepsWrappedOnes() {
        String html = harness.render("template/Sample.ftl", context);
        assertTrue(html.contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<div class=\"body\"><b>bold</b></div>"), html);
        assertTrue(html.contains("<i>a&amp;b</i><i>c</i>"), html);
    }

    @Test
    void rendersOfbizTransformsAndLabelsOfOfbizAndTheComponent() {
        String html = harness.render("template/Sample.ftl", context);
        assertTrue(html.contains("href=\"/affiliatecontests/control/ContestBoard?contestId=C1\">View</a>"), html);
        assertTrue(html.contains("$1,250.50"), html);
        assertTrue(html.contains("<p class=\"token\">csrf=csrf-launchAffContest</p>"), html);
    }

    @Test
    void usesTheLocaleLanguageThenEnglish() {
        String html = harness.render("template/Sample.ftl", context, Locale.FRENCH);
        assertTrue(html.startsWith("<h1>Bonjour "), html);
        assertEquals("English only", harness.render("template/OnlyEnglish.ftl", Map.of(), Locale.FRENCH).strip());
    }

    @Test
    void failsOnAnUnknownLabelOrAnUndefinedVariable() {
        AssertionError label = assertThrows(AssertionError.class, () -> harness.render("template/MissingLabel.ftl", Map.of()));
        assertTrue(label.getMessage().contains("HarnessNoSuchLabel"), label.getMessage());
        AssertionError variable = assertThrows(AssertionError.class, () -> harness.render("template/Broken.ftl", Map.of()));
        assertTrue(variable.getMessage().contains("notInContext"), variable.getMessage());
    }

    @Test
    void listsTheTemplatesOfTheComponent() {
        assertEquals(List.of("template/Broken.ftl", "template/MapEntries.ftl", "template/MissingLabel.ftl", "template/OnlyEnglish.ftl",
                "template/Sample.ftl"),
                List.copyOf(harness.templates()));
    }

    /** As OFBiz's BeansWrapper-based HTML wrapper: a map is a bean model, whose "key, value" listing fails on such keys. */
    @Test
    void wrapsMapsAsOfbizDoes() {
        AssertionError listing = assertThrows(AssertionError.class,
                () -> harness.render("template/MapEntries.ftl", Map.of("counts", Map.of("NOT_ELIGIBLE", 41))));
        assertTrue(listing.getMessage().contains("count"), listing.getMessage());
    }
}
