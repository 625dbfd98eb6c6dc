package com.affiliatecontests.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.affiliatecontests.component.TemplateHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every template of the partner portal rendered with FreeMarker 2.3.32 as OFBiz does, over data
 * shaped like what the partner services return, in English and French: own rows marked, hidden
 * names and amounts never printed, the live leaderboard's hooks, the denied and login pages.
 */
class PortalTemplatesTest {

    private static final String DIR = "template/portal/";
    private static final Set<String> RENDERED = ConcurrentHashMap.newKeySet();
    private static final Pattern HIDDEN = Pattern.compile("class=\"affp-hidden\"");

    private final TemplateHarness harness = new TemplateHarness();

    private String render(String template, Map<String, Object> context, Locale locale) {
        RENDERED.add(DIR + template);
        return harness.render(DIR + template, context, locale);
    }

    // ---------------------------------------------------------------- data like the services'

    private static Map<String, Object> contest(String id, String name, String status, String metric, String kind) {
        Map<String, Object> contest = new HashMap<>();
        contest.put("contestId", id);
        contest.put("contestName", name);
        contest.put("statusId", status);
        contest.put("metricEnumId", metric);
        contest.put("kindEnumId", kind);
        contest.put("currencyUomId", "USD");
        contest.put("timeZoneId", "Europe/Paris");
        contest.put("startMillis", 1790812800000L);
        contest.put("endMillis", 1924905600000L);
        contest.put("startText", "Oct 1, 2026, 12:00 AM CEST");
        contest.put("endText", "Dec 31, 2030, 12:00 AM CET");
        contest.put("provisional", !"AFFC_FINALIZED".equals(status));
        return contest;
    }

    private static Map<String, Object> revenueRace() {
        Map<String, Object> contest = contest("AFFC_DEMO_REVENUE", "Holiday revenue race", "AFFC_ACTIVE", "AFFCM_REVENUE", "AFFCK_RANKING");
        contest.put("description", "Every completed order you refer counts its grand total.");
        contest.put("nameDisplayEnumId", "AFFCN_ALIAS");
        contest.put("showAmounts", true);
        contest.put("returnWindowDays", 14L);
        contest.put("prizes", List.of(prize(1, 1L, "1st place: 500 USD bonus"), prize(2, 2L, "2nd place: 250 USD bonus"),
                prize(3, 3L, "3rd place: 100 USD bonus")));
        return contest;
    }

    private static Map<String, Object> goalClub() {
        Map<String, Object> contest = contest("AFFC_DEMO_GOAL", "20 conversions club", "AFFC_ACTIVE", "AFFCM_CONVERSIONS", "AFFCK_GOAL");
        contest.put("targetValue", new BigDecimal("20"));
        contest.put("goalCap", 5L);
        contest.put("nameDisplayEnumId", "AFFCN_INITIALS");
        contest.put("showAmounts", false);
        contest.put("prizes", List.of(prize(1, null, "Club badge + 50 USD voucher")));
        return contest;
    }

    private static Map<String, Object> prize(long from, Long thru, String text) {
        Map<String, Object> prize = new HashMap<>();
        prize.put("fromPlace", from);
        prize.put("thruPlace", thru);
        prize.put("prizeText", text);
        return prize;
    }

    /** A row as getMyAffContestLeaderboard gives it: another partner's hidden fields are null. */
    private static Map<String, Object> row(int rank, String name, String score, String progress, String gap, boolean viewer) {
        Map<String, Object> row = new HashMap<>();
        row.put("rank", rank);
        row.put("place", rank);
        row.put("displayName", name);
        row.put("score", score == null ? null : new BigDecimal(score));
        row.put("progressPercent", progress == null ? null : new BigDecimal(progress));
        row.put("gapToNext", gap == null ? null : new BigDecimal(gap));
        row.put("qualified", true);
        row.put("viewer", viewer);
        row.put("partyId", viewer ? "AFFDEMO01" : null);
        return row;
    }

    private static Map<String, Object> board(List<Map<String, Object>> top, List<Map<String, Object>> around, long participants) {
        Map<String, Object> board = new HashMap<>();
        board.put("top", top);
        board.put("aroundViewer", around);
        board.put("participants", participants);
        board.put("viewer", top.stream().filter(r -> (Boolean) r.get("viewer")).findFirst()
                .orElse(around.stream().filter(r -> (Boolean) r.get("viewer")).findFirst().orElse(null)));
        board.put("provisional", true);
        return board;
    }

    private static Map<String, Object> page(String portalPage) {
        Map<String, Object> context = new HashMap<>();
        context.put("portalPage", portalPage);
        context.put("userLogin", Map.of("userLoginId", "affdemo01", "partyId", "AFFDEMO01"));
        return context;
    }

    private Map<String, Object> homeContext() {
        Map<String, Object> revenue = revenueRace();
        revenue.putAll(Map.of("rank", 4, "place", 4, "participants", 12L, "score", new BigDecimal("2503.12"),
                "gapToNext", new BigDecimal("1504.49"), "qualified", true));
        Map<String, Object> goal = goalClub();
        goal.putAll(Map.of("rank", 1, "place", 1, "participants", 6L, "score", new BigDecimal("26"),
                "progressPercent", new BigDecimal("100.0"), "qualified", true));
        Map<String, Object> upcoming = contest("AFFC_NEXT", "Spring sprint", "AFFC_SCHEDULED", "AFFCM_CONVERSIONS", "AFFCK_RANKING");
        Map<String, Object> sept = contest("AFFC_DEMO_SEPT", "September sprint", "AFFC_FINALIZED", "AFFCM_CONVERSIONS", "AFFCK_RANKING");
        sept.putAll(Map.of("place", 1L, "rank", 1L, "participants", 12L, "won", true, "prizeText", "150 USD gift card"));
        Map<String, Object> lost = contest("AFFC_OLD", "Summer sprint", "AFFC_FINALIZED", "AFFCM_CONVERSIONS", "AFFCK_RANKING");
        lost.putAll(Map.of("place", 7L, "rank", 6L, "participants", 12L, "won", false));
        Map<String, Object> context = page("home");
        context.put("partnerName", "SunnyDeals");
        context.put("running", List.of(revenue, goal));
        context.put("upcoming", List.of(upcoming));
        context.put("past", List.of(sept, lost));
        context.put("wins", List.of(sept));
        context.put("unreadCount", 2L);
        context.put("unreadMessages", List.of(message("10001", "Double points this weekend", null), message("10002", "<b>Bold</b> news", null)));
        return context;
    }

    private static Map<String, Object> message(String id, String subject, String opened) {
        Map<String, Object> message = new HashMap<>();
        message.put("communicationEventId", id);
        message.put("subject", subject);
        message.put("sentText", "Nov 20, 2026, 10:00 AM UTC");
        message.put("openedDate", opened);
        message.put("repliesAllowed", "Y");
        return message;
    }

    // ---------------------------------------------------------------- home

    @Test
    void homeShowsMyRankScoreGapProgressCountdownAndResults() {
        String html = render("Home.ftl", homeContext(), Locale.ENGLISH);
        assertTrue(html.contains("Hello, SunnyDeals"), html);
        assertTrue(html.contains("href=\"/affiliatecontests/control/Contest?contestId=AFFC_DEMO_REVENUE\">Holiday revenue race</a>"), html);
        assertTrue(html.contains("#4</strong>") && html.contains("of 12"), html);
        assertTrue(html.contains("$2,503.12"), html);
        assertTrue(html.contains("<strong>$1,504.49</strong> to move up a place"), html);
        assertTrue(html.contains("aria-valuenow=\"100.0\"") || html.contains("aria-valuenow=\"100\""), html);
        assertTrue(html.contains("Goal reached!"), html);
        assertTrue(html.contains("You are in the lead!"), html);
        assertTrue(html.contains("data-end=\"1924905600000\""), html);
        assertTrue(html.contains("Dec 31, 2030, 12:00 AM CET"), html);
        assertTrue(html.contains("Spring sprint"), html);
        assertTrue(html.contains("Won: 150 USD gift card"), html);
        assertTrue(html.contains("Place 7 of 12"), html);
        assertTrue(html.contains("My wins: <strong>1</strong>"), html);
        assertEquals(2, count(html, "<article class=\"affp-card\""), html);
        assertTrue(html.contains("2 unread"), html);
        assertTrue(html.contains("href=\"/affiliatecontests/control/Message?communicationEventId=10001\">Double points this weekend</a>"), html);
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; news"), "subjects are encoded: " + html);
    }

    @Test
    void homeInFrench() {
        String html = render("Home.ftl", homeContext(), Locale.FRENCH);
        assertTrue(html.contains("Bonjour, SunnyDeals"), html);
        assertTrue(html.contains("Mes concours en cours"), html);
        assertTrue(html.contains("Résultats précédents"), html);
        assertTrue(html.contains("pour gagner une place"), html);
        assertTrue(html.contains("Se termine dans") && html.contains("Voir le concours"), html);
        assertTrue(Pattern.compile("2.503,12.\\$US").matcher(html).find(), "amounts in the render locale: " + html);
        assertTrue(html.contains("Gagné : 150 USD gift card") || html.contains("Gagné: 150 USD gift card"), html);
    }

    @Test
    void homeWithoutContests() {
        Map<String, Object> context = page("home");
        context.put("partnerName", "MamaAna");
        context.put("running", List.of());
        context.put("upcoming", List.of());
        context.put("past", List.of());
        context.put("wins", List.of());
        context.put("unreadCount", 0L);
        context.put("unreadMessages", List.of());
        String html = render("Home.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("No unread message."), html);
        assertTrue(html.contains("You are not in any running contest right now."), html);
        assertTrue(html.contains("No finished contest yet."), html);
        assertFalse(html.contains("affp-card"), html);
    }

    @Test
    void homeEncodesWhatPartnersAndAdminsTyped() {
        Map<String, Object> context = homeContext();
        context.put("partnerName", "<script>alert(1)</script>");
        String html = render("Home.ftl", context, Locale.ENGLISH);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    // ---------------------------------------------------------------- contest

    private Map<String, Object> contestContext(Map<String, Object> contest, Map<String, Object> board) {
        Map<String, Object> context = page("contest");
        context.put("contest", contest);
        context.put("leaderboard", board);
        context.put("marker", "AFFC_ACTIVE-mwvaizc5");
        return context;
    }

    /** The goal club: initials, amounts hidden; only my own row carries a score. */
    private Map<String, Object> hiddenAmounts() {
        return contestContext(goalClub(), board(List.of(row(1, "Sunny Deals Media Ltd", "26", "100.0", null, true),
                row(2, "L. V. L.", null, null, null, false), row(3, "T. G. G.", null, null, null, false)), List.of(), 6));
    }

    @Test
    void contestStatesTheRulesAndPrizesInPlainWords() {
        String html = render("Contest.ftl", hiddenAmounts(), Locale.ENGLISH);
        assertTrue(html.contains("<h1>20 conversions club</h1>"), html);
        assertTrue(html.contains("You score one point per completed order you refer."), html);
        assertTrue(html.contains("Everyone who reaches the goal wins, in the order they reach it."), html);
        assertTrue(html.contains("Goal: <strong>20</strong>"), html);
        assertTrue(html.contains("Winners: the first to reach the goal, at most: <strong>5</strong>"), html);
        assertTrue(html.contains("Partners appear as initials. Other partners&#x27; scores are not shown."), html);
        assertTrue(html.contains("Every place from 1"), html);
        assertTrue(html.contains("Club badge + 50 USD voucher"), html);
        assertTrue(html.contains("Oct 1, 2026, 12:00 AM CEST"), html);
    }

    @Test
    void hiddenAmountsAreNeverPrintedAndMyRowIsMarked() {
        String html = render("Contest.ftl", hiddenAmounts(), Locale.ENGLISH);
        assertEquals(2, count(html, HIDDEN.pattern()), html);
        assertEquals(1, count(html, "<tr class=\"affp-me"), html);
        String mine = html.substring(html.indexOf("<tr class=\"affp-me"), html.indexOf("</tr>", html.indexOf("<tr class=\"affp-me")));
        assertTrue(mine.contains("Sunny Deals Media Ltd <span class=\"affp-you\">You</span>"), mine);
        assertTrue(mine.contains("<td class=\"affp-score\">26</td>"), mine);
        assertTrue(html.contains("<td class=\"affp-name\">L. V. L.</td>"), html);
        assertFalse(html.contains("Lena"), html);
        // a progress bar only where the service gave one: mine
        assertEquals(1, count(html, "class=\"affp-progress\""), html);
    }

    @Test
    void theLeaderboardCarriesTheLiveUpdateHooks() {
        String html = render("Contest.ftl", hiddenAmounts(), Locale.ENGLISH);
        assertTrue(html.contains("id=\"affp-board\""), html);
        assertTrue(html.contains("data-marker=\"AFFC_ACTIVE-mwvaizc5\""), html);
        assertTrue(html.contains("data-marker-url=\"/affiliatecontests/control/ContestBoardMarker?contestId=AFFC_DEMO_GOAL\""), html);
        assertTrue(html.contains("data-board-url=\"/affiliatecontests/control/ContestBoard?contestId=AFFC_DEMO_GOAL\""), html);
        assertTrue(html.contains("data-live=\"Y\""), html);
        assertTrue(html.contains("Live standings"), html);
    }

    @Test
    void topRowsThenMyRowWithItsNeighboursWithAmountsShown() {
        Map<String, Object> revenue = revenueRace();
        List<Map<String, Object>> top = new ArrayList<>();
        top.add(row(1, "GadgetGazette", "4210.50", null, null, false));
        top.add(row(2, "LenaStyle", "4007.61", null, "202.89", false));
        List<Map<String, Object>> around = List.of(row(6, "TrailJake", "2600.00", null, "10", false),
                row(7, "SunnyDeals Media Ltd", "2503.12", null, "96.88", true), row(8, "CashbackCorner", "1200", null, "1303.12", false));
        String html = render("Contest.ftl", contestContext(revenue, board(top, around, 12)), Locale.ENGLISH);
        assertEquals(0, count(html, HIDDEN.pattern()), html);
        assertTrue(html.contains("$4,210.50") && html.contains("$1,200.00"), html);
        assertTrue(html.indexOf("LenaStyle") < html.indexOf("affp-ellipsis") && html.indexOf("affp-ellipsis") < html.indexOf("TrailJake"), html);
        assertTrue(html.contains("<strong>$96.88</strong> to move up a place"), html);
        assertTrue(html.contains("Partners appear under their aliases."), html);
        assertTrue(html.contains("You score the revenue of the completed orders you refer (USD)."), html);
        assertTrue(html.contains("Place 1</span>") && html.contains("500 USD bonus"), html);
        assertTrue(html.contains("12 participants"), html);
        assertFalse(html.contains("Progress to the goal"), "no goal, no progress column: " + html);
    }

    @Test
    void provisionalAndFinalResults() {
        Map<String, Object> ended = revenueRace();
        ended.put("statusId", "AFFC_ENDED");
        String html = render("Contest.ftl", contestContext(ended, board(List.of(row(1, "SunnyDeals", "10", null, null, true)), List.of(), 1)),
                Locale.ENGLISH);
        assertTrue(html.contains("Provisional results - the contest has ended; returns can still change"), html);
        assertTrue(html.contains("data-live=\"Y\""), html);
        Map<String, Object> finalized = revenueRace();
        finalized.put("statusId", "AFFC_FINALIZED");
        html = render("Contest.ftl", contestContext(finalized, board(List.of(row(1, "SunnyDeals", "10", null, null, true)), List.of(), 1)),
                Locale.FRENCH);
        assertTrue(html.contains("Résultats définitifs"), html);
        assertTrue(html.contains("data-live=\"N\""), html);
        assertTrue(html.contains("Règlement") && html.contains("Classement"), html);
    }

    @Test
    void theBoardFragmentAloneIsWhatTheLivePageSwapsIn() {
        Map<String, Object> context = hiddenAmounts();
        context.remove("userLogin");
        context.remove("portalPage");
        String html = render("Board.ftl", context, Locale.ENGLISH);
        assertTrue(html.strip().startsWith("<div class=\"affp-board-inner\">"), html);
        assertFalse(html.contains("<html") || html.contains("affp-header"), html);
        assertEquals(2, count(html, HIDDEN.pattern()), html);
        assertTrue(html.contains("6 participants"), html);
    }

    // ---------------------------------------------------------------- nothing derived from hidden scores

    /**
     * Issue 12 item 1: the goal club's pages, rendered from what the engine's presenter gives the
     * services, must be the same whatever the other partners' hidden scores are, as long as the
     * order, the qualifications and my own score (21) are: any figure that changed with them (my
     * "6 to move up a place" under a hidden 27, a rank shared with a partner of my score) would let
     * me work a hidden score out.
     */
    @Test
    void goalClubPagesShowNothingDerivedFromHiddenScores() {
        String shown = goalClubPages(false, 30, 27, 21, 21, 12, 3);
        assertTrue(shown.contains("<td class=\"affp-score\">21</td>"), "my own score is shown: " + shown);
        assertTrue(shown.contains("#3</strong>"), "my place is shown: " + shown);
        assertFalse(shown.contains("to move up a place"), shown);
        assertEquals(shown, goalClubPages(false, 45, 22, 21, 20, 15, 1));
        assertEquals(shown, goalClubPages(false, 30, 21, 21, 21, 12, 3));
        assertEquals(shown, goalClubPages(false, 21, 21, 21, 20, 19, 1));
        // the same pages with amounts shown do change with the other scores: the check can see a change
        String open = goalClubPages(true, 30, 27, 21, 21, 12, 3);
        assertTrue(open.contains("<strong>6</strong> to move up a place"), open);
        assertFalse(open.equals(goalClubPages(true, 45, 22, 21, 20, 15, 0)));
    }

    /** Contest, Board and Home pages of a goal club whose partner P2 is me, from the engine's presenter. */
    private String goalClubPages(boolean showAmounts, int... scores) {
        com.affiliatecontests.engine.contest.ContestDefinition club =
                com.affiliatecontests.engine.Fixtures.conversionsGoal(20);
        com.affiliatecontests.engine.standing.Scoring scoring = new com.affiliatecontests.engine.standing.Scoring(club);
        List<com.affiliatecontests.engine.standing.ScoredPartner> partners = new ArrayList<>();
        Map<String, com.affiliatecontests.engine.eligibility.PartnerProfile> profiles = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            partners.add(scoring.score(new com.affiliatecontests.engine.standing.PartnerTotals("P" + i,
                    BigDecimal.valueOf(scores[i]), scores[i], 0, null)));
            profiles.put("P" + i, new com.affiliatecontests.engine.eligibility.PartnerProfile("P" + i,
                    "Partner " + (char) ('A' + i) + " Ltd", null, Map.of()));
        }
        partners.sort(scoring.order());
        assertEquals("P2", partners.get(2).partnerId(), "the boards keep one order");
        List<com.affiliatecontests.engine.standing.Standing> ranking = scoring.rank(partners, partners.size());
        com.affiliatecontests.engine.contest.DisplayPolicy policy = new com.affiliatecontests.engine.contest.DisplayPolicy(
                com.affiliatecontests.engine.contest.NameDisplay.INITIALS, showAmounts, 10, 2);
        com.affiliatecontests.engine.standing.LeaderboardPresenter presenter =
                new com.affiliatecontests.engine.standing.LeaderboardPresenter();
        Map<String, Object> leaderboard = mapped(presenter.forPartner(ranking, "P2", policy, profiles, true));
        Map<String, Object> contest = goalClub();
        contest.put("showAmounts", showAmounts);
        StringBuilder pages = new StringBuilder();
        pages.append(render("Contest.ftl", contestContext(contest, leaderboard), Locale.ENGLISH));
        Map<String, Object> fragment = contestContext(contest, leaderboard);
        pages.append(render("Board.ftl", fragment, Locale.ENGLISH));
        // the home page's card: getMyAffPortalHome's myStanding, through the presenter's ownRow
        com.affiliatecontests.engine.standing.LeaderboardRow own = presenter.ownRow(ranking.get(2), policy);
        Map<String, Object> card = goalClub();
        card.put("participants", (long) scores.length);
        Map<String, Object> figures = new HashMap<>();
        figures.put("rank", own.rank());
        figures.put("place", own.place());
        figures.put("score", own.score());
        figures.put("progressPercent", own.progressPercent());
        figures.put("gapToNext", own.gapToNext());
        figures.put("qualified", own.qualified());
        figures.values().removeIf(java.util.Objects::isNull);
        card.putAll(figures);
        Map<String, Object> home = page("home");
        home.put("partnerName", "Partner C Ltd");
        home.put("running", List.of(card));
        home.put("upcoming", List.of());
        home.put("past", List.of());
        home.put("wins", List.of());
        home.put("unreadCount", 0L);
        home.put("unreadMessages", List.of());
        pages.append(render("Home.ftl", home, Locale.ENGLISH));
        return pages.toString();
    }

    /** LeaderboardMaps.of: the engine's leaderboard as the services' maps. */
    private static Map<String, Object> mapped(com.affiliatecontests.engine.standing.Leaderboard board) {
        Map<String, Object> maps = new HashMap<>();
        maps.put("top", board.top().stream().map(PortalTemplatesTest::mapped).toList());
        maps.put("aroundViewer", board.aroundViewer().stream().map(PortalTemplatesTest::mapped).toList());
        maps.put("viewer", board.viewer() == null ? null : mapped(board.viewer()));
        maps.put("participants", (long) board.participants());
        maps.put("provisional", board.provisional());
        return maps;
    }

    private static Map<String, Object> mapped(com.affiliatecontests.engine.standing.LeaderboardRow row) {
        Map<String, Object> map = new HashMap<>();
        map.put("rank", row.rank());
        map.put("place", row.place());
        map.put("partyId", row.partnerId());
        map.put("displayName", row.displayName());
        map.put("score", row.score());
        map.put("progressPercent", row.progressPercent());
        map.put("gapToNext", row.gapToNext());
        map.put("qualified", row.qualified());
        map.put("viewer", row.viewer());
        return map;
    }

    // ---------------------------------------------------------------- winners

    @Test
    void winnersAsTheDisplayPolicyAllows() {
        Map<String, Object> sept = contest("AFFC_DEMO_SEPT", "September sprint", "AFFC_FINALIZED", "AFFCM_CONVERSIONS", "AFFCK_RANKING");
        sept.put("winners", List.of(winner(1, "Sunny Deals Media Ltd", "12", true, "150 USD gift card"),
                winner(2, "LenaStyle", "8", false, "75 USD gift card"), winner(3, "GadgetGazette", "8", false, "25 USD gift card")));
        Map<String, Object> secret = contest("AFFC_SECRET", "Secret sprint", "AFFC_FINALIZED", "AFFCM_REVENUE", "AFFCK_RANKING");
        secret.put("winners", List.of(winner(1, "M. A.", null, false, "Gold")));
        Map<String, Object> nobody = contest("AFFC_NOBODY", "Quiet sprint", "AFFC_FINALIZED", "AFFCM_REVENUE", "AFFCK_RANKING");
        nobody.put("winners", List.of());
        Map<String, Object> context = page("winners");
        context.put("contests", List.of(sept, secret, nobody));
        String html = render("Winners.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("<h1>Winners</h1>"), html);
        assertTrue(html.contains("Sunny Deals Media Ltd <span class=\"affp-you\">You</span>"), html);
        assertTrue(html.contains("<td class=\"affp-name\">LenaStyle</td>") && html.contains("75 USD gift card"), html);
        assertEquals(1, count(html, HIDDEN.pattern()), html);
        assertTrue(html.contains("<td class=\"affp-name\">M. A.</td>"), html);
        assertTrue(html.contains("Nobody won this contest."), html);
        assertEquals(1, count(html, "<tr class=\"affp-me\""), html);
    }

    @Test
    void noWinnersYetInFrench() {
        Map<String, Object> context = page("winners");
        context.put("contests", List.of());
        String html = render("Winners.ftl", context, Locale.FRENCH);
        assertTrue(html.contains("<h1>Gagnants</h1>"), html);
        assertTrue(html.contains("Aucun concours terminé avec des gagnants"), html);
    }

    private static Map<String, Object> winner(int place, String name, String score, boolean viewer, String prize) {
        Map<String, Object> winner = new HashMap<>();
        winner.put("place", place);
        winner.put("rank", place);
        winner.put("displayName", name);
        winner.put("score", score == null ? null : new BigDecimal(score));
        winner.put("viewer", viewer);
        winner.put("prizeText", prize);
        return winner;
    }

    // ---------------------------------------------------------------- messages

    @Test
    void inboxMarksUnreadMessagesAndPages() {
        Map<String, Object> context = page("messages");
        context.put("messages", List.of(message("10001", "Double points", null), message("10002", "Welcome", "2026-11-21")));
        context.put("unreadCount", 1L);
        context.put("messageCount", 41L);
        context.put("viewIndex", 1);
        context.put("lastIndex", 2L);
        String html = render("Messages.ftl", context, Locale.ENGLISH);
        assertEquals(1, count(html, "<li class=\"affp-unread\">"), html);
        assertEquals(1, count(html, ">New</span>"), html);
        assertTrue(html.contains("Unread: <strong>1</strong> / 41"), html);
        assertTrue(html.contains("Messages?viewIndex=0") && html.contains("Messages?viewIndex=2"), html);
        context.put("messages", List.of());
        context.put("messageCount", 0L);
        context.put("lastIndex", 0L);
        context.put("viewIndex", 0);
        String fr = render("Messages.ftl", context, Locale.FRENCH);
        assertTrue(fr.contains("Aucun message pour l&#x27;instant."), fr);
        assertFalse(fr.contains("affp-pager"), fr);
    }

    private Map<String, Object> messageContext(String repliesAllowed) {
        Map<String, Object> message = message("10001", "Double points this weekend", "2026-11-21");
        message.put("body", "<p>Every order counts <strong>twice</strong>.</p>");
        message.put("instructions", "<p>Share your link.</p>");
        message.put("repliesAllowed", repliesAllowed);
        message.put("links", List.of(Map.of("linkSeqId", "00001", "linkTypeEnumId", "AFFBL_CTA", "label", "Get my link", "url", "https://shop.example/x"),
                Map.of("linkSeqId", "00002", "linkTypeEnumId", "AFFBL_RESOURCE", "label", "Banner kit", "url", "https://cdn.example/kit.zip")));
        message.put("resources", List.of(Map.of("contentId", "AFFRES1", "contentName", "Logo pack")));
        Map<String, Object> context = page("messages");
        context.put("message", message);
        context.put("thread", List.of(Map.of("fromMe", "Y", "content", "<p>Does it count for returns?</p>", "entryText", "Nov 21, 2026"),
                Map.of("fromMe", "N", "content", "<p>No, returns are taken back.</p>", "entryText", "Nov 22, 2026")));
        context.put("csrfName", "csrf");
        context.put("csrfToken", "T0K3N");
        context.put("replyBody", "");
        context.put("replyErrors", List.of());
        return context;
    }

    @Test
    void aMessageWithLinksThroughTheTrackingRedirectResourcesThreadAndReply() {
        String html = render("Message.ftl", messageContext("Y"), Locale.ENGLISH);
        assertTrue(html.contains("<div class=\"affp-message-body\"><p>Every order counts <strong>twice</strong>.</p></div>"), html);
        assertTrue(html.contains("href=\"/affiliatecontests/control/MessageLink?communicationEventId=10001&amp;linkSeqId=00001\">Get my link</a>"), html);
        assertFalse(html.contains("https://shop.example/x"), "links go through the redirect only: " + html);
        assertTrue(html.contains("href=\"/affiliatecontests/control/MessageResource?communicationEventId=10001&amp;contentId=AFFRES1\">Logo pack</a>"),
                "resources through the portal's own request, which checks the partner is a recipient: " + html);
        assertTrue(html.indexOf("Does it count for returns?") < html.indexOf("No, returns are taken back."), html);
        assertTrue(html.contains("affp-from-me") && html.contains("The store - Nov 22, 2026"), html);
        assertTrue(html.contains("action=\"/affiliatecontests/control/replyToMessage\""), html);
        assertTrue(html.contains("name=\"csrf\" value=\"T0K3N\""), html);
        assertTrue(html.contains("name=\"communicationEventId\" value=\"10001\""), html);
        assertTrue(html.contains("name=\"messageId\" value=\"10001\""), "the redirect back to the message: " + html);
        assertTrue(html.contains("<form method=\"post\" action=\"/affiliatecontests/control/replyToMessage\""), html);
    }

    @Test
    void noEmptyCsrfFieldWhenOfbizHasNoCsrfDefenceOn() {
        Map<String, Object> context = messageContext("Y");
        context.put("csrfToken", "");
        String html = render("Message.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("action=\"/affiliatecontests/control/replyToMessage\""), html);
        assertFalse(html.contains("name=\"csrf\""), html);
    }

    private Map<String, Object> disputeContext(String messageContestId, String selected, boolean checked) {
        Map<String, Object> context = messageContext("Y");
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) context.get("message");
        message.put("contestId", messageContestId);
        context.put("disputeContests", List.of(Map.of("contestId", "AFFC_DEMO_REVENUE", "contestName", "Holiday revenue race"),
                Map.of("contestId", "AFFC_DEMO_SEPT", "contestName", "September <sprint>")));
        context.put("disputeContestId", selected);
        context.put("disputeChecked", checked);
        return context;
    }

    @Test
    void theReplyFormOffersToDisputeTheResultOfMyContestsUntickedByDefault() {
        String html = render("Message.ftl", disputeContext("AFFC_DEMO_SEPT", "AFFC_DEMO_SEPT", false), Locale.ENGLISH);
        String form = html.substring(html.indexOf("<form"), html.indexOf("</form>"));
        assertTrue(form.contains("<input type=\"checkbox\" name=\"dispute\" value=\"Y\"> This reply disputes the result of the contest:"),
                form);
        assertTrue(form.contains("<select name=\"disputeContestId\" aria-label=\"Contest whose result you dispute\">"), form);
        assertTrue(form.contains("<option value=\"AFFC_DEMO_REVENUE\">Holiday revenue race</option>"), form);
        assertTrue(form.contains("<option value=\"AFFC_DEMO_SEPT\" selected>September &lt;sprint&gt;</option>"),
                "the message's own contest is chosen, names encoded: " + form);
        assertEquals(1, count(form, " selected>"), form);
        assertTrue(form.contains("Leave the box unticked for an ordinary reply."), form);
        assertFalse(form.contains(" checked"), "an ordinary reply unless the partner ticks the box: " + form);
    }

    @Test
    void theDisputeOptionInFrenchTickedAfterARefusalAndAbsentWithoutContests() {
        String fr = render("Message.ftl", disputeContext(null, "", true), Locale.FRENCH);
        assertTrue(fr.contains("value=\"Y\" checked> Cette réponse conteste le résultat du concours :"), fr);
        assertEquals(0, count(fr, " selected>"), "no contest of the message: none chosen: " + fr);
        assertTrue(fr.contains("Laissez la case décochée pour une réponse ordinaire."), fr);
        Map<String, Object> none = disputeContext(null, "", false);
        none.put("disputeContests", List.of());
        String html = render("Message.ftl", none, Locale.ENGLISH);
        assertTrue(html.contains("action=\"/affiliatecontests/control/replyToMessage\""), html);
        assertFalse(html.contains("disputeContestId") || html.contains("affp-dispute"), html);
    }

    @Test
    void noReplyFormWhenTheBroadcastTakesNoRepliesAndErrorsShown() {
        String html = render("Message.ftl", messageContext("N"), Locale.FRENCH);
        assertFalse(html.contains("replyToMessage"), html);
        assertTrue(html.contains("Retour à mes messages"), html);
        Map<String, Object> context = messageContext("Y");
        context.put("replyErrors", List.of("body: required"));
        context.put("replyBody", "</textarea><script>x</script>");
        html = render("Message.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("<li>body: required</li>"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void aMessageThatIsNotMineIsNotAvailable() {
        Map<String, Object> context = page("messages");
        context.put("portalDenied", "message");
        String html = render("Denied.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("Message not available"), html);
        assertFalse(html.contains("logout"), html);
    }

    // ---------------------------------------------------------------- denied, login, layout

    @Test
    void aPartyWithoutTheRoleIsToldSoAndSeesNoData() {
        Map<String, Object> context = page("home");
        context.put("portalDenied", "role");
        String html = render("Denied.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("This portal is for affiliate partners"), html);
        assertTrue(html.contains("not an affiliate partner account"), html);
        assertTrue(html.contains("/affiliatecontests/control/logout"), html);
        String fr = render("Denied.ftl", context, Locale.FRENCH);
        assertTrue(fr.contains("Cet espace est réservé aux partenaires affiliés"), fr);
    }

    @Test
    void aContestIAmNotInIsNotAvailable() {
        Map<String, Object> context = page("contest");
        context.put("portalDenied", "contest");
        String html = render("Denied.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("Contest not available"), html);
        assertTrue(html.contains("you are not taking part in it"), html);
        assertFalse(html.contains("logout"), html);
    }

    @Test
    void loginTellsAnAnonymousVisitorWhatThePortalIsAndShowsErrors() {
        Map<String, Object> context = new HashMap<>();
        context.put("portalPage", "login");
        context.put("loginErrors", List.of("The password was incorrect."));
        context.put("previousUsername", "\"><script>x</script>");
        String html = render("Login.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("You are not signed in."), html);
        assertTrue(html.contains("This portal is for our affiliate partners"), html);
        assertTrue(html.contains("<li>The password was incorrect.</li>"), html);
        assertTrue(html.contains("action=\"/affiliatecontests/control/login\""), html);
        assertTrue(html.contains("name=\"USERNAME\"") && html.contains("name=\"PASSWORD\""), html);
        assertFalse(html.contains("<script>"), html);
        context.put("loginErrors", List.of());
        context.put("previousUsername", "");
        String fr = render("Login.ftl", context, Locale.FRENCH);
        assertTrue(fr.contains("Vous n&#x27;êtes pas connecté."), fr);
        assertFalse(fr.contains("affp-errors"), fr);
    }

    @Test
    void headerAndFooterMakeAPhoneFriendlyPageWithTheNavigationOfASignedInPartner() {
        Map<String, Object> context = page("winners");
        context.put("titleProperty", "AffPortalWinnersTitle");
        String header = render("Header.ftl", context, Locale.FRENCH);
        assertTrue(header.startsWith("<!DOCTYPE html>") || header.strip().startsWith("<!DOCTYPE html>"), header);
        assertTrue(header.contains("<html lang=\"fr\">"), header);
        assertTrue(header.contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\""), header);
        assertTrue(header.contains("<title>Gagnants - Espace partenaires</title>"), header);
        assertTrue(header.contains("href=\"/partners/css/portal.css\""), header);
        assertTrue(header.contains("href=\"/affiliatecontests/control/Winners\" class=\"affp-current\""), header);
        assertTrue(header.contains("setSessionLocale?newLocale=en"), header);
        assertTrue(header.contains("href=\"/affiliatecontests/control/Messages\">Messages</a>"), header);
        assertTrue(header.contains("data-days=\"j\""), header);
        assertFalse(header.contains("csrf-token"), "no empty Ajax CSRF token: " + header);
        context.put("ajaxCsrfToken", "AJ4X");
        assertTrue(render("Header.ftl", context, Locale.FRENCH).contains("<meta name=\"csrf-token\" content=\"AJ4X\">"),
                "the contest page's poll posts OFBiz's Ajax CSRF token");
        Map<String, Object> anonymous = new HashMap<>();
        anonymous.put("portalPage", "login");
        String login = render("Header.ftl", anonymous, Locale.ENGLISH);
        assertFalse(login.contains("logout") || login.contains("control/Winners"), login);
        String footer = render("Footer.ftl", context, Locale.ENGLISH);
        assertTrue(footer.contains("src=\"/partners/js/portal.js\""), footer);
        assertTrue(footer.contains("Dates and times are shown in your own time zone."), footer);
        assertTrue(footer.strip().endsWith("</html>"), footer);
    }

    // ---------------------------------------------------------------- rewards (issue 14)

    @Test
    void myRewardsShowEachStatusWithItsCodeCardOrBalance() {
        Map<String, Object> issued = new HashMap<>();
        issued.put("contestId", "AFFC_DEMO_SEPT");
        issued.put("contestName", "September <b>sprint</b>");
        issued.put("kind", "GIFT_CARD");
        issued.put("amount", new BigDecimal("150"));
        issued.put("currencyUomId", "USD");
        issued.put("statusId", "AFFC_RWS_ISSUED");
        issued.put("cardNumber", "123456789012");
        issued.put("balance", new BigDecimal("150"));
        Map<String, Object> pending = new HashMap<>();
        pending.put("contestId", "C2");
        pending.put("kind", "PROMO_CODE");
        pending.put("statusId", "AFFC_RWS_APPROVED");
        Map<String, Object> context = new HashMap<>();
        context.put("myRewards", List.of(issued, pending));
        String html = render("MyRewards.ftl", context, Locale.ENGLISH);
        assertTrue(html.contains("September &lt;b&gt;sprint&lt;/b&gt;"), html);
        assertTrue(html.contains("Card number: <code class=\"affp-code\">123456789012</code>") && html.contains("Balance: 150.00 USD"), html);
        assertTrue(html.contains("Pending review"), html);
        assertTrue(render("MyRewards.ftl", context, Locale.FRENCH).contains("En cours de validation"));
        assertFalse(render("MyRewards.ftl", new HashMap<>(Map.of("myRewards", List.of())), Locale.ENGLISH).contains("<table"));
    }

    // ---------------------------------------------------------------- coverage

    /** Every template under template/portal is rendered above, directly or as a library a rendered one imports. */
    @AfterAll
    static void everyPortalTemplateIsRendered() {
        Set<String> covered = new TreeSet<>(RENDERED);
        Pattern imports = Pattern.compile("<#(?:import|include) \"([^\"]+)\"");
        for (String rendered : RENDERED) {
            Matcher matcher = imports.matcher(read(rendered));
            while (matcher.find()) {
                covered.add(DIR + matcher.group(1));
            }
        }
        Set<String> templates = new TreeSet<>(new TemplateHarness().templates().stream().filter(t -> t.startsWith(DIR)).toList());
        assertFalse(templates.isEmpty());
        templates.removeAll(covered);
        assertEquals(Set.of(), templates, "portal templates no test renders");
    }

    private static String read(String template) {
        try {
            return Files.readString(Path.of(System.getProperty("user.dir")).resolve(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
