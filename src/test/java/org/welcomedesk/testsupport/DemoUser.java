package org.welcomedesk.testsupport;

import jakarta.json.Json;

import java.io.StringReader;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo user (password demo) signed in through the real Keycloak login form over plain HTTP,
 * without a browser: a session with the application's pages (its cookies) and an access token
 * for the API, as the web client gets one. Much faster than Chromium when a test only needs
 * status codes, e.g. who may open which page.
 */
public final class DemoUser {

    private static final String APP = System.getProperty("app.url", "http://localhost:9280");
    private static final String WEB_CLIENT = "welcome-desk-web";
    private static final String WEB_SECRET = "demo-web-secret";
    private static final Pattern LOGIN_FORM = Pattern.compile(
            "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

    private final String name;
    private final HttpClient http;
    private String accessToken;

    private DemoUser(String name) {
        this.name = name;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new PlainHttpCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs {@code name} in to the application (pages) and gets its API token. */
    public static DemoUser signIn(String name) throws Exception {
        DemoUser user = new DemoUser(name);
        HttpResponse<String> landed = user.follow(user.get(APP + "/home"));
        if (landed.statusCode() >= 400 && landed.statusCode() != 403) {
            throw new IllegalStateException(
                    name + " could not sign in: " + landed.statusCode() + " at " + landed.uri());
        }
        user.accessToken = user.tokenFromWebClient();
        return user;
    }

    /**
     * An API token for {@code name} signed in at Keycloak only, without opening the test server's
     * pages: for calling servers other than the Arquillian one (a city or hub an IT started), which
     * all trust the tests' Keycloak.
     */
    public static String apiToken(String name) throws Exception {
        return new DemoUser(name).tokenFromWebClient();
    }

    public String name() {
        return name;
    }

    /** The access token Keycloak gives the web client for this user (audience welcome-desk-api). */
    public String accessToken() {
        return accessToken;
    }

    /** GETs an application page with this user's session, not following redirects. */
    public HttpResponse<String> page(String path) throws Exception {
        return get(APP + path);
    }

    /** GETs a page with no session at all, not following redirects. */
    public static HttpResponse<String> anonymousPage(String path) throws Exception {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(HttpRequest.newBuilder(URI.create(APP + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects between the application and Keycloak, filling in the login form when shown. */
    private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        for (int hop = 0; hop < 15; hop++) {
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                URI next = response.uri()
                        .resolve(response.headers().firstValue("Location").orElseThrow());
                if (next.toString().startsWith(APP + "/matrix-code")) {
                    return response;
                }
                response = get(next.toString());
            } else if (status == 200 && loginForm(response.body()) != null) {
                String form = "username=" + encode(name) + "&password=demo&credentialId=";
                response = http.send(
                        HttpRequest.newBuilder(response.uri().resolve(loginForm(response.body())))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } else {
                return response;
            }
        }
        throw new IllegalStateException("Too many redirects signing in " + name);
    }

    /** The authorization code flow of the web client, riding on the Keycloak session just opened. */
    private String tokenFromWebClient() throws Exception {
        String redirect = APP + "/matrix-code";
        String auth = KeycloakExtension.url() + "/realms/welcome-desk/protocol/openid-connect/auth?client_id="
                + WEB_CLIENT + "&response_type=code&scope=openid&state=matrix&redirect_uri=" + encode(redirect);
        HttpResponse<String> back = follow(get(auth));
        String location = back.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No code for " + name + ": " + back.statusCode()));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!code.find()) {
            throw new IllegalStateException("No code for " + name + " in " + location);
        }
        String form = "grant_type=authorization_code&client_id=" + WEB_CLIENT + "&client_secret=" + WEB_SECRET
                + "&redirect_uri=" + encode(redirect) + "&code=" + code.group(1);
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(URI.create(
                                KeycloakExtension.url() + "/realms/welcome-desk/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("Token for " + name + " refused: " + token.body());
        }
        return Json.createReader(new StringReader(token.body())).readObject().getString("access_token");
    }

    private static String loginForm(String html) {
        Matcher m = LOGIN_FORM.matcher(html);
        if (!m.find()) {
            return null;
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Cookies kept per host as a browser keeps them for http://localhost, which it treats as a
     * secure context: the JDK's own handler would drop Keycloak's Secure cookies over http.
     */
    private static final class PlainHttpCookies extends CookieHandler {
        private final CookieManager store = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            List<String> pairs = new ArrayList<>();
            for (HttpCookie cookie : store.getCookieStore().get(uri)) {
                String path = cookie.getPath() == null ? "/" : cookie.getPath();
                if (uri.getPath() == null || uri.getPath().startsWith(path) || path.isEmpty()) {
                    pairs.add(cookie.getName() + "=" + cookie.getValue());
                }
            }
            return pairs.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", pairs)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((header, values) -> {
                if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        for (HttpCookie cookie : HttpCookie.parse(value)) {
                            cookie.setSecure(false);
                            URI host = URI.create(uri.getScheme() + "://" + uri.getHost());
                            store.getCookieStore().remove(host, cookie);
                            if (cookie.getMaxAge() != 0) {
                                store.getCookieStore().add(host, cookie);
                            }
                        }
                    }
                }
            });
        }
    }
}
