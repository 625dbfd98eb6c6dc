package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.eligibility.Criterion;
import com.affiliatecontests.engine.eligibility.Dimension;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContestLifecycleTest {

    private final ContestLifecycle lifecycle = new ContestLifecycle();
    private final List<PartnerProfile> partners = List.of(
            new PartnerProfile("P1", "Ann Lee", null, Map.of(Dimension.TAG, Set.of("GOLD"))),
            new PartnerProfile("P2", "Bob Ray", null, Map.of(Dimension.TAG, Set.of("SILVER"))));

    @Test
    void launchBeforeTheStartSchedulesAndFreezesEligibility() {
        Contest draft = Contest.draft("C1", Fixtures.revenueRace());
        Contest launched = lifecycle.launch(draft, partners, Fixtures.inNovember(1, 0).minusSeconds(60));
        assertEquals(ContestStatus.SCHEDULED, launched.status());
        assertEquals(Set.of("P1", "P2"), launched.snapshot().partners());
        assertEquals("ALL_AFFILIATES", launched.snapshot().reasons().get("P1"));
    }

    @Test
    void launchAfterTheStartActivatesAndRecordsWhy() {
        ContestDefinition goldOnly = Fixtures.revenueRace();
        goldOnly = new ContestDefinition(goldOnly.name(), null, goldOnly.window(), goldOnly.metric(), goldOnly.kind(),
                goldOnly.rules(), goldOnly.prizes(), AudienceRule.anyOf(Criterion.tag("GOLD")), goldOnly.display(),
                goldOnly.revenue());
        Contest launched = lifecycle.launch(Contest.draft("C1", goldOnly), partners, Fixtures.inNovember(3, 0));
        assertEquals(ContestStatus.ACTIVE, launched.status());
        assertEquals(Map.of("P1", "TAG:GOLD"), launched.snapshot().reasons());
    }

    @Test
    void anEndedWindowCannotBeLaunched() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> lifecycle.launch(Contest.draft("C1", Fixtures.revenueRace()), partners,
                        Fixtures.NOVEMBER.endInstant()));
        assertTrue(e.has(ValidationCode.END_BEFORE_NOW));
    }

    @Test
    void jobMovesThroughTheStatesAndIsIdempotent() {
        ContestDefinition withReturns = Fixtures.revenueRace();
        withReturns = new ContestDefinition(withReturns.name(), null, withReturns.window(), withReturns.metric(),
                withReturns.kind(), withReturns.rules().withReturnWindow(Duration.ofDays(14)), withReturns.prizes(),
                withReturns.eligibility(), withReturns.display(), withReturns.revenue());
        Contest scheduled = lifecycle.launch(Contest.draft("C1", withReturns), partners, Instant.parse("2026-10-01T00:00:00Z"));
        Instant endsAt = withReturns.window().endInstant();

        assertEquals(Optional.empty(), lifecycle.dueTransition(scheduled, Instant.parse("2026-10-15T00:00:00Z")));
        Contest active = lifecycle.advance(scheduled, Fixtures.inNovember(2, 0));
        assertEquals(ContestStatus.ACTIVE, active.status());
        assertEquals(active, lifecycle.advance(active, Fixtures.inNovember(2, 0)));

        Contest ended = lifecycle.advance(active, endsAt);
        assertEquals(ContestStatus.ENDED, ended.status());
        assertEquals(ended, lifecycle.advance(ended, endsAt.plus(Duration.ofDays(13))));
        assertEquals(ContestStatus.FINALIZED, lifecycle.advance(ended, endsAt.plus(Duration.ofDays(14))).status());
        assertEquals(ContestStatus.FINALIZED, lifecycle.advance(scheduled, endsAt.plus(Duration.ofDays(30))).status());
    }

    @Test
    void finalizingEarlyNeedsAnExplicitDecision() {
        Contest ended = Fixtures.running("C1", Fixtures.revenueRace(), "P1").withStatus(ContestStatus.ENDED);
        Instant now = Fixtures.NOVEMBER.endInstant().minusSeconds(1);
        ContestDefinition definition = ended.definition();
        Contest withWindow = ended.withDefinition(new ContestDefinition(definition.name(), null, definition.window(),
                definition.metric(), definition.kind(), definition.rules().withReturnWindow(Duration.ofDays(7)),
                definition.prizes(), definition.eligibility(), definition.display(), definition.revenue()));
        assertTrue(assertThrows(ValidationException.class,
                () -> lifecycle.finalizeContest(withWindow, now, false)).has(ValidationCode.NOT_DUE));
        assertEquals(ContestStatus.FINALIZED, lifecycle.finalizeContest(withWindow, now, true).status());
    }

    @Test
    void aContestIsNotFinalizedWhileEventsOfItsOrdersArePending() {
        Contest ended = Fixtures.running("C1", Fixtures.revenueRace(), "P1").withStatus(ContestStatus.ENDED);
        Instant after = Fixtures.NOVEMBER.endInstant().plusSeconds(1);
        ValidationException pending = assertThrows(ValidationException.class,
                () -> lifecycle.finalizeContest(ended, after, false, 1));
        assertTrue(pending.has(ValidationCode.EVENTS_PENDING));
        assertEquals("AffiliateContestsErrorEventsPending", pending.errors().get(0).labelKey());
        assertTrue(assertThrows(ValidationException.class, () -> lifecycle.finalizeContest(ended, after, true, 3))
                .has(ValidationCode.EVENTS_PENDING));
        assertEquals(ContestStatus.FINALIZED, lifecycle.finalizeContest(ended, after, false, 0).status());
        // a contest that cannot be finalized says so first, whatever is pending
        assertTrue(assertThrows(ValidationException.class, () -> lifecycle.finalizeContest(
                ended.withStatus(ContestStatus.FINALIZED), after, false, 2)).has(ValidationCode.TRANSITION_NOT_ALLOWED));
    }

    @Test
    void cancelIsPossibleBeforeFinalizationOnly() {
        Contest active = Fixtures.running("C1", Fixtures.revenueRace(), "P1");
        assertEquals(ContestStatus.CANCELLED, lifecycle.cancel(active).status());
        Contest finalized = active.withStatus(ContestStatus.FINALIZED);
        assertTrue(assertThrows(ValidationException.class, () -> lifecycle.cancel(finalized))
                .has(ValidationCode.TRANSITION_NOT_ALLOWED));
        for (ContestStatus status : ContestStatus.values()) {
            boolean beforeFinal = status != ContestStatus.FINALIZED && status != ContestStatus.CANCELLED;
            assertEquals(beforeFinal, status.canMoveTo(ContestStatus.CANCELLED), status.name());
        }
    }

    @Test
    void statusIdsRoundTrip() {
        for (ContestStatus status : ContestStatus.values()) {
            assertEquals(status, ContestStatus.fromStatusId(status.statusId()));
        }
        assertFalse(ContestStatus.DRAFT.acceptsCredits());
        assertTrue(ContestStatus.ENDED.acceptsCredits());
    }
}
