package id.netra.intake;

import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Half past midnight on New Year's Day in Jakarta is still the old year in UTC (the container's zone): what a report
 * says about "this year" and "this month" is Jakarta's, read from the application's clock.
 */
class JakartaDayIT extends IntegrationTest {

    @Test
    void aReportFiledJustAfterMidnightWibIsOfTheNewYear() {
        clock.set(Instant.parse("2026-12-31T17:30:00Z")); // 1 January 2027, 00:30 WIB
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"), List.of(Map.of("name", "Budi Santoso",
                // Appointed in January 2027: this month in Jakarta, next month in UTC.
                "nip", "199001012027011001", "agencyCode", "PEMDA-36.04")));
        @SuppressWarnings("unchecked")
        Map<String, Object> incident = (Map<String, Object>) body.get("incident");
        incident.put("date", LocalDate.of(2026, 12, 30).toString());
        incident.put("knownOn", LocalDate.of(2026, 12, 31).toString());
        Api.Response r = api.post("/api/v1/public/reports", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.text("trackingNumber")).startsWith("LPR-2027-");
    }
}
