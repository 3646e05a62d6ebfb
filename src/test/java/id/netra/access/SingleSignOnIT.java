package id.netra.access;

import com.nimbusds.jose.JOSEObjectType;
import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens from a real OpenID Connect server running inside the test (mock-oauth2-server): a valid token signs
 * in with the role and office its claims name; forged, expired, foreign and wrong-audience tokens do not.
 */
class SingleSignOnIT extends IntegrationTest {

    static final MockOAuth2Server SSO = new MockOAuth2Server();
    static final MockOAuth2Server FOREIGN = new MockOAuth2Server();

    static {
        SSO.start();
        FOREIGN.start();
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("netra.security.oidc.issuer-uri", () -> SSO.issuerUrl("netra").toString());
    }

    @AfterAll
    static void stop() {
        SSO.shutdown();
        FOREIGN.shutdown();
    }

    static String token(MockOAuth2Server server, List<String> audience, Map<String, Object> claims, long expirySeconds) {
        return server.issueToken("netra", "netra-web", new DefaultOAuth2TokenCallback("netra", "sub-" + claims.get("preferred_username"),
                JOSEObjectType.JWT.getType(), audience, claims, expirySeconds)).serialize();
    }

    static final Map<String, Object> SERANG = Map.of("preferred_username", "sso.serang", "netra_role", "BAWASLU_OFFICER",
            "netra_office", "36.04");

    private Api.Response me(String token) {
        return api.get("/api/v1/me", "Authorization", "Bearer " + token);
    }

    @Test
    void aValidTokenSignsInWithTheRoleAndOfficeOfItsClaims() {
        Api.Response r = me(token(SSO, List.of("netra"), SERANG, 3600));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.text("username")).isEqualTo("sso.serang");
        assertThat(r.text("office")).isEqualTo("36.04");
        // A token is checked on every request: no session is made for it.
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID=") || c.startsWith("XSRF-TOKEN="));
        Api.Response ppk = me(token(SSO, List.of("netra"), Map.of("preferred_username", "sso.ppk", "netra_role", "PPK",
                "netra_agency", "PEMDA-36.04"), 3600));
        assertThat(ppk.text("agency")).isEqualTo("PEMDA-36.04");
        assertThat(api.get("/api/v1/tasks", "Authorization", "Bearer " + token(SSO, List.of("netra"), SERANG, 3600)).status()).isEqualTo(200);
        // HTTP Basic still works beside it.
        assertThat(api.as("bawaslu.serang").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aTokenForAnAccountAnAdministratorDisabledIsRefusedOnTheNextRequest() {
        String name = "sso.nonaktif" + System.nanoTime() % 100000;
        Api.Response created = api.as("admin").post("/api/v1/admin/users", new java.util.HashMap<>(Map.of("username", name,
                "displayName", "Akun SSO", "role", "BAWASLU_OFFICER", "office", "36.04", "password", "Sso-Nonaktif-2026")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = token(SSO, List.of("netra"), Map.of("preferred_username", name, "netra_role", "BAWASLU_OFFICER",
                "netra_office", "36.04"), 3600);
        assertThat(me(token).status()).isEqualTo(200);
        assertThat(api.as("admin").patch("/api/v1/admin/users/" + name, Map.of("enabled", false)).status()).isEqualTo(200);
        Api.Response refused = me(token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(String.valueOf(refused.header("WWW-Authenticate"))).startsWith("Bearer").doesNotContainIgnoringCase("basic");
    }

    @Test
    void forgedExpiredForeignAndWrongAudienceTokensAreRefused() {
        String valid = token(SSO, List.of("netra"), SERANG, 3600);
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("BAWASLU_OFFICER", "EXAMINER_APPROVER");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        assertThat(me(forged).status()).isEqualTo(401);
        assertThat(me(token(SSO, List.of("netra"), SERANG, -3600)).status()).as("expired").isEqualTo(401);
        assertThat(me(token(FOREIGN, List.of("netra"), SERANG, 3600)).status()).as("another issuer").isEqualTo(401);
        assertThat(me(token(SSO, List.of("other-app"), SERANG, 3600)).status()).as("wrong audience").isEqualTo(401);
        assertThat(me(token(SSO, List.of("netra"), Map.of("preferred_username", "x", "netra_role", "BAWASLU_OFFICER",
                "netra_office", "99.99"), 3600)).status()).as("unknown office").isEqualTo(401);
        assertThat(me(token(SSO, List.of("netra"), Map.of("preferred_username", "x", "netra_role", "GOD"), 3600)).status())
                .as("unknown role").isEqualTo(401);
        Api.Response garbage = me("not-a-token");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
    }
}
