package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every back-office template rendered with FreeMarker 2.3.32 over representative data, in English
 * and French, as the screens give it (service results and ContestScreens.groovy's context): the
 * content shown, the POST forms with their CSRF token, the encoding of partner-supplied text.
 */
class BackOfficeTemplatesTest {

    private static final String DIR = "template/backoffice/";
    private static final String EVIL = "Deals <b>&</b> Co";
    private static final String EVIL_ENCODED = "Deals &lt;b&gt;&amp;&lt;/b&gt; Co";

    private final TemplateHarness harness = new TemplateHarness();
    /** Templates rendered by the tests of this class, for the coverage test. */
    private static final Set<String> RENDERED = new TreeSet<>();

    private String render(String template, Map<String, ?> context, Locale locale) {
        RENDERED.add(DIR + template);
        return harness.render(DIR + template, context, locale);
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** French numbers group with a narrow no-break space and put the currency after a no-break space. */
    private static String plain(String html) {
        return html.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static void assertPostForm(String html, String request) {
        Matcher form = Pattern.compile("<form method=\"post\" action=\"/affiliatecontests/control/" + request + "\"[^>]*>\\s*"
                + "<input type=\"hidden\" name=\"csrf\" value=\"csrf-" + request + "\"/>").matcher(html);
        assertTrue(form.find(), "a POST form to " + request + " with its CSRF token in\n" + html);
    }

    // dashboard

    private static Map<String, Object> dashboard() {
        long inThreeDays = System.currentTimeMillis() + 3L * 86_400_000L + 3_600_000L;
        return map("dashboard", map(
                "running", List.of(map("contestId", "AFFC_DEMO_REVENUE", "contestName", "Holiday revenue race", "statusId", "AFFC_ACTIVE",
                        "metricEnumId", "AFFCM_REVENUE", "participants", 12, "leaderName", "GadgetGazette", "thruMillis", inThreeDays),
                        map("contestId", "C2", "contestName", "Autumn sprint", "statusId", "AFFC_ENDED", "metricEnumId", "AFFCM_CONVERSIONS",
                                "participants", 6, "thruMillis", 0L)),
                "upcoming", List.of(map("contestId", "C3", "contestName", EVIL, "statusId", "AFFC_DRAFT", "fromDate", at("2027-02-28T23:00:00Z"),
                        "fromMillis", inThreeDays, "fromMoment", map("contestTime", "2027-03-01 00:00", "contestZone", "Europe/Paris",
                                "adminTime", "2027-02-28 23:00", "adminZone", "UTC"))),
                "topPartners", List.of(map("partyId", "AFFDEMO07", "name", "GadgetGazette", "podiums", 2, "bestPlace", 1,
                        "contests", List.of("Holiday revenue race", "20 conversions club"))),
                "recentCredits", List.of(map("contestId", "AFFC_DEMO_REVENUE", "contestName", "Holiday revenue race", "orderId", "AFFDO0199",
                        "lineKind", "CREDIT", "partyId", "AFFDEMO07", "partnerName", "GadgetGazette", "amount", new BigDecimal("1129.9"),
                        "occurredDate", at("2026-11-23T10:15:00Z"), "scoreUnit", "MONEY", "currencyUomId", "USD"),
                        map("contestId", "AFFC_DEMO_GOAL", "contestName", "20 conversions club", "orderId", "AFFDO0198",
                        "lineKind", "CREDIT", "partyId", "AFFDEMO07", "partnerName", "GadgetGazette", "amount", new BigDecimal("1.000000"),
                        "occurredDate", at("2026-11-23T10:14:00Z"), "scoreUnit", "COUNT", "currencyUomId", "USD"),
                        map("contestId", "AFFC_DEMO_REVENUE", "contestName", "Holiday revenue race", "orderId", "AFFDO0079",
                        "lineKind", "REOPENED", "partyId", "AFFDEMO02", "partnerName", "LenaStyle", "occurredDate", at("2026-11-20T10:15:00Z"))),
                "toFinalize", List.of(map("contestId", "C2", "contestName", "Autumn sprint", "statusId", "AFFC_ENDED",
                        "returnWindowEnd", at("2026-11-30T00:00:00Z"), "returnWindowEndMoment", map("contestTime", "2026-11-30 01:00",
                                "contestZone", "Europe/Paris", "adminTime", "2026-11-30 00:00", "adminZone", "UTC"))),
                "openFlags", List.of(map("contestId", "AFFC_DEMO_REVENUE", "contestName", "Holiday revenue race", "partyId", "AFFDEMO01",
                        "partnerName", "SunnyDeals", "orderId", "AFFDO0003", "reasonEnumId", "AFFCZ_SELF_REFERRAL",
                        "flaggedDate", at("2026-11-01T09:00:00Z")))));
    }

    @Test
    void dashboardShowsContestsCountdownsPartnersCreditsAndAttention() {
        String html = render("Dashboard.ftl", dashboard(), Locale.ENGLISH);
        assertTrue(html.contains("href=\"/affiliatecontests/control/AffContestReview?contestId=AFFC_DEMO_REVENUE\">Holiday revenue race</a>"), html);
        assertTrue(html.contains("<td>Active</td><td>Revenue</td><td>12</td><td>GadgetGazette</td>"), html);
        assertTrue(Pattern.compile("class=\"affc-countdown\" data-until=\"\\d+\"[^>]*>3d [01]h \\d+min</span>").matcher(html).find(), html);
        assertTrue(html.contains("Ended, provisional"), html);
        assertTrue(html.contains(EVIL_ENCODED) && !html.contains(EVIL), "a contest name is HTML-encoded");
        assertTrue(html.contains("<td>GadgetGazette</td><td>2</td><td>1</td><td>Holiday revenue race, 20 conversions club</td>"), html);
        assertTrue(html.contains("<td>AFFDO0199</td>\n            <td>Credit</td><td>$1,129.90</td>"), "money in the contest currency\n" + html);
        assertTrue(html.contains("<td>AFFDO0198</td>\n            <td>Credit</td><td>1</td>"), "a count is a number\n" + html);
        assertTrue(html.contains("<td>Reopened</td>"), html);
        assertTrue(html.contains("Contests to finalize") && html.contains("Autumn sprint</a>\n            &mdash; return window until "
                + "<span class=\"affc-moment\">2026-11-30 01:00 Europe/Paris</span>"), html);
        assertTrue(html.contains("<td><span class=\"affc-moment\">2027-03-01 00:00 Europe/Paris</span> <span class=\"affc-admin-time\">"
                + "(your time: 2027-02-28 23:00 UTC)</span></td>"), "a start in the contest's zone, named, the admin's beside it\n" + html);
        assertTrue(html.contains("Fraud flags (1)") && html.contains("<td>SunnyDeals</td><td>AFFDO0003</td>\n            <td>Self-referral</td>"), html);
    }

    @Test
    void dashboardInFrench() {
        String html = render("Dashboard.ftl", dashboard(), Locale.FRENCH);
        assertTrue(html.contains("<h3>Concours en cours</h3>"), html);
        assertTrue(html.contains("<td>Actif</td><td>Chiffre"), html);
        assertTrue(html.contains("<td>Auto-parrainage</td>"), html);
        assertTrue(html.contains("2027-03-01 00:00 Europe/Paris</span> <span class=\"affc-admin-time\">(votre heure: 2027-02-28 23:00 UTC)"), html);
        assertTrue(plain(html).contains("<td>Crédit</td><td>1 129,90 $US</td>"), "money in the French way\n" + html);
        assertTrue(Pattern.compile(">3j [01]h \\d+min</span>").matcher(html).find(), html);
    }

    @Test
    void dashboardListsTheFailingCreditingEventsInBothLanguages() {
        Map<String, Object> empty = map("running", List.of(), "upcoming", List.of(), "topPartners", List.of(),
                "recentCredits", List.of(), "toFinalize", List.of(), "openFlags", List.of(), "failingEventCount", 2L,
                "failingEvents", List.of(map("eventId", "E1", "orderId", "WS10002", "statusId", "ORDER_COMPLETED",
                        "attempts", 3L, "nextAttemptDate", at("2026-11-20T08:04:00Z"), "lastError", EVIL),
                        map("eventId", "E2", "returnId", "R9", "attempts", 1L, "lastError", "Timeout")));
        String html = render("Dashboard.ftl", map("dashboard", empty), Locale.ENGLISH);
        assertFalse(html.contains("Nothing needs your attention."), html);
        assertTrue(html.contains("Crediting events failing (2)"), html);
        assertTrue(html.contains("<tr><td>WS10002</td><td>-</td><td>ORDER_COMPLETED</td><td>3</td>"), html);
        assertTrue(html.contains("<tr><td>-</td><td>R9</td><td>-</td><td>1</td>"), html);
        assertTrue(html.contains(EVIL_ENCODED) && !html.contains(EVIL), "an error message is HTML-encoded");
        String french = render("Dashboard.ftl", map("dashboard", empty), Locale.FRENCH);
        assertTrue(french.contains("Événements de crédit en échec (2)") && french.contains("Prochaine tentative"), french);
    }

    @Test
    void emptyDashboardSaysSo() {
        Map<String, Object> empty = map("dashboard", map("running", List.of(), "upcoming", List.of(), "topPartners", List.of(),
                "recentCredits", List.of(), "toFinalize", List.of(), "openFlags", List.of()));
        String html = render("Dashboard.ftl", empty, Locale.ENGLISH);
        assertTrue(html.contains("Nothing needs your attention."), html);
        assertTrue(html.contains("No contest is running."), html);
        assertTrue(html.contains("No credit yet."), html);
        assertFalse(html.contains("<table"), html);
    }

    // new contest from a template

    private static Map<String, Object> templates() {
        return map("templates", List.of(
                map("templateId", "MONTHLY_REVENUE", "metricEnumId", "AFFCM_REVENUE", "kindEnumId", "AFFCK_RANKING", "recurrence", "MONTHLY",
                        "nextPeriod", false, "startLocal", "2026-12-01 00:00", "endLocal", "2027-01-01 00:00", "timeZoneId", "Europe/Paris",
                        "currencyUomId", "USD", "prizes", List.of(map("fromPlace", 1L, "thruPlace", 1L, "amount", new BigDecimal("500")),
                                map("fromPlace", 2L, "thruPlace", 2L, "amount", new BigDecimal("250")))),
                map("templateId", "FIRST_REFERRALS", "metricEnumId", "AFFCM_REFERRALS", "kindEnumId", "AFFCK_GOAL", "recurrence", "MONTHLY",
                        "nextPeriod", true, "startLocal", "2027-01-01 00:00", "endLocal", "2027-02-01 00:00", "timeZoneId", "Europe/Paris",
                        "targetValue", new BigDecimal("10"), "currencyUomId", "USD",
                        "prizes", List.of(map("fromPlace", 1L, "thruPlace", 5L, "amount", new BigDecimal("50")))),
                map("templateId", "QUARTERLY_CONVERSIONS", "metricEnumId", "AFFCM_CONVERSIONS", "kindEnumId", "AFFCK_GOAL", "recurrence", "QUARTERLY",
                        "nextPeriod", true, "startLocal", "2027-01-01 00:00", "endLocal", "2027-04-01 00:00", "timeZoneId", "Europe/Paris",
                        "targetValue", new BigDecimal("25"), "currencyUomId", "USD",
                        "prizes", List.of(map("fromPlace", 1L, "amount", new BigDecimal("100"))))));
    }

    @Test
    void newContestOffersTheTemplatesAsPostForms() {
        String html = render("NewContest.ftl", templates(), Locale.ENGLISH);
        assertTrue(html.contains("<h4>Monthly revenue race</h4>"), html);
        assertTrue(html.contains("<h4>First 10 referrals</h4>"), html);
        assertTrue(html.contains("<h4>Quarterly conversions goal</h4>"), html);
        assertTrue(html.contains("Revenue &middot; Ranking"), html);
        assertTrue(html.contains("Referrals &middot; Goal &middot; Target: 10"), html);
        assertTrue(html.contains("1: $500.00, 2: $250.00"), html);
        assertTrue(html.contains("1-5: $50.00"), html);
        assertTrue(html.contains("1+: $100.00"), html);
        assertTrue(html.contains("<p class=\"affc-period\">This calendar month:\n              2026-12-01 00:00 &rarr; 2027-01-01 00:00 Europe/Paris</p>"),
                "the screen says which calendar period the template runs\n" + html);
        assertTrue(html.contains("Next calendar month (after the 20th, too little of this month is left):\n              2027-01-01 00:00 &rarr; 2027-02-01 00:00"), html);
        assertTrue(html.contains("Next calendar quarter (in the last month of a quarter, too little of it is left):\n              2027-01-01 00:00 &rarr; 2027-04-01 00:00"), html);
        assertPostForm(html, "createAffContestFromTemplate");
        assertTrue(html.contains("<input type=\"hidden\" name=\"templateId\" value=\"QUARTERLY_CONVERSIONS\"/>"), html);
        assertEquals(3, html.split("name=\"useTemplate\"", -1).length - 1, html);
    }

    @Test
    void newContestInFrench() {
        String html = render("NewContest.ftl", templates(), Locale.FRENCH);
        assertTrue(html.contains("<h4>10 premiers parrainages</h4>"), html);
        assertTrue(html.contains("value=\"Créer le brouillon\""), html);
        assertTrue(html.contains("500,00"), html);
        assertTrue(html.contains("Ce mois-ci (mois civil):\n              2026-12-01 00:00 &rarr; 2027-01-01 00:00 Europe/Paris"), html);
    }

    // contest pages

    private static Map<String, Object> contestPage(String statusId) {
        boolean draft = "AFFC_DRAFT".equals(statusId);
        Map<String, Object> context = map("contestId", "C9", "startLocal", "2026-11-24 00:00", "endLocal", "2026-12-24 00:00",
                "canLaunch", draft, "canCancel", !"AFFC_FINALIZED".equals(statusId), "canFinalize", "AFFC_ENDED".equals(statusId),
                "canExtend", "AFFC_ACTIVE".equals(statusId), "isDraft", draft, "participantCount", draft ? 0 : 12,
                "eligibleCount", 12, "eligibilityRules", List.of(), "scoreUnit", "MONEY", "scoreCurrency", "USD",
                "startMoment", map("contestTime", "2026-11-24 00:00", "contestZone", "Europe/Paris", "adminTime", "2026-11-23 18:00",
                        "adminZone", "America/New_York"),
                "endMoment", map("contestTime", "2026-12-24 00:00", "contestZone", "Europe/Paris"),
                "prizes", List.of(map("fromPlace", 1L, "thruPlace", 1L, "prizeText", "1st place: 500 bonus", "amount", new BigDecimal("500"),
                        "currencyUomId", "USD"), map("fromPlace", 2L, "thruPlace", 3L, "prizeText", "Gift card", "currencyUomId", "USD")));
        context.put("contest", map("contestId", "C9", "contestName", "Monthly revenue race", "description", EVIL, "statusId", statusId,
                "metricEnumId", "AFFCM_REVENUE", "kindEnumId", "AFFCK_RANKING", "maxWinners", 3L, "timeZoneId", "Europe/Paris",
                "eligibleAll", "Y", "currencyUomId", "USD"));
        return context;
    }

    @Test
    void reviewOfADraftOffersLaunchDryRunCancelAndClone() {
        String html = render("Review.ftl", contestPage("AFFC_DRAFT"), Locale.ENGLISH);
        assertPostForm(html, "launchAffContest");
        assertPostForm(html, "cancelAffContest");
        assertPostForm(html, "cloneAffContest");
        assertTrue(html.contains("<input type=\"hidden\" name=\"contestId\" value=\"C9\"/>"), html);
        assertTrue(html.contains("value=\"Launch\""), html);
        assertTrue(html.contains("href=\"/affiliatecontests/control/AffContestDryRun?contestId=C9\">Dry run</a>"), html);
        assertFalse(html.contains("extendAffContest"), html);
        assertFalse(html.contains("finalizeAffContest"), html);
        assertTrue(html.contains("<span class=\"affc-moment\">2026-11-24 00:00 Europe/Paris</span> <span class=\"affc-admin-time\">"
                + "(your time: 2026-11-23 18:00 America/New_York)</span> &rarr; <span class=\"affc-moment\">2026-12-24 00:00 Europe/Paris</span></td>"),
                "the window in the contest's zone, the admin's time beside it where it differs\n" + html);
        assertTrue(html.contains("Every affiliate") && html.contains("<strong class=\"affc-count\">12</strong>"), html);
        assertTrue(html.contains("<li>1: 1st place: 500 bonus ($500.00)</li>"), html);
        assertTrue(html.contains("<li>2-3: Gift card</li>"), html);
        assertTrue(html.contains(EVIL_ENCODED), html);
    }

    @Test
    void reviewOfAnActiveContestOffersExtendNotLaunch() {
        String html = render("Review.ftl", contestPage("AFFC_ACTIVE"), Locale.FRENCH);
        assertPostForm(html, "extendAffContest");
        assertTrue(html.contains("name=\"endLocal\" size=\"16\" value=\"2026-12-24 00:00\""), html);
        assertTrue(html.contains("value=\"Prolonger\""), html);
        assertFalse(html.contains("launchAffContest"), html);
        assertTrue(html.contains("Participants figés au lancement : 12") || html.contains("Participants figés au lancement: 12"), html);
    }

    @Test
    void afterLaunchTheReviewSaysWhatHappenedAndLinksTheLeaderboard() {
        Map<String, Object> context = contestPage("AFFC_SCHEDULED");
        context.put("parameters", Map.of("launched", "Y"));
        String html = render("Review.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("<strong>Launched.</strong> Participants frozen at launch: <span class=\"affc-count\">12</span>"), html);
        assertTrue(html.contains("Starts <span class=\"affc-moment\">2026-11-24 00:00 Europe/Paris</span>"), html);
        assertTrue(html.contains("<a class=\"buttontext\" href=\"/affiliatecontests/control/AffContestLeaderboard?contestId=C9\">Open the leaderboard</a></p>"), html);
        Map<String, Object> active = contestPage("AFFC_ACTIVE");
        active.put("parameters", Map.of("launched", "Y"));
        String fr = render("Review.ftl", active, Locale.FRENCH);
        assertTrue(fr.contains("<strong>Lancé.</strong>") && fr.contains("A commencé le <span class=\"affc-moment\">2026-11-24 00:00 Europe/Paris"), fr);
        Map<String, Object> plain = contestPage("AFFC_ACTIVE");
        plain.put("parameters", Map.of());
        assertFalse(render("Review.ftl", plain, Locale.ENGLISH).contains("affc-launched"), "only right after a launch");
    }

    @Test
    void reviewWithoutPrizesSaysWhatIsMissing() {
        Map<String, Object> context = contestPage("AFFC_DRAFT");
        context.put("prizes", List.of());
        String html = render("Review.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("A ranking contest needs at least one prize tier."), html);
        assertTrue(html.contains("href=\"/affiliatecontests/control/AffContestPrizes?contestId=C9\">Add a prize tier</a>"), html);
    }

    @Test
    void eligibleCountIsShownAndNobodyWarns() {
        String html = render("EligibleCount.ftl", contestPage("AFFC_DRAFT"), Locale.ENGLISH);
        assertTrue(html.contains("<h2>Who competes now: all <span class=\"affc-count\">12</span> affiliates</h2>"), html);
        Map<String, Object> byCriteria = contestPage("AFFC_DRAFT");
        @SuppressWarnings("unchecked")
        Map<String, Object> contest = (Map<String, Object>) byCriteria.get("contest");
        contest.put("eligibleAll", "N");
        byCriteria.put("eligibleCount", 5);
        String criteria = render("EligibleCount.ftl", byCriteria, Locale.FRENCH);
        assertTrue(criteria.contains("<h2>Qui participe maintenant: <span class=\"affc-count\">5</span> affiliés correspondent aux critères ci-dessous</h2>"), criteria);
        Map<String, Object> nobody = contestPage("AFFC_DRAFT");
        nobody.put("eligibleCount", 0);
        String none = render("EligibleCount.ftl", nobody, Locale.FRENCH);
        assertTrue(none.contains("<span class=\"affc-count\">0</span>"), none);
        assertTrue(none.contains("ne retiennent aucun affili"), none);
    }

    @Test
    void eligibilityCriteriaHaveOneFormPerDimensionForDraftsOnly() {
        Map<String, Object> context = contestPage("AFFC_DRAFT");
        context.put("eligibilityGroups", List.of(
                map("dimensionEnumId", "AFFCD_TAG", "groups", List.of(map("id", "AFFC_TAG_BLOGGER", "name", "Blogger"))),
                map("dimensionEnumId", "AFFCD_TIER", "groups", List.of(map("id", "AFFC_TIER_GOLD", "name", "Gold partner"))),
                map("dimensionEnumId", "AFFCD_SEGMENT", "groups", List.of()),
                map("dimensionEnumId", "AFFCD_PARTY", "groups", List.of(), "lookup", true)));
        String html = render("EligibilityCriteria.ftl", context, Locale.ENGLISH);
        assertPostForm(html, "addAffContestEligibility");
        assertEquals(3, html.split("<form ", -1).length - 1, "no form for a dimension without groups\n" + html);
        assertTrue(html.contains("<option value=\"AFFC_TAG_BLOGGER\">Blogger</option>"), html);
        assertTrue(html.contains("<td>Tier</td>"), html);
        Matcher party = Pattern.compile("name=\"dimensionEnumId\" value=\"AFFCD_PARTY\"/>\\s*<select name=\"ruleTypeEnumId\">\\s*"
                + "<option value=\"AFFCE_EXCLUDE\">Exclude</option>").matcher(html);
        assertTrue(party.find(), "a partner can only be excluded\n" + html);
        assertPartnerLookupOnly(html, 1);
        context.put("isDraft", false);
        assertFalse(render("EligibilityCriteria.ftl", context, Locale.FRENCH).contains("<form"));
    }

    @Test
    void dryRunShowsTheWouldBeRankingWinnersRefusalsAndFlags() {
        Map<String, Object> context = contestPage("AFFC_DRAFT");
        context.put("partnerNames", Map.of("AFFDEMO07", "GadgetGazette (The Gadget Gazette)", "AFFDEMO01", EVIL));
        context.put("refusedRows", List.of(map("labelKey", "AffiliateContestsRefusalNotEligible", "count", 4),
                map("labelKey", "AffiliateContestsRefusalNotAReferral", "count", 2)));
        context.put("dryRun", map("responseMessage", "success", "participants", 12, "credited", 187,
                "refused", Map.of("NOT_ELIGIBLE", 4, "NOT_A_REFERRAL", 2),
                "ranking", List.of(map("partyId", "AFFDEMO07", "rank", 1, "place", 1, "score", new BigDecimal("2450.5"), "qualified", true),
                        map("partyId", "AFFDEMO01", "rank", 2, "place", 2, "score", new BigDecimal("0"), "qualified", false)),
                "winners", List.of(map("partyId", "AFFDEMO07", "place", 1, "prize", "Cash bonus", "prizeAmount", new BigDecimal("500"),
                        "prizeCurrencyUomId", "USD"), map("partyId", "AFFDEMO01", "place", 2, "prize", "2nd place: $250.00 bonus & more",
                        "prizeAmount", new BigDecimal("250"), "prizeCurrencyUomId", "USD")),
                "flags", List.of(map("partyId", "AFFDEMO01", "orderId", "AFFDO0003", "reason", "SELF_REFERRAL"))));
        String html = render("DryRun.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("Participants: <strong>12</strong>") && html.contains("Orders credited: <strong>187</strong>"), html);
        assertTrue(html.contains("The partner does not compete in this contest.: 4"), html);
        assertTrue(html.contains("<td>1</td><td>GadgetGazette (The Gadget Gazette)</td><td>Cash bonus ($500.00)</td>"), html);
        assertTrue(html.contains("<td>2nd place: $250.00 bonus &amp; more</td>"), "the amount once when the text says it\n" + html);
        assertTrue(html.contains("<td>1</td><td>GadgetGazette (The Gadget Gazette)</td><td>$2,450.50</td><td>Yes</td>"), html);
        assertTrue(html.contains("<td>" + EVIL_ENCODED + "</td><td>$0.00</td><td>No</td>"), html);
        assertTrue(html.contains(EVIL_ENCODED + ": AFFDO0003 (self-referral)"), html);
        assertPostForm(html, "launchAffContest");
    }

    @Test
    void dryRunOfAnIncompleteDraftShowsTheServiceErrors() {
        Map<String, Object> context = contestPage("AFFC_DRAFT");
        context.put("partnerNames", Map.of());
        context.put("refusedRows", List.of());
        context.put("dryRun", map("responseMessage", "error",
                "errorMessageList", List.of("prizes: A ranking contest needs at least one prize tier.")));
        String html = render("DryRun.ftl", context, Locale.FRENCH);
        assertTrue(html.contains("La simulation ne peut pas encore"), html);
        assertTrue(html.contains("<li>prizes: A ranking contest needs at least one prize tier.</li>"), html);
    }

    private static Map<String, Object> leaderboard(boolean provisional) {
        Map<String, Object> context = contestPage("AFFC_ACTIVE");
        context.put("board", map("responseMessage", "success", "statusId", "AFFC_ACTIVE", "leaderboard", map("participants", 12,
                "provisional", provisional, "top", List.of(
                        map("rank", 1, "place", 1, "partyId", "AFFDEMO07", "displayName", "GadgetGazette", "score", new BigDecimal("2450.50"),
                                "progressPercent", 100, "qualified", true),
                        map("rank", 2, "place", 2, "partyId", "AFFDEMO01", "displayName", EVIL, "score", new BigDecimal("1200"),
                                "progressPercent", 48, "qualified", true),
                        map("rank", 3, "place", 3, "partyId", "AFFDEMO11", "displayName", "DealHound", "score", new BigDecimal("0"),
                                "qualified", false)))));
        context.put("flaggedPartyIds", List.of("AFFDEMO01"));
        context.put("fraudFlags", List.of(map("partyId", "AFFDEMO01", "partnerName", "SunnyDeals", "orderId", "AFFDO0003",
                "reasonEnumId", "AFFCZ_SELF_REFERRAL", "flaggedDate", at("2026-11-01T09:00:00Z"), "detail", "customer is the affiliate")));
        return context;
    }

    @Test
    void leaderboardShowsRanksProgressFlagsChartAndExports() {
        String html = render("Leaderboard.ftl", leaderboard(true), Locale.ENGLISH);
        assertTrue(html.contains("Leaderboard\n    (provisional)"), html);
        assertTrue(html.contains("<tr class=\"affc-row\" data-name=\"GadgetGazette\" data-score=\"2450.5\">"), html);
        assertTrue(html.contains("<td class=\"affc-score\">$2,450.50</td>") && html.contains("<td class=\"affc-score\">$1,200.00</td>"),
                "scores in the contest currency\n" + html);
        assertTrue(html.contains("data-name=\"" + EVIL_ENCODED + "\""), html);
        assertTrue(html.contains("width:48%;") && html.contains("width:100%;"), html);
        assertEquals(2, html.split("class=\"affc-progress\"", -1).length - 1, "no progress bar without a goal\n" + html);
        assertEquals(1, html.split(">Flagged</span>", -1).length - 1, html);
        assertTrue(html.contains("<td>Progress to the goal</td><td>Qualified</td><td>Fraud flags</td></tr>"), html);
        assertTrue(html.contains("horizontal: true") && html.contains("yaxis: {ticks: ticks"), "a horizontal chart naming every bar\n" + html);
        assertTrue(html.contains("id=\"affc-chart\" style=\"max-width:720px;height:124px;\""), "28 px per bar\n" + html);
        assertTrue(html.contains("src=\"/common/js/node_modules/flot/dist/es5/jquery.flot.js\""), html);
        assertTrue(html.contains("jQuery.plot(jQuery('#affc-chart')"), html);
        assertTrue(html.contains("href=\"/affiliatecontests/control/exportAffContestLeaderboardCsv?contestId=C9\""), html);
        assertTrue(html.contains("href=\"/affiliatecontests/control/exportAffContestWinnersCsv?contestId=C9\""), html);
        assertFalse(html.contains("id=\"affc-flags\""), "the flags are FraudFlags.ftl's\n" + html);
    }

    /** Issue 13.6: each flag links to its order; an open one can be dismissed or its order excluded, a reviewed one says by whom. */
    @Test
    void fraudFlagsLinkTheirOrderAndOfferDismissOrExclude() {
        Map<String, Object> context = leaderboard(true);
        context.put("canReviewFlags", true);
        context.put("externalLoginKey", "EL42");
        context.put("fraudFlags", List.of(
                map("contestId", "C9", "partyId", "AFFDEMO01", "partnerName", "SunnyDeals", "orderId", "AFFDO0003", "reasonEnumId", "AFFCZ_SELF_REFERRAL",
                        "flaggedDate", at("2026-11-01T09:00:00Z"), "detail", "customer is the affiliate", "reviewStatusId", "AFFC_FL_OPEN"),
                map("contestId", "C9", "partyId", "AFFDEMO09", "partnerName", "BudgetBargains", "orderId", "AFFDO0150", "reasonEnumId", "AFFCZ_SPIKE",
                        "flaggedDate", at("2026-11-02T09:00:00Z"), "reviewStatusId", "AFFC_FL_CONFIRMED", "reviewedByUserLogin", "admin",
                        "reviewedDate", at("2026-11-03T10:00:00Z"), "reviewNote", EVIL)));
        String html = render("FraudFlags.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("href=\"/ordermgr/control/orderview?orderId=AFFDO0003&amp;externalLoginKey=EL42\""), html);
        assertTrue(html.contains("href=\"/ordermgr/control/orderview?orderId=AFFDO0150&amp;externalLoginKey=EL42\""), html);
        assertPostForm(html, "dismissAffContestFraudFlag");
        assertPostForm(html, "excludeAffContestFlaggedOrder");
        assertEquals(1, html.split("value=\"Exclude the order\"", -1).length - 1, "only the open flag offers the buttons\n" + html);
        assertTrue(html.contains("name=\"reason\" size=\"18\" required=\"required\""), html);
        assertTrue(html.contains("<strong>Order excluded</strong>") && html.contains("by admin, 2026-11-03"), html);
        assertTrue(html.contains(EVIL_ENCODED) && !html.contains(EVIL), "the reviewer's note is encoded\n" + html);
        assertTrue(html.contains("data-label=\"Order\""), "rows stack on a phone\n" + html);

        context.put("canReviewFlags", false);
        String viewer = render("FraudFlags.ftl", context, Locale.FRENCH);
        assertFalse(viewer.contains("excludeAffContestFlaggedOrder") || viewer.contains("dismissAffContestFraudFlag"), viewer);
        assertTrue(viewer.contains("À examiner") && viewer.contains("<strong>Commande exclue</strong>") && viewer.contains("par admin"), viewer);
        context.put("fraudFlags", List.of());
        assertFalse(render("FraudFlags.ftl", context, Locale.ENGLISH).contains("affc-flags"));
    }

    @Test
    void finalLeaderboardInFrenchAndAnEmptyOne() {
        String html = render("Leaderboard.ftl", leaderboard(false), Locale.FRENCH);
        assertTrue(html.contains("Classement\n    (définitif)"), html);
        Map<String, Object> ranking = leaderboard(false);
        ranking.put("showProgress", false);
        ranking.put("showQualified", false);
        ranking.put("flaggedPartyIds", List.of());
        String plainRanking = render("Leaderboard.ftl", ranking, Locale.ENGLISH);
        assertFalse(plainRanking.contains("Progress to the goal") || plainRanking.contains("affc-progress"),
                "a ranking contest has no goal to show progress to\n" + plainRanking);
        assertFalse(plainRanking.contains("<td>Qualified</td>") || plainRanking.contains("<td>Fraud flags</td>"), plainRanking);
        assertTrue(plainRanking.contains("<td>Rank</td><td>Partner</td><td>Score</td></tr>"), plainRanking);
        assertTrue(plain(html).contains("<td class=\"affc-score\">2 450,50 $US</td>"), html);
        Map<String, Object> conversions = leaderboard(false);
        conversions.put("scoreUnit", "COUNT");
        String counts = render("Leaderboard.ftl", conversions, Locale.ENGLISH);
        assertTrue(counts.contains("<td class=\"affc-score\">2,450.5</td>") && counts.contains("<td class=\"affc-score\">1,200</td>"), counts);
        conversions.put("scoreUnit", "RATE");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> top = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) conversions.get("board"))
                .get("leaderboard")).get("top");
        top.get(0).put("score", new BigDecimal("0.041667"));
        String rates = render("Leaderboard.ftl", conversions, Locale.FRENCH);
        assertTrue(rates.contains("<td class=\"affc-score\">4,2%</td>"), rates);
        Map<String, Object> empty = contestPage("AFFC_DRAFT");
        empty.put("board", map("responseMessage", "success", "leaderboard", map("participants", 0, "provisional", true, "top", List.of())));
        empty.put("flaggedPartyIds", List.of());
        empty.put("fraudFlags", List.of());
        String none = render("Leaderboard.ftl", empty, Locale.ENGLISH);
        assertTrue(none.contains("Nobody competes in this contest yet"), none);
        assertFalse(none.contains("jquery.flot"), none);
    }

    /** Issue 13.12: the admin leaderboard kept live (LiveBoard.ftl after Leaderboard.ftl), a finalized one not. */
    @Test
    void liveBoardWatchesTheContestUnlessFinalized() {
        Map<String, Object> context = contestPage("AFFC_ACTIVE");
        context.put("contestId", "C9");
        context.put("board", map("statusId", "AFFC_ACTIVE"));
        context.put("live", map("marker", "AFFC_ACTIVE-mx9mb704"));
        String html = render("LiveBoard.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("data-marker=\"AFFC_ACTIVE-mx9mb704\"") && html.contains("data-live-socket=\"/affcontests/ws/board?contestId=C9\"")
                && html.contains("data-marker-url=\"/affiliatecontests/control/AffContestBoardMarker?contestId=C9\"")
                && html.contains("data-board-url=\"/affiliatecontests/control/AffContestLeaderboard?contestId=C9\"")
                && html.contains("data-board-target=\"#affc-leaderboard\""), html);
        assertTrue(html.contains("src=\"/partners/js/liveboard.js\""), html);
        assertTrue(html.contains("Live: a credit shows here within seconds"), html);
        assertTrue(render("LiveBoard.ftl", context, Locale.FRENCH).contains("En direct"));
        context.put("board", map("statusId", "AFFC_FINALIZED"));
        assertFalse(render("LiveBoard.ftl", context, Locale.ENGLISH).contains("liveboard.js"), "a final board does not change");
        context.put("board", map("statusId", "AFFC_ACTIVE"));
        context.put("live", map("responseMessage", "error"));
        assertFalse(render("LiveBoard.ftl", context, Locale.ENGLISH).contains("liveboard.js"), "no marker: a plain page");
        assertTrue(render("Leaderboard.ftl", leaderboard(true), Locale.ENGLISH).contains("addEventListener('affc:board-updated', affcPlotBoard)"),
                "a swapped board draws its chart again");
    }

    private static Map<String, Object> winners() {
        Map<String, Object> context = contestPage("AFFC_FINALIZED");
        context.put("winnerRows", List.of(
                map("partyId", "AFFDEMO01", "partnerName", "SunnyDeals (Sunny Deals Media Ltd)", "placeNumber", 1L, "rankNumber", 1L,
                        "score", new BigDecimal("10"), "prizeText", "150 USD gift card", "prizeAmount", new BigDecimal("150"),
                        "currencyUomId", "USD", "rewardStatusId", "AFFC_RW_PENDING", "rewardNote", EVIL,
                        "nextStatusIds", List.of("AFFC_RW_APPROVED")),
                map("partyId", "AFFDEMO02", "partnerName", "LenaStyle", "placeNumber", 2L, "rankNumber", 2L, "score", new BigDecimal("8"),
                        "prizeText", "75 USD gift card", "currencyUomId", "USD", "rewardStatusId", "AFFC_RW_APPROVED",
                        "approvedByUserLogin", "admin", "approvedDate", at("2026-11-20T10:00:00Z"),
                        "nextStatusIds", List.of("AFFC_RW_NOTIFIED"))));
        return context;
    }

    @Test
    void winnersCanBeReviewedApprovedAndNoted() {
        String html = render("Winners.ftl", winners(), Locale.ENGLISH);
        assertPostForm(html, "updateAffContestWinner");
        assertTrue(html.contains("<td>1</td><td>SunnyDeals (Sunny Deals Media Ltd)</td><td>$10.00</td>"), html);
        assertTrue(html.contains("150 USD gift card ($150.00)"), html);
        assertTrue(html.contains("<option value=\"AFFC_RW_APPROVED\">&rarr; Approved</option>"), html);
        assertTrue(html.contains("<option value=\"AFFC_RW_NOTIFIED\">&rarr; Winner notified</option>"), html);
        assertTrue(html.contains("<textarea name=\"rewardNote\" rows=\"2\" cols=\"40\">" + EVIL_ENCODED + "</textarea>"), html);
        assertTrue(html.contains("Approved by admin 2026-11-20"), html);
        assertTrue(html.contains("href=\"/affiliatecontests/control/AffContestWinnerMessage?contestId=C9\""), html);
    }

    @Test
    void noWinnersYetOffersFinalizingAnEndedContest() {
        Map<String, Object> context = contestPage("AFFC_ENDED");
        context.put("winnerRows", List.of());
        String html = render("Winners.ftl", context, Locale.FRENCH);
        assertTrue(html.contains("Pas encore de gagnant."), html);
        assertPostForm(html, "finalizeAffContest");
        assertTrue(html.contains("<input type=\"hidden\" name=\"early\" value=\"Y\"/>"), html);
    }

    @Test
    void winnerMessageIsDraftedInTheAdminsLanguage() {
        String en = render("WinnerMessage.ftl", winners(), Locale.ENGLISH);
        assertTrue(en.contains("To: SunnyDeals (Sunny Deals Media Ltd), LenaStyle"), en);
        assertTrue(en.contains("value=\"You won: Monthly revenue race\""), en);
        assertTrue(en.contains("Hello,\n\nCongratulations: you are among the winners of Monthly revenue race."), en);
        assertTrue(en.contains("1. SunnyDeals (Sunny Deals Media Ltd): 150 USD gift card\n"), en);
        String fr = render("WinnerMessage.ftl", winners(), Locale.FRENCH);
        assertTrue(fr.contains("Bonjour,\n\nFélicitations"), fr);
    }


    // messaging

    private static Map<String, Object> stats(int sent, int opened, int replied, int clicked) {
        return map("sent", sent, "opened", opened, "replied", replied, "clicked", clicked, "clicks", clicked + 1,
                "openRate", new BigDecimal(opened * 100.0 / sent).setScale(1, java.math.RoundingMode.HALF_UP),
                "replyRate", new BigDecimal(replied * 100.0 / sent).setScale(1, java.math.RoundingMode.HALF_UP),
                "clickRate", new BigDecimal(clicked * 100.0 / sent).setScale(1, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void dashboardShowsMessagingEngagementAndUnansweredReplies() {
        Map<String, Object> context = dashboard();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) context.get("dashboard");
        data.put("recentBroadcasts", List.of(map("broadcastId", "B1", "subject", "Holiday kick-off", "statusId", "AFFB_SENT",
                "sentDate", at("2026-11-20T08:00:00Z"), "stats", stats(12, 9, 3, 4))));
        data.put("unansweredReplies", List.of(map("communicationEventId", "CE1", "partyId", "AFFDEMO02", "alias", "LenaStyle",
                "subject", "Re: September sprint", "dispute", "Y")));
        String html = render("Dashboard.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("Messaging engagement (last sent broadcasts)"), html);
        assertTrue(html.contains("AffBroadcastDetail?broadcastId=B1\">Holiday kick-off</a>"), html);
        assertTrue(html.contains("<td>12</td><td>75%</td><td>25%</td>"), html);
        assertTrue(html.contains("Unanswered replies (1)</a>"), html);
        assertTrue(html.contains("<li>LenaStyle: Re: September sprint <span class=\"alert\">Disputes the result</span></li>"), html);
        assertFalse(render("Dashboard.ftl", dashboard(), Locale.ENGLISH).contains("affc-engagement"),
                "no engagement panel without messaging permission");
    }

    @Test
    void broadcastListShowsSentOpenedRepliedClicked() {
        Map<String, Object> context = map("broadcastList", map("responseMessage", "success", "broadcasts", List.of(
                map("broadcastId", "B1", "subject", EVIL, "statusId", "AFFB_SENT", "sentDate", at("2026-11-20T08:00:00Z"),
                        "stats", stats(12, 9, 3, 4)),
                map("broadcastId", "B2", "subject", "Draft news", "statusId", "AFFB_DRAFT", "stats", map("sent", 0)))));
        String html = render("Broadcasts.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("AffBroadcastDetail?broadcastId=B1\">" + EVIL_ENCODED + "</a>"), html);
        assertTrue(html.contains("<td>12</td>\n            <td>9 (75%)</td>\n            <td>3 (25%)</td>\n            <td>4 (33.3%)</td>"), html);
        assertTrue(html.contains("AffBroadcastCompose?broadcastId=B2\">Draft news</a>"), html);
        assertTrue(html.contains("href=\"/affiliatecontests/control/AffBroadcastInbox?unansweredOnly=Y\">Reply inbox</a>"), html);
        String fr = render("Broadcasts.ftl", map("broadcastList", map("responseMessage", "success", "broadcasts", List.of())), Locale.FRENCH);
        assertTrue(fr.contains("Aucun message pour l"), fr);
    }

    /**
     * Partners are searched as the admin types (LookupAffPartners fills one datalist), never listed
     * as options: at 100k affiliates a page must not carry 100k options per field.
     */
    private static void assertPartnerLookupOnly(String html, int fields) {
        assertEquals(fields, html.split("class=\"affc-partner-lookup\" list=\"affc-partner-list\"", -1).length - 1, html);
        assertEquals(1, html.split("<datalist id=\"affc-partner-list\"></datalist>", -1).length - 1, html);
        assertTrue(html.contains("var url = '/affiliatecontests/control/LookupAffPartners';"), html);
        assertTrue(html.contains("method: 'POST'") && html.contains("X-CSRF-Token"), html);
        assertFalse(html.contains("<option value=\"AFFDEMO") || html.contains("<option value=\"AFFCD_PARTY|AFFDEMO"),
                "no partner as an option\n" + html);
    }

    private static Map<String, Object> compose(boolean saved) {
        Map<String, Object> context = map("parameters", Map.of(), "editable", true,
                "contests", List.of(map("id", "AFFC_DEMO_REVENUE", "name", "Holiday revenue race")),
                "audienceGroups", List.of(map("dimensionEnumId", "AFFCD_TIER", "groups", List.of(map("id", "AFFC_TIER_GOLD", "name", "Gold partner"))),
                        map("dimensionEnumId", "AFFCD_PARTY", "groups", List.of(), "lookup", true),
                        map("dimensionEnumId", "AFFCD_CONTEST_TOP", "groups", List.of(map("id", "AFFC_DEMO_REVENUE", "name", "Holiday revenue race")))),
                "criterionRows", List.of(map("rule", "AFFCE_INCLUDE", "criterion", "AFFCD_TIER|AFFC_TIER_GOLD"),
                        map("rule", "AFFCE_EXCLUDE", "criterion", "AFFCD_NO_SALE|", "days", 30L),
                        map("rule", "AFFCE_EXCLUDE", "criterion", "AFFCD_PARTY|AFFDEMO03"),
                        map("rule", "AFFCE_INCLUDE", "criterion", "")));
        if (saved) {
            context.put("broadcastId", "B7");
            context.put("broadcast", map("broadcastId", "B7", "subject", "Last week of the race", "messageBody", "<p>Go <b>go</b></p>",
                    "statusId", "AFFB_DRAFT", "eligibleAll", "N", "contestId", "AFFC_DEMO_REVENUE", "emailModeEnumId", "AFFBE_DIGEST"));
            context.put("ctaLabel", "See the leaderboard");
            context.put("ctaUrl", "https://shop.example.com/portal");
            context.put("audience", map("count", 5, "frozen", false, "recipients", List.of(
                    map("partyId", "AFFDEMO07", "name", "The Gadget Gazette", "alias", "GadgetGazette", "reason", "tier AFFC_TIER_GOLD"))));
        }
        return context;
    }

    @Test
    void composeBuildsTheAudienceAndShowsTheLiveCountPreviewAndSend() {
        String html = render("BroadcastCompose.ftl", compose(true), Locale.ENGLISH);
        assertPostForm(html, "saveAffBroadcastDraft");
        assertPostForm(html, "sendAffBroadcast");
        assertPostForm(html, "cancelAffBroadcast");
        assertTrue(html.contains("<input type=\"hidden\" name=\"broadcastId\" value=\"B7\"/>"), html);
        assertTrue(html.contains("value=\"Last week of the race\""), html);
        assertTrue(html.contains("<option value=\"AFFCD_TIER|AFFC_TIER_GOLD\" selected=\"selected\">Gold partner</option>"), html);
        assertTrue(html.contains("<option value=\"AFFCD_NO_SALE|\" selected=\"selected\">No sale in the last days</option>"), html);
        assertTrue(html.contains("<optgroup label=\"Top N of the contest (N: threshold)\">"), html);
        assertTrue(html.contains("name=\"criterionDays\" size=\"4\" value=\"30\""), html);
        assertEquals(4, html.split("name=\"criterion\"", -1).length - 1, html);
        assertPartnerLookupOnly(html, 4);
        assertEquals(4, html.split(Pattern.quote("<option value=\"AFFCD_PARTY|\""), -1).length - 1, "one partner choice per row\n" + html);
        assertTrue(html.contains("<option value=\"AFFCD_PARTY|\" selected=\"selected\">Partner (search in the next field)</option>"), html);
        assertTrue(html.contains("name=\"criterionParty\" value=\"AFFDEMO03\" class=\"affc-partner-lookup\""), html);
        assertTrue(html.contains("<option value=\"AFFBE_DIGEST\" selected=\"selected\">In the daily digest email</option>"), html);
        assertTrue(html.contains("Recipients now: <span class=\"affc-count\">5</span>"), html);
        assertTrue(html.contains("<li>GadgetGazette (The Gadget Gazette) &mdash; tier AFFC_TIER_GOLD</li>"), html);
        assertTrue(html.contains("<div class=\"affc-message-body\"><p>Go <b>go</b></p></div>"), "the sanitised body is shown as HTML\n" + html);
        assertTrue(html.contains("href=\"https://shop.example.com/portal\""), html);
        assertTrue(html.contains("value=\"Send now\""), html);
    }

    /** Issue 13.3: the count is live as the criteria change (a POST JSON request, debounced), with the first recipients. */
    @Test
    void composeCountsTheRecipientsLiveAsTheCriteriaChange() {
        String fresh = render("BroadcastCompose.ftl", compose(false), Locale.ENGLISH);
        assertTrue(fresh.contains("data-url=\"/affiliatecontests/control/CountAffComposeAudience\""), fresh);
        assertTrue(fresh.contains("<strong>Recipients with these criteria:</strong>"), fresh);
        assertTrue(fresh.contains("<span class=\"affc-live-count\">&hellip;</span>"), "unsaved: counted by the script\n" + fresh);
        assertTrue(fresh.contains("data-more=\"and {0} more\""), fresh);
        assertTrue(fresh.contains("method: 'POST'") && fresh.contains("setTimeout(ask, 400)") && fresh.contains("X-CSRF-Token"), fresh);
        assertTrue(fresh.contains("form.addEventListener('change', later)"), fresh);
        String saved = render("BroadcastCompose.ftl", compose(true), Locale.FRENCH);
        assertTrue(saved.contains("<strong>Destinataires avec ces critères :</strong>") || saved.contains("<strong>Destinataires avec ces critères:</strong>"), saved);
        assertTrue(saved.contains("<span class=\"affc-live-count\">5</span>"), saved);
        assertTrue(saved.contains("data-more=\"et {0} de plus\"") && saved.contains("data-counting=\"décompte…\""), saved);
    }

    @Test
    void composeANewBroadcastOrOneMatchingNobody() {
        String fresh = render("BroadcastCompose.ftl", compose(false), Locale.FRENCH);
        assertPostForm(fresh, "saveAffBroadcastDraft");
        assertFalse(fresh.contains("sendAffBroadcast"), fresh);
        assertTrue(fresh.contains("Enregistrer le brouillon et compter les destinataires"), fresh);
        Map<String, Object> nobody = compose(true);
        nobody.put("audience", map("error", "The audience matches no affiliate."));
        String html = render("BroadcastCompose.ftl", nobody, Locale.ENGLISH);
        assertTrue(html.contains("<p class=\"errorMessage\">The audience matches no affiliate.</p>"), html);
        assertFalse(html.contains("sendAffBroadcast"), "nothing to send to nobody\n" + html);
    }

    @Test
    void broadcastDetailShowsEngagementAndRecipientsByStatus() {
        Map<String, Object> context = map("parameters", Map.of(), "broadcast", map("broadcastId", "B1", "subject", "Holiday kick-off", "statusId", "AFFB_SENT"),
                "stats", map("responseMessage", "success", "stats", stats(12, 9, 3, 4),
                        "links", List.of(map("label", "See the leaderboard", "url", "https://x", "clicks", 5, "clickers", 4))),
                "recipientList", map("responseMessage", "success", "recipientCount", 2L, "recipients", List.of(
                        map("partyId", "AFFDEMO02", "alias", "LenaStyle", "status", "REPLIED", "sentDate", at("2026-11-20T08:00:00Z"),
                                "openedDate", at("2026-11-20T09:00:00Z"), "repliedDate", at("2026-11-20T10:00:00Z"), "clickCount", 1L),
                        map("partyId", "AFFDEMO12", "name", "Ana Costa Family Blog", "status", "SENT", "sentDate", at("2026-11-20T08:00:00Z")))));
        String html = render("BroadcastDetail.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("<tr><td>12</td><td>9 (75%)</td><td>3 (25%)</td><td>4 (33.3%)</td><td>5</td></tr>"), html);
        assertTrue(html.contains("<li>See the leaderboard: 5 clicks, 4 partners</li>"), html);
        assertTrue(html.contains("Recipients (2)"), html);
        assertTrue(html.contains("<tr><td>LenaStyle</td><td>Replied</td>"), html);
        assertTrue(html.contains("<tr><td>Ana Costa Family Blog</td><td>Not opened</td>"), html);
        assertTrue(html.contains("AffBroadcastDetail?broadcastId=B1&amp;engagement=OPENED\">Opened</a>"), html);
        String missing = render("BroadcastDetail.ftl", map("parameters", Map.of()), Locale.FRENCH);
        assertTrue(missing.contains("Message introuvable."), missing);
    }

    @Test
    void inboxShowsThreadsAndAnswersEachReply() {
        Map<String, Object> context = map("inbox", map("responseMessage", "success", "replies", List.of(
                map("communicationEventId", "CE9", "partyId", "AFFDEMO02", "alias", "LenaStyle", "subject", "Re: September sprint",
                        "content", "I think <my> 3 orders are missing", "replyDate", at("2026-11-21T10:00:00Z"), "dispute", "Y",
                        "contestId", "AFFC_DEMO_SEPT", "contestName", "September <sprint>",
                        "answers", List.of(map("communicationEventId", "CE10", "content", "<p>We are checking.</p>", "entryDate", at("2026-11-21T11:00:00Z")))),
                map("communicationEventId", "CE11", "partyId", "AFFDEMO03", "alias", "NorthwindSaves", "subject", "Re: Double points",
                        "content", "Thanks", "replyDate", at("2026-11-21T09:00:00Z"), "dispute", "N"))));
        String html = render("Inbox.ftl", context, Locale.ENGLISH);
        assertPostForm(html, "answerAffBroadcastReply");
        assertTrue(html.contains("<input type=\"hidden\" name=\"communicationEventId\" value=\"CE9\"/>"), html);
        assertTrue(html.contains("LenaStyle &middot; Re: September sprint &middot; 2026-11-21"), html);
        assertTrue(html.contains("<span class=\"alert\">Disputes the result of "
                + "<a href=\"/affiliatecontests/control/AffContestLeaderboard?contestId=AFFC_DEMO_SEPT\">September &lt;sprint&gt;</a></span>"),
                "the dispute names the contest, linked to its leaderboard\n" + html);
        assertEquals(1, html.split("class=\"alert\"", -1).length - 1, "only the dispute is flagged\n" + html);
        String fr = render("Inbox.ftl", context, Locale.FRENCH);
        assertTrue(fr.contains("<span class=\"alert\">Conteste le résultat de <a href="), fr);
        assertTrue(html.contains("I think &lt;my&gt; 3 orders are missing"), "a partner's reply is encoded\n" + html);
        assertTrue(html.contains(": <p>We are checking.</p></blockquote>"), html);
        String none = render("Inbox.ftl", map("inbox", map("responseMessage", "success", "replies", List.of())), Locale.FRENCH);
        assertTrue(none.contains("Aucune réponse."), none);
    }

    @Test
    void winnersOfferTheDraftBroadcastToTheWinners() {
        Map<String, Object> context = winners();
        String draft = render("Winners.ftl", context, Locale.ENGLISH);
        assertPostForm(draft, "draftAffContestWinnersBroadcast");
        context.put("winnersBroadcastId", "B9");
        String ready = render("Winners.ftl", context, Locale.ENGLISH);
        assertTrue(ready.contains("href=\"/affiliatecontests/control/AffBroadcastCompose?broadcastId=B9\">Open the draft</a>"), ready);
        assertFalse(ready.contains("draftAffContestWinnersBroadcast"), ready);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void helpExplainsTheScreensAndCrediting(String language) {
        String html = render("Help.ftl", Map.of(), Locale.forLanguageTag(language));
        assertEquals(8, html.split("<dt>", -1).length - 1, html);
        assertEquals(4, html.split("<li>", -1).length - 1 - 4, html);
        if ("en".equals(language)) {
            assertTrue(html.contains("<h2 id=\"crediting\">How crediting works</h2>"), html);
            assertTrue(html.contains("exactly once"), html);
        } else {
            assertTrue(html.contains("<h2 id=\"crediting\">Comment les crédits sont attribués</h2>"), html);
        }
    }

    // rewards issued through OFBiz (issue 14)

    private static Map<String, Object> rewards(boolean canReward) {
        Map<String, Object> context = contestPage("AFFC_FINALIZED");
        context.put("canReward", canReward);
        context.put("prizeCost", map("tableCost", List.of(map("currencyUomId", "USD", "amount", new BigDecimal("250"))), "tableBounded", "Y",
                "costToday", List.of(map("currencyUomId", "USD", "amount", new BigDecimal("225"))), "budgetAmount", new BigDecimal("200"), "budgetCurrencyUomId", "USD",
                "overBudget", List.of("The prize table costs more than the prize budget.")));
        context.put("rewardRows", List.of(
                map("partyId", "AFFDEMO01", "placeNumber", 1L, "kind", "STORE_CREDIT", "amount", new BigDecimal("150"), "currencyUomId", "USD",
                        "statusId", "AFFC_RWS_ISSUED", "finAccountId", canReward ? "FA100" : null, "canApprove", false, "canIssue", false,
                        "canVoid", canReward),
                map("partyId", "AFFDEMO02", "placeNumber", 2L, "kind", "PROMO_CODE", "amount", new BigDecimal("75"), "currencyUomId", "USD",
                        "statusId", "AFFC_RWS_FAILED", "lastError", EVIL, "canApprove", false, "canIssue", canReward, "canVoid", false),
                map("partyId", "AFFDEMO07", "placeNumber", 3L, "kind", "OTHER", "canApprove", canReward, "canIssue", false, "canVoid", false)));
        return context;
    }

    @Test
    void winnerRewardsAreApprovedIssuedRetriedAndVoidedByPost() {
        String html = render("WinnerRewards.ftl", rewards(true), Locale.ENGLISH);
        assertPostForm(html, "approveAffContestReward");
        assertPostForm(html, "issueAffContestReward");
        assertPostForm(html, "voidAffContestReward");
        assertTrue(html.contains("<td>Store credit</td>") && html.contains("<td>150.00 USD</td>") && html.contains("<td>Issued"), html);
        assertTrue(html.contains("FA100"), html);
        assertTrue(html.contains("value=\"Retry\"") && html.contains(EVIL_ENCODED) && !html.contains(EVIL), html);
        assertTrue(html.contains("To approve") && html.contains("value=\"Approve\""), html);
        assertTrue(html.contains("225.00 USD") && html.contains("250.00 USD") && html.contains("costs more than the prize budget"), html);
        String fr = render("WinnerRewards.ftl", rewards(true), Locale.FRENCH);
        assertTrue(fr.contains("Avoir magasin") && fr.contains("Émise"), fr);
    }

    @Test
    void aViewerSeesRewardStatusesOnly() {
        String html = render("WinnerRewards.ftl", rewards(false), Locale.ENGLISH);
        assertFalse(html.contains("<form"), html);
        assertFalse(html.contains("FA100"), html);
        assertTrue(html.contains("Issued") && html.contains("Failed"), html);
    }

    @Test
    void prizeTiersChooseHowTheyArePaidAndTheBudget() {
        Map<String, Object> context = rewards(true);
        context.put("prizeTiers", List.of(map("prizeSeqId", "00001", "fromPlace", 1L, "thruPlace", 1L, "prizeText", EVIL,
                "amount", new BigDecimal("150"), "currencyUomId", "USD")));
        context.put("prizeTerms", Map.of("00001", map("rewardKindEnumId", "AFFC_RK_PROMO_CODE", "productPromoId", "9011", "validDays", 30L)));
        context.put("rewardKinds", List.of(map("enumId", "AFFC_RK_STORE_CREDIT", "enumCode", "STORE_CREDIT"),
                map("enumId", "AFFC_RK_PROMO_CODE", "enumCode", "PROMO_CODE")));
        context.put("promotions", List.of(map("productPromoId", "9011", "promoName", "10% off")));
        context.put("prizeBudget", map("budgetAmount", new BigDecimal("200"), "currencyUomId", "USD"));
        String html = render("PrizeRewards.ftl", context, Locale.ENGLISH);
        assertPostForm(html, "setAffContestPrizeReward");
        assertPostForm(html, "setAffContestPrizeBudget");
        assertTrue(html.contains("<option value=\"AFFC_RK_PROMO_CODE\" selected=\"selected\">Promo code</option>"), html);
        assertTrue(html.contains("<option value=\"9011\" selected=\"selected\">10% off</option>"), html);
        assertTrue(html.contains("value=\"200.00\"") && html.contains(EVIL_ENCODED), html);
    }

    @Test
    void theDashboardSumsTheMonthsRewardsByKindAndCurrency() {
        String html = render("MonthRewards.ftl", map("rewardTotals", List.of(
                map("kind", "STORE_CREDIT", "currencyUomId", "USD", "count", 2L, "amount", new BigDecimal("190")),
                map("kind", "OTHER", "currencyUomId", "", "count", 1L, "amount", BigDecimal.ZERO))), Locale.ENGLISH);
        assertTrue(html.contains("<td>Store credit</td><td>2</td>\n            <td>190.00 USD</td>"), html);
        assertTrue(html.contains("<td>Other (by hand)</td><td>1</td>"), html);
        assertTrue(render("MonthRewards.ftl", map("rewardTotals", List.of()), Locale.FRENCH).contains("Aucune récompense"));
    }

    /** Every template under template/ but the partner portal's is rendered above, or is a macro library they import. */
    /** The webhooks page: endpoints, the registration form, deliveries with the last answer encoded and the resend POST. */
    @Test
    void webhooksShowEndpointsDeliveriesAndTheResendAction() {
        Map<String, Object> context = map("parameters", Map.of(),
                "endpointList", map("responseMessage", "success", "endpoints", List.of(map("endpointId", "E1",
                        "targetUrl", "https://hooks.example.com/a", "eventTypes", List.of("contest.ended", "reward.issued"),
                        "allowInternal", "N", "enabled", "Y", "pending", 1L, "delivered", 2L, "failed", 3L))),
                "deliveryList", map("responseMessage", "success", "deliveries", List.of(
                        map("deliveryId", "D1", "endpointId", "E1", "eventKey", "contest.ended:C1", "deliveryStatus", "FAILED",
                                "attempts", 21L, "queuedDate", at("2026-11-20T08:00:00Z"), "lastResponseCode", 500L,
                                "lastResponse", EVIL),
                        map("deliveryId", "D2", "endpointId", "E1", "eventKey", "reward.issued:R1", "deliveryStatus", "PENDING",
                                "attempts", 1L, "queuedDate", at("2026-11-20T08:00:00Z"), "nextAttemptDate", at("2026-11-20T08:02:00Z"),
                                "lastError", "The receiver did not answer in time."))));
        String html = render("Webhooks.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("https://hooks.example.com/a") && html.contains("contest.ended, reward.issued"), html);
        assertTrue(html.contains("HTTP 500 <pre class=\"affc-webhook-answer\">" + EVIL_ENCODED + "</pre>"), html);
        assertEquals(1, html.split("name=\"deliveryId\" value=\"D", -1).length - 1, "only the failed delivery can be resent\n" + html);
        assertTrue(html.contains("action=\"/affiliatecontests/control/resendAffWebhookDelivery\""), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"eventTypes\" value=\"\"/>"), html);
        assertTrue(html.contains("A partner takes first place"), html);
        String fr = render("Webhooks.ftl", map("parameters", Map.of(), "endpointList", map("responseMessage", "success", "endpoints", List.of()),
                "deliveryList", map("responseMessage", "success", "deliveries", List.of())), Locale.FRENCH);
        assertTrue(fr.contains("Aucun point de réception") && fr.contains("Aucun envoi."), fr);
    }

    /** The publication page: the state, the POST that toggles it, and both snippets with the contest encoded. */
    @Test
    void publicBoardPageOffersThePublicationAndTheSnippets() {
        Map<String, Object> context = map("parameters", Map.of("contestId", "C1"), "embedUrl",
                "https://shop.example.com/partners/control/PublicBoard?contestId=C1",
                "publication", map("responseMessage", "success", "published", "N", "contestName", EVIL));
        String html = render("PublicBoardSnippet.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("Not published.") && html.contains("name=\"published\" value=\"Y\""), html);
        assertTrue(html.contains("action=\"/affiliatecontests/control/publishAffContestBoard\""), html);
        assertTrue(html.contains("&lt;iframe src=\"https://shop.example.com/partners/control/PublicBoard?contestId=C1\" title=\""
                + EVIL_ENCODED + "\""), html);
        assertTrue(html.contains("&lt;include-screen name=\"AffPublicLeaderboard\""), html);
        String fr = render("PublicBoardSnippet.ftl", map("parameters", Map.of("contestId", "C1"), "embedUrl", "u",
                "publication", map("responseMessage", "success", "published", "Y", "contestName", "x")), Locale.FRENCH);
        assertTrue(fr.contains("Publié sur la boutique.") && fr.contains("Retirer"), fr);
    }

    /** The storefront's public board: the portal's board rows without any hidden amount, and the way to join. */
    @Test
    void publicBoardShowsTheVisitorsRowsAndTheWayToJoin() {
        Map<String, Object> contest = map("contestId", "C1", "contestName", EVIL, "statusId", "AFFC_ACTIVE",
                "metricEnumId", "AFFCM_CONVERSIONS", "currencyUomId", "USD");
        Map<String, Object> leaderboard = map("top", List.of(map("rank", 1, "place", 1, "displayName", "S. D.", "qualified", true,
                "viewer", false)), "aroundViewer", List.of(), "participants", 6L, "provisional", true);
        Map<String, Object> context = map("contest", contest, "leaderboard", leaderboard, "becomePartnerUrl", "/partners/control/main");
        String html = harness.render("template/storefront/PublicBoardPage.ftl", context, Locale.ENGLISH);
        RENDERED.add("template/storefront/PublicBoardPage.ftl");
        RENDERED.add("template/storefront/PublicBoard.ftl");
        assertTrue(html.contains("<h3 class=\"affp-public-title\">" + EVIL_ENCODED + "</h3>"), html);
        assertTrue(html.contains("S. D.") && html.contains("affp-hidden"), html);
        assertTrue(html.contains("<a href=\"/partners/control/main\" target=\"_top\">Become a partner</a>"), html);
        String missing = harness.render("template/storefront/PublicBoardPage.ftl", map("publicBoardMissing", true,
                "becomePartnerUrl", "/partners/control/main"), Locale.FRENCH);
        assertTrue(missing.contains("Ce classement n") && missing.contains("Devenez partenaire"), missing);
    }

    /** The portal home's referral block: the link in a read-only field, the copy button, the month's figures; nothing without a link. */
    @Test
    void referralLinkShowsTheLinkTheCopyButtonAndTheMonthsFigures() {
        String html = harness.render("template/storefront/ReferralLink.ftl", map("referral", map("url",
                "https://shop.example.com/ecommerce/control/main?affiliate_id=A%26B\"", "clicks", 12L, "orders", 3L)), Locale.ENGLISH);
        RENDERED.add("template/storefront/ReferralLink.ftl");
        assertTrue(html.contains("value=\"https://shop.example.com/ecommerce/control/main?affiliate_id=A%26B&quot;\" readonly"), html);
        assertTrue(html.contains(">Copy</button>") && html.contains("/partners/js/referral.js"), html);
        assertTrue(html.contains("<strong class=\"affp-referral-clicks\">12</strong> visits") && html.contains(">3</strong> orders"), html);
        assertTrue(harness.render("template/storefront/ReferralLink.ftl", map(), Locale.FRENCH).isBlank());
        String fr = harness.render("template/storefront/ReferralLink.ftl", map("referral", map("url", "u", "clicks", 0L, "orders", 0L)),
                Locale.FRENCH);
        assertTrue(fr.contains("Mon lien de parrainage") && fr.contains("Copier"), fr);
    }

    @Test
    void everyBackOfficeTemplateIsRendered() {
        Class<?> self = getClass();
        List<String> notRendered = new ArrayList<>();
        for (java.lang.reflect.Method method : self.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class) && !method.getName().equals("everyBackOfficeTemplateIsRendered")) {
                try {
                    method.setAccessible(true);
                    method.invoke(this);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(method.getName(), e);
                }
            }
        }
        helpExplainsTheScreensAndCrediting("en");
        for (String template : harness.templates()) {
            if (template.startsWith("template/portal/") || RENDERED.contains(template)) {
                continue;
            }
            boolean imported = template.startsWith(DIR + "includes/") && RENDERED.stream().anyMatch(r ->
                    TextFiles.read(ComponentFiles.underTest().root().resolve(r)).contains("\"" + template.substring(DIR.length()) + "\""));
            if (!imported) {
                notRendered.add(template);
            }
        }
        assertTrue(notRendered.isEmpty(), "templates no test renders: " + notRendered);
        assertTrue(RENDERED.size() >= 10, RENDERED.toString());
    }
}
