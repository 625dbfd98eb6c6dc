package com.affiliatecontests.engine.contest;

import com.affiliatecontests.engine.Fixtures;
import com.affiliatecontests.engine.eligibility.AudienceRule;
import com.affiliatecontests.engine.eligibility.Criterion;
import com.affiliatecontests.engine.eligibility.Dimension;
import com.affiliatecontests.engine.validation.ValidationCode;
import com.affiliatecontests.engine.validation.ValidationError;
import com.affiliatecontests.engine.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edges of a contest definition's checks: each limit accepted at its value and refused just past it. */
class ContestDefinitionEdgesTest {

    private static final PrizeTable ONE_PRIZE = PrizeTable.of(PrizeTier.place(1, "Gold"));

    private static ContestDefinition ranking(String name, ContestRules rules, PrizeTable prizes, DisplayPolicy display,
                                             RevenueRule revenue) {
        return new ContestDefinition(name, null, Fixtures.NOVEMBER, Metric.REVENUE, ContestKind.RANKING, rules, prizes,
                AudienceRule.allAffiliates(), display, revenue);
    }

    private static ContestDefinition withRules(ContestRules rules) {
        return ranking("Race", rules, ONE_PRIZE, DisplayPolicy.standard(), RevenueRule.grandTotal("EUR"));
    }

    private static List<ValidationError> errors(ContestDefinition definition) {
        return assertThrows(ValidationException.class, definition::validated).errors();
    }

    private static void onlyError(ContestDefinition definition, String field, ValidationCode code) {
        List<ValidationError> errors = errors(definition);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(field, errors.get(0).field());
        assertEquals(code, errors.get(0).code());
    }

    @Test
    void theNameMayHaveAHundredCharactersNotMore() {
        ContestDefinition hundred = withRules(ContestRules.ranking());
        hundred = ranking("n".repeat(100), hundred.rules(), ONE_PRIZE, null, RevenueRule.grandTotal("EUR"));
        assertSame(hundred, hundred.validated());
        onlyError(ranking("n".repeat(101), ContestRules.ranking(), ONE_PRIZE, null, RevenueRule.grandTotal("EUR")),
                "name", ValidationCode.TOO_LONG);
        onlyError(ranking(" ", ContestRules.ranking(), ONE_PRIZE, null, RevenueRule.grandTotal("EUR")), "name",
                ValidationCode.REQUIRED);
        List<ValidationError> noName = errors(ranking(null, ContestRules.ranking(), ONE_PRIZE, null,
                RevenueRule.grandTotal("EUR")));
        assertEquals(List.of(ValidationCode.REQUIRED), noName.stream().map(ValidationError::code).toList());
    }

    @Test
    void aRankingContestMayHaveAPositiveTargetOnly() {
        assertDoesNotThrow(() -> withRules(ContestRules.ranking().withTieBreaks(null)).validated());
        assertDoesNotThrow(() -> withRules(new ContestRules(BigDecimal.ZERO, new BigDecimal("0.01"), null, null, 0,
                null, null)).validated());
        onlyError(withRules(new ContestRules(BigDecimal.ZERO, BigDecimal.ZERO, null, null, 0, null, null)),
                "rules.target", ValidationCode.TARGET_NOT_POSITIVE);
        onlyError(withRules(new ContestRules(BigDecimal.ZERO, new BigDecimal("-1"), null, null, 0, null, null)),
                "rules.target", ValidationCode.TARGET_NOT_POSITIVE);
    }

    @Test
    void winnersAndGoalCapStartAtOne() {
        assertDoesNotThrow(() -> withRules(ContestRules.ranking().withMaxWinners(1).withGoalCap(1)).validated());
        onlyError(withRules(ContestRules.ranking().withMaxWinners(0)), "rules.maxWinners",
                ValidationCode.MAX_WINNERS_NOT_POSITIVE);
        onlyError(withRules(ContestRules.ranking().withGoalCap(0)), "rules.goalCap", ValidationCode.GOAL_CAP_NOT_POSITIVE);
    }

    @Test
    void theLeaderboardShowsAtLeastOneRowAndNoNegativeNeighbours() {
        RevenueRule eur = RevenueRule.grandTotal("EUR");
        assertDoesNotThrow(() -> ranking("Race", ContestRules.ranking(), ONE_PRIZE,
                new DisplayPolicy(NameDisplay.ALIAS, true, 1, 0), eur).validated());
        onlyError(ranking("Race", ContestRules.ranking(), ONE_PRIZE, new DisplayPolicy(NameDisplay.ALIAS, true, 0, 0), eur),
                "display.topN", ValidationCode.TOP_N_NOT_POSITIVE);
        onlyError(ranking("Race", ContestRules.ranking(), ONE_PRIZE, new DisplayPolicy(NameDisplay.ALIAS, true, 1, -1), eur),
                "display.neighbours", ValidationCode.NEIGHBOURS_NEGATIVE);
        onlyError(ranking("Race", ContestRules.ranking(), ONE_PRIZE, new DisplayPolicy(null, true, 1, 0), eur),
                "display.names", ValidationCode.REQUIRED);
    }

    @Test
    void exchangeRatesMustBePositiveAndTheCurrencyAnIsoCode() {
        RevenueRule rates = new RevenueRule(RevenueBasis.GRAND_TOTAL, "EUR", ForeignCurrency.CONVERT,
                Map.of("USD", new BigDecimal("0.92"), "GBP", BigDecimal.ZERO, "CHF", new BigDecimal("-1")));
        List<ValidationError> errors = errors(ranking("Race", ContestRules.ranking(), ONE_PRIZE, null, rates));
        assertEquals(List.of("revenue.rates.CHF", "revenue.rates.GBP"),
                errors.stream().map(ValidationError::field).sorted().toList());
        assertTrue(errors.stream().allMatch(e -> e.code() == ValidationCode.EXCHANGE_RATE_NOT_POSITIVE));
        onlyError(ranking("Race", ContestRules.ranking(), ONE_PRIZE, null, RevenueRule.grandTotal("eur")),
                "revenue.currency", ValidationCode.CURRENCY_REQUIRED);
        onlyError(ranking("Race", ContestRules.ranking(), ONE_PRIZE, null, null), "revenue.currency",
                ValidationCode.CURRENCY_REQUIRED);
    }

    @Test
    void aFreePrizeIsNotNegativeAndAnOpenTierMayComeLast() {
        assertDoesNotThrow(() -> ranking("Race", ContestRules.ranking(), PrizeTable.of(
                new PrizeTier(1, 1, "Mug", BigDecimal.ZERO, "EUR"), new PrizeTier(2, null, "Badge", null, null)),
                null, RevenueRule.grandTotal("EUR")).validated());
        onlyError(ranking("Race", ContestRules.ranking(), PrizeTable.of(
                new PrizeTier(1, 1, "Mug", new BigDecimal("-0.01"), "EUR")), null, RevenueRule.grandTotal("EUR")),
                "prizes[0].amount", ValidationCode.NEGATIVE_PRIZE);
        onlyError(ranking("Race", ContestRules.ranking(), PrizeTable.of(
                new PrizeTier(1, null, "Badge", null, null), new PrizeTier(2, 2, "Mug", null, null)), null,
                RevenueRule.grandTotal("EUR")), "prizes[0].places", ValidationCode.OPEN_TIER_NOT_LAST);
    }

    @Test
    void whatIsLeftOutTakesItsDefaultAndWhatIsGivenIsKept() {
        ContestDefinition bare = new ContestDefinition("Race", null, Fixtures.NOVEMBER, Metric.CONVERSIONS,
                ContestKind.RANKING, null, null, null, null, null);
        assertEquals(ContestRules.ranking(), bare.rules());
        assertEquals(AudienceRule.allAffiliates(), bare.eligibility());
        assertEquals(DisplayPolicy.standard(), bare.display());
        assertTrue(bare.prizes().tiers().isEmpty());
        AudienceRule bloggers = AudienceRule.anyOf(new Criterion(Dimension.TAG, "BLOGGER"));
        DisplayPolicy initials = new DisplayPolicy(NameDisplay.INITIALS, false, 3, 1);
        ContestRules rules = ContestRules.ranking().withMaxWinners(2);
        ContestDefinition given = new ContestDefinition("Race", null, Fixtures.NOVEMBER, Metric.CONVERSIONS,
                ContestKind.RANKING, rules, ONE_PRIZE, bloggers, initials, null);
        assertSame(bloggers, given.eligibility());
        assertSame(initials, given.display());
        assertSame(rules, given.rules());
        assertSame(ONE_PRIZE, given.prizes());
        assertThrows(NullPointerException.class, () -> new ContestDefinition("Race", null, null, Metric.CONVERSIONS,
                ContestKind.RANKING, null, null, null, null, null));
    }

    @Test
    void renamingKeepsEverythingElse() {
        ContestDefinition race = Fixtures.revenueRace();
        ContestDefinition renamed = race.withName("Spring race");
        assertEquals("Spring race", renamed.name());
        assertEquals(new ContestDefinition("Spring race", race.description(), race.window(), race.metric(), race.kind(),
                race.rules(), race.prizes(), race.eligibility(), race.display(), race.revenue()), renamed);
    }
}
