package id.netra.access;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.NetraApplication;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.Reports.REPORTER_NAME;
import static id.netra.support.Reports.REPORTER_NIK;
import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser session never outlives the account it was opened for: every administrative change of the account's
 * rights, a change made around the API, the absolute lifetime, and a second node on the same database.
 */
class AccountSessionsIT extends IntegrationTest {

    @Autowired
    org.springframework.core.env.Environment env;

    private static final String PASSWORD = "Uji-Coba-Kunci-2026";

    @Autowired
    EmbeddedPostgres postgres;

    enum Change { DISABLED, ROLE_CHANGED, MOVED_TO_ANOTHER_OFFICE, PASSWORD_RESET, DISABLED_IN_THE_DATABASE }

    private String newOfficer() {
        String name = "sesi." + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.as("admin").post("/api/v1/admin/users", new HashMap<>(Map.of("username", name,
                "displayName", "Petugas Uji Sesi", "role", "BAWASLU_OFFICER", "office", "36.04", "password", PASSWORD)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }

    private String signIn(Api on, String user) {
        Api.Response r = on.send("POST", "/api/v1/session", "username=" + user + "&password=" + PASSWORD,
                "application/x-www-form-urlencoded");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        for (String header : r.headers().allValues("Set-Cookie")) {
            if (header.startsWith("JSESSIONID=")) {
                return "JSESSIONID=" + header.substring("JSESSIONID=".length(), header.indexOf(';'));
            }
        }
        throw new AssertionError("no session cookie");
    }

    private void change(String user, Change change) {
        Api admin = api.as("admin");
        Api.Response r = switch (change) {
            case DISABLED -> admin.patch("/api/v1/admin/users/" + user, Map.of("enabled", false));
            case ROLE_CHANGED -> admin.patch("/api/v1/admin/users/" + user, Map.of("role", "BAWASLU_COMMISSIONER", "office", "36.04"));
            case MOVED_TO_ANOTHER_OFFICE -> admin.patch("/api/v1/admin/users/" + user, Map.of("office", "36.01"));
            case PASSWORD_RESET -> admin.post("/api/v1/admin/users/" + user + "/password", Map.of("password", "Kata-Sandi-Baru-2026"));
            case DISABLED_IN_THE_DATABASE -> null;
        };
        if (r == null) {
            owner.sql("UPDATE app_user SET enabled = FALSE WHERE username = :u").param("u", user).update();
        } else {
            assertThat(r.status()).as(r.body()).isIn(200, 204);
        }
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void aSessionEndsAtOnceWhenTheAccountsRightsChange(Change change) {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String user = newOfficer();
        String cookie = signIn(api, user);
        Api.Response before = api.get("/api/v1/cases/" + f.caseId(), "Cookie", cookie);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains(REPORTER_NAME);

        change(user, change);

        Api.Response after = api.get("/api/v1/cases/" + f.caseId(), "Cookie", cookie);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.body()).doesNotContain(REPORTER_NAME, REPORTER_NIK);
        assertThat(after.text("type")).isEqualTo("urn:netra:problem:session-ended");
        assertThat(after.text("detail")).contains("masuk kembali");
        // The session is gone, not only refused once.
        assertThat(api.get("/api/v1/me", "Cookie", cookie).status()).isEqualTo(401);
        if (change != Change.DISABLED_IN_THE_DATABASE) {
            assertThat(owner.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u").param("u", user)
                    .query(Integer.class).single()).isZero();
        }
    }

    /**
     * A form open in a page when the account is disabled: posted, it leads to the sign-in page saying the session
     * ended (not a bare 403), and nothing is done.
     */
    @Test
    void aFormPostedAfterTheAccountWasDisabledLeadsToTheSignInPageSayingTheSessionEnded() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String user = newOfficer();
        id.netra.support.Pages pages = new id.netra.support.Pages(port);
        pages.get("/masuk");
        assertThat(pages.post("/masuk", Map.of("username", java.util.List.of(user), "password", java.util.List.of(PASSWORD))).status())
                .isEqualTo(302);
        String task = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW);
        assertThat(pages.get(task).status()).isEqualTo(200);

        change(user, Change.DISABLED);

        id.netra.support.Pages.Page posted = pages.post(task, Map.of("formalRequirementsMet", java.util.List.of("true"),
                "materialRequirementsMet", java.util.List.of("true"), "action", java.util.List.of("complete")));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        assertThat(posted.location()).endsWith("/masuk?berakhir");
        assertThat(pages.get("/masuk?berakhir").body()).contains("Sesi Anda telah berakhir");
        assertThat(driver.task("bawaslu.serang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW)).as("nothing decided").isPresent();
    }

    @Test
    void anonymousRequestsAndStaleCookiesLeaveNoSessionBehind() {
        int before = owner.sql("SELECT count(*) FROM spring_session").query(Integer.class).single();
        for (int i = 0; i < 20; i++) {
            Api.Response r = api.get("/api/v1/tasks", i % 2 == 0 ? new String[0] : new String[]{"Cookie", "JSESSIONID=bm9wZQ=="});
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.headers().allValues("Set-Cookie").toString()).doesNotContain("JSESSIONID=", "XSRF-TOKEN=");
        }
        api.post("/api/v1/public/reports", "{}");
        assertThat(owner.sql("SELECT count(*) FROM spring_session").query(Integer.class).single()).isLessThanOrEqualTo(before);
    }

    @Test
    void anAccountNameIsTheSameAccountHoweverItIsCasedOrSpaced() {
        String user = newOfficer();
        for (String typed : new String[]{user.toUpperCase(), " " + user, user + " "}) {
            Api.Response r = api.get("/api/v1/me", "Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((typed + ":" + PASSWORD).getBytes()));
            assertThat(r.status()).as(typed).isEqualTo(200);
            assertThat(r.text("username")).isEqualTo(user);
        }
    }

    @Test
    void anAdministratorCannotDisableThemselfNorTheLastAdministrator() {
        String name = "admin." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").post("/api/v1/admin/users", new HashMap<>(Map.of("username", name, "displayName", "Admin Uji",
                "role", "ADMIN", "password", "Kunci-Terakhir-2026"))).status()).isEqualTo(201);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((name + ":Kunci-Terakhir-2026").getBytes());
        Api.Response self = api.send("PATCH", "/api/v1/admin/users/" + name, "{\"enabled\":false}", "application/json",
                "Authorization", basic);
        assertThat(self.status()).isEqualTo(403);
        java.util.List<String> others = owner.sql("SELECT username FROM app_user WHERE role = 'ADMIN' AND enabled AND username NOT IN ('admin', :n)")
                .param("n", name).query(String.class).list();
        try {
            // Only 'admin' and the new one are enabled administrators: the new one may disable 'admin' ...
            owner.sql("UPDATE app_user SET enabled = FALSE WHERE username IN (:o)").param("o", others.isEmpty() ? java.util.List.of("-") : others).update();
            assertThat(api.send("PATCH", "/api/v1/admin/users/admin", "{\"enabled\":false}", "application/json",
                    "Authorization", basic).status()).isEqualTo(200);
            // ... but 'admin' can then not be given back the last administrator's role change, nor can anyone demote the last one.
            Api.Response last = api.send("PATCH", "/api/v1/admin/users/" + name, "{\"role\":\"EXAMINER\"}", "application/json",
                    "Authorization", basic);
            assertThat(last.status()).isIn(403, 409);
            assertThat(owner.sql("SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND enabled").query(Integer.class).single()).isEqualTo(1);
        } finally {
            owner.sql("UPDATE app_user SET enabled = TRUE WHERE username = 'admin'").update();
            if (!others.isEmpty()) {
                owner.sql("UPDATE app_user SET enabled = TRUE WHERE username IN (:o)").param("o", others).update();
            }
        }
    }

    @Test
    void theTasksAnAccountClaimedGoBackToItsGroupWhenItLosesTheRights() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String user = newOfficer();
        String task = driver.taskId("bawaslu.serang", f.caseId(), "initialReview");
        Api basic = Api.anonymous(port);
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());
        assertThat(basic.post("/api/v1/tasks/" + task + "/claim", null, "Authorization", header).status()).isEqualTo(200);
        assertThat(api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(409);
        change(user, Change.MOVED_TO_ANOTHER_OFFICE);
        assertThat(api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/claim", null).status()).isEqualTo(200);
        assertThat(api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/unclaim", null).status()).isEqualTo(200);
        assertThat(api.as("admin").get("/api/v1/audit?case=" + f.caseId()).body()).contains("TASK_UNCLAIMED", user);
    }

    @Test
    void aChangeOfDisplayNameKeepsTheSession() {
        String user = newOfficer();
        String cookie = signIn(api, user);
        assertThat(api.as("admin").patch("/api/v1/admin/users/" + user, Map.of("displayName", "Nama Baru")).status()).isEqualTo(200);
        Api.Response me = api.get("/api/v1/me", "Cookie", cookie);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("displayName")).isEqualTo("Nama Baru");
        assertThat(api.get("/api/v1/me", "Cookie", cookie).text("displayName")).isEqualTo("Nama Baru");
    }

    @Test
    void aBusySessionEndsAtItsAbsoluteLifetime() {
        String user = newOfficer();
        String cookie = signIn(api, user);
        assertThat(api.get("/api/v1/me", "Cookie", cookie).status()).isEqualTo(200);
        // Signed in 8 hours and a minute ago, busy until now (last access now): the idle timeout alone would keep it.
        long signedIn = System.currentTimeMillis() - (8 * 60 + 1) * 60_000L;
        owner.sql("UPDATE spring_session SET creation_time = :t, last_access_time = :now WHERE principal_name = :u")
                .param("t", signedIn).param("now", System.currentTimeMillis()).param("u", user).update();
        Api.Response r = api.get("/api/v1/me", "Cookie", cookie);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text("type")).isEqualTo("urn:netra:problem:session-ended");
        assertThat(r.text("detail")).contains("8 jam");
        // Seven hours and 59 minutes is still inside the lifetime.
        String again = signIn(api, user);
        owner.sql("UPDATE spring_session SET creation_time = :t WHERE principal_name = :u")
                .param("t", System.currentTimeMillis() - (8 * 60 - 1) * 60_000L).param("u", user).update();
        assertThat(api.get("/api/v1/me", "Cookie", again).status()).isEqualTo(200);
    }

    @Test
    void anIdleSessionEndsAfterItsTimeoutAndThePageSaysWhy() {
        String user = newOfficer();
        String cookie = signIn(api, user);
        long timeout = Duration.parse("PT" + env.getProperty("server.servlet.session.timeout").toUpperCase()).toMillis();
        // Idle one minute less than the timeout: still signed in (and the request makes it busy again).
        owner.sql("UPDATE spring_session SET last_access_time = :t WHERE principal_name = :u")
                .param("t", System.currentTimeMillis() - timeout + 60_000).param("u", user).update();
        assertThat(api.get("/api/v1/me", "Cookie", cookie).status()).isEqualTo(200);
        // Idle one minute more than the timeout: ended, said so to the API and to a browser.
        owner.sql("UPDATE spring_session SET last_access_time = :t WHERE principal_name = :u")
                .param("t", System.currentTimeMillis() - timeout - 60_000).param("u", user).update();
        Api.Response r = api.get("/api/v1/me", "Cookie", cookie);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text("type")).isEqualTo("urn:netra:problem:session-ended");
        assertThat(r.text("detail")).contains("tidak aktif terlalu lama");
        Api.Response page = api.get("/kotak-masuk", "Cookie", cookie, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/masuk?berakhir");
        assertThat(api.get("/masuk?berakhir", "Accept", "text/html").body()).contains("Sesi Anda telah berakhir");
    }

    @Test
    void fiveWrongPasswordsAtTheSignInFormLockTheAccountThereToo() {
        String user = newOfficer();
        for (int i = 0; i < 5; i++) {
            Api.Response wrong = api.send("POST", "/api/v1/session", "username=" + user + "&password=salah-" + i,
                    "application/x-www-form-urlencoded");
            assertThat(wrong.status()).isEqualTo(401);
        }
        // The right password, at the API's sign-in and at the page's form, is refused while locked.
        Api.Response locked = api.send("POST", "/api/v1/session", "username=" + user + "&password=" + PASSWORD,
                "application/x-www-form-urlencoded");
        assertThat(locked.status()).isEqualTo(401);
        id.netra.support.Pages pages = new id.netra.support.Pages(port);
        pages.get("/masuk");
        id.netra.support.Pages.Page form = pages.post("/masuk", Map.of("username", java.util.List.of(user),
                "password", java.util.List.of(PASSWORD)));
        assertThat(form.status()).isEqualTo(302);
        assertThat(form.location()).contains("/masuk?gagal");
        // Unlocked by an administrator: the form signs in.
        assertThat(api.as("admin").post("/api/v1/admin/users/" + user + "/unlock", null).status()).isEqualTo(204);
        pages.get("/masuk");
        assertThat(pages.post("/masuk", Map.of("username", java.util.List.of(user), "password", java.util.List.of(PASSWORD)))
                .location()).endsWith("/kotak-masuk");

        // Five wrong passwords typed into the page's form lock the account as well: the right one is then refused by
        // the form and by the API.
        String typed = newOfficer();
        id.netra.support.Pages browser = new id.netra.support.Pages(port);
        for (int i = 0; i < 5; i++) {
            browser.get("/masuk");
            id.netra.support.Pages.Page wrong = browser.post("/masuk", "username", typed, "password", "salah-" + i);
            assertThat(wrong.status()).isEqualTo(302);
            assertThat(wrong.location()).contains("/masuk?gagal");
        }
        browser.get("/masuk");
        id.netra.support.Pages.Page refused = browser.post("/masuk", "username", typed, "password", PASSWORD);
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).contains("/masuk?gagal");
        assertThat(api.send("POST", "/api/v1/session", "username=" + typed + "&password=" + PASSWORD,
                "application/x-www-form-urlencoded").status()).as("locked by the form's failures").isEqualTo(401);
    }

    @Test
    void credentialsOfADisabledAccountAreRefusedOnTheNextRequest() {
        String user = newOfficer();
        Api basic = Api.anonymous(port);
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());
        assertThat(basic.get("/api/v1/me", "Authorization", header).status()).isEqualTo(200);
        change(user, Change.DISABLED);
        assertThat(basic.get("/api/v1/me", "Authorization", header).status()).isEqualTo(401);
    }

    /** Two nodes on one database: a session opened on one is served by the other, and ended on both by one change. */
    @Test
    void aSessionIsSharedByTwoNodesAndEndedOnBoth() {
        String user = newOfficer();
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(NetraApplication.class)
                .profiles("test")
                .properties(Map.of(
                        "server.port", "0",
                        "spring.datasource.url", postgres.getJdbcUrl("netra_app", "postgres"),
                        "spring.datasource.username", "netra_app",
                        "spring.datasource.password", "",
                        "spring.flyway.url", postgres.getJdbcUrl("postgres", "postgres"),
                        "spring.flyway.user", "postgres",
                        "spring.flyway.password", ""))
                .run()) {
            int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
            Api b = Api.anonymous(portB);
            String cookie = signIn(api, user);
            JsonNode me = b.get("/api/v1/me", "Cookie", cookie).json();
            assertThat(me.path("username").asText()).isEqualTo(user);

            // The administrator works on node B; the session ends on node A too.
            Api.Response disabled = b.as("admin").patch("/api/v1/admin/users/" + user, Map.of("enabled", false));
            assertThat(disabled.status()).isEqualTo(200);
            assertThat(api.get("/api/v1/me", "Cookie", cookie).status()).isEqualTo(401);
            assertThat(b.get("/api/v1/me", "Cookie", cookie).status()).isEqualTo(401);
        }
    }
}
