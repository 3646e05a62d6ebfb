package id.netra.web;

import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The status page takes the tracking number and access code however the reporter types them back. */
class PublicStatusPageIT extends IntegrationTest {

    @Test
    void lowerCaseAndUndashedCodesFindTheReportAndAWrongOneDoesNot() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        Api.Response found = status(" " + f.trackingNumber().toLowerCase(Locale.ROOT) + " ",
                f.accessCode().replace("-", "").toLowerCase(Locale.ROOT));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains(f.trackingNumber()).contains("Diterima");
        String wrong = f.accessCode().substring(0, 13) + (f.accessCode().endsWith("2") ? "3" : "2");
        Api.Response refused = status(f.trackingNumber(), wrong);
        assertThat(refused.body()).doesNotContain("Riwayat").contains("accessCode-error");
    }

    private Api.Response status(String trackingNumber, String accessCode) {
        return api.send("POST", "/lapor/status", "trackingNumber=" + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8)
                + "&accessCode=" + URLEncoder.encode(accessCode, StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                "Accept", "text/html");
    }
}
