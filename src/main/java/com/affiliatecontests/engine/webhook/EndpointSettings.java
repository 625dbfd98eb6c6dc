package com.affiliatecontests.engine.webhook;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of an endpoint's secret and events (its URL is {@link EndpointAdmission}'s), and the
 * stored form of its events: wire names separated by commas.
 */
public final class EndpointSettings {

    public static final int MIN_SECRET_LENGTH = 16;
    public static final int MAX_SECRET_LENGTH = 255;

    private EndpointSettings() {
    }

    /** The secret's problems: at least 16 characters, at most 255. */
    public static List<WebhookProblem> checkSecret(String secret) {
        List<WebhookProblem> problems = new ArrayList<>();
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            problems.add(new WebhookProblem("secret", WebhookRefusal.SECRET_TOO_SHORT));
        } else if (secret.length() > MAX_SECRET_LENGTH) {
            problems.add(new WebhookProblem("secret", WebhookRefusal.SECRET_TOO_LONG));
        }
        return problems;
    }

    /** The events' problems: at least one, each a known event. */
    public static List<WebhookProblem> checkEvents(List<String> names) {
        List<WebhookProblem> problems = new ArrayList<>();
        if (names == null || names.stream().allMatch(n -> n == null || n.isBlank())) {
            problems.add(new WebhookProblem("events", WebhookRefusal.EVENTS_REQUIRED));
            return problems;
        }
        for (String name : names) {
            if (name != null && !name.isBlank() && WebhookEvent.parse(name).isEmpty()) {
                problems.add(new WebhookProblem("events", WebhookRefusal.UNKNOWN_EVENT));
                break;
            }
        }
        return problems;
    }

    /** The events as stored: wire names in the enum's order, comma separated; unknown names dropped. */
    public static String store(List<String> names) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        if (names != null) {
            names.forEach(n -> WebhookEvent.parse(n).ifPresent(events::add));
        }
        return String.join(",", events.stream().map(WebhookEvent::wireName).toList());
    }

    /** The stored events read back; unknown names (an event since removed) are ignored. */
    public static Set<WebhookEvent> read(String stored) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        if (stored != null) {
            for (String name : stored.split(",")) {
                Optional<WebhookEvent> event = WebhookEvent.parse(name);
                event.ifPresent(events::add);
            }
        }
        return events;
    }
}
