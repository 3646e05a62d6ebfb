package id.netra.audit;

import id.netra.support.Plenary;
import com.fasterxml.jackson.databind.JsonNode;
import id.netra.casefile.CaseTimeline;
import id.netra.followup.FollowUpService;
import id.netra.support.Api;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static id.netra.support.Reports.REPORTER_NAME;
import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps' domain events: audited under their own action in the step's transaction, written to the case's timeline
 * after commit through the event publication registry, and nothing at all when the step rolls back.
 */
class DomainEventsIT extends IntegrationTest {

    private static final List<String> FULL_PATH = List.of("CASE_REGISTERED", "CASE_FORWARDED", "RECOMMENDATION_ISSUED",
            "PPK_DEADLINE_PASSED", "PERSONNEL_DATA_BLOCKED", "FOLLOW_UP_VERIFIED", "CASE_CLOSED");

    @Autowired
    CaseTimeline timeline;
    @Autowired
    FollowUpService followUp;
    @Autowired
    PlatformTransactionManager transactions;

    /** The case's audit rows of domain events, oldest first, by action. */
    private Map<String, JsonNode> domainRows(UUID caseId, List<String> order) {
        Api.Response r = api.as("admin").get("/api/v1/audit?case=" + caseId);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(REPORTER_NAME);
        Map<String, JsonNode> rows = new java.util.LinkedHashMap<>();
        List<JsonNode> newestFirst = new ArrayList<>();
        r.json().forEach(newestFirst::add);
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            JsonNode e = newestFirst.get(i);
            if (FULL_PATH.contains(e.path("action").asText())) {
                assertThat(rows.put(e.path("action").asText(), e)).as("one row per event").isNull();
                order.add(e.path("action").asText());
            }
        }
        return rows;
    }

    private static void await(String what, BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s for " + what).isLessThan(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private long incompletePublications(UUID caseId) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :c")
                .param("c", "%" + caseId + "%").query(Long.class).single();
    }

    @Test
    void eachStepOfThePathIsAuditedUnderItsOwnActionAndReachesTheTimelineAfterCommit() {
        Filed f = driver.toRecommendation(report("36.04", "PEMDA-36.04"));
        driver.fireTimer(f.caseId(), FlowNodes.START_EVENT_PPK_DEADLINE);
        driver.warnAndBlock(f.caseId(), driver.persons(f.caseId()).get(0));
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_HEAVY", "decreeNumber", "800/321/BKPSDM/2026", "decreeDate", id.netra.platform.Today.date().toString()));
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true));
        JsonNode closed = driver.caseAs("bawaslu.serang", f.caseId());
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED_SANCTIONED");

        List<String> order = new ArrayList<>();
        Map<String, JsonNode> rows = domainRows(f.caseId(), order);
        assertThat(order).containsExactlyElementsOf(FULL_PATH);
        assertThat(rows.get("CASE_REGISTERED").path("actor").asText()).isEqualTo("bawaslu.serang");
        assertThat(rows.get("CASE_REGISTERED").path("detail").path("registerNumber").asText())
                .isEqualTo(closed.path("registerNumber").asText()).isNotBlank();
        assertThat(rows.get("CASE_FORWARDED").path("detail").path("letterNumber").asText()).contains("/PP.01.02/");
        assertThat(rows.get("RECOMMENDATION_ISSUED").path("actor").asText()).isEqualTo("examiner.approver");
        assertThat(rows.get("RECOMMENDATION_ISSUED").path("detail").path("recommendationNumber").asText()).startsWith("R-");
        assertThat(rows.get("PPK_DEADLINE_PASSED").path("actor").asText()).isEqualTo("sistem");
        assertThat(rows.get("PPK_DEADLINE_PASSED").path("detail").path("followUpDueOn").asText()).isNotBlank();
        assertThat(rows.get("PPK_DEADLINE_PASSED").path("detail").has("personnelDataBlocked")).as("the deadline blocks nothing").isFalse();
        assertThat(rows.get("PERSONNEL_DATA_BLOCKED").path("actor").asText()).isEqualTo("examiner");
        assertThat(rows.get("PERSONNEL_DATA_BLOCKED").path("detail").path("letterNumber").asText()).startsWith("BL-");
        assertThat(rows.get("FOLLOW_UP_VERIFIED").path("actor").asText()).isEqualTo("examiner");
        assertThat(rows.get("CASE_CLOSED").path("detail").path("status").asText()).isEqualTo("CLOSED_SANCTIONED");
        assertThat(rows.get("CASE_CLOSED").path("detail").path("from").asText()).isEqualTo("FOLLOW_UP_REPORTED");

        // After commit, through the registry: every publication of the case completed, each milestone on the timeline.
        await("the case's after-commit listeners", () -> timeline.of(f.caseId()).size() == FULL_PATH.size()
                && incompletePublications(f.caseId()) == 0);
        assertThat(timeline.of(f.caseId())).extracting(CaseTimeline.Milestone::milestone).containsExactlyInAnyOrderElementsOf(FULL_PATH);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE completion_date IS NOT NULL AND serialized_event LIKE :c
                        AND event_type NOT LIKE '%LetterIssued' AND listener_id NOT LIKE 'id.netra.notification.%'""")
                .param("c", "%" + f.caseId() + "%").query(Long.class).single()).isEqualTo(FULL_PATH.size());
        // The mail's listeners have theirs too (a task reaching a desk, a change of status, the recommendation).
        await("the mail's publications", () -> jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE completion_date IS NOT NULL AND serialized_event LIKE :c
                        AND listener_id LIKE 'id.netra.notification.%'""").param("c", "%" + f.caseId() + "%").query(Long.class).single() > 0);
        // And one publication a letter issued on the case (its document is made from it), completed too.
        await("each letter's publication", () -> jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE completion_date IS NOT NULL AND serialized_event LIKE :c
                        AND event_type LIKE '%LetterIssued'""").param("c", "%" + f.caseId() + "%").query(Long.class).single()
                .equals(jdbc.sql("SELECT count(*) FROM case_letter WHERE case_id = :c").param("c", f.caseId()).query(Long.class).single()));
        await("no publication left incomplete", () -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single() == 0);
    }

    @Test
    void aCaseClosedByThePlenaryIsAuditedWithItsStatus() {
        Filed f = driver.toRegistered(report("36.04", "PEMDA-36.04"));
        driver.toPlenary(f.caseId(), "NOT_A_VIOLATION");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());

        List<String> order = new ArrayList<>();
        Map<String, JsonNode> rows = domainRows(f.caseId(), order);
        assertThat(order).containsExactly("CASE_REGISTERED", "CASE_CLOSED");
        assertThat(rows.get("CASE_CLOSED").path("actor").asText()).isEqualTo("komisioner.serang");
        assertThat(rows.get("CASE_CLOSED").path("detail").path("status").asText()).isEqualTo("CLOSED_NO_VIOLATION");
        await("the timeline", () -> timeline.of(f.caseId()).size() == 2 && incompletePublications(f.caseId()) == 0);
    }

    @Test
    void aRolledBackStepPublishesNothing() {
        Filed f = driver.toRecommendation(report("36.04", "PEMDA-36.04"));
        await("the events so far", () -> timeline.of(f.caseId()).size() == 3 && incompletePublications(f.caseId()) == 0);
        long publications = jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :c")
                .param("c", "%" + f.caseId() + "%").query(Long.class).single();

        TransactionTemplate step = new TransactionTemplate(transactions);
        step.executeWithoutResult(status -> {
            followUp.escalate(f.caseId(), jdbc.sql("SELECT id FROM case_person WHERE case_id = :c AND ordinal = 1")
                    .param("c", f.caseId()).query(java.util.UUID.class).single(), false);
            status.setRollbackOnly();
        });

        assertThat(driver.status(f.caseId())).isEqualTo("RECOMMENDATION_ISSUED");
        assertThat(jdbc.sql("SELECT count(*) FROM personnel_data_block WHERE case_id = :c").param("c", f.caseId())
                .query(Long.class).single()).as("the block (a first-release model's) rolled back with it").isZero();
        assertThat(domainRows(f.caseId(), new ArrayList<>())).doesNotContainKey("PPK_DEADLINE_PASSED");
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :c")
                .param("c", "%" + f.caseId() + "%").query(Long.class).single()).isEqualTo(publications);
        assertThat(timeline.of(f.caseId())).extracting(CaseTimeline.Milestone::milestone)
                .containsExactlyInAnyOrder("CASE_REGISTERED", "CASE_FORWARDED", "RECOMMENDATION_ISSUED");
    }
}
