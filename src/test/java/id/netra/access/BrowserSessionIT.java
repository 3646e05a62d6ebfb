package id.netra.access;

import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.time.Duration;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/** Browser sessions: sign in for a cookie with a fresh id, CSRF on every change, sign out, the configured idle timeout (its effect: AccountSessionsIT). */
class BrowserSessionIT extends IntegrationTest {

    @Autowired
    Environment env;

    private static String cookie(Api.Response r, String name) {
        for (String header : r.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';'));
            }
        }
        return null;
    }

    private Api.Response login(String user, String password, String... headers) {
        return api.send("POST", "/api/v1/session", "username=" + user + "&password=" + password,
                "application/x-www-form-urlencoded", headers);
    }

    /**
     * A program signs in with JSON and reads the session's CSRF token from the answer (the cookie's token), which its
     * changes then carry; a form asking for JSON learns the same; a form asking for nothing gets 204 as before; a body
     * that is no pair of texts is refused naming it, and wrong credentials are refused as from the form.
     */
    @Test
    void aProgramSignsInWithJsonAndReadsItsCsrfTokenInTheAnswer() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String taskId = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Api.Response signedIn = api.send("POST", "/api/v1/session", "{\"username\": \"bawaslu.serang\", \"password\": \"netra-demo\"}",
                "application/json");
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.text("username")).isEqualTo("bawaslu.serang");
        assertThat(signedIn.text("csrfHeaderName")).isEqualTo("X-XSRF-TOKEN");
        String token = signedIn.text("csrfToken");
        assertThat(token).isNotBlank().isEqualTo(cookie(signedIn, "XSRF-TOKEN"));
        String session = cookie(signedIn, "JSESSIONID");
        Api.Response claimed = api.post("/api/v1/tasks/" + taskId + "/claim", null,
                "Cookie", "JSESSIONID=" + session, "X-XSRF-TOKEN", token);
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(api.post("/api/v1/tasks/" + taskId + "/unclaim", null, "Cookie", "JSESSIONID=" + session).status())
                .as("without the token, refused as ever").isEqualTo(403);

        Api.Response formAskingJson = login("bawaslu.serang", "netra-demo", "Accept", "application/json");
        assertThat(formAskingJson.status()).isEqualTo(200);
        assertThat(formAskingJson.text("csrfToken")).isEqualTo(cookie(formAskingJson, "XSRF-TOKEN"));
        assertThat(login("bawaslu.serang", "netra-demo").status()).as("a plain form: as before").isEqualTo(204);

        for (String bad : new String[]{"{\"username\": 1, \"password\": \"netra-demo\"}", "{\"username\": \"bawaslu.serang\"}", "[]", "{",
                "\"bawaslu.serang\""}) {
            Api.Response refused = api.send("POST", "/api/v1/session", bad, "application/json");
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().path("errors").findValuesAsText("field")).as(bad).containsExactly("username");
        }
        Api.Response wrong = api.send("POST", "/api/v1/session", "{\"username\": \"bawaslu.serang\", \"password\": \"salah\"}",
                "application/json");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(api.send("POST", "/api/v1/session?password=netra-demo", "{\"username\": \"bawaslu.serang\", \"password\": \"x\"}",
                "application/json").status()).as("never credentials in the address").isEqualTo(400);
    }

    @Test
    void signInGivesAFreshSessionAndChangesNeedTheCsrfToken() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String taskId = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);

        Api.Response failed = login("bawaslu.serang", "salah");
        assertThat(failed.status()).isEqualTo(401);
        assertThat(failed.contentType()).startsWith("application/problem+json");

        Api.Response signedIn = login("bawaslu.serang", "netra-demo");
        assertThat(signedIn.status()).isEqualTo(204);
        String session = cookie(signedIn, "JSESSIONID");
        assertThat(session).isNotBlank();
        assertThat(signedIn.headers().allValues("Set-Cookie").toString()).contains("HttpOnly", "SameSite=Strict");

        Api.Response me = api.get("/api/v1/me", "Cookie", "JSESSIONID=" + session);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("username")).isEqualTo("bawaslu.serang");
        String xsrf = cookie(me, "XSRF-TOKEN");
        assertThat(xsrf).isNotBlank();

        // A change riding the cookie alone (what a forged cross-site request can do) is refused.
        assertThat(api.post("/api/v1/tasks/" + taskId + "/claim", null, "Cookie", "JSESSIONID=" + session).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/tasks/" + taskId + "/claim", null, "Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf,
                "X-XSRF-TOKEN", "forged-token").status()).isEqualTo(403);
        Api.Response claimed = api.post("/api/v1/tasks/" + taskId + "/claim", null,
                "Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf, "X-XSRF-TOKEN", xsrf);
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);

        // Signing in never keeps a session id the client brings (no fixation): the old id stops working.
        Api.Response again = login("bawaslu.serang", "netra-demo", "Cookie", "JSESSIONID=" + session);
        assertThat(again.status()).isEqualTo(204);
        String renewed = cookie(again, "JSESSIONID");
        assertThat(renewed).isNotBlank().isNotEqualTo(session);
        assertThat(api.get("/api/v1/me", "Cookie", "JSESSIONID=" + session).status()).isEqualTo(401);
        session = renewed;
        // Sign-in gives the new session its own CSRF token: the one of the old session is void.
        assertThat(api.post("/api/v1/session/logout", null, "Cookie", "JSESSIONID=" + session, "X-XSRF-TOKEN", xsrf).status()).isEqualTo(403);
        xsrf = cookie(api.get("/api/v1/me", "Cookie", "JSESSIONID=" + session), "XSRF-TOKEN");
        assertThat(xsrf).isNotBlank();

        Api.Response out = api.post("/api/v1/session/logout", null, "Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf,
                "X-XSRF-TOKEN", xsrf);
        assertThat(out.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", "Cookie", "JSESSIONID=" + session).status()).isEqualTo(401);
        assertThat(Duration.parse("PT" + env.getProperty("server.servlet.session.timeout").toUpperCase())).isEqualTo(Duration.ofMinutes(30));
        assertThat(api.as("bawaslu.serang").post("/api/v1/tasks/" + taskId + "/unclaim", null).status()).isEqualTo(200);
    }

    @Test
    void aFailedSessionSignInIsAuditedWithoutANameThatIsNoAccount() {
        Api.Response r = login("tidak.ada", "x");
        assertThat(r.status()).isEqualTo(401);
        assertThat(api.as("admin").get("/api/v1/audit?user=tidak.ada").body()).doesNotContain("LOGIN_FAILED");
        assertThat(api.as("admin").get("/api/v1/audit?user=(akun%20tidak%20dikenal)").body()).contains("LOGIN_FAILED");
    }

    /**
     * A client that signs every request with HTTP Basic (or a bearer token) is never given a session: a client that
     * keeps cookies would otherwise ride that session on its next change and be refused for want of a CSRF token.
     */
    @Test
    void requestsWithTheirOwnCredentialsAreNeverGivenASession() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String taskId = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Api basic = api.as("bawaslu.serang");
        for (Api.Response r : java.util.List.of(basic.get("/api/v1/me"), basic.get("/api/v1/tasks"),
                basic.get("/api/v1/cases/" + f.caseId()), basic.post("/api/v1/tasks/" + taskId + "/claim", null),
                basic.get("/api/v1/cases?q=x"), basic.post("/api/v1/tasks/" + taskId + "/unclaim", null))) {
            assertThat(r.status()).as(r.body()).isBetween(200, 299);
            assertThat(r.headers().allValues("Set-Cookie")).as("Set-Cookie on a request with its own credentials: %s", r.body())
                    .noneMatch(c -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION=") || c.startsWith("XSRF-TOKEN="));
        }
        // A client that keeps whatever cookie it was given and signs with Basic again: its change goes through.
        Api.Response me = basic.get("/api/v1/me");
        String kept = cookie(me, "JSESSIONID");
        Api.Response claim = kept == null ? basic.post("/api/v1/tasks/" + taskId + "/claim", null)
                : basic.post("/api/v1/tasks/" + taskId + "/claim", null, "Cookie", "JSESSIONID=" + kept);
        assertThat(claim.status()).as(claim.body()).isEqualTo(200);
        assertThat(basic.post("/api/v1/tasks/" + taskId + "/unclaim", null).status()).isEqualTo(200);
    }
}
