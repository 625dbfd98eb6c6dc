package com.affiliatecontests.engine.webhook;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookEventTest {

    @Test
    void eventsParseByWireNameOrEnumNameAndNothingElse() {
        assertEquals(Optional.of(WebhookEvent.CONTEST_LAUNCHED), WebhookEvent.parse("contest.launched"));
        assertEquals(Optional.of(WebhookEvent.REWARD_ISSUED), WebhookEvent.parse(" REWARD_ISSUED "));
        assertEquals(Optional.of(WebhookEvent.FIRST_PLACE_TAKEN), WebhookEvent.parse("leaderboard.first_place"));
        assertEquals(Optional.empty(), WebhookEvent.parse("contest.exploded"));
        assertEquals(Optional.empty(), WebhookEvent.parse(null));
        assertEquals(List.of("contest.launched", "contest.ended", "contest.finalized", "winner.approved", "reward.issued",
                "leaderboard.first_place", "message.reply_received"),
                List.of(WebhookEvent.values()).stream().map(WebhookEvent::wireName).toList());
    }

    @Test
    void contestStatusesAnnounceLaunchEndAndFinalization() {
        assertEquals(Optional.of(WebhookEvent.CONTEST_LAUNCHED), WebhookEvent.forContestStatus("AFFC_SCHEDULED"));
        assertEquals(Optional.of(WebhookEvent.CONTEST_LAUNCHED), WebhookEvent.forContestStatus("AFFC_ACTIVE"));
        assertEquals(Optional.of(WebhookEvent.CONTEST_ENDED), WebhookEvent.forContestStatus("AFFC_ENDED"));
        assertEquals(Optional.of(WebhookEvent.CONTEST_FINALIZED), WebhookEvent.forContestStatus("AFFC_FINALIZED"));
        for (String quiet : new String[] {"AFFC_DRAFT", "AFFC_CANCELLED", null}) {
            assertEquals(Optional.empty(), WebhookEvent.forContestStatus(quiet), quiet);
        }
    }

    @Test
    void onlyAnApprovalAnnouncesAWinner() {
        assertEquals(Optional.of(WebhookEvent.WINNER_APPROVED), WebhookEvent.forRewardStatus("AFFC_RW_APPROVED"));
        assertEquals(Optional.empty(), WebhookEvent.forRewardStatus("AFFC_RW_PENDING"));
        assertEquals(Optional.empty(), WebhookEvent.forRewardStatus(null));
    }

    @Test
    void eventKeysNameTheEventTheSubjectAndTheOccurrence() {
        assertEquals("contest.launched:C1", WebhookEvent.CONTEST_LAUNCHED.eventKey("C1", null));
        assertEquals("contest.launched:C1", WebhookEvent.CONTEST_LAUNCHED.eventKey("C1", ""));
        assertEquals("leaderboard.first_place:C1:P2", WebhookEvent.FIRST_PLACE_TAKEN.eventKey("C1", "P2"));
    }

    @Test
    void refusalsHaveLabelKeys() {
        assertEquals("AffiliateContestsWebhookErrorUrlNotHttps", WebhookRefusal.URL_NOT_HTTPS.labelKey());
        assertEquals("AffiliateContestsWebhookErrorHostUnresolved",
                new WebhookProblem("url", WebhookRefusal.HOST_UNRESOLVED).labelKey());
    }

    @Test
    void settingsCheckTheSecretAndTheEvents() {
        assertEquals(List.of(new WebhookProblem("secret", WebhookRefusal.SECRET_TOO_SHORT)), EndpointSettings.checkSecret(null));
        assertEquals(List.of(new WebhookProblem("secret", WebhookRefusal.SECRET_TOO_SHORT)),
                EndpointSettings.checkSecret("x".repeat(15)));
        assertEquals(List.of(), EndpointSettings.checkSecret("x".repeat(16)));
        assertEquals(List.of(), EndpointSettings.checkSecret("x".repeat(255)));
        assertEquals(List.of(new WebhookProblem("secret", WebhookRefusal.SECRET_TOO_LONG)),
                EndpointSettings.checkSecret("x".repeat(256)));
        WebhookProblem none = new WebhookProblem("events", WebhookRefusal.EVENTS_REQUIRED);
        assertEquals(List.of(none), EndpointSettings.checkEvents(null));
        assertEquals(List.of(none), EndpointSettings.checkEvents(List.of(" ", "")));
        assertEquals(List.of(new WebhookProblem("events", WebhookRefusal.UNKNOWN_EVENT)),
                EndpointSettings.checkEvents(List.of("contest.ended", "nope", "nope2")));
        assertEquals(List.of(), EndpointSettings.checkEvents(List.of("contest.ended", "", "REWARD_ISSUED")));
        assertEquals(List.of(), EndpointSettings.checkEvents(java.util.Arrays.asList("contest.ended", null)));
    }

    @Test
    void eventsAreStoredInOrderAndReadBack() {
        String stored = EndpointSettings.store(List.of("reward.issued", "CONTEST_LAUNCHED", "junk", "reward.issued"));
        assertEquals("contest.launched,reward.issued", stored);
        assertEquals(Set.of(WebhookEvent.CONTEST_LAUNCHED, WebhookEvent.REWARD_ISSUED), EndpointSettings.read(stored + ",gone"));
        assertEquals("", EndpointSettings.store(null));
        assertTrue(EndpointSettings.read(null).isEmpty());
    }

    @Test
    void routingSendsAnEventToTheEnabledEndpointsThatPickedItForThatContest() {
        WebhookSubscription all = new WebhookSubscription("E1", true, Set.of(WebhookEvent.CONTEST_ENDED), null);
        WebhookSubscription onlyC2 = new WebhookSubscription("E2", true, Set.of(WebhookEvent.CONTEST_ENDED), "C2");
        WebhookSubscription disabled = new WebhookSubscription("E3", false, Set.of(WebhookEvent.CONTEST_ENDED), null);
        WebhookSubscription other = new WebhookSubscription("E4", true, Set.of(WebhookEvent.REPLY_RECEIVED), null);
        List<WebhookSubscription> subs = List.of(all, onlyC2, disabled, other);
        assertEquals(List.of("E1"), WebhookSubscription.recipients(subs, WebhookEvent.CONTEST_ENDED, "C1"));
        assertEquals(List.of("E1", "E2"), WebhookSubscription.recipients(subs, WebhookEvent.CONTEST_ENDED, "C2"));
        assertEquals(List.of("E4"), WebhookSubscription.recipients(subs, WebhookEvent.REPLY_RECEIVED, null));
        assertEquals(List.of(), WebhookSubscription.recipients(subs, WebhookEvent.CONTEST_LAUNCHED, "C2"));
    }

    @Test
    void aLeaderIsAnnouncedOnceWhenAnotherQualifiedPartnerTakesTheFirstRow() {
        assertEquals(new LeaderWatch.Look(Optional.of("P1"), "P1"), LeaderWatch.look(null, "P1", true));
        assertEquals(new LeaderWatch.Look(Optional.empty(), "P1"), LeaderWatch.look("P1", "P1", true));
        assertEquals(new LeaderWatch.Look(Optional.of("P2"), "P2"), LeaderWatch.look("P1", "P2", true));
        assertEquals(new LeaderWatch.Look(Optional.empty(), "P1"), LeaderWatch.look("P1", "P2", false));
        assertEquals(new LeaderWatch.Look(Optional.empty(), "P1"), LeaderWatch.look("P1", null, true));
        assertEquals(new LeaderWatch.Look(Optional.empty(), null), LeaderWatch.look(null, null, false));
    }
}
