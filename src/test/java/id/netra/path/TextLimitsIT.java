package id.netra.path;

import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each text of a report has one limit that validation and its column agree on: a value of exactly the limit is kept
 * whole, one character more is a 400 naming the field — never a 500 from a shorter column.
 */
class TextLimitsIT extends IntegrationTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> body, String path) {
        Map<String, Object> m = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = parts[i].equals("witnesses[0]") ? ((List<Object>) m.get("witnesses")).get(0) : m.get(parts[i]);
            Map<String, Object> copy = new java.util.LinkedHashMap<>((Map<String, Object>) next);
            if (parts[i].equals("witnesses[0]")) {
                ((List<Object>) m.get("witnesses")).set(0, copy);
            } else {
                m.put(parts[i], copy);
            }
            m = copy;
        }
        return m;
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
            "reporter.name, 160, a",
            "reporter.address, 400, a",
            "reporter.phone, 32, 8",
            "reported.name, 160, b",
            "reported.position, 200, c",
            "incident.place, 300, d",
            "incident.description, 20000, e",
            "witnesses[0].name, 160, f",
            "witnesses[0].contact, 200, g"})
    void aTextOfExactlyItsLimitIsKeptAndOneMoreIsRefused(String field, int limit, String letter) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        Map<String, Object> fits = report("36.04", "PEMDA-36.04");
        String value = letter.repeat(limit);
        at(fits, field).put(last, value);
        Api.Response kept = api.post("/api/v1/public/reports", fits);
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        String tn = kept.text("trackingNumber");
        String stored = switch (field) {
            case "reporter.name" -> "SELECT r.name FROM case_reporter r JOIN case_file c ON c.id = r.case_id WHERE c.tracking_number = :tn";
            case "reporter.address" -> "SELECT r.address FROM case_reporter r JOIN case_file c ON c.id = r.case_id WHERE c.tracking_number = :tn";
            case "reporter.phone" -> "SELECT r.phone FROM case_reporter r JOIN case_file c ON c.id = r.case_id WHERE c.tracking_number = :tn";
            case "reported.name" -> "SELECT p.name FROM case_person p JOIN case_file c ON c.id = p.case_id WHERE c.tracking_number = :tn";
            case "reported.position" -> "SELECT p.position FROM case_person p JOIN case_file c ON c.id = p.case_id WHERE c.tracking_number = :tn";
            case "incident.place" -> "SELECT incident_place FROM case_file WHERE tracking_number = :tn";
            case "incident.description" -> "SELECT description FROM case_file WHERE tracking_number = :tn";
            case "witnesses[0].name" -> "SELECT w.name FROM case_witness w JOIN case_file c ON c.id = w.case_id WHERE c.tracking_number = :tn";
            default -> "SELECT w.contact FROM case_witness w JOIN case_file c ON c.id = w.case_id WHERE c.tracking_number = :tn";
        };
        assertThat(jdbc.sql(stored).param("tn", tn).query(String.class).single()).hasSize(limit);

        Map<String, Object> over = report("36.04", "PEMDA-36.04");
        at(over, field).put(last, value + letter);
        Api.Response refused = api.post("/api/v1/public/reports", over);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).contains(field);
    }
}
