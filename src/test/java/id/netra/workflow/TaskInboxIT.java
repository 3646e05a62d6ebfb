package id.netra.workflow;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static id.netra.support.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

/** The inbox's query plan rests on the model's national groups and an index on the engine's task table. */
class TaskInboxIT extends IntegrationTest {

    @Autowired
    TaskInbox inbox;

    @Test
    void nationalGroupsAreReadFromTheModel() {
        Map<String, List<String>> national = inbox.tasksOfNationalGroups();
        assertThat(national).containsOnlyKeys("examiner", "examiner-approver");
        assertThat(national.get("examiner")).containsExactlyInAnyOrder(FlowNodes.EXAMINATION, FlowNodes.FOLLOW_UP_VERIFICATION,
                FlowNodes.NON_COMPLIANCE_WARNING, FlowNodes.PERSONNEL_DATA_BLOCK, FlowNodes.NON_COMPLIANCE_ESCALATION,
                FlowNodes.OBJECTION_ANSWER);
        assertThat(national.get("examiner-approver")).containsExactly(FlowNodes.RECOMMENDATION_APPROVAL);
    }

    @Test
    void theTaskIndexesExistOnTheEnginesTable() {
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'netra_task_key_due_id_idx'")
                .query(String.class).single()).contains("act_ru_task", "(task_def_key_, due_date_, create_time_, id_)");
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'netra_task_key_created_id_idx'")
                .query(String.class).single()).contains("act_ru_task", "(task_def_key_, create_time_, id_)");
        // The earlier release's indexes, which these replace, are gone.
        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE indexname IN ('netra_task_key_due_idx', 'netra_task_key_created_idx')")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'netra_task_parent_idx'")
                .query(String.class).single()).contains("act_ru_task", "parent_task_id_");
        // The inbox's probes by the engine's ids, in byte order, each carrying what the inbox reads.
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'netra_execution_id_c_idx'")
                .query(String.class).single()).contains("act_ru_execution", "(id_ COLLATE \"C\") INCLUDE (business_key_)");
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'netra_identitylink_task_c_idx'")
                .query(String.class).single()).contains("act_ru_identitylink", "(task_id_ COLLATE \"C\") INCLUDE (type_, group_id_)");
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'netra_variable_task_c_idx'")
                .query(String.class).single()).contains("act_ru_variable", "(task_id_ COLLATE \"C\", name_ COLLATE \"C\") INCLUDE (text_)");
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    id.netra.casefile.CaseAccess access;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repository;
    @Autowired
    TaskForms forms;

    @Test
    void withoutTheIndexesInByteOrderTheInboxComparesIdsAsTheEnginesOwnIndexesDo() {
        NetraUser examiner = new NetraUser("examiner", "Pemeriksa", Role.EXAMINER, null, null);
        assertThat(inbox.statement(examiner, InboxQuery.DEFAULT).orElseThrow().sql()).contains("COLLATE \"C\"");
        // As when EngineIndexes was refused them (the engine's tables owned by another role): a comparison in byte order
        // would find no index; rolled back.
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            jdbc.sql("DROP INDEX netra_variable_task_c_idx").update();
            TaskInbox without = new TaskInbox(jdbc, access, repository, forms);
            var statement = without.statement(examiner, InboxQuery.DEFAULT).orElseThrow();
            // (task_subject's key is itself in byte order, V32: that join keeps it.)
            assertThat(statement.sql()).doesNotContain("pi.id_ COLLATE", "pv.task_id_ COLLATE", "l.task_id_ COLLATE")
                    .contains("(pi.id_) = (t.proc_inst_id_)");
            assertThat(without.tasks(examiner)).extracting(TaskView::id)
                    .containsExactlyElementsOf(inbox.tasks(examiner).stream().map(TaskView::id).toList());
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE indexname = 'netra_variable_task_c_idx'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anOfficersInboxKeepsItsPlanAndAPpksIsPlannedForItsValues() {
        driver.toExamination(report("36.04", "PEMDA-36.04"));
        NetraUser examiner = new NetraUser("examiner", "Pemeriksa", Role.EXAMINER, null, null);
        NetraUser office = new NetraUser("bawaslu.serang", "Bawaslu Serang", Role.BAWASLU_OFFICER, "36.04", null);
        NetraUser ppk = new NetraUser("ppk.serang", "PPK Serang", Role.PPK, null, "PEMDA-36.04");
        // The examiner's statement has the user's name alone left as a parameter: it plans the same for every examiner.
        assertThat(inbox.statement(examiner, InboxQuery.DEFAULT).orElseThrow().params()).containsOnlyKeys("user");
        assertThat(inbox.statement(office, InboxQuery.DEFAULT).orElseThrow().params()).containsKeys("user", "scopeOffice", "localGroups");
        InboxQuery overdue = new InboxQuery(null, null, null, InboxQuery.Due.OVERDUE, null, null, 0, 50);
        // On one connection (one transaction), as the pool's connections are reused: the driver prepares a statement on
        // the server after its fifth run, and the server keeps a generic plan when it costs no more than the custom ones.
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (int i = 0; i < 12; i++) {
                inbox.tasks(examiner);
                inbox.tasks(office);
                inbox.tasks(ppk);
                inbox.tasks(office, overdue);
            }
            java.util.function.Function<String, List<Long>> plans = marker -> jdbc.sql("""
                            SELECT generic_plans FROM pg_prepared_statements WHERE statement LIKE 'SELECT page.id_%' AND statement LIKE :marker""")
                    .param("marker", "%" + marker + "%").query(Long.class).list();
            assertThat(plans.apply("t.task_def_key_ = 'examination' AND")).anySatisfy(n -> assertThat(n).isPositive());
            assertThat(plans.apply("c.office_code = $%LIMIT 501)")).anySatisfy(n -> assertThat(n).isPositive());
            assertThat(plans.apply("st.ppk_agency = $")).isNotEmpty().allSatisfy(n -> assertThat(n).isZero());
            assertThat(plans.apply("t.due_date_ < $")).isNotEmpty().allSatisfy(n -> assertThat(n).isZero());
        });
    }

    @Test
    void tasksCreatedAtTheSameInstantArePagedInTheOrderOfTheirIdsWithoutGapsOrRepeats() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Filed filed = driver.toExamination(report("36.04", "PEMDA-36.04"));
            ids.add(jdbc.sql("""
                    SELECT t.id_ FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                    WHERE e.business_key_ = :case AND t.task_def_key_ = 'examination'""")
                    .param("case", filed.caseId().toString()).query(String.class).single());
        }
        // As when a batch of cases is forwarded at once: the same creation time, older than any other task.
        jdbc.sql("UPDATE act_ru_task SET create_time_ = TIMESTAMP '2001-01-01 00:00:00' WHERE id_ IN (:ids)")
                .param("ids", ids).update();
        NetraUser examiner = new NetraUser("examiner", "Pemeriksa", Role.EXAMINER, null, null);
        List<String> oldestFirst = new java.util.ArrayList<>();
        List<String> newestLast = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            oldestFirst.add(inbox.tasks(examiner, new InboxQuery(FlowNodes.EXAMINATION, null, null, null,
                    InboxQuery.Claim.OPEN, InboxQuery.Sort.OLDEST, page, 1)).get(0).id());
        }
        assertThat(oldestFirst).containsExactlyElementsOf(ids.stream().sorted().toList());
        // Newest first, the same three are the last three, in the reverse order.
        int open = inbox.tasks(examiner, new InboxQuery(FlowNodes.EXAMINATION, null, null, null, InboxQuery.Claim.OPEN,
                InboxQuery.Sort.NEWEST, 0, InboxQuery.MAX_SIZE)).size();
        assertThat(open).isLessThan(InboxQuery.MAX_SIZE);
        for (int page = open - 3; page < open; page++) {
            newestLast.add(inbox.tasks(examiner, new InboxQuery(FlowNodes.EXAMINATION, null, null, null,
                    InboxQuery.Claim.OPEN, InboxQuery.Sort.NEWEST, page, 1)).get(0).id());
        }
        assertThat(newestLast).containsExactlyElementsOf(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @Test
    void anApproverSeesTheQueuesOfBothGroupsMostUrgentFirst() {
        Filed examination = driver.toExamination(report("36.04", "PEMDA-36.04"));
        Filed approval = driver.toExamination(report("36.04", "PEMDA-36.04"));
        driver.complete("examiner", approval.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti."));
        NetraUser approver = new NetraUser("examiner.approver", "Penyetuju", Role.EXAMINER_APPROVER, null, null);
        List<TaskView> tasks = inbox.tasks(approver);
        assertThat(tasks).anyMatch(t -> t.caseId().equals(examination.caseId()) && t.key().equals(FlowNodes.EXAMINATION));
        assertThat(tasks).anyMatch(t -> t.caseId().equals(approval.caseId()) && t.key().equals(FlowNodes.RECOMMENDATION_APPROVAL));
        List<Instant> due = tasks.stream().map(TaskView::due).toList();
        for (int i = 1; i < due.size(); i++) {
            if (due.get(i - 1) != null && due.get(i) != null) {
                assertThat(due.get(i - 1)).isBeforeOrEqualTo(due.get(i));
            }
        }
        NetraUser examiner = new NetraUser("examiner", "Pemeriksa", Role.EXAMINER, null, null);
        assertThat(inbox.tasks(examiner)).noneMatch(t -> t.key().equals(FlowNodes.RECOMMENDATION_APPROVAL));
    }

    /** The API's inbox takes the inbox page's criteria: each narrows it, a bad one is refused with its choices, all at once. */
    @Test
    void theApisInboxIsFilteredAndPagedAsThePageIs() {
        id.netra.support.CaseDriver.Filed received = driver.fileReport(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        id.netra.support.CaseDriver.Filed registered = driver.toRegistered(id.netra.support.Reports.report("36.04", "PEMDA-36.04"));
        id.netra.support.Api officer = api.as("bawaslu.serang");
        com.fasterxml.jackson.databind.JsonNode reviews = officer.get("/api/v1/tasks?task=initialReview&size=500").json();
        java.util.List<String> reviewKeys = reviews.findValuesAsText("key").stream().distinct().toList();
        assertThat(reviewKeys).containsExactly(FlowNodes.INITIAL_REVIEW);
        assertThat(reviews.findValuesAsText("caseId")).contains(received.caseId().toString())
                .doesNotContain(registered.caseId().toString());
        com.fasterxml.jackson.databind.JsonNode registeredOnes = officer.get("/api/v1/tasks?status=registered").json();
        assertThat(registeredOnes.findValuesAsText("caseId")).contains(registered.caseId().toString())
                .doesNotContain(received.caseId().toString());
        assertThat(registeredOnes.findValuesAsText("status").stream().distinct().toList()).containsExactly("REGISTERED");
        assertThat(officer.get("/api/v1/tasks?size=1").json()).hasSize(1);
        com.fasterxml.jackson.databind.JsonNode first = officer.get("/api/v1/tasks?size=1&sort=OLDEST").json().get(0);
        com.fasterxml.jackson.databind.JsonNode second = officer.get("/api/v1/tasks?size=1&offset=1&sort=OLDEST").json().get(0);
        assertThat(second.path("id").asText()).isNotEqualTo(first.path("id").asText());

        id.netra.support.Api.Response refused = officer.get("/api/v1/tasks?task=nope&status=NOPE&electionType=x&size=501&offset=-1");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("task", "status", "electionType", "size", "offset");
        assertThat(refused.json().path("errors").toString()).contains("initialReview", "REGISTERED", "PILKADA");
        assertThat(officer.get("/api/v1/tasks?due=SOMETIME").status()).isEqualTo(400);
    }
}
