package id.netra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail records what matters and nothing it must not: no password typed into the name field, one row per
 * hour for credentials sent with every request, every wrong access code, and no administrator granting themself work.
 */
class AuditHygieneIT extends IntegrationTest {

    private List<JsonNode> trail(String query) {
        Api.Response r = api.as("admin").get("/api/v1/audit?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().forEach(out::add);
        return out;
    }

    private String newAccount(String role, String office, String password) {
        String name = "audit." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("username", name, "displayName", "Akun Uji Audit", "role", role,
                "password", password));
        if (office != null) {
            body.put("office", office);
        }
        Api.Response r = api.as("admin").post("/api/v1/admin/users", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return name;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPasswordTypedIntoTheNameFieldNeverLandsInTheTrail() {
        String typedAsName = "Rahasia-" + UUID.randomUUID();
        Api.Response form = api.send("POST", "/api/v1/session", "username=" + typedAsName + "&password=x",
                "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", "Authorization", basic(typedAsName.toLowerCase(), "y")).status()).isEqualTo(401);
        String all = api.as("admin").get("/api/v1/audit?from=2020-01-01").body();
        assertThat(all).doesNotContainIgnoringCase(typedAsName);
        List<JsonNode> unknown = trail("user=" + URLEncoder.encode("(akun tidak dikenal)", StandardCharsets.UTF_8));
        assertThat(unknown).isNotEmpty();
        assertThat(unknown.get(0).path("action").asText()).isEqualTo("LOGIN_FAILED");
        assertThat(unknown.get(0).path("detail").path("knownAccount").asBoolean()).isFalse();

        // A wrong password for an account that exists is recorded under its name.
        String account = newAccount("BAWASLU_OFFICER", "36.04", "Jejak-Sandi-2026!");
        assertThat(api.get("/api/v1/me", "Authorization", basic(account, "salah")).status()).isEqualTo(401);
        assertThat(trail("user=" + account)).extracting(e -> e.path("action").asText()).contains("LOGIN_FAILED");
        // However the name is typed, it is that account: at sign-in and in the trail's search.
        assertThat(api.get("/api/v1/me", "Authorization", basic(" " + account.toUpperCase() + " ", "salah")).status()).isEqualTo(401);
        assertThat(trail("user=" + account.toUpperCase()).stream().filter(e -> e.path("action").asText().equals("LOGIN_FAILED")))
                .hasSize(2);
    }

    @Test
    void credentialsSentWithEveryRequestAreRecordedOncePerHourAndSignInsEveryTime() {
        String account = newAccount("BAWASLU_OFFICER", "36.04", "Jejak-Sandi-2026!");
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/me", "Authorization", basic(account, "Jejak-Sandi-2026!")).status()).isEqualTo(200);
        }
        assertThat(trail("user=" + account)).extracting(e -> e.path("action").asText())
                .containsOnlyOnce("LOGIN_SUCCEEDED");
        for (int i = 0; i < 2; i++) {
            assertThat(api.send("POST", "/api/v1/session", "username=" + account + "&password=Jejak-Sandi-2026!",
                    "application/x-www-form-urlencoded").status()).isEqualTo(204);
        }
        assertThat(trail("user=" + account).stream().filter(e -> e.path("action").asText().equals("LOGIN_SUCCEEDED")))
                .hasSize(3);
    }

    @Test
    void wrongAccessCodesOnThePublicEndpointsAreAuditedWithoutTheCode() {
        Filed f = driver.fileReport(report("36.04", "PEMDA-36.04"));
        String wrongCode = "ZZZZ-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-QQQQ";
        assertThat(api.get("/api/v1/public/reports/" + f.trackingNumber(), "X-Access-Code", wrongCode).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/public/reports/" + f.trackingNumber() + "/withdrawal", Map.of(), "X-Access-Code", wrongCode)
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/public/reports/LPR-0000-TIDAKADA", "X-Access-Code", wrongCode).status()).isEqualTo(404);
        List<JsonNode> rows = trail("case=" + f.caseId());
        assertThat(rows.stream().filter(e -> e.path("action").asText().equals("ACCESS_CODE_FAILED"))).hasSize(2);
        JsonNode row = rows.stream().filter(e -> e.path("action").asText().equals("ACCESS_CODE_FAILED")).findFirst().orElseThrow();
        assertThat(row.path("detail").path("trackingNumber").asText()).isEqualTo(f.trackingNumber());
        assertThat(row.path("client").asText()).isNotBlank();
        String all = api.as("admin").get("/api/v1/audit?user=publik").body();
        assertThat(all).contains("LPR-0000-TIDAKADA").doesNotContain(wrongCode, f.accessCode());
    }

    @Test
    void anAdministratorCannotGiveThemselfACaseWorkingRole() {
        String first = newAccount("ADMIN", null, "Admin-Pertama-2026!");
        String second = newAccount("ADMIN", null, "Admin-Kedua-2026!!");
        Api self = Api.anonymous(port);
        for (Map<String, Object> change : List.of(Map.<String, Object>of("role", "BAWASLU_OFFICER", "office", "36.04"),
                Map.<String, Object>of("role", "EXAMINER"), Map.<String, Object>of("role", "PPK", "agency", "PEMDA-36.04"))) {
            Api.Response r = self.send("PATCH", "/api/v1/admin/users/" + first, toJson(change), "application/json",
                    "Authorization", basic(first, "Admin-Pertama-2026!"));
            assertThat(r.status()).as(r.body()).isEqualTo(403);
        }
        assertThat(trail("user=" + first).stream().map(e -> e.path("detail").path("what").asText())).doesNotContain("USER_CHANGED");
        // Another administrator may.
        Api.Response other = self.send("PATCH", "/api/v1/admin/users/" + first, toJson(Map.of("role", "EXAMINER")),
                "application/json", "Authorization", basic(second, "Admin-Kedua-2026!!"));
        assertThat(other.status()).as(other.body()).isEqualTo(200);
    }

    private static String toJson(Object o) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
