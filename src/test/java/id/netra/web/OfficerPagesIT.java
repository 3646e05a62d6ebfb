package id.netra.web;

import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The officers' pages over plain HTTP: nothing without signing in, no change without the session's CSRF token. */
class OfficerPagesIT extends IntegrationTest {

    @Test
    void everyOfficerPageSendsTheAnonymousToSignIn() {
        for (String path : new String[]{"/", "/kotak-masuk"}) {
            Api.Response r = api.get(path);
            assertThat(r.status()).as(path).isEqualTo(302);
            assertThat(r.header("Location")).as(path).endsWith("/masuk");
        }
        // The API's credentials do not open the pages: they are signed into with the form only.
        Api.Response basic = api.get("/kotak-masuk", "Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("bawaslu.serang:netra-demo".getBytes()));
        assertThat(basic.status()).isEqualTo(302);
        Api.Response page = api.get("/masuk");
        assertThat(page.status()).isEqualTo(200);
        // The pages' own script file only: no inline script, no other origin.
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'", "script-src 'self';")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(api.get("/js/netra.js").status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"");
    }

    /** The header names the office or agency one acts for by its name, its code only as the name's title. */
    @Test
    void theHeaderNamesTheOfficeOrAgencyByItsName() {
        java.util.Map<String, String[]> units = java.util.Map.of(
                "bawaslu.serang", new String[]{"Bawaslu Kabupaten Serang", "36.04"},
                "bawaslu.banten", new String[]{"Bawaslu Provinsi Banten", "36"},
                "bawaslu.ri", new String[]{"Bawaslu Republik Indonesia", "RI"},
                "ppk.serang", new String[]{"Pemerintah Kabupaten Serang", "PEMDA-36.04"},
                "ppk.kotaserang", new String[]{"Pemerintah Kota Serang", "PEMDA-36.73"},
                "examiner", new String[]{"Instansi pemeriksa", null});
        units.forEach((user, unit) -> {
            id.netra.support.Pages pages = id.netra.support.Pages.signedIn(port, user);
            // Its pages, a case it may not read, an address that is none (the error page), and in English.
            for (String path : new String[]{"/kotak-masuk", "/cari", "/perkara/" + java.util.UUID.randomUUID(), "/tidak-ada-di-sini",
                    "/kotak-masuk?lang=en"}) {
                id.netra.support.Pages.Page page = pages.get(path);
                String name = path.endsWith("lang=en") && unit[1] == null ? "Examining agency" : unit[0];
                assertThat(page.text("me-unit")).as(user + " " + path).isEqualTo(name);
                assertThat(page.attribute("me-unit", "title")).as(user + " " + path).isEqualTo(unit[1]);
            }
            pages.get("/kotak-masuk?lang=id");
        });
    }

    @Test
    void signingInOrOutWithoutTheFormsTokenIsRefused() {
        Api.Response signIn = api.send("POST", "/masuk", "username=bawaslu.serang&password=netra-demo",
                "application/x-www-form-urlencoded");
        assertThat(signIn.status()).isEqualTo(403);
        Api.Response signOut = api.send("POST", "/keluar", "", "application/x-www-form-urlencoded");
        assertThat(signOut.status()).isEqualTo(403);
    }

    @Test
    void signingInLeadsToThePageOpenedBefore() {
        id.netra.support.CaseDriver.Filed f = driver.fileReport(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        id.netra.support.Pages pages = new id.netra.support.Pages(port);
        assertThat(pages.get("/perkara/" + f.caseId()).location()).endsWith("/masuk");
        pages.get("/masuk");
        id.netra.support.Pages.Page signIn = pages.post("/masuk", java.util.Map.of("username", java.util.List.of("bawaslu.serang"),
                "password", java.util.List.of("netra-demo")));
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).contains("/perkara/" + f.caseId());
        assertThat(pages.get(signIn.location().replaceFirst("^https?://[^/]+", "")).status()).isEqualTo(200);
        // Signing in from the sign-in page itself: the inbox.
        assertThat(id.netra.support.Pages.signedIn(port, "bawaslu.serang")).isNotNull();
    }

    @Test
    void thePlenaryNamesAPersonWithoutAPositionByNameAlone() {
        java.util.List<java.util.Map<String, Object>> persons = id.netra.support.Reports.camatAndTwoLurah().subList(0, 2);
        persons.get(1).remove("position");
        id.netra.support.CaseDriver.Filed f = driver.toRegistered(id.netra.support.Reports.naming(
                id.netra.support.Reports.report("36.04", "PEMDA-36.04"), persons));
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        String plenary = driver.taskId("komisioner.serang", f.caseId(), id.netra.workflow.FlowNodes.PLENARY_DECISION);
        id.netra.support.Pages.Page page = id.netra.support.Pages.signedIn(port, "komisioner.serang").get("/tugas/" + plenary);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(">" + id.netra.support.Reports.CAMAT + ", Camat Ciruas</legend>")
                .contains(">" + id.netra.support.Reports.LURAH_1 + "</legend>").doesNotContain("null</legend>");
    }
}
