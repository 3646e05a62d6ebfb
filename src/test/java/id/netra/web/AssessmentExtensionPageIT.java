package id.netra.web;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one extension of the assessment deadline from the case page: the handling office only, with a reason, once. */
class AssessmentExtensionPageIT extends IntegrationTest {

    @Test
    void theHandlingOfficeExtendsTheDeadlineOnceFromTheCasePage() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        String path = "/perkara/" + f.caseId();
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        Pages.Page page = officer.get(path);
        assertThat(page.tag("extension")).as("the form on the handling office's page").isNotNull();
        assertThat(Pages.signedIn(port, "bawaslu.banten").get(path).body()).as("the province office reads, does not extend")
                .doesNotContain("id=\"extension\"");

        Pages.Page refused = officer.follow(officer.post(path + "/perpanjang", "reason", "   "));
        assertThat(refused.text("extension-error")).isNotBlank();
        assertThat(api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId()).json().path("assessment").path("extended").asBoolean())
                .isFalse();

        Pages.Page done = officer.follow(officer.post(path + "/perpanjang", "reason", "Keterangan saksi tambahan masih diperlukan."));
        assertThat(done.text("notice")).isEqualTo("Batas waktu penanganan sudah diperpanjang.");
        assertThat(done.body()).doesNotContain("id=\"extension\"").contains("Keterangan saksi tambahan masih diperlukan.");
        assertThat(api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId()).json().path("assessment").path("extended").asBoolean())
                .isTrue();
    }
}
