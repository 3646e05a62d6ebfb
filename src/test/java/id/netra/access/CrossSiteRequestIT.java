package id.netra.access;

import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSRF holds for every request a session authenticates, whatever else it carries; cross-site changes are refused on
 * every authentication method; browsers are never invited to cache Basic credentials; endpoints take only the
 * content types they document.
 */
class CrossSiteRequestIT extends IntegrationTest {

    private static final String BASIC_SERANG = "Basic " + Base64.getEncoder()
            .encodeToString("bawaslu.serang:netra-demo".getBytes(StandardCharsets.UTF_8));

    private String session(String user) {
        Api.Response r = api.send("POST", "/api/v1/session", "username=" + user + "&password=netra-demo",
                "application/x-www-form-urlencoded");
        assertThat(r.status()).isEqualTo(204);
        for (String header : r.headers().allValues("Set-Cookie")) {
            if (header.startsWith("JSESSIONID=")) {
                return "JSESSIONID=" + header.substring("JSESSIONID=".length(), header.indexOf(';'));
            }
        }
        throw new AssertionError("no session");
    }

    @Test
    void aSessionWithAStrayAuthorizationHeaderStillNeedsTheCsrfToken() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String taskId = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        String cookie = session("bawaslu.serang");
        for (String authorization : new String[]{"Bearer x", "Bearer ", "Basic !!!", "Negotiate abc", "Digest x", BASIC_SERANG}) {
            Api.Response r = api.post("/api/v1/tasks/" + taskId + "/claim", null, "Cookie", cookie, "Authorization", authorization);
            assertThat(r.status()).as(authorization).isEqualTo(403);
            assertThat(r.text("type")).as(authorization).isEqualTo("urn:netra:problem:csrf-token");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM act_ru_task WHERE id_ = :id AND assignee_ IS NOT NULL").param("id", taskId)
                .query(Integer.class).single()).isZero();
        // Basic alone, without the session, is its own credential and needs no token.
        assertThat(api.post("/api/v1/tasks/" + taskId + "/claim", null, "Authorization", BASIC_SERANG).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/tasks/" + taskId + "/unclaim", null, "Authorization", BASIC_SERANG).status()).isEqualTo(200);
    }

    @Test
    void theCsrfTokenBelongsToTheSessionAndComesOnlyInTheHeader() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String taskId = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        String cookie = session("bawaslu.serang");
        Api.Response me = api.get("/api/v1/me", "Cookie", cookie);
        String token = me.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        // A cookie and a header the attacker chose agree with each other, not with the session: refused.
        Api.Response planted = api.post("/api/v1/tasks/" + taskId + "/claim", null, "Cookie", cookie + "; XSRF-TOKEN=gigi",
                "X-XSRF-TOKEN", "gigi");
        assertThat(planted.status()).isEqualTo(403);
        assertThat(planted.text("type")).isEqualTo("urn:netra:problem:csrf-token");
        // The right token as a query or form parameter, not the header: refused.
        assertThat(api.post("/api/v1/tasks/" + taskId + "/claim?_csrf=" + token, null, "Cookie", cookie).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/tasks/" + taskId + "/claim", "_csrf=" + token, "application/x-www-form-urlencoded",
                "Cookie", cookie).status()).isEqualTo(403);
        // The session's own token in the header: accepted, whatever the cookie says.
        assertThat(api.post("/api/v1/tasks/" + taskId + "/claim", null, "Cookie", cookie + "; XSRF-TOKEN=lain",
                "X-XSRF-TOKEN", token).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/tasks/" + taskId + "/unclaim", null, "Cookie", cookie, "X-XSRF-TOKEN", token).status()).isEqualTo(200);
    }

    @Test
    void aCsrfRefusalIsItsOwnProblemDistinctFromARoleRefusal() {
        String cookie = session("bawaslu.serang");
        Api.Response csrf = api.post("/api/v1/tasks/nope/claim", null, "Cookie", cookie);
        assertThat(csrf.status()).isEqualTo(403);
        assertThat(csrf.contentType()).startsWith("application/problem+json");
        assertThat(csrf.text("type")).isEqualTo("urn:netra:problem:csrf-token");
        assertThat(csrf.text("detail")).contains("Token keamanan");
        Api.Response role = api.as("bawaslu.serang").get("/api/v1/admin/users");
        assertThat(role.status()).isEqualTo(403);
        assertThat(role.text("type")).isEqualTo("urn:netra:problem:forbidden");
    }

    @Test
    void browsersAreNotInvitedToCacheBasicCredentials() {
        Api.Response anonymous = api.get("/api/v1/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(String.valueOf(anonymous.header("WWW-Authenticate"))).doesNotContainIgnoringCase("basic");
        Api.Response expiredCookie = api.get("/api/v1/me", "Cookie", "JSESSIONID=ZGVhZGJlZWY=");
        assertThat(String.valueOf(expiredCookie.header("WWW-Authenticate"))).doesNotContainIgnoringCase("basic");
        assertThat(expiredCookie.text("type")).isEqualTo("urn:netra:problem:session-ended");
        Api.Response wrongBasic = api.get("/api/v1/me", "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("bawaslu.serang:salah".getBytes(StandardCharsets.UTF_8)));
        assertThat(wrongBasic.status()).isEqualTo(401);
        assertThat(wrongBasic.header("WWW-Authenticate")).startsWith("Basic realm=");
    }

    @Test
    void crossSiteChangesAreRefusedWhateverTheCredentials() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String taskId = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        String[][] crossSite = {
                {"Origin", "https://penipu.example"},
                {"Origin", "null"},
                {"Origin", "http://localhost:" + (port + 1)},
                {"Origin", "https://localhost:" + port},
                {"Sec-Fetch-Site", "cross-site"},
                {"Sec-Fetch-Site", "same-site"}};
        for (String[] h : crossSite) {
            Api.Response basic = api.post("/api/v1/tasks/" + taskId + "/claim", null, "Authorization", BASIC_SERANG, h[0], h[1]);
            assertThat(basic.status()).as(h[0] + ": " + h[1]).isEqualTo(403);
            assertThat(basic.text("type")).isEqualTo("urn:netra:problem:cross-site-request");
            Api.Response login = api.send("POST", "/api/v1/session", "username=bawaslu.serang&password=netra-demo",
                    "application/x-www-form-urlencoded", h[0], h[1]);
            assertThat(login.status()).as("sign-in " + h[1]).isEqualTo(403);
            Api.Response publicReport = api.post("/api/v1/public/reports", report("36.04", "PEMDA-36.04"), h[0], h[1]);
            assertThat(publicReport.status()).as("report " + h[1]).isEqualTo(403);
        }
        // Netra's own pages (same origin, or a direct navigation) and clients that send neither header go through.
        assertThat(api.post("/api/v1/tasks/" + taskId + "/claim", null, "Authorization", BASIC_SERANG,
                "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/tasks/" + taskId + "/unclaim", null, "Authorization", BASIC_SERANG,
                "Sec-Fetch-Site", "none").status()).isEqualTo(200);
        // Reading is not a change.
        assertThat(api.get("/api/v1/me", "Authorization", BASIC_SERANG, "Origin", "https://penipu.example").status()).isEqualTo(200);
    }

    @Test
    void endpointsTakeOnlyTheContentTypesTheyDocument() {
        Api.Response plain = api.as("admin").send("POST", "/api/v1/admin/holidays/import", "2026-12-31,Uji", "text/plain");
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.contentType()).startsWith("application/problem+json");
        assertThat(plain.body()).contains("Content-Type");
        Api.Response form = api.send("POST", "/api/v1/public/reports", "electionType=PEMILU", "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(415);
        Api.Response textSignIn = api.send("POST", "/api/v1/session", "username=bawaslu.serang&password=netra-demo", "text/plain");
        assertThat(textSignIn.status()).isEqualTo(415);
        assertThat(textSignIn.body()).contains("application/json");
        Api.Response passwordInUrl = api.send("POST", "/api/v1/session?username=bawaslu.serang&password=netra-demo", "",
                "application/x-www-form-urlencoded");
        assertThat(passwordInUrl.status()).isEqualTo(400);
        assertThat(passwordInUrl.json().path("errors").findValuesAsText("field")).contains("password");
        Api.Response textJson = api.send("POST", "/api/v1/public/reports", "{}", "text/plain");
        assertThat(textJson.status()).isEqualTo(415);
        assertThat(textJson.contentType()).startsWith("application/problem+json");
    }
}
