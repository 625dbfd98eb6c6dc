package com.affiliatecontests.engine.messaging;

import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.eligibility.Criterion;
import com.affiliatecontests.engine.eligibility.Dimension;
import com.affiliatecontests.engine.eligibility.Match;
import com.affiliatecontests.engine.winner.Winner;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The draft a finalized contest offers the admin: addressed to its winners by name, with each
 * winner's place and prize as a personal line of its own copy, replies allowed (to coordinate the
 * reward). The texts come from the caller, already translated. A personal line goes into the
 * message and its email as HTML: the prize (plain text, as typed by the admin) is escaped and the
 * whole line passed through the sanitiser.
 */
public final class WinnersMessage {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** The draft and, by partner, its personal line. */
    public record Draft(BroadcastDraft draft, Map<String, String> personalLines) {
    }

    /**
     * The winners a draft can address, in their order: those still partners of the store. A winner whose affiliate
     * role was removed since the contest cannot be written to, and would make the whole audience refused.
     */
    public List<Winner> addressable(List<Winner> winners, Predicate<String> stillPartner) {
        return winners.stream().filter(w -> stillPartner.test(w.partnerId())).toList();
    }

    /**
     * @param subject the subject, e.g. "You won in Holiday revenue race"
     * @param body the body (HTML)
     * @param line the personal line with placeholders {place} and {prize}
     */
    public Draft draft(String contestId, List<Winner> winners, String subject, String body, String line) {
        if (winners.isEmpty()) {
            throw new IllegalArgumentException("a contest without winners has nobody to write to");
        }
        Map<String, String> lines = new LinkedHashMap<>();
        for (Winner winner : winners) {
            String prize = winner.prize() == null ? "" : prizeText(winner.prize().prize(), winner.prize().amount(),
                    winner.prize().currency());
            lines.put(winner.partnerId(), sanitizer.sanitize(line.replace("{place}", Integer.toString(winner.place()))
                    .replace("{prize}", escaped(prize))));
        }
        List<Criterion> named = winners.stream().map(w -> new Criterion(Dimension.PARTY, w.partnerId())).toList();
        AudienceRule audience = new AudienceRule(false, Match.ANY, named, List.of(), Set.of());
        return new Draft(new BroadcastDraft(subject, body, null, List.of(), contestId, true, null, audience), lines);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String prizeText(String text, BigDecimal amount, String currency) {
        StringBuilder prize = new StringBuilder(text == null ? "" : text);
        if (amount != null) {
            prize.append(prize.length() > 0 ? " (" : "(").append(amount.stripTrailingZeros().toPlainString())
                    .append(currency == null ? "" : " " + currency).append(')');
        }
        return prize.toString();
    }
}
