package id.netra.platform;

import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ready means ready: while the application is not ready (starting, or shutting down) every request but the health
 * probes is answered 503 with Retry-After — a client in the problem format, a browser with the error page, each in its
 * language — and the readiness probe says OUT_OF_SERVICE; ready again, all answer as before. The state is set here as
 * Spring Boot sets it around the start-up work (after the runners and ready-event listeners: migrations, engine
 * indexes, process upgrade, demo accounts).
 */
class StartingUpIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void notReadyEveryRequestButTheProbesIsAskedToComeBack() {
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            Api.Response me = api.as("bawaslu.serang").get("/api/v1/me");
            assertThat(me.status()).as("not a 401 for an account not created yet").isEqualTo(503);
            assertThat(me.contentType()).startsWith("application/problem+json");
            assertThat(me.header("Retry-After")).isEqualTo("10");
            assertThat(me.json().path("type").asText()).isEqualTo("urn:netra:problem:not-ready");
            assertThat(me.json().path("title").asText()).isEqualTo("Belum siap");
            assertThat(api.get("/api/v1/me", "Accept-Language", "en").json().path("detail").asText()).contains("starting or stopping");
            Api.Response report = api.post("/api/v1/public/reports", Map.of());
            assertThat(report.status()).as("nothing is taken in, not even checked").isEqualTo(503);
            Api.Response page = api.get("/masuk", "Accept", "text/html");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("Belum siap").doesNotContain("problem+json");
            assertThat(api.get("/actuator/health/readiness").status()).as("the probe says it").isEqualTo(503);
            assertThat(api.get("/actuator/health/liveness").status()).as("alive all the same").isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(api.as("bawaslu.serang").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
