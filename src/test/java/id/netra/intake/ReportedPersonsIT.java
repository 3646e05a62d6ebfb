package id.netra.intake;

import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persons a report names: the list and the first release's single object, the limits (50 and one more), each
 * identifier by employment type, and the same person named twice in other spellings.
 */
class ReportedPersonsIT extends IntegrationTest {

    private static Map<String, Object> person(String name, String nip, String agency) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        if (nip != null) {
            p.put("nip", nip);
        }
        p.put("agencyCode", agency);
        return p;
    }

    private Api.Response file(List<Map<String, Object>> persons) {
        return api.post("/api/v1/public/reports", Reports.naming(Reports.report("36.04", "PEMDA-36.04"), persons));
    }

    private static List<String> fields(Api.Response r) {
        return r.json().path("errors").findValuesAsText("field");
    }

    @Test
    void fiftyPersonsAreTakenInTheirOrderAndFiftyOneAreRefusedByName() {
        List<Map<String, Object>> fifty = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            fifty.add(person("Pegawai Nomor " + i, null, i % 2 == 0 ? "PEMDA-36.73" : "PEMDA-36.04"));
        }
        Api.Response kept = file(fifty);
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        List<String> names = jdbc.sql("""
                        SELECT p.name FROM case_person p JOIN case_file c ON c.id = p.case_id
                        WHERE c.tracking_number = :tn ORDER BY p.ordinal""")
                .param("tn", kept.text("trackingNumber")).query(String.class).list();
        assertThat(names).hasSize(50).startsWith("Pegawai Nomor 1", "Pegawai Nomor 2").endsWith("Pegawai Nomor 50");

        List<Map<String, Object>> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(person("Pegawai Nomor 51", null, "PEMDA-36.04"));
        Api.Response refused = file(fiftyOne);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(fields(refused)).contains("reportedPersons");
    }

    @Test
    void theFirstReleasesSingleObjectIsOnePersonAndBothOrNeitherAreRefused() {
        Api.Response single = api.post("/api/v1/public/reports", Reports.report("36.04", "PEMDA-36.04"));
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM case_person p JOIN case_file c ON c.id = p.case_id WHERE c.tracking_number = :tn")
                .param("tn", single.text("trackingNumber")).query(Long.class).single()).isEqualTo(1);

        Map<String, Object> both = Reports.report("36.04", "PEMDA-36.04");
        both.put("reportedPersons", Reports.camatAndTwoLurah());
        Api.Response r = api.post("/api/v1/public/reports", both);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(fields(r)).contains("reported");

        Map<String, Object> neither = Reports.report("36.04", "PEMDA-36.04");
        neither.remove("reported");
        r = api.post("/api/v1/public/reports", neither);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(fields(r)).contains("reportedPersons");
        neither.put("reportedPersons", List.of());
        assertThat(fields(api.post("/api/v1/public/reports", neither))).contains("reportedPersons");
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        neither.put("reportedPersons", withNull);
        Api.Response nullPerson = api.post("/api/v1/public/reports", neither);
        assertThat(nullPerson.status()).as(nullPerson.body()).isEqualTo(400);
        assertThat(fields(nullPerson)).contains("reportedPersons[0]");
    }

    @Test
    void theSamePersonTwiceIsRefusedHoweverTheNameIsWritten() {
        for (String again : List.of("Budi Santoso", "budi santoso", "BUDI  SANTOSO", " Budi Santoso ", "Budi Santósó", "Budi-Santoso")) {
            Api.Response r = file(List.of(person("Budi Santoso", null, "PEMDA-36.04"), person(again, null, "PEMDA-36.04")));
            assertThat(r.status()).as(again + ": " + r.body()).isEqualTo(400);
            assertThat(fields(r)).as(again).contains("reportedPersons[1]");
        }
        // The same name in another agency is another person.
        assertThat(file(List.of(person("Budi Santoso", null, "PEMDA-36.04"), person("Budi Santoso", null, "PEMDA-36.73"))).status())
                .isEqualTo(201);
        // The same NIP is the same person, whatever the name and however the NIP is spaced.
        Api.Response sameNip = file(List.of(person("Budi Santoso", "198609262015051001", "PEMDA-36.04"),
                person("B. Santoso", "19860926 201505 1 001", "PEMDA-36.73")));
        assertThat(sameNip.status()).as(sameNip.body()).isEqualTo(400);
        assertThat(fields(sameNip)).contains("reportedPersons[1]");
    }

    @Test
    void eachIdentifierIsCheckedForItsEmploymentTypeAndNamedByItsPlace() {
        Map<String, Object> pppk = person("Sri Wahyuni", "199203152023212001", "PEMDA-36.73");
        pppk.put("employmentType", "PPPK");
        pppk.put("positionCategory", "PELAKSANA");
        Map<String, Object> badPns = person("Budi Santoso", "198613262015051001", "PEMDA-36.04");
        Api.Response r = file(List.of(pppk, badPns));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("reportedPersons[1].nip");

        Map<String, Object> badPppk = person("Sri Wahyuni", "19920315202321200X", "PEMDA-36.73");
        badPppk.put("employmentType", "PPPK");
        assertThat(fields(file(List.of(badPppk)))).containsExactly("reportedPersons[0].nip");
        Map<String, Object> unknownAgency = person("Sri Wahyuni", null, "PEMDA-99.99");
        assertThat(fields(file(List.of(person("Ani", null, "PEMDA-36.04"), unknownAgency)))).containsExactly("reportedPersons[1].agencyCode");
        Map<String, Object> badType = person("Sri Wahyuni", null, "PEMDA-36.73");
        badType.put("employmentType", "HONORER");
        Api.Response type = file(List.of(badType));
        assertThat(type.status()).as(type.body()).isEqualTo(400);
        Map<String, Object> numberName = person("Sri Wahyuni", null, "PEMDA-36.73");
        numberName.put("name", 123);
        numberName.put("nip", 199203152023212001L);
        Api.Response numbers = file(List.of(numberName));
        assertThat(numbers.status()).as(numbers.body()).isEqualTo(400);
        assertThat(fields(numbers)).as(numbers.body()).contains("reportedPersons[0].name");
        assertThat(numbers.body()).doesNotContain("ReportedInput", "String");

        Api.Response kept = file(List.of(pppk));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        Map<String, Object> stored = jdbc.sql("""
                        SELECT p.employment_type, p.nip, p.position_category FROM case_person p JOIN case_file c ON c.id = p.case_id
                        WHERE c.tracking_number = :tn""").param("tn", kept.text("trackingNumber")).query().singleRow();
        assertThat(stored).containsEntry("employment_type", "PPPK").containsEntry("nip", "199203152023212001")
                .containsEntry("position_category", "PELAKSANA");
    }
}
