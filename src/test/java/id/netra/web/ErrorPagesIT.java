package id.netra.web;

import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser is shown when something is wrong: a page in the user's language; an API client keeps its problem details. */
class ErrorPagesIT extends IntegrationTest {

    @Test
    void aBrowserGetsAPageAndAnApiClientProblemDetails() {
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        Pages.Page page = officer.get("/tidak-ada");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Halaman tidak ditemukan").contains("href=\"/kotak-masuk\"").doesNotContain("??");
        officer.get("/kotak-masuk?lang=en");
        assertThat(officer.get("/tidak-ada").body()).contains("Page not found");
        Api.Response problem = api.as("bawaslu.serang").get("/api/v1/tidak-ada", "Accept", "application/json");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(problem.text("title")).isEqualTo("Tidak ditemukan");
    }

    @Test
    void anOfficerWhoIsNoAdministratorIsToldSoOnTheAdministrationPages() {
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        for (String path : new String[]{"/admin", "/admin/akun"}) {
            Pages.Page refused = officer.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("Tidak diizinkan").doesNotContain("??");
        }
    }
}
