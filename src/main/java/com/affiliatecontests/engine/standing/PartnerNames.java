package com.affiliatecontests.engine.standing;

import com.affiliatecontests.engine.contest.NameDisplay;
import com.affiliatecontests.engine.eligibility.PartnerProfile;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a partner's name is shown to others: in full, as its alias, or as initials ("Jane Doe" is "J. D."). */
public final class PartnerNames {

    private PartnerNames() {
    }

    public static String display(PartnerProfile partner, NameDisplay display) {
        String name = partner.name() == null || partner.name().isBlank() ? partner.partyId() : partner.name();
        return switch (display) {
        case FULL -> name;
        case ALIAS -> partner.alias() == null || partner.alias().isBlank() ? initials(name) : partner.alias();
        case INITIALS -> initials(name);
        };
    }

    /**
     * How a partner sees its own row: by its alias wherever others see aliases or initials (its public name,
     * never its legal name there), by its name where the rules show full names or it has no alias.
     */
    public static String own(PartnerProfile partner, NameDisplay display) {
        boolean alias = display != NameDisplay.FULL && partner.alias() != null && !partner.alias().isBlank();
        return alias ? partner.alias() : display(partner, NameDisplay.FULL);
    }

    static String initials(String name) {
        return Arrays.stream(name.trim().split("[\\s\\-]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".")
                .collect(Collectors.joining(" "));
    }
}
