package id.netra.access;

import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import id.netra.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits per client: a flood of public requests is cut off with 429 and Retry-After however the path is spelled, and a
 * client that fails to sign in too often over any account names is throttled; officers' work is not limited. Each test
 * calls from its own loopback address (127.0.0.x), which is another client to the limits.
 */
@TestPropertySource(properties = {"netra.security.public-rate-limit.requests=5", "netra.security.public-rate-limit.per=1h",
        "netra.security.login-throttle.failures=5", "netra.security.login-throttle.per=1h"})
class PublicRateLimitIT extends IntegrationTest {

    private static final String STATUS = "/api/v1/public/reports/LPR-2026-GUESS";

    @Test
    void anEncodedOrUnnormalisedPathCountsAsThePublicEndpointItIs() {
        String client = "127.0.0.21";
        String[] spellings = {"/api/v1/%70ublic/reports/LPR-2026-A", "/api/v1/public/reports/LPR-2026-B",
                "/api/v1/publi%63/reports/LPR-2026-C", "/api/v1/%70%75%62%6c%69%63/reports/LPR-2026-D",
                "/api/v1/public/%72eports/LPR-2026-E"};
        for (String path : spellings) {
            RawHttp.Response r = RawHttp.send(client, port, "GET", path, null, "X-Access-Code", "AAAA-BBBB-CCCC");
            assertThat(r.status()).as(path).isEqualTo(404);
        }
        for (String path : spellings) {
            RawHttp.Response r = RawHttp.send(client, port, "GET", path, null, "X-Access-Code", "AAAA-BBBB-CCCC");
            assertThat(r.status()).as(path).isEqualTo(429);
            assertThat(r.header("Retry-After")).isNotNull();
        }
        // Another client is not affected.
        assertThat(RawHttp.send("127.0.0.22", port, "GET", STATUS, null, "X-Access-Code", "AAAA-BBBB-CCCC").status()).isEqualTo(404);
    }

    @Test
    void thePublicPagesPostsCountTooAndTheLimitReadsAsAPage() {
        String client = "127.0.0.51";
        for (int i = 0; i < 5; i++) {
            RawHttp.Response r = RawHttp.send(client, port, "POST", "/lapor/status", "trackingNumber=LPR-2026-X" + i + "&accessCode=AAAA",
                    "Content-Type", "application/x-www-form-urlencoded");
            assertThat(r.status()).as(r.body()).isEqualTo(400);
        }
        // A browser (it accepts HTML): a page in the site's layout, in Indonesian by default, saying how long to wait and
        // linking back to the form; the Retry-After header kept.
        RawHttp.Response limited = RawHttp.send(client, port, "POST", "/lapor", "electionType=PILKADA",
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8",
                "Referer", "http://localhost:" + port + "/lapor");
        assertThat(limited.status()).isEqualTo(429);
        long wait = Long.parseLong(limited.header("Retry-After"));
        assertThat(wait).isPositive();
        assertThat(limited.header("Content-Type")).startsWith("text/html");
        assertThat(limited.body()).contains("<html lang=\"id\">", "<header class=\"site\">", "<footer class=\"site\">",
                "<h1>Terlalu banyak permintaan</h1>", "Tunggu " + wait + " detik, lalu kembali ke halaman sebelumnya",
                "id=\"back\" href=\"/lapor\"").doesNotContain("seconds");
        // In English when the reader chose it; back to the status form it came from, without a Referer too.
        RawHttp.Response english = RawHttp.send(client, port, "POST", "/lapor/status", "trackingNumber=LPR-2026-X&accessCode=AAAA",
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html", "Cookie", "netra-lang=en");
        assertThat(english.status()).isEqualTo(429);
        assertThat(english.header("Retry-After")).isNotBlank();
        assertThat(english.body()).contains("<html lang=\"en\">", "<h1>Too many requests</h1>",
                "Wait " + english.header("Retry-After") + " seconds, then go back to the previous page", "id=\"back\" href=\"/lapor/status\"")
                .doesNotContain("detik");
        // A client that reads no page: problem details, in the page's language (Indonesian unless English was chosen).
        RawHttp.Response problem = RawHttp.send(client, port, "POST", "/lapor", "electionType=PILKADA",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
        assertThat(problem.body()).contains("Coba lagi dalam " + problem.header("Retry-After") + " detik.");
        problem = RawHttp.send(client, port, "POST", "/lapor", "electionType=PILKADA",
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", "netra-lang=en");
        assertThat(problem.body()).contains("Try again in " + problem.header("Retry-After") + " seconds.");
        // Reading the pages is not limited.
        assertThat(RawHttp.send(client, port, "GET", "/lapor/status", null).status()).isEqualTo(200);
    }

    /** One second is said as one, more as more; in Indonesian a number of seconds takes no plural. */
    @Test
    void theWaitIsSaidRightForOneSecondAndForMore() {
        java.util.Locale en = java.util.Locale.ENGLISH;
        java.util.Locale indonesian = id.netra.platform.Messages.INDONESIAN;
        for (String key : new String[]{"error.429.wait", "access.tooManyRequests", "access.tooManyLogins"}) {
            assertThat(id.netra.platform.Messages.in(en, key, 1L)).as(key).contains(" 1 second").doesNotContain("1 seconds");
            assertThat(id.netra.platform.Messages.in(en, key, 2L)).as(key).contains(" 2 seconds");
            assertThat(id.netra.platform.Messages.in(en, key, 3600L)).as(key).contains(" 3,600 seconds");
            assertThat(id.netra.platform.Messages.in(indonesian, key, 1L)).as(key).contains(" 1 detik");
            assertThat(id.netra.platform.Messages.in(indonesian, key, 3600L)).as(key).contains(" 3.600 detik");
        }
    }

    @Test
    void passwordSprayingFromOneClientIsThrottledOverManyAccountNames() {
        String client = "127.0.0.31";
        for (int i = 0; i < 5; i++) {
            RawHttp.Response r = RawHttp.send(client, port, "POST", "/api/v1/session", "username=akun" + i + "&password=Tebakan-2026",
                    "Content-Type", "application/x-www-form-urlencoded");
            assertThat(r.status()).isEqualTo(401);
        }
        // The sixth attempt, even with a right password, and HTTP Basic from the same client: 429 until the window refills.
        RawHttp.Response throttled = RawHttp.send(client, port, "POST", "/api/v1/session", "username=bawaslu.serang&password=netra-demo",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        assertThat(throttled.body()).contains("urn:netra:problem:too-many-login-attempts");
        RawHttp.Response basic = RawHttp.send(client, port, "GET", "/api/v1/me", null, "Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("bawaslu.serang:netra-demo".getBytes()));
        assertThat(basic.status()).isEqualTo(429);
        // The officers' sign-in page, from the same client: a page that says so, in Indonesian.
        RawHttp.Response signInPage = RawHttp.send(client, port, "GET", "/masuk", null);
        String cookie = signInPage.header("Set-Cookie").split(";")[0];
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage.body());
        assertThat(token.find()).isTrue();
        RawHttp.Response page = RawHttp.send(client, port, "POST", "/masuk",
                "username=bawaslu.serang&password=netra-demo&_csrf=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Retry-After")).isNotBlank();
        assertThat(page.body()).contains("Terlalu banyak permintaan").doesNotContain("Exception");
        // The accounts themselves are not locked by it, and another client signs in.
        RawHttp.Response other = RawHttp.send("127.0.0.32", port, "POST", "/api/v1/session", "username=bawaslu.serang&password=netra-demo",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(other.status()).isEqualTo(204);
    }

    @Test
    void failedBasicCredentialsCountTowardsTheThrottleToo() {
        String client = "127.0.0.41";
        for (int i = 0; i < 5; i++) {
            RawHttp.Response r = RawHttp.send(client, port, "GET", "/api/v1/me", null, "Authorization",
                    "Basic " + java.util.Base64.getEncoder().encodeToString(("tebak" + i + ":salah-sekali").getBytes()));
            assertThat(r.status()).isEqualTo(401);
        }
        RawHttp.Response r = RawHttp.send(client, port, "POST", "/api/v1/session", "username=bawaslu.serang&password=netra-demo",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(r.status()).isEqualTo(429);
        // Requests without credentials are not sign-ins: the public endpoints still answer.
        assertThat(RawHttp.send(client, port, "GET", STATUS, null, "X-Access-Code", "AAAA-BBBB-CCCC").status()).isEqualTo(404);
    }

    @Test
    void floodOfPublicRequestsGets429WithRetryAfter() {
        int ok = 0;
        Api.Response last = null;
        for (int i = 0; i < 8; i++) {
            last = api.get("/api/v1/public/reports/LPR-2026-GUESS" + i, "X-Access-Code", "AAAA-BBBB-CCCC");
            if (last.status() == 404) {
                ok++;
            }
        }
        assertThat(ok).isEqualTo(5);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
        assertThat(last.body()).contains("Terlalu banyak permintaan", "Coba lagi dalam " + last.header("Retry-After") + " detik.");
        Api.Response english = api.get("/api/v1/public/reports/LPR-2026-GUESS", "X-Access-Code", "AAAA-BBBB-CCCC", "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(429);
        assertThat(english.body()).contains("Too many requests from your address. Try again in " + english.header("Retry-After") + " seconds.");
        assertThat(api.post("/api/v1/public/reports", "{}").status()).isEqualTo(429);
        assertThat(api.as("bawaslu.serang").get("/api/v1/me").status()).isEqualTo(200);
    }
}
