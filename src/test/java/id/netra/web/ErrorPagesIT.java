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
        // A signed-in officer keeps their header: who they are, search, sign-out.
        assertThat(page.body()).contains("id=\"me-name\"").contains("href=\"/cari\"").contains("id=\"signout\"");
        // Anyone else gets the public header, naming nobody.
        Api.Response publicPage = api.get("/lapor/tidak-ada", "Accept", "text/html");
        assertThat(publicPage.status()).isEqualTo(404);
        assertThat(publicPage.body()).doesNotContain("id=\"me-name\"").doesNotContain("id=\"signout\"");
        officer.get("/kotak-masuk?lang=en");
        assertThat(officer.get("/tidak-ada").body()).contains("Page not found");
        Api.Response problem = api.as("bawaslu.serang").get("/api/v1/tidak-ada", "Accept", "application/json");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(problem.text("title")).isEqualTo("Tidak ditemukan");
    }

    /**
     * A page's form beyond every limit a form declares: the error page says, in the page's language, that nothing was
     * saved, to go back and shorten the longest text, and links back to the page the form was on (no script runs).
     */
    @Test
    void aFormTooLargeSaysToShortenTheLongestTextAndLeadsBackToIt() throws Exception {
        byte[] form = ("incident.description=" + "%E2%80%9C".repeat(130_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (String lang : new String[]{"id", "en"}) {
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                            .newBuilder(java.net.URI.create("http://localhost:" + port + "/lapor"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                            .header("Cookie", "netra-lang=" + lang)
                            .header("Referer", "http://localhost:" + port + "/lapor?lang=" + lang)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(413);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).as(lang).contains(lang.equals("id")
                    ? "perpendek teks yang paling panjang" : "shorten the longest text")
                    .contains("id=\"back\" href=\"/lapor?lang=" + lang + "\"").doesNotContain("javascript:").doesNotContain("\"title\"");
        }
        // A page elsewhere is not linked: only a path of this site.
        java.net.http.HttpResponse<String> elsewhere = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create("http://localhost:" + port + "/lapor"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .header("Referer", "https://contoh.example//jahat.example/x")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.body()).contains("id=\"back\" href=\"/lapor\"");
    }

    @Test
    void validationSpeaksTheClientsLanguageFromTheOneCatalogue() {
        id.netra.support.CaseDriver.Filed f = driver.fileReport(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW);
        Api.Response english = api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/complete", java.util.Map.of(),
                "Accept-Language", "en-GB,en;q=0.9");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.text("title")).isEqualTo("Invalid data");
        assertThat(english.json().path("errors").get(0).path("message").asText()).isEqualTo("Required: true or false.");
        assertThat(english.json().path("errors").get(0).path("code").asText()).isEqualTo("input.requiredBoolean");
        Api.Response indonesian = api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/complete", java.util.Map.of());
        assertThat(indonesian.text("title")).isEqualTo("Data tidak valid");
        assertThat(indonesian.json().path("errors").get(0).path("message").asText()).isEqualTo("Wajib diisi: true atau false.");
        assertThat(indonesian.json().path("errors").get(0).path("code").asText()).isEqualTo("input.requiredBoolean");
        // The task page in English says it in English, next to the field.
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        officer.get("/tugas/" + task + "?lang=en");
        Pages.Page page = officer.post("/tugas/" + task, java.util.Map.of("action", java.util.List.of("complete")));
        assertThat(page.status()).isEqualTo(400);
        // In the page's words, not the API's: a choice of Yes or No; and when a field becomes required, said with labels.
        assertThat(page.body()).contains("id=\"formalRequirementsMet-error\">Choose Yes or No.")
                .contains("Formal requirements met").contains("Formal requirements met: No")
                .doesNotContain("formalRequirementsMet = false");
        officer.get("/tugas/" + task + "?lang=id");
        assertThat(officer.post("/tugas/" + task, java.util.Map.of("action", java.util.List.of("complete"))).body())
                .contains("id=\"formalRequirementsMet-error\">Pilih Ya atau Tidak.").contains("Syarat formal terpenuhi: Tidak");
    }

    private static final String[] ENGLISH = {"Accept-Language", "en"};

    /** The first error's message of a 400, or a problem's detail. */
    private static String said(Api.Response r) {
        return r.json().path("errors").isEmpty() ? r.text("detail") : r.json().path("errors").get(0).path("message").asText();
    }

    @Test
    void aBodysConstraintIsSaidInTheClientsLanguage() {
        String path = "/api/v1/cases/" + java.util.UUID.randomUUID() + "/assessment-extension";
        Api.Response english = api.as("bawaslu.serang").post(path, java.util.Map.of("reason", " "), ENGLISH);
        assertThat(english.status()).as(english.body()).isEqualTo(400);
        assertThat(said(english)).isEqualTo("The reason for the extension is required.");
        assertThat(english.json().path("errors").get(0).path("code").asText()).isEqualTo("bawaslu.extension.reasonRequired");
        assertThat(said(api.as("bawaslu.serang").post(path, java.util.Map.of("reason", " ")))).isEqualTo("Alasan perpanjangan wajib diisi.");
        // The constraint's limit is the message's argument, written as each language writes numbers.
        Api.Response tooLong = api.as("bawaslu.serang").post(path, java.util.Map.of("reason", "x".repeat(2001)), ENGLISH);
        assertThat(said(tooLong)).isEqualTo("At most 2,000 characters.");
        assertThat(said(api.as("bawaslu.serang").post(path, java.util.Map.of("reason", "x".repeat(2001)))))
                .isEqualTo("Paling panjang 2.000 karakter.");
        // A JSON body that does not fit, with its nested part said in the same language.
        Api.Response type = api.as("bawaslu.serang").post(path, "{\"reason\": {\"a\": 1}}", ENGLISH);
        assertThat(said(type)).isEqualTo("Wrong data type: text.");
        assertThat(said(api.as("bawaslu.serang").post(path, "{\"reason\": {\"a\": 1}}"))).isEqualTo("Tipe data tidak sesuai: teks.");
    }

    @Test
    void aTaskFormsOwnRuleAndAConflictAreSaidInTheClientsLanguage() {
        id.netra.support.CaseDriver.Filed f = driver.fileReport(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW);
        java.util.Map<String, Object> transfer = java.util.Map.of("formalRequirementsMet", true, "materialRequirementsMet", true,
                "transferToOffice", "99");
        Api.Response english = api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/complete", transfer, ENGLISH);
        assertThat(english.status()).as(english.body()).isEqualTo(400);
        assertThat(said(english)).isEqualTo("Unknown Bawaslu office code (for example: 36.01, 36, RI).");
        assertThat(said(api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/complete", transfer)))
                .isEqualTo("Kode kantor Bawaslu tidak dikenal (contoh: 36.01, 36, RI).");
        // The same task completed meanwhile: a conflict, in either language; the task's page says it in the page's.
        driver.complete("bawaslu.serang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW,
                java.util.Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        Api.Response done = api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/complete", java.util.Map.of(), ENGLISH);
        assertThat(done.status()).isEqualTo(409);
        assertThat(done.text("title")).isEqualTo("Conflict");
        assertThat(done.text("detail")).isEqualTo("This task has already been completed.");
        Api.Response selesai = api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/complete", java.util.Map.of());
        assertThat(selesai.text("title")).isEqualTo("Konflik");
        assertThat(selesai.text("detail")).isEqualTo("Tugas ini sudah diselesaikan.");
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        officer.get("/kotak-masuk?lang=en");
        assertThat(officer.get("/tugas/" + task).body()).contains("This task has already been completed.")
                .doesNotContain("Tugas ini sudah diselesaikan.");
        // The case's status label too.
        assertThat(api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId(), ENGLISH).text("statusLabel")).isEqualTo("Registered");
        assertThat(api.as("bawaslu.serang").get("/api/v1/cases/" + f.caseId()).text("statusLabel")).isEqualTo("Diregistrasi");
    }

    @Test
    void aRefusalAndAnAdministratorsMistakeAreSaidInTheUsersLanguage() {
        Api.Response forbidden = api.as("bawaslu.serang").get("/api/v1/audit", ENGLISH);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text("title")).isEqualTo("Refused");
        assertThat(forbidden.text("detail")).isEqualTo("Searching the audit trail is for administrators only.");
        assertThat(api.as("bawaslu.serang").get("/api/v1/audit").text("detail")).isEqualTo("Pencarian jejak audit hanya untuk administrator.");
        // An account name already taken: in the API and on the administration page.
        java.util.Map<String, Object> taken = java.util.Map.of("username", "examiner", "displayName", "Pemeriksa Kedua", "role", "EXAMINER",
                "password", "Sandi-Kuat-Sekali-2026");
        Api.Response english = api.as("admin").post("/api/v1/admin/users", taken, ENGLISH);
        assertThat(english.status()).as(english.body()).isEqualTo(400);
        assertThat(said(english)).isEqualTo("This account name is already taken.");
        assertThat(said(api.as("admin").post("/api/v1/admin/users", taken))).isEqualTo("Nama akun sudah dipakai.");
        Pages admin = Pages.signedIn(port, "admin");
        admin.get("/admin/akun?lang=en");
        java.util.Map<String, java.util.List<String>> form = java.util.Map.of("username", java.util.List.of("examiner"),
                "displayName", java.util.List.of("Pemeriksa Kedua"), "role", java.util.List.of("EXAMINER"),
                "password", java.util.List.of("Sandi-Kuat-Sekali-2026"));
        Pages.Page page = admin.post("/admin/akun", form);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("This account name is already taken.").doesNotContain("Nama akun sudah dipakai.");
        admin.get("/admin/akun?lang=id");
        assertThat(admin.post("/admin/akun", form).body()).contains("Nama akun sudah dipakai.");
    }

    @Test
    void theRequestTextFilterAnswersInTheClientsLanguageAndIndonesianByDefault() {
        Api.Response english = api.as("bawaslu.serang").get("/api/v1/cases?q=a%07b", ENGLISH);
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.text("title")).isEqualTo("Invalid data");
        assertThat(said(english)).startsWith("Contains characters that are not allowed");
        // No language asked: Indonesian, never the server's own language.
        Api.Response indonesian = api.as("bawaslu.serang").get("/api/v1/cases?q=a%07b");
        assertThat(indonesian.text("title")).isEqualTo("Data tidak valid");
        assertThat(said(indonesian)).isEqualTo("Berisi karakter yang tidak diizinkan (karakter kontrol, NUL, atau karakter Unicode tidak sah).");
        // Before any controller: the security chain and the container's /error, also in the client's language.
        assertThat(api.get("/api/v1/cases", ENGLISH).text("title")).isEqualTo("Not signed in");
        assertThat(api.get("/api/v1/cases").text("title")).isEqualTo("Belum masuk");
        assertThat(api.as("bawaslu.serang").get("/api/v1/tidak-ada", ENGLISH).text("detail")).isEqualTo("The requested address does not exist.");
    }

    @Test
    void aBrowserNeverGetsJsonForWhatItSentOrWhereItWent() {
        // Not signed in, an address that is no page: the sign-in, not a 401 in JSON.
        Api.Response anonymous = api.get("/tidak-ada", "Accept", "text/html,*/*;q=0.8");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/masuk");
        assertThat(api.get("/tidak-ada", "Accept", "application/json").status()).isEqualTo(401);
        // A control character where the page does not give its form back (PageTextProblemsIT), or a body beyond the
        // limit: an error page in Indonesian.
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        Pages.Page control = officer.get("/kotak-masuk?sort=%07");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body()).contains("Permintaan tidak valid").doesNotContain("\"title\"");
        Pages.Page big = officer.post("/cari", java.util.Map.of("q", java.util.List.of("x".repeat(1_100_000))));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.body()).contains("Kiriman terlalu besar").doesNotContain("\"title\"");
        assertThat(big.body()).as("no page it came from said: back to where it was sent").contains("id=\"back\" href=\"/cari\"");
        // A task completed meanwhile: said so, not a bare 409.
        id.netra.support.CaseDriver.Filed f = driver.fileReport(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW);
        driver.complete("bawaslu.serang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW,
                java.util.Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        Pages.Page gone = officer.get("/tugas/" + task);
        assertThat(gone.status()).isEqualTo(409);
        assertThat(gone.body()).contains("Tugas ini sudah tidak terbuka").contains("Tugas ini sudah diselesaikan.");
    }

    @Test
    void aTaskPagePostWithoutItsCompleteButtonDecidesNothing() {
        id.netra.support.CaseDriver.Filed f = driver.fileReport(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), id.netra.workflow.FlowNodes.INITIAL_REVIEW);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        assertThat(officer.get("/tugas/" + task).status()).isEqualTo(200);
        for (String action : new String[]{"stay", "lainnya", ""}) {
            Pages.Page page = officer.post("/tugas/" + task, java.util.Map.of("action", java.util.List.of(action),
                    "formalRequirementsMet", java.util.List.of("true"), "materialRequirementsMet", java.util.List.of("true")));
            assertThat(page.status()).as(action).isEqualTo(200);
            assertThat(page.body()).as(action).contains("id=\"formalRequirementsMet-true\" checked");
            assertThat(driver.status(f.caseId())).as(action).isEqualTo("RECEIVED");
        }
    }
}
