package id.netra.access;

import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer, public or not, carries the headers that keep a browser from misusing it. */
class SecurityHeadersIT extends IntegrationTest {

    @Test
    void answersCarrySecurityHeaders() {
        for (Api.Response r : new Api.Response[]{api.get("/api/v1/public/reports/LPR-X", "X-Access-Code", "x"),
                api.as("bawaslu.serang").get("/api/v1/me"), api.get("/api/v1/tasks")}) {
            assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(r.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void nothingButThePublicEndpointsAndHealthIsOpen() {
        for (String path : new String[]{"/api/v1/me", "/api/v1/tasks", "/api/v1/cases", "/engine-rest/task", "/camunda/app/",
                "/actuator/env", "/actuator/beans", "/anything"}) {
            assertThat(api.get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        // Signed in, the engine's own REST API and webapps are simply not there.
        assertThat(api.as("admin").get("/engine-rest/task").status()).isEqualTo(404);
        assertThat(api.as("admin").get("/actuator/env").status()).isEqualTo(404);
    }
}
