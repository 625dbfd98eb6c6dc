package com.affiliatecontests.engine.messaging;

import com.affiliatecontests.engine.contest.PrizeTier;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.winner.Winner;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WinnersMessageTest {

    @Test
    void theDraftGoesToTheWinnersWithTheirOwnPrize() {
        List<Winner> winners = List.of(
                new Winner("P1", 1, 1, BigDecimal.TEN, new PrizeTier(1, 1, "Gift card", new BigDecimal("500.00"), "USD")),
                new Winner("P2", 2, 2, BigDecimal.ONE, PrizeTier.place(2, "Badge")));
        WinnersMessage.Draft draft = new WinnersMessage().draft("C1", winners, "You won", "<p>Congratulations</p>",
                "Place {place}: {prize}");
        assertEquals(Map.of("P1", "Place 1: Gift card (500 USD)", "P2", "Place 2: Badge"), draft.personalLines());
        assertEquals("C1", draft.draft().contestId());
        assertTrue(draft.draft().repliesAllowed());
        Set<String> to = new AudienceCheck().recipients(draft.draft().audience(), List.of(PartnerProfile.of("P1", "a"),
                PartnerProfile.of("P2", "b"), PartnerProfile.of("P3", "c"))).keySet();
        assertEquals(Set.of("P1", "P2"), to);
        draft.draft().validated(Instant.EPOCH, new HtmlSanitizer());
    }

    /** Issue 12 item 21: the personal line went into messages and emails without the sanitiser. */
    @Test
    void thePersonalLineIsSanitisedAndThePrizeIsPlainText() {
        List<Winner> winners = List.of(
                new Winner("P1", 1, 1, BigDecimal.TEN, PrizeTier.place(1, "<script>alert(1)</script>Tom & Jerry <b>set</b>")),
                new Winner("P2", 2, 2, BigDecimal.ONE, PrizeTier.place(2, "<img src=x onerror=alert(2)>")));
        WinnersMessage.Draft draft = new WinnersMessage().draft("C1", winners, "You won", "<p>Congratulations</p>",
                "<strong onclick=\"steal()\">Place {place}</strong>: {prize}<script>alert(3)</script>");
        String first = draft.personalLines().get("P1");
        String second = draft.personalLines().get("P2");
        assertEquals("<strong>Place 1</strong>: &lt;script&gt;alert(1)&lt;/script&gt;Tom &amp; Jerry &lt;b&gt;set&lt;/b&gt;",
                first);
        assertEquals("<strong>Place 2</strong>: &lt;img src&#61;x onerror&#61;alert(2)&gt;", second);
        for (String line : draft.personalLines().values()) {
            assertFalse(line.contains("<script") || line.contains("onclick") || line.contains("<img"), line);
            assertEquals(line, new HtmlSanitizer().sanitize(line), "already what the sanitiser lets through");
        }
    }

    @Test
    void aPrizeWithoutTextIsItsAmountAndQuotesAreEscaped() {
        List<Winner> winners = List.of(
                new Winner("P1", 1, 1, BigDecimal.TEN, new PrizeTier(1, 1, null, new BigDecimal("50.00"), "USD")),
                new Winner("P2", 2, 2, BigDecimal.ONE, new PrizeTier(2, 2, "The \"big\" one", null, null)),
                new Winner("P3", 3, 3, BigDecimal.ONE, null));
        WinnersMessage.Draft draft = new WinnersMessage().draft("C1", winners, "s", "b", "{place}: {prize}");
        assertEquals("1: (50 USD)", draft.personalLines().get("P1"));
        assertEquals("2: The &#34;big&#34; one", draft.personalLines().get("P2"));
        assertEquals("3: ", draft.personalLines().get("P3"));
    }

    @Test
    void noWinnersNoDraft() {
        assertThrows(IllegalArgumentException.class, () -> new WinnersMessage().draft("C1", List.of(), "s", "b", "l"));
    }

    @Test
    void aWinnerNoLongerAPartnerIsLeftOutOfTheDraftTheOthersKeepTheirOrder() {
        List<Winner> winners = List.of(new Winner("P1", 1, 1, BigDecimal.TEN, null),
                new Winner("P2", 2, 2, BigDecimal.ONE, null), new Winner("P3", 3, 3, BigDecimal.ONE, null));
        WinnersMessage message = new WinnersMessage();
        assertEquals(List.of("P1", "P3"), message.addressable(winners, Set.of("P3", "P1")::contains).stream()
                .map(Winner::partnerId).toList());
        assertEquals(List.of(), message.addressable(winners, p -> false));
        assertEquals(winners, message.addressable(winners, p -> true));
    }
}
