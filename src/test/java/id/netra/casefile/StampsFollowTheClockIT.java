package id.netra.casefile;

import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the case's tables stamp — its receipt and registration, each status change of the case and of the track, the
 * deadlines, the hearing, assessment, plenary finding, examination, recommendation, decisions and letters, the PPK's
 * report, the block and its release — is the application's clock's moment, not the database server's: a case taken
 * through the whole path with the clock on a day of June 2025 is stamped on that day, beside its deadlines counted from
 * it.
 */
class StampsFollowTheClockIT extends IntegrationTest {

    /** Tuesday 10 June 2025, 10:00 in Jakarta. */
    private static final Instant AT = LocalDate.of(2025, 6, 10).atTime(10, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();

    private static final List<String> STAMPS = List.of(
            "SELECT created_at FROM case_file WHERE id = :c",
            "SELECT updated_at FROM case_file WHERE id = :c",
            "SELECT registered_at FROM case_file WHERE id = :c",
            "SELECT forwarded_at FROM case_file WHERE id = :c",
            "SELECT closed_at FROM case_file WHERE id = :c",
            "SELECT recorded_at FROM case_reporter_version WHERE case_id = :c",
            "SELECT changed_at FROM case_status_history WHERE case_id = :c",
            "SELECT opened_at FROM person_track WHERE case_id = :c",
            "SELECT closed_at FROM person_track WHERE case_id = :c",
            "SELECT changed_at FROM person_track_history WHERE case_id = :c",
            "SELECT updated_at FROM case_deadline WHERE case_id = :c",
            "SELECT updated_at FROM track_deadline WHERE person_id IN (SELECT id FROM case_person WHERE case_id = :c)",
            "SELECT recorded_at FROM case_hearing WHERE case_id = :c",
            "SELECT updated_at FROM assessment WHERE case_id = :c",
            "SELECT decided_at FROM plenary_finding WHERE case_id = :c",
            "SELECT decided_at FROM case_decision WHERE case_id = :c",
            "SELECT examined_at FROM examination WHERE case_id = :c",
            "SELECT issued_at FROM recommendation WHERE case_id = :c",
            "SELECT issued_at FROM case_letter WHERE case_id = :c",
            "SELECT reported_at FROM follow_up WHERE case_id = :c",
            "SELECT blocked_at FROM personnel_data_block WHERE case_id = :c",
            "SELECT released_at FROM personnel_data_block WHERE case_id = :c");

    @Test
    void everyStampOfACaseTakenThroughThePathIsTheApplicationsClocksMoment() {
        clock.set(AT);
        Filed f = driver.toRecommendation(id.netra.support.Reports.knownOn(report("36.04", "PEMDA-36.04"), LocalDate.of(2025, 6, 9)));
        try {
            UUID person = driver.persons(f.caseId()).get(0);
            // The PPK's deadline passes: warned, the personnel data blocked; the PPK reports, the examining agency accepts.
            driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE, person);
            driver.warnAndBlock(f.caseId(), person);
            driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, person, Map.of("sanctionImposed", true,
                    "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/7/2025", "decreeDate", "2025-06-10"));
            driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, person, Map.of("accepted", true));
            assertThat(driver.status(f.caseId())).isEqualTo("CLOSED_SANCTIONED");

            // The clock runs on from its moment: the path takes seconds, not the ten minutes allowed.
            Instant until = AT.plusSeconds(600);
            for (String stamp : STAMPS) {
                List<Instant> at = jdbc.sql(stamp).param("c", f.caseId())
                        .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list();
                assertThat(at).as(stamp).isNotEmpty().doesNotContainNull()
                        .allSatisfy(i -> assertThat(i).as(stamp).isBetween(AT, until));
            }
            // The history the public reads says the same moments.
            var history = api.get("/api/v1/public/reports/" + f.trackingNumber(), "X-Access-Code", f.accessCode());
            assertThat(history.status()).as(history.body()).isEqualTo(200);
            assertThat(history.json().path("history")).isNotEmpty()
                    .allSatisfy(h -> assertThat(Instant.parse(h.path("at").asText())).isBetween(AT, until));
        } finally {
            // Its timers, had any stayed, lie in the past of the real clock: no job executor may find them due.
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(f.caseId().toString()).list()
                    .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "StampsFollowTheClockIT: a case of 2025", true, true));
        }
    }
}
