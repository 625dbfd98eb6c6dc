package com.affiliatecontests.engine.webhook;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An endpoint as routing sees it: whether it is enabled, the events it picked and, optionally, the
 * only contest it follows (null: every contest).
 */
public record WebhookSubscription(String endpointId, boolean enabled, Set<WebhookEvent> events, String contestId) {

    public WebhookSubscription {
        Objects.requireNonNull(endpointId, "endpointId");
        events = Set.copyOf(events);
    }

    /** Whether this endpoint receives the event about the contest (null for events of no contest). */
    public boolean receives(WebhookEvent event, String eventContestId) {
        return enabled && events.contains(event) && (contestId == null || contestId.equals(eventContestId));
    }

    /** The endpoints, in the given order, that receive the event. */
    public static List<String> recipients(List<WebhookSubscription> subscriptions, WebhookEvent event, String contestId) {
        return subscriptions.stream().filter(s -> s.receives(event, contestId)).map(WebhookSubscription::endpointId).toList();
    }
}
