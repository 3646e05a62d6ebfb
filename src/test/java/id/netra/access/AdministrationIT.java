package id.netra.access;

import id.netra.deadline.BusinessCalendar;
import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators manage accounts and holidays; every change is validated and audited; nobody else may. */
class AdministrationIT extends IntegrationTest {

    @Autowired
    BusinessCalendar calendar;

    private Api.Response as(String user, String password) {
        return api.get("/api/v1/me", "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void administratorCreatesChangesDisablesAndResetsAnAccount() {
        Api admin = api.as("admin");
        String name = "petugas.lebak" + System.nanoTime() % 100000;
        Map<String, Object> body = new HashMap<>(Map.of("username", name, "displayName", "Petugas Bawaslu Lebak",
                "role", "BAWASLU_OFFICER", "office", "36.02", "password", "pendek"));
        Api.Response weak = admin.post("/api/v1/admin/users", body);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"password\"", "12 karakter");
        body.put("password", name + "-2026x");
        assertThat(admin.post("/api/v1/admin/users", body).body()).contains("nama akun");
        body.put("office", "99.99");
        body.put("password", "Lebak-Awas-2026");
        assertThat(admin.post("/api/v1/admin/users", body).body()).contains("\"field\":\"office\"");
        body.put("office", "36.02");
        Api.Response created = admin.post("/api/v1/admin/users", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("password", "$2a$");
        assertThat(admin.post("/api/v1/admin/users", body).status()).isEqualTo(400);
        assertThat(as(name, "Lebak-Awas-2026").json().path("office").asText()).isEqualTo("36.02");

        Api.Response moved = admin.post("/api/v1/admin/users/" + name, null);
        assertThat(moved.status()).isIn(404, 405);
        Api.Response toPpk = patch(name, Map.of("role", "PPK", "agency", "PEMDA-36.02"));
        assertThat(toPpk.status()).as(toPpk.body()).isEqualTo(200);
        assertThat(as(name, "Lebak-Awas-2026").json().path("agency").asText()).isEqualTo("PEMDA-36.02");
        // The names the account list answers with are taken back as they are (officeCode, agencyCode).
        Api.Response listed = patch(name, Map.of("agencyCode", "PEMDA-36.01"));
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(as(name, "Lebak-Awas-2026").json().path("agency").asText()).isEqualTo("PEMDA-36.01");
        String copied = "petugas.copy" + System.nanoTime() % 100000;
        Api.Response copy = admin.post("/api/v1/admin/users", new HashMap<>(Map.of("username", copied, "displayName", "Salinan",
                "role", "BAWASLU_OFFICER", "officeCode", "36.02", "password", "Salinan-Awas-2026")));
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(as(copied, "Salinan-Awas-2026").json().path("office").asText()).isEqualTo("36.02");
        assertThat(patch(name, Map.of("enabled", false)).status()).isEqualTo(200);
        assertThat(as(name, "Lebak-Awas-2026").status()).isEqualTo(401);
        assertThat(patch(name, Map.of("enabled", true)).status()).isEqualTo(200);

        assertThat(admin.post("/api/v1/admin/users/" + name + "/password", Map.of("password", "12345")).status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/admin/users/" + name + "/password", Map.of("password", "Baru-Sekali-2026")).status()).isEqualTo(204);
        assertThat(as(name, "Lebak-Awas-2026").status()).isEqualTo(401);
        assertThat(as(name, "Baru-Sekali-2026").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            as(name, "salah");
        }
        assertThat(as(name, "Baru-Sekali-2026").status()).isEqualTo(401);
        assertThat(admin.post("/api/v1/admin/users/" + name + "/unlock", null).status()).isEqualTo(204);
        assertThat(as(name, "Baru-Sekali-2026").status()).isEqualTo(200);

        String audit = admin.get("/api/v1/audit?user=admin").body();
        assertThat(audit).contains("USER_CREATED", "USER_CHANGED", "PASSWORD_RESET", "USER_UNLOCKED", name);
        assertThat(audit).doesNotContain("Baru-Sekali-2026", "Lebak-Awas-2026");
    }

    @Test
    void onlyAdministratorsAdminister() {
        for (String user : new String[]{"bawaslu.ri", "examiner", "ppk.serang", "komisioner.serang"}) {
            assertThat(api.as(user).get("/api/v1/admin/users").status()).as(user).isEqualTo(403);
            assertThat(api.as(user).post("/api/v1/admin/users/bawaslu.serang/unlock", null).status()).as(user).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/admin/users").status()).isEqualTo(401);
        assertThat(api.as("admin").get("/api/v1/admin/users").body()).contains("bawaslu.serang").doesNotContain("password_hash", "$2a$");
    }

    /** Every day the holiday test may write (also when it fails part way), each removed after it. */
    private static final List<LocalDate> TEST_HOLIDAYS = java.util.stream.Stream.of("2031-03-04", "2031-03-05",
            "2031-03-06", "2031-03-07", "2031-04-01", "2031-04-02", "2031-04-03", "2031-04-06", "2031-04-07", "2031-04-08")
            .map(LocalDate::parse).toList();

    @Test
    void holidaysAreMaintainedOneByOneOrByCsvAndTheCalendarFollows() {
        LocalDate day = LocalDate.of(2031, 3, 4); // a Tuesday
        try {
            assertThat(calendar.isWorkingDay(day)).isTrue();
            Api.Response bad = csv("date,name\n2031-03-04,Hari uji\n2031-02-30,Tanggal salah\n2031-03-06,\n");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("line 3", "line 4");
            assertThat(calendar.isWorkingDay(day)).as("nothing written from a bad file").isTrue();
            Api.Response good = csv("date,name\n2031-03-04,Hari uji\n2031-03-05,\"Cuti bersama uji\"\n");
            assertThat(good.status()).as(good.body()).isEqualTo(200);
            assertThat(good.json().path("imported").asInt()).isEqualTo(2);
            assertThat(calendar.isWorkingDay(day)).isFalse();
            assertThat(calendar.plusWorkingDays(LocalDate.of(2031, 3, 3), 1)).isEqualTo(LocalDate.of(2031, 3, 6));
            assertThat(api.as("admin").get("/api/v1/admin/holidays?year=2031").body()).contains("Cuti bersama uji");

            assertThat(put("/api/v1/admin/holidays/2031-03-07", "{\"name\":\"Hari uji kedua\"}").status()).isEqualTo(200);
            assertThat(put("/api/v1/admin/holidays/2031-13-07", "{\"name\":\"x\"}").status()).isEqualTo(400);
            assertThat(delete("/api/v1/admin/holidays/2031-03-04").status()).isEqualTo(204);
            assertThat(delete("/api/v1/admin/holidays/2031-03-04").status()).isEqualTo(404);
            assertThat(calendar.isWorkingDay(day)).isTrue();
            assertThat(api.as("admin").get("/api/v1/audit?user=admin").body()).contains("HOLIDAYS_IMPORTED", "HOLIDAY_DELETED");

            // A spreadsheet set to Indonesian writes semicolons: read as such, by its header; a mixed file is refused whole.
            Api.Response semicolons = csv("\uFEFFdate;name\r\n2031-04-01;Hari uji, titik koma\r\n2031-04-02;\"Cuti uji\"\r\n");
            assertThat(semicolons.status()).as(semicolons.body()).isEqualTo(200);
            assertThat(semicolons.json().path("imported").asInt()).isEqualTo(2);
            assertThat(semicolons.json().path("years").toString()).isEqualTo("[2031]");
            assertThat(api.as("admin").get("/api/v1/admin/holidays?year=2031").body()).contains("Hari uji, titik koma", "Cuti uji");
            Api.Response mixed = csv("date;name\n2031-04-03,Koma di berkas titik koma\n");
            assertThat(mixed.status()).isEqualTo(400);
            assertThat(mixed.body()).contains("line 2");
            assertThat(calendar.isWorkingDay(LocalDate.of(2031, 4, 3))).isTrue();

            // The columns named in Indonesian, as an office writes them, with either separator and in any case.
            Api.Response indonesian = csv("Tanggal;Nama\n2031-04-06;Hari uji berjudul Indonesia\n");
            assertThat(indonesian.status()).as(indonesian.body()).isEqualTo(200);
            assertThat(csv("tanggal,nama\n2031-04-07,Hari uji kedua\n").status()).isEqualTo(200);
            assertThat(calendar.isWorkingDay(LocalDate.of(2031, 4, 7))).isFalse();
            Api.Response unnamed = csv("hari,nama\n2031-04-08,Tanpa judul yang dikenal\n");
            assertThat(unnamed.status()).isEqualTo(400);
            assertThat(unnamed.json().path("errors").get(0).path("message").asText()).contains("tanggal,nama");
        } finally {
            // The shared holiday table keeps none of these test days: another test counting days in 2031 must not
            // depend on whether this one ran first. Through the same API, so that the calendar follows too.
            TEST_HOLIDAYS.forEach(d -> delete("/api/v1/admin/holidays/" + d));
        }
        Api.Response left = api.as("admin").get("/api/v1/admin/holidays?year=2031");
        assertThat(left.status()).isEqualTo(200);
        List<LocalDate> listed = new java.util.ArrayList<>();
        left.json().forEach(h -> listed.add(LocalDate.parse(h.path("day").asText())));
        assertThat(listed).as("2031's holidays after the test").doesNotContainAnyElementsOf(TEST_HOLIDAYS);
        assertThat(List.of(day, LocalDate.of(2031, 3, 5), LocalDate.of(2031, 4, 7))).allMatch(calendar::isWorkingDay);
    }

    private Api.Response patch(String name, Map<String, Object> body) {
        return api.as("admin").patch("/api/v1/admin/users/" + name, body);
    }

    private Api.Response csv(String text) {
        return api.as("admin").send("POST", "/api/v1/admin/holidays/import", text, "text/csv");
    }

    private Api.Response put(String path, String json) {
        return api.as("admin").send("PUT", path, json, "application/json");
    }

    private Api.Response delete(String path) {
        return api.as("admin").send("DELETE", path, null, null);
    }
}
