package org.welcomedesk.testsupport;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's headless Chromium driven by Playwright, with the flags that keep it off the
 * closed network (Playwright gives each launch a fresh profile). One browser per test class; each {@link #newPage()} is a fresh, cookie-less
 * context, like a new person at a new counter.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser launch() {
        Path chromium = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Chromium is missing at " + chromium
                    + ". Install it with: sudo apt-get install -y chromium chromium-driver");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
        return new Browser(playwright, browser);
    }

    /** A new page in a fresh context (no cookies), speaking {@code locale}. */
    public Page newPage(String locale) {
        BrowserContext context = browser.newContext(new NewContextOptions().setLocale(locale));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    public Page newPage() {
        return newPage("en-GB");
    }

    /**
     * A fresh page speaking {@code locale} where test scripts may be injected: the pages'
     * Content-Security-Policy (scripts with the response's nonce only) is bypassed, as
     * {@link Accessibility} needs to add axe-core.
     */
    public Page newInspectablePage(String locale) {
        BrowserContext context =
                browser.newContext(new NewContextOptions().setLocale(locale).setBypassCSP(true));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    /**
     * Waits for an element only the new page has, then for that page to finish loading. The
     * element can show while the page is still arriving; a form clicked then is posted without
     * its view state (written at the form's end), and Faces treats the click as a fresh visit.
     */
    public static void loaded(Page page, String selector) {
        page.waitForSelector(selector);
        page.waitForLoadState(LoadState.LOAD);
    }

    /** {@link #loaded(Page, String)} for a page that may take longer than the default 30 s. */
    public static void loaded(Page page, String selector, double timeoutMillis) {
        page.waitForSelector(selector, new Page.WaitForSelectorOptions().setTimeout(timeoutMillis));
        page.waitForLoadState(LoadState.LOAD);
    }

    /** Signs in at Keycloak's login form, which the page must be showing or about to show. */
    public static void signInAtKeycloak(Page page, String user) {
        loaded(page, "#username");
        page.fill("#username", user);
        page.fill("#password", "demo");
        page.click("#kc-login");
    }

    /** A fresh page that asks for {@code url} and signs in as the demo {@code user} (password demo). */
    public Page signedIn(String user, String url) {
        Page page = newPage();
        page.navigate(url);
        signInAtKeycloak(page, user);
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
