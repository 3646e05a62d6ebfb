package id.netra.web;

import id.netra.support.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers' pages over plain HTTP, signed in as a browser is: the sign-in page's form with its CSRF token, then the
 * session's cookie on every page. One session per account, signed in on first use.
 */
final class PageSessions {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Api api;
    private final Map<String, String> sessions = new HashMap<>();

    PageSessions(Api api) {
        this.api = api;
    }

    static String cookie(Api.Response r, String name) {
        for (String header : r.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';'));
            }
        }
        return null;
    }

    private String session(String user) {
        return sessions.computeIfAbsent(user, u -> {
            Api.Response form = api.get("/masuk");
            Matcher token = CSRF.matcher(form.body());
            assertThat(token.find()).as(form.body()).isTrue();
            Api.Response signedIn = api.send("POST", "/masuk", "username=" + u + "&password=netra-demo&_csrf="
                            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                    "Cookie", "JSESSIONID=" + cookie(form, "JSESSIONID"));
            assertThat(signedIn.status()).as(u + " signs in").isEqualTo(302);
            assertThat(signedIn.header("Location")).endsWith("/kotak-masuk");
            return cookie(signedIn, "JSESSIONID");
        });
    }

    /** The page as this account reads it: a page, never a server error. */
    Api.Response page(String user, String path) {
        Api.Response r = api.get(path, "Cookie", "JSESSIONID=" + session(user));
        assertThat(r.status()).as(user + " " + path + ": a page, never a server error").isLessThan(500);
        assertThat(r.contentType()).as(path).startsWith("text/html");
        return r;
    }

    /** The search page with these criteria (name, value, name, value…). */
    Api.Response search(String user, String... criteria) {
        StringBuilder q = new StringBuilder("/cari?");
        for (int i = 0; i + 1 < criteria.length; i += 2) {
            q.append(criteria[i]).append('=').append(URLEncoder.encode(criteria[i + 1], StandardCharsets.UTF_8)).append('&');
        }
        return page(user, q.toString());
    }
}
