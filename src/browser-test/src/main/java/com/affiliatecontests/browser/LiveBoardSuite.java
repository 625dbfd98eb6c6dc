package com.affiliatecontests.browser;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;

/**
 * Issue 13.12, "live means live": commit-to-screen of a credit on open leaderboard pages, measured, never asserted.
 *
 * <pre>java ... LiveBoardSuite OFBIZ_HOME BASE_URL COMPONENT_DIR [SAMPLES [PARTNER_PAGES [IDLE_SOCKETS]]]</pre>
 *
 * Opens PARTNER_PAGES windows (default 4) of the revenue race's contest page as partner affdemo01 in one headless
 * Chromium, and the admin's leaderboard in another; then, SAMPLES times (default 20), reopens or completes again a
 * demo order of the race with OFBiz's changeOrderStatus run through webtools (a real OFBiz request: the crediting
 * runs as it does for any order) and waits (deadline 60 s, a check) until every page shows the change. Per page and
 * sample it records, from the page's own log (liveboard.js: window.affLiveBoardLog), the time the board was
 * swapped in (Date.now(), same machine clock as the suite) against the time the request was sent (an upper bound
 * of commit-to-screen: the order commits after that) and against the crediting commit the server pushed. Then it
 * opens IDLE_SOCKETS (default 200) WebSockets with the JDK's client on the partner's session and reports the
 * server JVM's heap and threads before and after (jcmd on the pid in OFBIZ_HOME/runtime/ofbiz-kit.pid), and
 * whether one more change reaches every one of them. Figures go to stdout and target/browser/liveboard.txt;
 * the only checks are that pages and sockets open and that every update arrives.
 */
public final class LiveBoardSuite {

    private static final String REVENUE = "AFFC_DEMO_REVENUE";
    /** Demo orders credited in the revenue race (completed in November), each reopened then completed again. */
    private static final List<String> ORDERS = List.of("AFFDO0150", "AFFDO0151", "AFFDO0152", "AFFDO0153", "AFFDO0154",
            "AFFDO0155", "AFFDO0156", "AFFDO0157", "AFFDO0158", "AFFDO0159", "AFFDO0160", "AFFDO0161");
    private static final long DEADLINE_MILLIS = 60_000L;
    /** Changes made before the samples, reported apart (see run). */
    private static final int WARM_UP = 2;

    private final Path ofbizHome;
    private final String base;
    private final Path out;
    private final Checks checks = new Checks();
    private final List<String> report = new ArrayList<>();
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private LiveBoardSuite(Path ofbizHome, String base, Path component) throws Exception {
        this.ofbizHome = ofbizHome;
        this.base = base;
        this.out = component.resolve("target/browser");
        http = Http.localClient().cookieHandler(cookies).build();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LiveBoardSuite OFBIZ_HOME BASE_URL COMPONENT_DIR [SAMPLES [PARTNER_PAGES [IDLE_SOCKETS]]]");
            System.exit(2);
        }
        int samples = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int pages = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        int idle = args.length > 5 ? Integer.parseInt(args[5]) : 200;
        LiveBoardSuite suite = new LiveBoardSuite(Path.of(args[0]), args[1], Path.of(args[2]));
        try {
            suite.run(samples, pages, idle);
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            suite.checks.fail("live board suite ran to its end", e.toString());
        }
        suite.checks.printSummary();
        System.exit(suite.checks.failed() == 0 ? 0 : 1);
    }

    /** One open board: a browser window and where its page is. */
    private record Board(String name, Browser browser, String window) {
    }

    private record Sample(String board, String order, String status, long sent, long answered, Long committed, Long received,
            long shown, String via) {
    }

    private void run(int samples, int partnerPages, int idleSockets) throws Exception {
        Files.createDirectories(out);
        line("live board run %s, %d samples, %d partner pages + the admin's, %d idle sockets, cores %d",
                java.time.Instant.now(), samples, partnerPages, idleSockets, Runtime.getRuntime().availableProcessors());
        line("load average at start: %s", loadAverage());
        serviceLogin();
        try (Browser partner = new Browser(base); Browser admin = new Browser(base)) {
            List<Board> boards = new ArrayList<>();
            checks.check("live: affdemo01 signs in to the portal", partner.login(BrowserSuite.PORTAL, "affdemo01", BrowserSuite.PASSWORD), "");
            for (int i = 0; i < partnerPages; i++) {
                if (i > 0) {
                    partner.driver.switchTo().newWindow(WindowType.WINDOW);
                }
                partner.open("/" + BrowserSuite.PORTAL + "/control/Contest?contestId=" + REVENUE);
                boards.add(new Board("partner" + (i + 1), partner, partner.driver.getWindowHandle()));
            }
            checks.check("live: admin signs in to the back office", admin.login(BrowserSuite.BO, "admin", BrowserSuite.PASSWORD), "");
            admin.open("/" + BrowserSuite.BO + "/control/setUserPreference?userPrefGroupTypeId=GLOBAL_PREFERENCES"
                    + "&userPrefTypeId=VISUAL_THEME&userPrefValue=TOMAHAWK");
            // the demo job (AFFC_DEMO_SETUP) credits the demo orders at the first start, then finalizes the September
            // sprint: the samples reopen orders it credited (the main suite has waited for it already when it ran first)
            long setUp = System.currentTimeMillis() + 5 * 60_000L;
            boolean ready = false;
            while (!ready && System.currentTimeMillis() < setUp) {
                ready = admin.open("/" + BrowserSuite.BO + "/control/AffContestReview?contestId=AFFC_DEMO_SEPT").text()
                        .contains("Status: Finalized");
                if (!ready) {
                    Thread.sleep(2000);
                }
            }
            checks.check("live: the demo job has credited the demo orders", ready, "not within 5 minutes");
            admin.open("/" + BrowserSuite.BO + "/control/AffContestLeaderboard?contestId=" + REVENUE);
            boards.add(new Board("admin", admin, admin.driver.getWindowHandle()));

            for (Board board : boards) {
                String state = waitFor(board, "var e=document.querySelector('[data-live-socket]'); return e ? (e.dataset.socket||'') : 'none';",
                        "open", 60_000L);
                checks.check("live: " + board.name() + "'s socket opens", "open".equals(state), state);
                line("%s: visibilityState %s", board.name(), js(board, "return document.visibilityState;"));
            }

            List<Sample> all = new ArrayList<>();
            // the first changes after a start pay class loading and compilation (OFBiz's services, screens, the
            // pages' first fetch): WARM_UP changes are made and shown like the others, reported apart
            for (int i = -WARM_UP; i < samples; i++) {
                String order = ORDERS.get(Math.floorMod(Math.floorDiv(i, 2), ORDERS.size()));
                String status = Math.floorMod(i, 2) == 0 ? "ORDER_APPROVED" : "ORDER_COMPLETED";
                Map<Board, Integer> before = new java.util.LinkedHashMap<>();
                for (Board board : boards) {
                    before.put(board, ((Number) js(board, "return (window.affLiveBoardLog || []).length;")).intValue());
                }
                // a page fetches its board at most once a second (liveboard.js): changes 1.1 s apart at least, so a
                // sample measures a change reaching pages free to fetch (a busier contest's waits up to 1 s more)
                Thread.sleep(1100);
                long sent = System.currentTimeMillis();
                int code = changeOrderStatus(order, status);
                long answered = System.currentTimeMillis();
                for (Board board : boards) {
                    Map<String, Object> entry = awaitUpdate(board, before.get(board));
                    if (!checks.check("live: sample " + (i + 1) + " (" + order + " " + status + ", HTTP " + code + ") reaches "
                            + board.name(), entry != null, "no update within " + DEADLINE_MILLIS / 1000 + " s")) {
                        continue;
                    }
                    Object committed = entry.get("committed");
                    Object received = entry.get("received");
                    all.add(new Sample(i < 0 ? "warm-up " + board.name() : board.name(), order, status, sent, answered,
                            committed instanceof Number n ? n.longValue() : null, received instanceof Number r ? r.longValue() : null,
                            ((Number) entry.get("shown")).longValue(),
                            String.valueOf(entry.get("via"))));
                }
            }
            line("load average after the samples: %s", loadAverage());
            summarize(all);
            idleCost(partner, idleSockets);
        }
        Files.write(out.resolve("liveboard.txt"), report);
    }

    // ---------------------------------------------------------------- figures

    private void summarize(List<Sample> all) {
        for (Sample s : all) {
            line("sample %s %s %s: request %d ms, sent-to-screen %d ms, credit-commit-to-screen %s (push received after %s), via %s",
                    s.board(), s.order(), s.status(), s.answered() - s.sent(), s.shown() - s.sent(),
                    s.committed() == null ? "-" : (s.shown() - s.committed()) + " ms",
                    s.committed() == null || s.received() == null ? "-" : (s.received() - s.committed()) + " ms", s.via());
        }
        figure("warm-up, request sent to screen, all pages", all.stream().filter(s -> s.board().startsWith("warm-up"))
                .map(s -> s.shown() - s.sent()).toList());
        List<Sample> samples = all.stream().filter(s -> !s.board().startsWith("warm-up")).toList();
        figure("request sent to screen (upper bound of commit-to-screen), all pages", samples.stream()
                .map(s -> s.shown() - s.sent()).toList());
        figure("request sent to screen, partner pages", samples.stream().filter(s -> s.board().startsWith("partner"))
                .map(s -> s.shown() - s.sent()).toList());
        figure("request sent to screen, admin leaderboard", samples.stream().filter(s -> s.board().equals("admin"))
                .map(s -> s.shown() - s.sent()).toList());
        figure("crediting commit to screen (pushed time), all pages", samples.stream().filter(s -> s.committed() != null)
                .map(s -> s.shown() - s.committed()).toList());
        figure("request sent to crediting commit", samples.stream().filter(s -> s.committed() != null)
                .map(s -> s.committed() - s.sent()).toList());
        figure("crediting commit to notice received", samples.stream().filter(s -> s.committed() != null && s.received() != null)
                .map(s -> s.received() - s.committed()).toList());
        figure("notice received to screen (the page's fetch of its board)", samples.stream().filter(s -> s.received() != null)
                .map(s -> s.shown() - s.received()).toList());
        line("updates by push: %d, by poll: %d", samples.stream().filter(s -> s.via().equals("push")).count(),
                samples.stream().filter(s -> !s.via().equals("push")).count());
    }

    private void figure(String name, List<Long> millis) {
        if (millis.isEmpty()) {
            line("%s: no sample", name);
            return;
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        line("%s: n=%d p50=%d ms p95=%d ms max=%d ms", name, sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                sorted.get(sorted.size() - 1));
    }

    /** Nearest rank. */
    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    // ---------------------------------------------------------------- idle sockets

    /** Opens {@code count} sockets on the partner's session; the server's heap and threads before and after. */
    private void idleCost(Browser partner, int count) throws Exception {
        if (count <= 0) {
            return;
        }
        String cookie = partner.cookieHeader();
        line("server before %d idle sockets: %s", count, serverFigures());
        AtomicInteger told = new AtomicInteger();
        AtomicLong lastTold = new AtomicLong();
        List<WebSocket> sockets = new ArrayList<>();
        URI uri = URI.create(base.replace("https://", "wss://") + "/" + BrowserSuite.PORTAL + "/ws/board?contestId=" + REVENUE);
        AtomicInteger opened = new AtomicInteger();
        for (int i = 0; i < count; i++) {
            try {
                sockets.add(http.newWebSocketBuilder().header("Cookie", cookie).buildAsync(uri, new WebSocket.Listener() {
                    private boolean first = true;

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        if (first) {
                            first = false;
                            opened.incrementAndGet();
                        } else {
                            told.incrementAndGet();
                            lastTold.accumulateAndGet(System.currentTimeMillis(), Math::max);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS));
            } catch (Exception e) {
                line("socket %d not opened: %s", i + 1, e);
                break;
            }
        }
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (opened.get() < sockets.size() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        checks.check("live: " + count + " idle sockets open and subscribed", opened.get() == count, opened.get() + " subscribed");
        Thread.sleep(5000);
        line("server with %d idle sockets (after 5 s idle): %s", opened.get(), serverFigures());
        long sent = System.currentTimeMillis();
        changeOrderStatus(ORDERS.get(ORDERS.size() - 1), "ORDER_APPROVED");
        deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (told.get() < opened.get() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        checks.check("live: one change reaches every idle socket", told.get() >= opened.get(), told.get() + " of " + opened.get());
        line("one change with %d sockets open: every socket told %d ms after the request was sent", opened.get(),
                lastTold.get() - sent);
        changeOrderStatus(ORDERS.get(ORDERS.size() - 1), "ORDER_COMPLETED");
        for (WebSocket ws : sockets) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "");
        }
        Thread.sleep(3000);
        line("server after closing them: %s", serverFigures());
    }

    /** Heap used after a full GC, and live threads, of the OFBiz JVM (jcmd), plus the load average. */
    private String serverFigures() {
        try {
            String pid = Files.readString(ofbizHome.resolve("runtime/ofbiz-kit.pid")).trim();
            jcmd(pid, "GC.run");
            String heap = jcmd(pid, "GC.heap_info").lines().filter(l -> l.contains("used")).findFirst().orElse("?").trim();
            long threads = jcmd(pid, "Thread.print").lines().filter(l -> l.startsWith("\"")).count();
            return "heap [" + heap + "], threads " + threads + ", load " + loadAverage();
        } catch (Exception e) {
            return "not read: " + e;
        }
    }

    private static String jcmd(String pid, String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    // ---------------------------------------------------------------- OFBiz requests

    private void serviceLogin() throws Exception {
        HttpResponse<String> r = post("/webtools/control/login", Map.of("USERNAME", "admin", "PASSWORD", BrowserSuite.PASSWORD));
        checks.check("live: admin signs in to webtools", r.statusCode() == 200 && !r.body().contains("name=\"PASSWORD\""),
                "HTTP " + r.statusCode());
    }

    /**
     * OFBiz's changeOrderStatus with its SECAs (crediting included, as for any order), run by webtools' "Run Service"
     * (its result page is light; the order manager's own request renders the order list, seconds of CPU under load
     * that the measured pages then compete with).
     */
    private int changeOrderStatus(String orderId, String statusId) throws Exception {
        HttpResponse<String> r = post("/webtools/control/scheduleServiceSync", Map.of("SERVICE_NAME", "changeOrderStatus",
                "POOL_NAME", "pool", "_RUN_SYNC_", "Y", "orderId", orderId, "statusId", statusId));
        return r.statusCode();
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(180))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------- pages

    private Object js(Board board, String script) {
        board.browser().driver.switchTo().window(board.window());
        return ((JavascriptExecutor) board.browser().driver).executeScript(script);
    }

    private String waitFor(Board board, String script, String expected, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        String value = String.valueOf(js(board, script));
        while (!expected.equals(value) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            value = String.valueOf(js(board, script));
        }
        return value;
    }

    /** The page's first log entry after {@code known} entries, polled until the deadline; null if none came. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitUpdate(Board board, int known) throws InterruptedException {
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Object entry = js(board, "var l = window.affLiveBoardLog || []; return l.length > " + known + " ? l[" + known + "] : null;");
            if (entry != null) {
                return (Map<String, Object>) entry;
            }
            Thread.sleep(100);
        }
        return null;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println("LIVE " + text);
        report.add(text);
    }
}
