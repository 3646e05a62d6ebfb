package id.netra.platform;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.support.Api;
import id.netra.support.Reports;
import id.netra.support.TestClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body with values of the wrong type is refused with every problem at once: each wrong value named at its field,
 * beside what the service says of the rest (a blank name, a NIK of the wrong length), never one problem at a time and
 * never taken with the wrong value left out. Generated combinations of faults over HTTP, the shared application.
 */
@JqwikSpringSupport
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class BodyProblemsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** One fault of a report: the field it is named at, and how the body is spoiled. */
    record Fault(String field, boolean typeError, Consumer<Map<String, Object>> spoil) {
        @Override
        public String toString() {
            return field;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> person(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("reportedPersons")).get(0);
    }

    private static final List<Fault> FAULTS = List.of(
            new Fault("electionType", true, b -> b.put("electionType", "PILPRES")),
            new Fault("reporter.birthDate", true, b -> at(b, "reporter").put("birthDate", "kemarin")),
            new Fault("reporter.sex", true, b -> at(b, "reporter").put("sex", "L")),
            new Fault("reporter.nickname", true, b -> at(b, "reporter").put("nickname", "Ojan")),
            new Fault("reporter.name", false, b -> at(b, "reporter").put("name", " ")),
            new Fault("reporter.nik", false, b -> at(b, "reporter").put("nik", "3604")),
            new Fault("reportedPersons[0].employmentType", true, b -> person(b).put("employmentType", "HONORER")),
            new Fault("reportedPersons[0].name", true, b -> person(b).put("name", Map.of("first", "Budi"))),
            new Fault("reportedPersons[0].nip", true, b -> person(b).put("nip", List.of("1986", "0926"))),
            new Fault("reportedPersons[0].extra", true, b -> person(b).put("extra", Map.of("a", List.of(1)))),
            new Fault("incident.knownOn", true, b -> at(b, "incident").put("knownOn", "2026-13-45")),
            new Fault("incident.date", true, b -> at(b, "incident").put("date", 20261127)),
            new Fault("incident.place", true, b -> at(b, "incident").put("place", "Kantor\u0000Camat")),
            new Fault("incident.description", false, b -> at(b, "incident").put("description", "")));

    @Provide
    Arbitrary<List<Fault>> faults() {
        return Arbitraries.of(FAULTS).set().ofMinSize(1).ofMaxSize(6).map(ArrayList::new);
    }

    private Map<String, Object> report() {
        Map<String, Object> person = new LinkedHashMap<>(Map.of("name", "Budi Santoso", "nip", "198609262015051001",
                "employmentType", "PNS", "agencyCode", "PEMDA-36.04"));
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"), new ArrayList<>(List.of(person)));
        Map<String, Object> reporter = at(body, "reporter");
        reporter.put("birthDate", "1985-05-15");
        reporter.put("sex", "MALE");
        return body;
    }

    private long cases() {
        return jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
    }

    @Property(tries = 40, shrinking = ShrinkingMode.FULL)
    void everyFaultOfAReportIsNamedInOneAnswer(@ForAll("faults") List<Fault> faults) {
        Map<String, Object> body = report();
        faults.forEach(f -> f.spoil().accept(body));
        long before = cases();

        Api.Response r = Api.anonymous(port).post("/api/v1/public/reports", body);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        Set<String> named = new TreeSet<>();
        for (JsonNode e : r.json().path("errors")) {
            named.add(e.path("field").asText());
            assertThat(e.path("message").asText()).as(e.toString()).isNotBlank();
        }
        Set<String> expected = new TreeSet<>();
        faults.forEach(f -> expected.add(f.field()));
        assertThat(named).as(r.body()).isEqualTo(expected);
        assertThat(r.json().path("errors").size()).as("each field once: " + r.body()).isEqualTo(expected.size());
        assertThat(cases()).isEqualTo(before);
    }

    private static Set<String> named(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        Set<String> fields = new TreeSet<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(r.json().path("errors").size()).as("each field once: " + r.body()).isEqualTo(fields.size());
        return fields;
    }

    private static Api.Response rules(Api admin, String body) {
        return admin.send("PUT", "/api/v1/admin/rules/PILKADA", body, "application/json");
    }

    /** An administrator's bodies too: a value of the wrong type does not hide the others' problems. */
    @net.jqwik.api.Example
    void anAdministratorsBodyIsRefusedWithEveryProblemAtOnce() {
        Api admin = Api.anonymous(port).as("admin");
        Map<String, Object> account = new LinkedHashMap<>(Map.of("username", "", "password", 12345, "role", "PPK",
                "agency", "PEMDA-36.04", "displayName", "x"));
        assertThat(named(admin.post("/api/v1/admin/users", account))).containsExactly("password", "username");
        account.put("role", "RAJA");
        assertThat(named(admin.post("/api/v1/admin/users", account))).containsExactly("password", "role", "username");

        Set<String> missing = named(rules(admin, "{}"));
        assertThat(missing).contains("assessmentWorkingDays");
        assertThat(named(rules(admin, "{\"assessmentWorkingDays\":\"tiga\"}"))).isEqualTo(missing);
        Set<String> nested = named(rules(admin, "{\"numbers\":{\"assessmentWorkingDays\":3}}"));
        assertThat(nested).contains("numbers").doesNotContain("numbers.numbers");
    }

    @Property(tries = 10)
    void aSoundReportIsStillFiled(@ForAll("sound") String place) {
        Map<String, Object> body = report();
        at(body, "incident").put("place", place);
        Api.Response r = Api.anonymous(port).post("/api/v1/public/reports", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Provide
    Arbitrary<String> sound() {
        return Arbitraries.strings().alpha().numeric().withChars(' ', '.', ',').ofMinLength(3).ofMaxLength(60)
                .filter(s -> !s.isBlank());
    }
}
