package id.netra.notification;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With no mail server (the embedded default) what Netra would send is kept for the administrator's mailbox page:
 * a new report's notice to its office and the reporter's notice of a change of status, each with its recipient,
 * subject and body; the page is the administrator's only, and an account's e-mail address is set by the administrator.
 */
class MailboxPageIT extends IntegrationTest {

    @Autowired
    MailDelivery delivery;

    @Test
    void withoutAMailServerTheMessagesAreKeptForTheAdministratorsMailbox() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM mail_message WHERE case_id = :c")
                .param("c", f.caseId()).query(Long.class).single() >= 2);
        delivery.deliverDue();
        assertThat(jdbc.sql("SELECT DISTINCT status FROM mail_message WHERE case_id = :c").param("c", f.caseId())
                .query(String.class).list()).containsExactly("KEPT");

        Pages.Page mailbox = Pages.signedIn(port, "admin").get("/admin/surat-keluar");
        assertThat(mailbox.status()).isEqualTo(200);
        assertThat(mailbox.body()).contains("bawaslu.serang@netra.test", Reports.REPORTER_EMAIL,
                "[Netra] Status laporan " + f.trackingNumber() + ": Diregistrasi", "Disimpan (tanpa server e-mail)", "/tugas/");
        assertThat(Pages.signedIn(port, "bawaslu.serang").get("/admin/surat-keluar").status()).isEqualTo(403);

        // An address set by the administrator (API), refused when it is none; the officer's next notice goes there.
        assertThat(api.as("admin").patch("/api/v1/admin/users/bawaslu.serang", java.util.Map.of("email", "bukan alamat")).status())
                .isEqualTo(400);
        assertThat(api.as("admin").patch("/api/v1/admin/users/bawaslu.serang", java.util.Map.of("email", "x@" + "y".repeat(260) + ".id"))
                .status()).isEqualTo(400);
        var changed = api.as("admin").patch("/api/v1/admin/users/bawaslu.serang", java.util.Map.of("email", " staf.serang@bawaslu.go.id "));
        try {
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().path("email").asText()).isEqualTo("staf.serang@bawaslu.go.id");
            Filed next = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM mail_message WHERE case_id = :c AND recipient = :r")
                    .param("c", next.caseId()).param("r", "staf.serang@bawaslu.go.id").query(Long.class).single() == 1);
        } finally {
            api.as("admin").patch("/api/v1/admin/users/bawaslu.serang", java.util.Map.of("email", "bawaslu.serang@netra.test"));
        }
    }

    /** A recommendation sent on to the PPK of the agency the person moved to: that PPK is told, the letter attached. */
    @Test
    void theNewPpkOfAReaddressedRecommendationIsToldWithItsLetter() {
        Filed f = driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));
        java.util.UUID person = driver.persons(f.caseId()).get(0);
        var moved = api.as("examiner").post("/api/v1/cases/" + f.caseId() + "/persons/" + person + "/readdress",
                java.util.Map.of("agencyCode", "PEMDA-36.01", "reason", "Terlapor dimutasi ke Kabupaten Pandeglang."));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM mail_message WHERE case_id = :c AND recipient = 'ppk.pandeglang@netra.test'
                        AND letter_id IS NOT NULL AND subject LIKE '%diteruskan kepada instansi Anda%'""")
                .param("c", f.caseId()).query(Long.class).single() == 1);
    }
}
