package com.affiliatecontests.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timed walk-through of docs/backoffice.md: a new admin signs in, opens the dashboard, New contest, picks the
 * "Monthly revenue race" template, types a name, creates the draft and launches it. Counts the clicks and the fields
 * typed, and measures the time from the sign-in page to the launched contest's page (a figure printed for the doc,
 * never asserted). Checked: the contest ends active (or scheduled, when the template's month is the next one).
 */
final class WalkThrough {

    record Result(int clicks, int typed, double seconds, String status) {
    }

    private final Checks checks;
    private final Labels labels;
    private final String base;

    WalkThrough(Checks checks, Labels labels, String base) {
        this.checks = checks;
        this.labels = labels;
        this.base = base;
    }

    Result run(String name) {
        try (Browser b = new Browser(base)) {
            WebDriverWait wait = new WebDriverWait(b.driver, Duration.ofSeconds(120));
            int clicks = 0;
            int typed = 0;
            long start = System.nanoTime();
            b.driver.get(base + "/" + BrowserSuite.BO + "/control/main");
            b.waitReady();
            b.driver.findElement(By.name("USERNAME")).sendKeys(BrowserSuite.ADMIN.login());
            WebElement password = b.driver.findElement(By.name("PASSWORD"));
            password.sendKeys(BrowserSuite.PASSWORD);
            typed += 2;
            password.submit();
            clicks++;
            wait.until(Browser.gone(password));
            b.waitReady();
            click(b, wait, By.cssSelector("a.buttontext.create[href*='NewAffContest']"));
            clicks++;
            WebElement form = b.driver.findElement(By.cssSelector("form[name=template_MONTHLY_REVENUE]"));
            form.findElement(By.name("contestName")).sendKeys(name);
            typed++;
            click(b, wait, By.cssSelector("form[name=template_MONTHLY_REVENUE] input[name=useTemplate]"));
            clicks++;
            click(b, wait, By.cssSelector("form[action*='launchAffContest'] input[type=submit]"));
            clicks++;
            double seconds = (System.nanoTime() - start) / 1e9;
            String text = b.result().text();
            String status = text.contains(labels.en("AffiliateContestsBoStatus_AFFC_ACTIVE")) ? "Active"
                    : text.contains(labels.en("AffiliateContestsBoStatus_AFFC_SCHEDULED")) ? "Scheduled" : "?";
            checks.check("walk-through: '" + name + "' made live from the template in " + clicks + " clicks", !status.equals("?")
                    && text.contains(name), b.driver.getCurrentUrl());
            System.out.printf("walk-through: %d clicks, %d fields typed, %.1f s, status %s%n", clicks, typed, seconds, status);
            return new Result(clicks, typed, seconds, status);
        }
    }

    /**
     * Measures the walk-through alone, several times, against a running OFBiz with the demo data (each run launches
     * one more contest): java -cp src/browser-test/target/classes:src/browser-test/target/lib/* \
     * com.affiliatecontests.browser.WalkThrough BASE_URL COMPONENT_DIR [RUNS]
     */
    public static void main(String[] args) throws Exception {
        Checks checks = new Checks();
        WalkThrough walk = new WalkThrough(checks, new Labels(java.nio.file.Path.of(args[1]).resolve("config")), args[0]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String token = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 1; i <= runs; i++) {
            walk.run("December revenue race " + token + "-" + i);
        }
        checks.printSummary();
        System.exit(checks.failed() == 0 ? 0 : 1);
    }

    private static void click(Browser b, WebDriverWait wait, By what) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(what));
        e.click();
        wait.until(Browser.gone(e));
        b.waitReady();
    }
}
