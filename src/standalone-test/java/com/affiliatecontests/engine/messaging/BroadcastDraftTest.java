package com.affiliatecontests.engine.messaging;

import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.eligibility.Criterion;
import com.affiliatecontests.engine.messaging.MessageLink.LinkKind;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BroadcastDraftTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    private static BroadcastDraft draft(String subject, String body, List<MessageLink> links, Instant sendAt,
                                        AudienceRule audience) {
        return new BroadcastDraft(subject, body, "Reply with your plans", links, null, true, sendAt, audience);
    }

    @Test
    void aValidDraftIsSanitised() {
        BroadcastDraft clean = draft("  Holiday push ", "<p>Go <script>alert(1)</script></p>",
                List.of(new MessageLink(LinkKind.CALL_TO_ACTION, "Banners", "https://shop.test/banners")), null,
                AudienceRule.anyOf(Criterion.tag("BLOGGER"))).validated(NOW, sanitizer);
        assertEquals("Holiday push", clean.subject());
        assertEquals("<p>Go </p>", clean.body());
        assertEquals(1, clean.links().size());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> draft(" ", "",
                List.of(new MessageLink(LinkKind.RESOURCE, "", "ftp://files.test/a")), NOW.minusSeconds(1),
                new AudienceRule(false, null, null, null, null)).validated(NOW, sanitizer));
        assertEquals(List.of("subject", "body", "links[0].label", "links[0].url", "sendAt", "audience"),
                e.errors().stream().map(x -> x.field()).toList());
        assertTrue(e.has(ValidationCode.LINK_NOT_HTTP));
        assertTrue(e.has(ValidationCode.SCHEDULE_IN_PAST));
        assertEquals("AffiliateContestsErrorScheduleInPast", ValidationCode.SCHEDULE_IN_PAST.labelKey());
    }

    @Test
    void aBodyThatIsOnlyAScriptIsEmpty() {
        ValidationException e = assertThrows(ValidationException.class, () -> draft("Hi", "<script>x()</script>",
                List.of(), null, AudienceRule.allAffiliates()).validated(NOW, sanitizer));
        assertEquals("body", e.errors().get(0).field());
    }

    @Test
    void aSubjectLongerThanOfbizHoldsIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> draft("x".repeat(256), "b", List.of(),
                null, AudienceRule.allAffiliates()).validated(NOW, sanitizer));
        assertTrue(e.has(ValidationCode.TOO_LONG));
    }

    @Test
    void aSubjectOfExactlyWhatOfbizHoldsIsAccepted() {
        String longest = "x".repeat(BroadcastDraft.SUBJECT_MAX);
        assertEquals(longest, draft(longest, "b", List.of(), null, AudienceRule.allAffiliates())
                .validated(NOW, sanitizer).subject());
    }

    @Test
    void aFutureSendTimeIsAccepted() {
        Instant later = NOW.plus(Duration.ofHours(2));
        assertEquals(later, draft("Hi", "b", List.of(), later, AudienceRule.allAffiliates())
                .validated(NOW, sanitizer).sendAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://x.test/a", "/relative/path", "mailto:a@b.test", "https://",
        "https://exa mple.test", "data:text/html,hi", "http:/x", ""})
    void onlyAbsoluteHttpAddressesAreLinks(String url) {
        assertFalse(new MessageLink(LinkKind.CALL_TO_ACTION, "x", url).isWebAddress(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.test", "http://shop.test/a?b=c#d", "HTTPS://Shop.Test/x"})
    void httpAndHttpsAddressesAreLinks(String url) {
        assertTrue(new MessageLink(LinkKind.RESOURCE, "x", url).isWebAddress(), url);
    }
}
