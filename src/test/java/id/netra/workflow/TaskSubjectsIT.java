package id.netra.workflow;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Reports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each open task's row of what the inbox reads (V32, TaskSubjects): written as the engine creates the task, removed as
 * it ends, written at start for a task without one; and the inbox answers the same with a task's row or without it.
 */
class TaskSubjectsIT extends IntegrationTest {

    @Autowired
    TaskSubjects subjects;
    @Autowired
    TaskInbox inbox;

    private record Subject(UUID caseId, UUID personId, String personName) {
    }

    private Map<String, Subject> rowsOf(UUID caseId) {
        Map<String, Subject> rows = new java.util.HashMap<>();
        jdbc.sql("SELECT task_id, case_id, person_id, person_name FROM task_subject WHERE case_id = :c").param("c", caseId)
                .query((rs, n) -> rows.put(rs.getString(1), new Subject(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4)))).list();
        return rows;
    }

    private List<String> openTasks(UUID caseId) {
        return jdbc.sql("""
                SELECT t.id_ FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                WHERE e.business_key_ = :c ORDER BY t.id_""").param("c", caseId.toString()).query(String.class).list();
    }

    @Test
    void eachOpenTaskHasItsRowFromCreationToItsEndAndTheInboxReadsTheSameWithoutIt() {
        // Two persons on their own tracks: two examinations, each of its person.
        Filed f = driver.toExamination(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 2)));
        List<UUID> persons = driver.persons(f.caseId());
        Map<String, Subject> rows = rowsOf(f.caseId());
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(openTasks(f.caseId()));
        assertThat(rows.values()).extracting(Subject::personId).containsExactlyInAnyOrderElementsOf(persons);
        assertThat(rows.values()).extracting(Subject::personName).containsExactlyInAnyOrder(Reports.CAMAT, Reports.LURAH_1);

        // The examiner's inbox, with the rows and then without them (the process instance, the tag and the person read
        // instead): the same tasks, persons and names.
        NetraUser examiner = new NetraUser("examiner", "Pemeriksa", Role.EXAMINER, null, null);
        InboxQuery ofTheCase = new InboxQuery(FlowNodes.EXAMINATION, null, null, null, null, InboxQuery.Sort.NEWEST, 0, 500);
        List<String> withRows = seen(examiner, ofTheCase, f.caseId());
        assertThat(withRows).hasSize(2);
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM task_subject WHERE case_id = :c").param("c", f.caseId()).update();
            assertThat(seen(examiner, ofTheCase, f.caseId())).isEqualTo(withRows);
            status.setRollbackOnly();
        });

        // Completed, its row goes; the approval that follows has its own, of the same person.
        String camatsExamination = rows.entrySet().stream().filter(e -> e.getValue().personId().equals(persons.get(0)))
                .findFirst().orElseThrow().getKey();
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, persons.get(0), Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
        Map<String, Subject> after = rowsOf(f.caseId());
        assertThat(after).doesNotContainKey(camatsExamination);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(openTasks(f.caseId()));
        assertThat(after.values()).extracting(Subject::personId).containsExactlyInAnyOrderElementsOf(persons);

        // Rows lost (as for the tasks open at the upgrade to V32) are written again at start; a row of a task no longer
        // open is removed.
        jdbc.sql("DELETE FROM task_subject WHERE case_id = :c").param("c", f.caseId()).update();
        jdbc.sql("INSERT INTO task_subject (task_id, case_id) VALUES ('no-such-task', :c)").param("c", f.caseId()).update();
        assertThat(subjects.reconcile()).isGreaterThanOrEqualTo(2);
        assertThat(rowsOf(f.caseId())).isEqualTo(after);
    }

    @Test
    void aTaskOnTheWholeCaseHasItsCaseAndNoPerson() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        Map<String, Subject> rows = rowsOf(f.caseId());
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(openTasks(f.caseId())).isNotEmpty();
        assertThat(rows.values()).allSatisfy(s -> {
            assertThat(s.caseId()).isEqualTo(f.caseId());
            assertThat(s.personId()).isNull();
            assertThat(s.personName()).isNull();
        });
        // The office's inbox reads it the same without its row: the case's task, no person.
        NetraUser office = new NetraUser("bawaslu.serang", "Bawaslu Serang", Role.BAWASLU_OFFICER, "36.04", null);
        InboxQuery newest = new InboxQuery(null, null, null, null, null, InboxQuery.Sort.NEWEST, 0, 500);
        List<String> withRows = seen(office, newest, f.caseId());
        assertThat(withRows).hasSize(rows.size()).allSatisfy(t -> assertThat(t).contains("/null/null/false"));
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM task_subject WHERE case_id = :c").param("c", f.caseId()).update();
            assertThat(seen(office, newest, f.caseId())).isEqualTo(withRows);
            status.setRollbackOnly();
        });
    }

    @Test
    void aTrackCancelledTakesItsTasksRowsAndATaskOfTheFirstModelVersionIsItsCasesFirstPerson() {
        // A task of a track with no tag (a case of the first model version names one person, its first): the row
        // names the case's first person, as the inbox always read it.
        Filed f = driver.toExamination(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 2)));
        List<UUID> persons = driver.persons(f.caseId());
        String lurahs = jdbc.sql("SELECT task_id FROM task_subject WHERE person_id = :p").param("p", persons.get(1))
                .query(String.class).single();
        jdbc.sql("DELETE FROM act_ru_variable WHERE task_id_ = :t AND name_ = 'personId'").param("t", lurahs).update();
        jdbc.sql("DELETE FROM task_subject WHERE task_id = :t").param("t", lurahs).update();
        subjects.reconcile();
        assertThat(jdbc.sql("SELECT person_id FROM task_subject WHERE task_id = :t").param("t", lurahs).query(UUID.class).single())
                .isEqualTo(persons.get(0));
        // The whole process deleted (as a case withdrawn), skipping the models' own listeners: every row goes with its task.
        String instance = jdbc.sql("SELECT proc_inst_id_ FROM act_ru_task WHERE id_ = :t").param("t", lurahs).query(String.class).single();
        runtime.deleteProcessInstance(instance, "test", true);
        assertThat(rowsOf(f.caseId())).isEmpty();
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /** The case's tasks in the user's inbox, each with its person and name and whether it is back. */
    private List<String> seen(NetraUser user, InboxQuery q, UUID caseId) {
        return inbox.tasks(user, q).stream().filter(t -> caseId.equals(t.caseId()))
                .map(t -> t.id() + "/" + t.personId() + "/" + t.personName() + "/" + t.sentBack()).toList();
    }
}
