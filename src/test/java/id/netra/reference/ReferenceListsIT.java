package id.netra.reference;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference lists over HTTP: the public form's without an account, the rest for signed-in users; each with an ETag
 * that a client sends back for a 304 and that an administrator's change renews; labels in the reader's language; a bad
 * parameter a problem naming it.
 */
class ReferenceListsIT extends IntegrationTest {

    static final List<String> PUBLIC = List.of("/api/v1/reference/regions", "/api/v1/reference/agencies",
            "/api/v1/reference/election-types");
    static final List<String> SIGNED_IN = List.of("/api/v1/reference/offices", "/api/v1/reference/violation-types",
            "/api/v1/reference/sanction-kinds", "/api/v1/reference/case-statuses");

    private static List<String> codes(Api.Response r) {
        List<String> codes = new ArrayList<>();
        r.json().forEach(item -> codes.add(item.path("code").asText()));
        return codes;
    }

    /** The list's item of that code. */
    private static JsonNode item(Api.Response r, String code) {
        for (JsonNode item : r.json()) {
            if (item.path("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in " + r.body());
    }

    @Test
    void thePublicFormsListsAreReadWithoutAnAccountAndTheOthersOnlySignedIn() {
        for (String path : PUBLIC) {
            Api.Response r = api.get(path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
            assertThat(r.json().isArray()).as(path).isTrue();
            assertThat(r.json().size()).as(path).isPositive();
            assertThat(r.header("Cache-Control")).as(path).contains("public").contains("max-age=600");
        }
        for (String path : SIGNED_IN) {
            Api.Response anonymous = api.get(path);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).as(path).startsWith("application/problem+json");
            for (String user : List.of("ppk.serang", "bawaslu.serang", "admin")) {
                Api.Response r = api.as(user).get(path);
                assertThat(r.status()).as(path + " as " + user).isEqualTo(200);
                assertThat(r.json().size()).as(path).isPositive();
                assertThat(r.header("Cache-Control")).as(path).contains("private").doesNotContain("public");
            }
        }
        // Only the three lists are opened: a path beside them is not.
        assertThat(api.get("/api/v1/reference/regions/36").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/reference").status()).isEqualTo(401);
    }

    @Test
    void listsHoldTheDataAsTheProductHasItInAStableOrder() {
        Api.Response regions = api.get("/api/v1/reference/regions");
        assertThat(regions.json().size()).isGreaterThanOrEqualTo(552);
        JsonNode serang = item(regions, "36.04");
        assertThat(serang.path("name").asText()).isEqualTo("Kabupaten Serang");
        assertThat(serang.path("level").asText()).isEqualTo("regency");
        assertThat(serang.path("provinceCode").asText()).isEqualTo("36");
        assertThat(serang.path("label").asText()).isEqualTo("Kabupaten Serang, Banten");
        assertThat(api.get("/api/v1/reference/regions").body()).as("the same order every time").isEqualTo(regions.body());

        JsonNode pemda = item(api.get("/api/v1/reference/agencies"), "PEMDA-36.04");
        assertThat(pemda.path("name").asText()).isEqualTo("Pemerintah Kabupaten Serang");
        assertThat(pemda.path("ppkTitle").asText()).isEqualTo("Bupati Serang");
        assertThat(pemda.path("regionCode").asText()).isEqualTo("36.04");

        Api.Response offices = api.as("bawaslu.serang").get("/api/v1/reference/offices");
        assertThat(offices.json().get(0).path("code").asText()).isEqualTo("RI");
        assertThat(codes(offices)).contains("36", "36.04", "36.73");

        assertThat(codes(api.get("/api/v1/reference/election-types"))).containsExactly("PEMILU", "PILKADA");
        assertThat(codes(api.as("examiner").get("/api/v1/reference/violation-types"))).contains("SOCIAL_MEDIA", "OTHER");
        Api.Response statuses = api.as("examiner").get("/api/v1/reference/case-statuses");
        assertThat(codes(statuses)).startsWith("RECEIVED", "AWAITING_COMPLETION").contains("CLOSED_SANCTIONED", "CLOSED_MOOT", "OBJECTION_PENDING");
        assertThat(statuses.json().get(0).path("labelId").asText()).isEqualTo("Diterima");
        assertThat(statuses.json().get(0).path("labelEn").asText()).isEqualTo("Received");
        assertThat(statuses.json().get(0).path("label").asText()).isEqualTo("Diterima");
        assertThat(statuses.json().get(0).path("closed").asBoolean()).isFalse();

        Api.Response kinds = api.as("examiner").get("/api/v1/reference/sanction-kinds");
        assertThat(codes(kinds)).containsExactly("MORAL", "DISCIPLINARY");
        assertThat(kinds.json().get(0).path("label").asText()).isEqualTo("Sanksi moral");
        List<String> disciplinary = new ArrayList<>();
        kinds.json().get(1).path("sanctions").forEach(s -> disciplinary.add(s.path("code").asText()));
        assertThat(disciplinary).containsExactly("DISCIPLINE_LIGHT", "DISCIPLINE_MEDIUM", "DISCIPLINE_HEAVY", "DISMISSAL");
        JsonNode light = kinds.json().get(1).path("sanctions").get(0);
        assertThat(light.path("penalties").get(0).path("code").asText()).isEqualTo("PNS_ORAL_REPRIMAND");
        assertThat(light.path("penalties").get(0).path("employmentType").asText()).isEqualTo("PNS");
    }

    @Test
    void regionsAreFoundByNameInAnyCaseAndSpacingAndFilteredByProvinceAndLevel() {
        for (String typed : List.of("Serang", "sErAnG", "%20%20serang%20%20", "SERANG%C2%A0")) {
            Api.Response found = api.get("/api/v1/reference/regions?q=" + typed);
            assertThat(found.status()).as(typed).isEqualTo(200);
            assertThat(codes(found)).as(typed).contains("36.04", "36.73");
            found.json().forEach(r -> assertThat(r.path("label").asText().toLowerCase()).as(typed).contains("serang"));
        }
        assertThat(codes(api.get("/api/v1/reference/regions?q=Kab.%20%20Serang"))).contains("36.04").doesNotContain("36.73");
        assertThat(codes(api.get("/api/v1/reference/regions?q=kota+serang"))).contains("36.73").doesNotContain("36.04");
        assertThat(codes(api.get("/api/v1/reference/regions?q=S%C3%A9rang"))).as("an accent").contains("36.04", "36.73");
        assertThat(codes(api.get("/api/v1/reference/regions?q=36.04"))).containsExactly("36.04");
        assertThat(api.get("/api/v1/reference/regions?q=Xyzzyqq").json()).isEmpty();
        assertThat(api.get("/api/v1/reference/regions?q=...").json()).as("nothing but punctuation").isEmpty();
        assertThat(api.get("/api/v1/reference/regions?q=").json().size()).as("an empty term: all").isGreaterThanOrEqualTo(552);

        List<String> banten = codes(api.get("/api/v1/reference/regions?province=36"));
        assertThat(banten).startsWith("36").contains("36.01", "36.04", "36.73").allMatch(c -> c.startsWith("36"));
        assertThat(codes(api.get("/api/v1/reference/regions?province=36&level=city"))).contains("36.73").doesNotContain("36", "36.04");
        List<String> provinces = codes(api.get("/api/v1/reference/regions?level=province"));
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(38).contains("11", "36", "94").allMatch(c -> c.length() == 2);
        assertThat(codes(api.get("/api/v1/reference/regions?province=36&q=serang"))).contains("36.04", "36.73");
    }

    @Test
    void anAnswerCarriesAStrongEtagThatAnsweredBackIsNotModifiedUntilAnAdministratorRenamesAnOffice() {
        Api officer = api.as("bawaslu.serang");
        Api.Response first = officer.get("/api/v1/reference/offices");
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.header("Vary")).contains("Accept-Language");
        Api.Response again = officer.get("/api/v1/reference/offices", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(officer.get("/api/v1/reference/offices", "If-None-Match", "\"other\"").status()).isEqualTo(200);

        String publicTag = api.get("/api/v1/reference/regions").header("ETag");
        assertThat(api.get("/api/v1/reference/regions", "If-None-Match", publicTag).status()).isEqualTo(304);
        assertThat(api.get("/api/v1/reference/regions?q=serang").header("ETag")).as("another answer, another tag").isNotEqualTo(publicTag);

        String name = jdbc.sql("SELECT name FROM office WHERE code = '36.02'").query(String.class).single();
        try {
            assertThat(api.as("admin").patch("/api/v1/admin/offices/36.02", Map.of("name", name + " (diubah)")).status()).isEqualTo(200);
            Api.Response changed = officer.get("/api/v1/reference/offices", "If-None-Match", etag);
            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.body()).contains(name + " (diubah)");
            assertThat(changed.header("ETag")).isNotEqualTo(etag);
        } finally {
            assertThat(api.as("admin").patch("/api/v1/admin/offices/36.02", Map.of("name", name)).status()).isEqualTo(200);
        }
        assertThat(officer.get("/api/v1/reference/offices", "If-None-Match", etag).status()).as("restored: the same bytes").isEqualTo(304);
    }

    @Test
    void labelsFollowTheReadersLanguage() {
        Api examiner = api.as("examiner");
        Api.Response id = examiner.get("/api/v1/reference/violation-types");
        Api.Response en = examiner.get("/api/v1/reference/violation-types", "Accept-Language", "en");
        assertThat(id.json().get(0).path("label").asText()).startsWith("Kampanye/sosialisasi di media sosial");
        assertThat(en.json().get(0).path("label").asText()).startsWith("Campaigning on social media (");
        assertThat(en.header("ETag")).as("other bytes, another tag").isNotEqualTo(id.header("ETag"));

        Api.Response statuses = examiner.get("/api/v1/reference/case-statuses", "Accept-Language", "en-GB,en;q=0.9");
        assertThat(statuses.json().get(0).path("label").asText()).isEqualTo("Received");
        assertThat(statuses.json().get(0).path("labelId").asText()).isEqualTo("Diterima");

        assertThat(api.get("/api/v1/reference/election-types", "Accept-Language", "en").json().get(0).path("label").asText())
                .isEqualTo("Pemilu (general election)");
        assertThat(api.get("/api/v1/reference/election-types").json().get(0).path("label").asText())
                .isEqualTo("Pemilu (pemilihan umum)");
        Api.Response kinds = examiner.get("/api/v1/reference/sanction-kinds", "Accept-Language", "en");
        assertThat(kinds.json().get(1).path("label").asText()).isEqualTo("Disciplinary penalty");
        assertThat(kinds.json().get(1).path("sanctions").get(0).path("label").asText()).isEqualTo("Light disciplinary penalty");
    }

    @Test
    void aBadParameterIsAProblemNamingItInIndonesianOrEnglish() {
        Api.Response bad = api.get("/api/v1/reference/regions?province=99&level=kabupaten&q=" + "a".repeat(101));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.text("title")).isEqualTo("Data tidak valid");
        List<String> fields = new ArrayList<>();
        bad.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactly("q", "province", "level");
        assertThat(bad.body()).contains("Provinsi tidak dikenal", "paling panjang 100 karakter");
        assertThat(bad.header("ETag")).isNull();

        Api.Response en = api.get("/api/v1/reference/regions?province=3", "Accept-Language", "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().path("errors").get(0).path("field").asText()).isEqualTo("province");
        assertThat(en.json().path("errors").get(0).path("code").asText()).isEqualTo("reference.list.province");
        assertThat(en.body()).contains("Unknown province");
    }
}
