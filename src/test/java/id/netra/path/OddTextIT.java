package id.netra.path;

import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.RawHttp;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input answers 500: control characters, NUL and invalid Unicode are a 400 naming the field — in a report, a task
 * form and the search — one-line fields refuse line breaks (a page's text area keeps them), and what Tomcat or the
 * firewall refuses before Spring is problem JSON like everything else.
 */
class OddTextIT extends IntegrationTest {

    private static void assertNamed(Api.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("errors").findValuesAsText("field")).as(r.body()).contains(field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    /** JSON with every non-ASCII character escaped (\\uXXXX), so that an unpaired surrogate arrives as sent. */
    private static String escaped(Object body) {
        try {
            return com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long cases() {
        return jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
    }

    @Test
    void controlCharactersInAReportAreRefusedAndNamed() {
        long before = cases();
        for (String odd : List.of("a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "ab\uffff", "a\ufffeb", "a\ud800b",
                "a\udc00", "\ufdd0x", "a\u202eb", "a\u2066b", "\ufeffa", "a\udb40\udc41b")) {
            Map<String, Object> body = report("36.04", "PEMDA-36.04");
            part(body, "incident").put("description", "Uraian " + odd);
            assertNamed(api.post("/api/v1/public/reports", escaped(body)), "incident.description");
            Map<String, Object> named = report("36.04", "PEMDA-36.04");
            part(named, "reporter").put("name", "Nama " + odd);
            assertNamed(api.post("/api/v1/public/reports", escaped(named)), "reporter.name");
        }
        // A one-line field refuses a line break or a tab; a long text keeps them.
        Map<String, Object> multiLineName = report("36.04", "PEMDA-36.04");
        part(multiLineName, "reported").put("name", "Budi\nSantoso");
        assertNamed(api.post("/api/v1/public/reports", multiLineName), "reported.name");
        Map<String, Object> tabPlace = report("36.04", "PEMDA-36.04");
        part(tabPlace, "incident").put("place", "Kantor\tCamat");
        assertNamed(api.post("/api/v1/public/reports", tabPlace), "incident.place");
        for (String oneLine : List.of("Kantor\u2028Camat", "Kantor\u2029Camat", "Kantor\u200bCamat", "Kantor\u200eCamat",
                "Kantor\u200fCamat", "Kantor\u061cCamat", "Kan\u034ftor", "Kan\u3164tor", "Kantor\ufe0f", "Kan\u00adtor")) {
            Map<String, Object> body = report("36.04", "PEMDA-36.04");
            part(body, "incident").put("place", oneLine);
            assertNamed(api.post("/api/v1/public/reports", escaped(body)), "incident.place");
        }
        // A key given twice is named, at the top and inside.
        String twice = escaped(report("36.04", "PEMDA-36.04"));
        assertNamed(api.post("/api/v1/public/reports", twice.substring(0, twice.length() - 1) + ",\"electionType\":\"PEMILU\"}"),
                "electionType");
        assertThat(twice).contains("\"reported\":{\"");
        assertNamed(api.post("/api/v1/public/reports", twice.replace("\"reported\":{\"", "\"reported\":{\"name\":\"X\",\"name\":\"Y\",\"")), "reported.name");
        assertThat(cases()).isEqualTo(before);
        Map<String, Object> lines = report("36.04", "PEMDA-36.04");
        part(lines, "incident").put("description", "Baris satu.\r\nBaris dua.\n\tDengan tab.");
        assertThat(api.post("/api/v1/public/reports", lines).status()).isEqualTo(201);
    }

    /** A page's form as the browser sends it, URL-encoded, asking for a page. */
    private Api.Response pageForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
        return api.send("POST", path, body, "application/x-www-form-urlencoded", "Accept", "text/html");
    }

    @Test
    void aPagesTextAreaKeepsItsParagraphsAndAOneLineInputStillTakesNone() {
        Map<String, String> form = id.netra.support.Reports.pageForm();
        form.put("incident.description", "Baris satu: camat hadir.\r\nBaris dua: lurah berpidato.\r\n\r\n\tDengan tab.");
        Api.Response sent = pageForm("/lapor", form);
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        // The receipt it leads to, in the session the post started.
        Api.Response filed = api.get(java.net.URI.create(sent.header("Location")).getPath(), "Accept", "text/html",
                "Cookie", sent.header("Set-Cookie").split(";")[0]);
        java.util.regex.Matcher tn = java.util.regex.Pattern.compile("id=\"trackingNumber\">([^<]+)<").matcher(filed.body());
        assertThat(tn.find()).as(filed.body()).isTrue();
        assertThat(jdbc.sql("SELECT description FROM case_file WHERE tracking_number = :tn").param("tn", tn.group(1))
                .query(String.class).single()).contains("Baris satu: camat hadir.", "Baris dua: lurah berpidato.", "\tDengan tab.");

        // Given back on one line, said why, to be sent again.
        form.put("incident.place", "Kantor\nKecamatan Ciruas");
        Api.Response refused = pageForm("/lapor", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"incident-place-error\">Kolom ini harus satu baris: pemisah baris atau paragraf",
                "value=\"Kantor Kecamatan Ciruas\"");
    }

    @Test
    void administratorsOneLineTextsAndDatesAreCheckedLikeEveryOther() {
        Api admin = api.as("admin");
        assertNamed(admin.patch("/api/v1/admin/users/bawaslu.serang", Map.of("displayName", "Staf\u2028Serang")), "displayName");
        assertNamed(admin.patch("/api/v1/admin/offices/36.01", Map.of("name", "Bawaslu\u200bPandeglang")), "name");
        assertNamed(admin.send("PUT", "/api/v1/admin/holidays/2099-01-02", "{\"name\":\"Libur\\u200bUji\"}", "application/json"), "name");
        assertNamed(admin.send("PUT", "/api/v1/admin/holidays/-5000-01-01", "{\"name\":\"Libur\"}", "application/json"), "day");
        Api.Response csv = admin.send("POST", "/api/v1/admin/holidays/import",
                "date,name\n2099-01-05,\"a,\"\"b\"\n2099-01-06,\"tak tertutup\n2099-01-07,Satu\n2099-01-07,Dua\n1800-01-01,Lama\n", "text/csv");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.json().path("errors").findValuesAsText("field")).containsExactly("line 2", "line 3", "line 5", "line 6");
        assertThat(admin.get("/api/v1/admin/holidays?year=2099").body()).doesNotContain("2099-01-07");
        for (String extreme : List.of("-999999999-01-01", "-4713-01-01", "%2B1000000000-01-01T00:00:00Z", "1999-12-31")) {
            assertNamed(admin.get("/api/v1/audit?from=" + extreme), "from");
            assertNamed(admin.get("/api/v1/audit?to=" + extreme), "to");
        }
        Map<String, Object> ancient = report("36.04", "PEMDA-36.04");
        part(ancient, "incident").put("date", "-5000-01-01");
        assertNamed(api.post("/api/v1/public/reports", ancient), "incident.date");
        Map<String, Object> finding = id.netra.support.Reports.finding("36.04", "PEMDA-36.04");
        part(finding, "incident").put("date", "1999-12-31");
        part(finding, "incident").put("knownOn", "1999-12-31");
        Api.Response r = api.as("bawaslu.serang").post("/api/v1/findings", finding);
        assertNamed(r, "incident.date");
        assertNamed(r, "incident.knownOn");
    }

    @Test
    void controlCharactersInTheSearchAndOtherParametersAreRefusedAndNamed() {
        Api serang = api.as("bawaslu.serang");
        for (String q : List.of("a\u0000b", "1\uffff", "ab\uffff", "3604\u0000", "a\u0001")) {
            assertNamed(serang.get("/api/v1/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), "q");
        }
        assertNamed(serang.get("/api/v1/cases?status=%00"), "status");
        assertNamed(serang.get("/api/v1/cases?office=36.04%00"), "office");
        // Characters that are merely unusual are searched, not refused.
        for (String q : List.of("1\ufffd", "9\u00ff", "0/", "Siti\u00a0Aminah", "\u4e2d\u6587", "1\ud83d\ude00")) {
            Api.Response r = serang.get("/api/v1/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.status()).as(q + " " + r.body()).isEqualTo(200);
        }
        Api.Response login = api.send("POST", "/api/v1/session", "username=a%00b&password=x", "application/x-www-form-urlencoded");
        assertNamed(login, "username");
    }

    @Test
    void controlCharactersAndLineBreaksInATaskFormAreRefusedAndNamed() {
        Filed f = driver.toRecommendation(report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION);
        Api.Response r = api.as("ppk.serang").post("/api/v1/tasks/" + task + "/complete", Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/12\n/BKPSDM/2026", "decreeDate", id.netra.platform.Today.date().toString(),
                "notes", "Catatan\u0000"));
        // An earlier release's one decree number is the recommended (disciplinary) sanction's.
        assertNamed(r, "disciplinaryDecreeNumber");
        assertNamed(r, "notes");
        assertThat(driver.status(f.caseId())).isEqualTo("RECOMMENDATION_ISSUED");
    }

    @Test
    void theFormTellsWhenAFieldIsRequiredAsAConditionAndInProse() {
        Filed f = driver.toRecommendation(report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION);
        var fields = api.as("ppk.serang").get("/api/v1/tasks/" + task).json().path("fields");
        fields.forEach(field -> {
            if ("notes".equals(field.path("name").asText())) {
                // A rule of the recommendation the form checks itself: said in prose only, in the catalogue's words.
                assertThat(field.has("requiredIf")).isFalse();
                assertThat(field.path("requiredWhen").asText()).isEqualTo(id.netra.platform.Messages.id("when.followUpConfirmation.notes"));
            }
            if ("disciplinaryDecreeDate".equals(field.path("name").asText())) {
                assertThat(field.path("requiredIf").toString()).isEqualTo("[{\"field\":\"disciplinaryImposed\",\"equals\":true,\"operator\":\"equals\",\"values\":[true]}]");
                assertThat(field.path("requiredWhen").asText()).isEqualTo("disciplinaryImposed = true");
                assertThat(field.path("notFuture").asBoolean()).isTrue();
            }
        });
    }

    @Test
    void theFormTellsEachTextFieldsLimitAndWhetherItSpansLines() {
        Filed f = driver.toRecommendation(report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION);
        Api.Response form = api.as("ppk.serang").get("/api/v1/tasks/" + task);
        var fields = form.json().path("fields");
        assertThat(fields.findValues("name").stream().map(n -> n.asText()).toList()).contains("moralDecreeNumber", "disciplinaryDecreeNumber", "notes");
        fields.forEach(field -> {
            if ("text".equals(field.path("type").asText())) {
                assertThat(field.path("maxLength").asInt()).as(field.toString()).isPositive();
                assertThat(field.has("multiline")).as(field.toString()).isTrue();
            }
        });
    }

    @Test
    void whatTomcatAndTheFirewallRefuseIsProblemJsonToo() {
        RawHttp.Response badTarget = RawHttp.send("127.0.0.1", port, "GET", "/api/v1/cases?q={x}|\"", null);
        assertThat(badTarget.status()).isEqualTo(400);
        assertThat(badTarget.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badTarget.body()).doesNotContain("Apache Tomcat", "<html");
        RawHttp.Response badHeader = RawHttp.exchange("127.0.0.1", port,
                "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Bad\u0001Name: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.header("Content-Type")).startsWith("application/problem+json");
        RawHttp.Response firewall = RawHttp.send("127.0.0.1", port, "GET", "/api/v1/public/reports/..;/x", null);
        assertThat(firewall.status()).isEqualTo(400);
        assertThat(firewall.header("Content-Type")).startsWith("application/problem+json");
        RawHttp.Response encodedNul = RawHttp.send("127.0.0.1", port, "GET", "/api/v1/public/reports/LPR%00", null,
                "X-Access-Code", "x");
        assertThat(encodedNul.status()).isEqualTo(400);
        assertThat(encodedNul.header("Content-Type")).startsWith("application/problem+json");
        Api.Response error = api.get("/error");
        assertThat(error.contentType()).startsWith("application/problem+json");
        assertThat(error.body()).doesNotContain("timestamp", "trace");
        Api.Response unknownPath = api.as("bawaslu.serang").get("/api/v1/tidak-ada");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.contentType()).startsWith("application/problem+json");
        assertThat(unknownPath.text("detail")).doesNotContain("No static resource");
        Api.Response wrongMethod = api.as("bawaslu.serang").send("DELETE", "/api/v1/me", null, null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.text("title")).isEqualTo("Metode tidak diizinkan");
    }
}
