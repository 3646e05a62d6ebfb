package id.netra.access;

import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A flood of public requests from one client is cut off with 429 and Retry-After; officers are not limited. */
@TestPropertySource(properties = {"netra.security.public-rate-limit.requests=5", "netra.security.public-rate-limit.per=1h"})
class PublicRateLimitIT extends IntegrationTest {

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
        assertThat(last.body()).contains("Terlalu banyak permintaan");
        assertThat(api.post("/api/v1/public/reports", "{}").status()).isEqualTo(429);
        assertThat(api.as("bawaslu.serang").get("/api/v1/me").status()).isEqualTo(200);
    }
}
