package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.eligibility.Criterion;
import com.affiliatecontests.engine.eligibility.EligibilitySnapshot;
import com.affiliatecontests.engine.eligibility.PartnerProfile;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationError;
import com.affiliatecontests.engine.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContestDefinitionValidationTest {

    private static ContestDefinition with(ContestKind kind, ContestRules rules, PrizeTable prizes) {
        ContestDefinition base = Fixtures.revenueRace();
        return new ContestDefinition(base.name(), base.description(), base.window(), base.metric(), kind, rules, prizes,
                base.eligibility(), base.display(), base.revenue());
    }

    private static ValidationError onlyError(Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(1, e.errors().size(), e.getMessage());
        return e.errors().get(0);
    }

    @Test
    void aWellFormedContestIsValid() {
        ContestDefinition contest = Fixtures.revenueRace();
        assertEquals(contest, contest.validated());
    }

    @Test
    void endBeforeStartNamesTheEnd() {
        ValidationError error = onlyError(() -> ContestWindow.of(LocalDateTime.of(2026, 12, 1, 0, 0),
                LocalDateTime.of(2026, 11, 1, 0, 0), "UTC"));
        assertEquals("window.end", error.field());
        assertEquals(ValidationCode.END_BEFORE_START, error.code());
        assertEquals("AffiliateContestsErrorEndBeforeStart", error.labelKey());
    }

    @Test
    void unknownTimeZoneIsRefused() {
        assertEquals(ValidationCode.UNKNOWN_TIME_ZONE, onlyError(() -> ContestWindow.zone("Mars/Olympus")).code());
    }

    @Test
    void targetMustBePositive() {
        ValidationError error = onlyError(() -> with(ContestKind.GOAL, ContestRules.goal(BigDecimal.ZERO),
                PrizeTable.of()).validated());
        assertEquals("rules.target", error.field());
        assertEquals(ValidationCode.TARGET_NOT_POSITIVE, error.code());
    }

    @Test
    void goalNeedsATarget() {
        assertEquals(ValidationCode.TARGET_REQUIRED, onlyError(() -> with(ContestKind.GOAL, ContestRules.ranking(),
                PrizeTable.of()).validated()).code());
    }

    @Test
    void negativePrizeIsRefused() {
        ValidationError error = onlyError(() -> with(ContestKind.RANKING, ContestRules.ranking(),
                PrizeTable.of(new PrizeTier(1, 1, "Cash", new BigDecimal("-5"), "EUR"))).validated());
        assertEquals("prizes[0].amount", error.field());
        assertEquals(ValidationCode.NEGATIVE_PRIZE, error.code());
    }

    @Test
    void overlappingPlacesAreRefused() {
        assertEquals(ValidationCode.OVERLAPPING_PLACES, onlyError(() -> with(ContestKind.RANKING,
                ContestRules.ranking(), PrizeTable.of(new PrizeTier(1, 3, "A", null, null),
                        new PrizeTier(3, 5, "B", null, null))).validated()).code());
    }

    @Test
    void missingPlacesAreRefused() {
        ValidationError error = onlyError(() -> with(ContestKind.RANKING, ContestRules.ranking(),
                PrizeTable.of(PrizeTier.place(1, "A"), PrizeTier.place(3, "C"))).validated());
        assertEquals(ValidationCode.MISSING_PLACES, error.code());
        assertTrue(error.message().contains("place 2"), error.message());
    }

    @Test
    void prizesMustStartAtFirstPlace() {
        assertEquals(ValidationCode.MISSING_PLACES, onlyError(() -> with(ContestKind.RANKING,
                ContestRules.ranking(), PrizeTable.of(PrizeTier.place(2, "B"))).validated()).code());
    }

    @Test
    void onlyTheLastTierIsOpenEnded() {
        assertEquals(ValidationCode.OPEN_TIER_NOT_LAST, onlyError(() -> with(ContestKind.RANKING,
                ContestRules.ranking(), new PrizeTable(List.of(new PrizeTier(1, null, "A", null, null),
                        new PrizeTier(2, 2, "B", null, null)))).validated()).code());
    }

    @Test
    void rankingNeedsPrizes() {
        assertEquals(ValidationCode.PRIZES_REQUIRED, onlyError(() -> with(ContestKind.RANKING,
                ContestRules.ranking(), PrizeTable.of()).validated()).code());
    }

    @Test
    void unknownMetricIsRefusedByName() {
        ValidationError error = onlyError(() -> Metric.parse("CLICKS"));
        assertEquals("metric", error.field());
        assertEquals(ValidationCode.UNKNOWN_METRIC, error.code());
        assertEquals(Metric.REVENUE, Metric.parse("revenue"));
    }

    @Test
    void eligibilityThatMatchesNobodyIsRefused() {
        AudienceRule goldOnly = AudienceRule.anyOf(Criterion.tag("GOLD"));
        ValidationError error = onlyError(() -> EligibilitySnapshot.take(goldOnly,
                List.of(PartnerProfile.of("P1", "Ann")), Instant.EPOCH));
        assertEquals("eligibility", error.field());
        assertEquals(ValidationCode.ELIGIBILITY_MATCHES_NOBODY, error.code());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ContestDefinition bad = new ContestDefinition("", null, Fixtures.NOVEMBER, Metric.REVENUE, ContestKind.GOAL,
                new ContestRules(new BigDecimal("-1"), new BigDecimal("-3"), 0, null, 0, null, null),
                PrizeTable.of(new PrizeTier(1, 1, "X", new BigDecimal("-1"), "EUR")),
                AudienceRule.allAffiliates(), DisplayPolicy.standard(), null);
        ValidationException e = assertThrows(ValidationException.class, bad::validated);
        for (ValidationCode code : List.of(ValidationCode.REQUIRED, ValidationCode.MINIMUM_NEGATIVE,
                ValidationCode.TARGET_NOT_POSITIVE, ValidationCode.MAX_WINNERS_NOT_POSITIVE,
                ValidationCode.NEGATIVE_PRIZE, ValidationCode.CURRENCY_REQUIRED)) {
            assertTrue(e.has(code), code + " missing from " + e.getMessage());
        }
    }

    @Test
    void labelKeysAreDerivedFromTheCode() {
        assertEquals("AffiliateContestsErrorOverlappingPlaces", ValidationCode.OVERLAPPING_PLACES.labelKey());
    }
}
