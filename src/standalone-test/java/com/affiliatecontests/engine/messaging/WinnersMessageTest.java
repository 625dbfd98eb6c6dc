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

    @Test
    void noWinnersNoDraft() {
        assertThrows(IllegalArgumentException.class, () -> new WinnersMessage().draft("C1", List.of(), "s", "b", "l"));
    }
}
