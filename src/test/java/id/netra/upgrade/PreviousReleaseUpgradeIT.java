package id.netra.upgrade;

import id.netra.support.Plenary;
import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import id.netra.NetraApplication;
import id.netra.casefile.RegisterNumber;
import id.netra.platform.EmbeddedPostgresConfiguration;
import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FlowNodes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.netra.support.Reports.REPORTER_ADDRESS;
import static id.netra.support.Reports.REPORTER_EMAIL;
import static id.netra.support.Reports.REPORTER_NAME;
import static id.netra.support.Reports.REPORTER_NIK;
import static id.netra.support.Reports.REPORTER_PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * An installation of the previous release, with cases waiting at every stage and at every timer, upgrades in place,
 * and a client of the previous release's API carries each case to its end.
 * <ol>
 *   <li>The previous release's state, on a database of its own in the same server: its schema (Flyway up to
 *   {@link #PREVIOUS_RELEASE_SCHEMA}), its cases written as it wrote them (plain SQL into those tables), and its
 *   process instances on its model ({@code previous-release/asn-neutrality-case.bpmn}, deployed as the application
 *   deploys it) by a bare engine, each positioned where its case waits, timers reading the stored deadlines.</li>
 *   <li>The upgrade: this release started on that database (a second application context), which migrates the schema,
 *   deploys its model and migrates what it migrates.</li>
 *   <li>Every case carried to its end over HTTP with the demo accounts, timers fired where the path needs them; each
 *   end state checked, with everything the case showed before the upgrade still shown.</li>
 * </ol>
 * What it takes of the upgraded release: the task keys, the flow-node ids of the timers
 * ({@code Event_CompletionWindowPassed}, {@code Boundary_AssessmentDeadline}, {@code StartEvent_PpkReminder},
 * {@code StartEvent_PpkDeadline}) and the process key stay; one running instance of the process key per case (business
 * key = case id); the demo accounts and their groups; forms answered from the fields {@code GET /tasks/{id}} declares
 * ({@link Forms}: the intended values where a field of that name is declared, anything else it requires filled in);
 * the case's answer keeps {@code status}, {@code closedAt}, {@code history[].from/to}, {@code decisions[].taskKey/
 * outcome/decidedBy} (those of before the upgrade first, in order), {@code letters[].number},
 * {@code deadlines[].kind/dueOn}, {@code hearings[].name/summary}, {@code registerNumber}, {@code trackingNumber},
 * {@code reporter.name/nik}, {@code assessment.overdue} and {@code followUp.personnelDataBlocked}; a migrated timer keeps
 * its due date; which stages migrate: {@link #MIGRATED_TO_NEWEST}.
 */
class PreviousReleaseUpgradeIT extends IntegrationTest {

    /** The last migration of the previous release. */
    static final String PREVIOUS_RELEASE_SCHEMA = "15";

    /**
     * Whether this release's model differs from the previous release's (copied to
     * {@code src/test/resources/previous-release/}). False where the two are the same model; the merge of the
     * multi-person model (BPMN version 2) sets it true, and then the upgrade must deploy a newer version.
     */
    static final boolean MODEL_CHANGED = true;

    /**
     * The stages whose running instances the upgrade migrates to the newest model: those waiting before the forwarding
     * to the examining agency. Every other stage finishes on the previous release's model. The migration component
     * decides this; keep the two in step.
     */
    static final Set<Stage> MIGRATED_TO_NEWEST = EnumSet.of(Stage.INITIAL_REVIEW, Stage.AWAITING_COMPLETION,
            Stage.CLARIFICATION, Stage.ASSESSMENT, Stage.PLENARY_DECISION);

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final String EXAMINING_AGENCY = "BKN";
    static final String PREVIOUS_MODEL = "/previous-release/asn-neutrality-case.bpmn";

    /** Where a case of the previous release waits. */
    enum Stage {
        INITIAL_REVIEW, AWAITING_COMPLETION, CLARIFICATION, ASSESSMENT, PLENARY_DECISION, EXAMINATION,
        RECOMMENDATION_APPROVAL, FOLLOW_UP_CONFIRMATION, FOLLOW_UP_REMINDED, FOLLOW_UP_OVERDUE, FOLLOW_UP_VERIFICATION
    }

    /** A case as the previous release left it, and what it showed then. */
    static final class Fixture {
        final Stage stage;
        final UUID id = UUID.randomUUID();
        final String office;
        final String agency;
        final String source;
        final String electionType;
        final LocalDate received;
        String trackingNumber;
        String registerNumber;
        final List<String> statuses = new ArrayList<>();
        final List<String> decisions = new ArrayList<>();
        final List<String> letters = new ArrayList<>();
        final Map<String, LocalDate> deadlines = new TreeMap<>();
        final List<String> hearings = new ArrayList<>();
        final Map<String, Object> variables = new LinkedHashMap<>();
        final List<String> startBefore = new ArrayList<>();
        final List<String> firedBefore = new ArrayList<>();

        Fixture(Stage stage, String office, String agency, String source, String electionType, LocalDate received) {
            this.stage = stage;
            this.office = office;
            this.agency = agency;
            this.source = source;
            this.electionType = electionType;
            this.received = received;
        }

        boolean isReport() {
            return source.equals("REPORT");
        }

        String officer() {
            return office.equals("36.04") ? "bawaslu.serang" : "bawaslu.pandeglang";
        }

        String commissioner() {
            return office.equals("36.04") ? "komisioner.serang" : "komisioner.pandeglang";
        }

        String ppk() {
            return agency.equals("PEMDA-36.04") ? "ppk.serang" : "ppk.pandeglang";
        }

        @Override
        public String toString() {
            return stage + " case " + id;
        }
    }

    @Autowired
    EmbeddedPostgres postgres;
    /** The running application's engine: how the application deploys its model (deployment and resource names). */
    @Autowired
    RepositoryService repositoryService;

    private final String database = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
    private JdbcClient db;
    private final Map<String, Integer> sequences = new TreeMap<>();

    @Test
    void anInstallationOfThePreviousReleaseUpgradesInPlaceAndEveryCaseReachesItsEnd() throws Exception {
        owner.sql("CREATE DATABASE " + database).update();
        HikariDataSource ownerPool = pool(postgres.getJdbcUrl("postgres", database), "postgres", "upgrade-owner");
        try {
            db = JdbcClient.create(ownerPool);
            Flyway.configure().dataSource(ownerPool).locations("classpath:db/migration")
                    .placeholders(Map.of("appRole", EmbeddedPostgresConfiguration.APPLICATION_ROLE))
                    .target(PREVIOUS_RELEASE_SCHEMA).load().migrate();

            Map<Stage, Fixture> cases = writeCases();
            String previousDefinition = runPreviousEngine(cases);

            long lettersBefore = db.sql("SELECT coalesce(max(id), 0) FROM case_letter").query(Long.class).single();
            try (ConfigurableApplicationContext upgraded = upgrade()) {
                Api api = Api.anonymous(((WebServerApplicationContext) upgraded).getWebServer().getPort());
                Driver driver = new Driver(api, upgraded);
                assertTheModelVersions(driver, cases, previousDefinition);
                // V32: the first start wrote each waiting task's row of what the inbox reads, naming the task's own case.
                assertThat(db.sql("SELECT count(*) FROM act_ru_task").query(Long.class).single()).isPositive();
                assertThat(db.sql("""
                        SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                        LEFT JOIN task_subject s ON s.task_id = (t.id_ COLLATE "C")
                        WHERE s.task_id IS NULL OR s.case_id <> CAST(e.business_key_ AS uuid)""").query(Long.class).single()).isZero();
                carryToTheirEnds(driver, cases);
                // V34: every letter issued on an upgraded case (its verification letter too) has its document, made after
                // commit; no publication is left incomplete (a letter of the previous release keeps its number only).
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
                while (db.sql("""
                        SELECT count(*) FROM case_letter l LEFT JOIN letter_document d ON d.letter_id = l.id
                        WHERE l.id > :before AND d.letter_id IS NULL""")
                        .param("before", lettersBefore).query(Long.class).single() > 0) {
                    assertThat(System.nanoTime()).as("each letter issued after the upgrade has its document").isLessThan(deadline);
                    Thread.sleep(100);
                }
                assertThat(db.sql("SELECT count(*) FROM letter_document").query(Long.class).single()).isPositive();
                assertThat(db.sql("SELECT count(*) FROM letter_document d JOIN case_letter l ON l.id = d.letter_id WHERE l.id <= :before")
                        .param("before", lettersBefore).query(Long.class).single()).isZero();
            }
        } finally {
            ownerPool.close();
            owner.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. The previous release's cases, as it wrote them (V5..V15 tables; the services of the previous release).
    // ---------------------------------------------------------------------------------------------------------------

    private Map<Stage, Fixture> writeCases() {
        LocalDate today = LocalDate.now(ZONE);
        Map<Stage, Fixture> cases = new EnumMap<>(Stage.class);
        cases.put(Stage.INITIAL_REVIEW, new Fixture(Stage.INITIAL_REVIEW, "36.01", "PEMDA-36.01", "REPORT", "PILKADA", today.minusDays(1)));
        cases.put(Stage.AWAITING_COMPLETION, new Fixture(Stage.AWAITING_COMPLETION, "36.04", "PEMDA-36.04", "REPORT", "PILKADA", today.minusDays(4)));
        cases.put(Stage.CLARIFICATION, new Fixture(Stage.CLARIFICATION, "36.04", "PEMDA-36.04", "REPORT", "PILKADA", today.minusDays(3)));
        cases.put(Stage.ASSESSMENT, new Fixture(Stage.ASSESSMENT, "36.04", "PEMDA-36.04", "REPORT", "PEMILU", today.minusDays(3)));
        cases.put(Stage.PLENARY_DECISION, new Fixture(Stage.PLENARY_DECISION, "36.04", "PEMDA-36.04", "REPORT", "PILKADA", today.minusDays(3)));
        cases.put(Stage.EXAMINATION, new Fixture(Stage.EXAMINATION, "36.04", "PEMDA-36.04", "FINDING", "PILKADA", today.minusDays(8)));
        cases.put(Stage.RECOMMENDATION_APPROVAL, new Fixture(Stage.RECOMMENDATION_APPROVAL, "36.04", "PEMDA-36.04", "REPORT", "PILKADA", today.minusDays(12)));
        cases.put(Stage.FOLLOW_UP_CONFIRMATION, new Fixture(Stage.FOLLOW_UP_CONFIRMATION, "36.01", "PEMDA-36.01", "REPORT", "PILKADA", today.minusDays(12)));
        cases.put(Stage.FOLLOW_UP_REMINDED, new Fixture(Stage.FOLLOW_UP_REMINDED, "36.04", "PEMDA-36.04", "REPORT", "PILKADA", today.minusDays(21)));
        cases.put(Stage.FOLLOW_UP_OVERDUE, new Fixture(Stage.FOLLOW_UP_OVERDUE, "36.04", "PEMDA-36.04", "REPORT", "PILKADA", today.minusDays(30)));
        cases.put(Stage.FOLLOW_UP_VERIFICATION, new Fixture(Stage.FOLLOW_UP_VERIFICATION, "36.04", "PEMDA-36.01", "REPORT", "PEMILU", today.minusDays(16)));
        int n = 0;
        for (Fixture f : cases.values()) {
            write(f, ++n);
        }
        sequences.forEach((key, last) -> {
            String[] scopeYear = key.split("#");
            db.sql("INSERT INTO number_sequence (scope, year, last_value) VALUES (:s, :y, :v)")
                    .param("s", scopeYear[0]).param("y", Integer.parseInt(scopeYear[1])).param("v", last).update();
        });
        return cases;
    }

    private static Instant at(LocalDate day, int minute) {
        return day.atTime(LocalTime.of(9, 0).plusMinutes(minute)).atZone(ZONE).toInstant();
    }

    private int next(String scope, int year) {
        return sequences.merge(scope + "#" + year, 1, Integer::sum);
    }

    private void write(Fixture f, int n) {
        Stage s = f.stage;
        LocalDate t0 = f.received;
        boolean registered = s != Stage.INITIAL_REVIEW && s != Stage.AWAITING_COMPLETION;
        boolean heard = registered && s != Stage.CLARIFICATION;
        boolean assessed = heard && s != Stage.ASSESSMENT;
        boolean forwarded = assessed && s != Stage.PLENARY_DECISION;
        boolean examined = forwarded && s != Stage.EXAMINATION;
        boolean recommended = examined && s != Stage.RECOMMENDATION_APPROVAL;
        String officer = f.officer();
        String creator = f.isReport() ? "pelapor" : officer;

        f.trackingNumber = (f.isReport() ? "LPR-" : "TM-") + t0.getYear() + "-UPG" + String.format("%05d", n);
        db.sql("""
                        INSERT INTO case_file (id, tracking_number, access_code_hash, source, election_type, status, office_code,
                            reported_name, reported_nip, reported_position, agency_code, incident_date, known_on,
                            incident_place, region_code, description, late_filing, created_by, created_at, updated_at)
                        VALUES (:id, :tn, :ac, :source, :et, 'RECEIVED', :office, 'Budi Santoso', '198609262015051001',
                            'Camat Ciruas', :agency, :idate, :known, 'Kantor Kecamatan Ciruas', :office, :descr, FALSE, :by, :at, :at)""")
                .param("id", f.id).param("tn", f.trackingNumber).param("ac", f.isReport() ? "0".repeat(64) : null)
                .param("source", f.source).param("et", f.electionType).param("office", f.office).param("agency", f.agency)
                .param("idate", t0.minusDays(2)).param("known", t0.minusDays(1))
                .param("descr", f.isReport() ? "Saya, " + REPORTER_NAME + ", melihat ASN tersebut mengunggah foto dukungan kepada "
                        + "pasangan calon di Instagram. Hubungi saya di " + REPORTER_PHONE + "." : "ASN memberikan dukungan kepada pasangan calon melalui media sosial.")
                .param("by", creator).param("at", java.sql.Timestamp.from(at(t0, 0))).update();
        if (f.isReport()) {
            db.sql("INSERT INTO case_reporter (case_id, name, nik, address, phone, email) VALUES (:id, :n, :nik, :a, :p, :e)")
                    .param("id", f.id).param("n", REPORTER_NAME).param("nik", REPORTER_NIK).param("a", REPORTER_ADDRESS)
                    .param("p", REPORTER_PHONE).param("e", REPORTER_EMAIL).update();
            db.sql("INSERT INTO case_reporter_version (case_id, version, name, nik, address, phone, email, recorded_at) "
                            + "VALUES (:id, 1, :n, :nik, :a, :p, :e, :at)")
                    .param("id", f.id).param("n", REPORTER_NAME).param("nik", REPORTER_NIK).param("a", REPORTER_ADDRESS)
                    .param("p", REPORTER_PHONE).param("e", REPORTER_EMAIL).param("at", java.sql.Timestamp.from(at(t0, 0))).update();
            db.sql("INSERT INTO case_witness (case_id, name, contact) VALUES (:id, 'Siti Aminah', '0812 1111 2222')").param("id", f.id).update();
            deadline(f, "REPORT_FILING", t0.minusDays(1), t0.plusDays(8), "7 hari kerja sejak diketahui");
            deadline(f, "INITIAL_REVIEW", t0, t0.plusDays(2), "2 hari sejak diterima");
        }
        history(f, null, "RECEIVED", creator, at(t0, 0), null, "ALL");
        variable(f, "caseId", f.id.toString());
        variable(f, "source", f.source);
        variable(f, "electionType", f.electionType);
        variable(f, "office", f.office);
        variable(f, "agency", f.agency);

        if (s == Stage.INITIAL_REVIEW) {
            f.startBefore.add(FlowNodes.INITIAL_REVIEW);
            return;
        }
        if (s == Stage.AWAITING_COMPLETION) {
            String missing = "Bukti tangkapan layar unggahan dan tautan akun media sosial terlapor.";
            LocalDate asked = t0.plusDays(1);
            decision(f, FlowNodes.INITIAL_REVIEW, officer, at(asked, 0), "INCOMPLETE",
                    "{\"formalRequirementsMet\": true, \"materialRequirementsMet\": false, \"missingItems\": \"" + missing + "\"}");
            update(f, "UPDATE case_file SET missing_items = :v WHERE id = :id", missing);
            deadline(f, "COMPLETION", asked, asked.plusDays(2), "2 hari sejak pemberitahuan");
            history(f, "RECEIVED", "AWAITING_COMPLETION", officer, at(asked, 1), missing, "HANDLING");
            variable(f, "reviewOutcome", "INCOMPLETE");
            f.startBefore.add(FlowNodes.GATEWAY_AWAIT_COMPLETION);
            return;
        }

        // Registered (a report by its initial review, a finding at once).
        LocalDate reg = t0.plusDays(f.isReport() ? 1 : 0);
        if (f.isReport()) {
            decision(f, FlowNodes.INITIAL_REVIEW, officer, at(reg, 0), "REGISTER",
                    "{\"formalRequirementsMet\": true, \"materialRequirementsMet\": true}");
            variable(f, "reviewOutcome", "REGISTER");
        }
        int seq = next("REG:" + f.office, reg.getYear());
        f.registerNumber = String.format("%03d/Reg/%s/%s/Kab/%s/%s/%d", seq, f.isReport() ? "LP" : "TM",
                f.electionType.equals("PEMILU") ? "PL" : "PB", f.office, RegisterNumber.roman(reg.getMonthValue()), reg.getYear());
        db.sql("UPDATE case_file SET register_number = :n, registered_at = :at WHERE id = :id")
                .param("n", f.registerNumber).param("at", java.sql.Timestamp.from(at(reg, 1))).param("id", f.id).update();
        deadline(f, "ASSESSMENT", reg, reg.plusDays(4), "3 hari kerja sejak registrasi");
        history(f, "RECEIVED", "REGISTERED", officer, at(reg, 1), "Nomor registrasi " + f.registerNumber, "ALL");
        if (!heard) {
            f.startBefore.add(FlowNodes.CLARIFICATION);
            return;
        }

        LocalDate heardOn = reg.plusDays(1);
        hearing(f, "REPORTED", "Budi Santoso", heardOn, "Terlapor mengakui mengunggah foto dukungan.", officer);
        hearing(f, "WITNESS", "Siti Aminah", heardOn, "Saksi melihat unggahan pada akun terlapor.", officer);
        decision(f, FlowNodes.CLARIFICATION, officer, at(heardOn, 5), "HEARD", "{\"hearings\": 2}");
        history(f, "REGISTERED", "UNDER_ASSESSMENT", officer, at(heardOn, 5), "2 klarifikasi dicatat", "EXAMINING");
        if (!assessed) {
            f.startBefore.add(FlowNodes.ASSESSMENT);
            return;
        }

        LocalDate assessedOn = heardOn.plusDays(1);
        db.sql("UPDATE case_file SET conclusion = 'NEUTRALITY_VIOLATION', violation_types = ARRAY['SOCIAL_MEDIA']::varchar[], "
                + "analysis = 'Unsur pelanggaran netralitas terpenuhi.' WHERE id = :id").param("id", f.id).update();
        decision(f, FlowNodes.ASSESSMENT, officer, at(assessedOn, 0), "NEUTRALITY_VIOLATION",
                "{\"conclusion\": \"NEUTRALITY_VIOLATION\", \"violationTypes\": [\"SOCIAL_MEDIA\"], \"analysis\": \"Unsur pelanggaran netralitas terpenuhi.\"}");
        history(f, "UNDER_ASSESSMENT", "AWAITING_PLENARY", officer, at(assessedOn, 0), null, "ALL");
        variable(f, "conclusion", "NEUTRALITY_VIOLATION");
        if (!forwarded) {
            f.startBefore.add(FlowNodes.PLENARY_DECISION);
            return;
        }

        LocalDate fwd = assessedOn.plusDays(1);
        decision(f, FlowNodes.PLENARY_DECISION, f.commissioner(), at(fwd, 0), "APPROVED", "{\"approved\": true}");
        variable(f, "plenaryApproved", true);
        int fwdSeq = next("FWD:" + f.office, fwd.getYear());
        String fwdLetter = String.format("%03d/PP.01.02/%s/%s/%d", fwdSeq, f.office, RegisterNumber.roman(fwd.getMonthValue()), fwd.getYear());
        letter(f, "FORWARDING", fwdLetter, at(fwd, 1), f.commissioner());
        db.sql("UPDATE case_file SET forwarded_at = :at WHERE id = :id").param("at", java.sql.Timestamp.from(at(fwd, 1))).param("id", f.id).update();
        deadline(f, "EXAMINATION", fwd, fwd.plusDays(18), "14 hari kerja sejak diteruskan");
        history(f, "AWAITING_PLENARY", "UNDER_EXAMINATION", f.commissioner(), at(fwd, 1), "Diteruskan dengan surat " + fwdLetter, "ALL");
        if (!examined) {
            f.startBefore.add(FlowNodes.EXAMINATION);
            return;
        }

        LocalDate examinedOn = fwd.plusDays(4);
        db.sql("UPDATE case_file SET examination_outcome = 'PROVEN', recommended_sanction = 'DISCIPLINE_MEDIUM', "
                + "examination_reasoning = 'Terbukti melanggar netralitas.' WHERE id = :id").param("id", f.id).update();
        decision(f, FlowNodes.EXAMINATION, "examiner", at(examinedOn, 0), "PROVEN",
                "{\"outcome\": \"PROVEN\", \"sanctionClass\": \"DISCIPLINE_MEDIUM\", \"reasoning\": \"Terbukti melanggar netralitas.\"}");
        variable(f, "examinationOutcome", "PROVEN");
        if (!recommended) {
            f.startBefore.add(FlowNodes.RECOMMENDATION_APPROVAL);
            return;
        }

        LocalDate rec = examinedOn.plusDays(1);
        decision(f, FlowNodes.RECOMMENDATION_APPROVAL, "examiner.approver", at(rec, 0), "APPROVED", "{\"approved\": true}");
        variable(f, "recommendationApproved", true);
        int recSeq = next("REC:" + EXAMINING_AGENCY, rec.getYear());
        String recLetter = "R-" + recSeq + "/" + EXAMINING_AGENCY + "/" + rec.getMonthValue() + "/" + rec.getYear();
        letter(f, "RECOMMENDATION", recLetter, at(rec, 1), "examiner.approver");
        db.sql("UPDATE case_file SET recommended_at = :at WHERE id = :id").param("at", java.sql.Timestamp.from(at(rec, 1))).param("id", f.id).update();
        LocalDate ppkDue = rec.plusDays(14);
        deadline(f, "PPK_FOLLOW_UP", rec, ppkDue, "14 hari kerja sejak rekomendasi");
        deadline(f, "PPK_REMINDER", rec, ppkDue.minusDays(3), "3 hari kerja sebelum batas waktu PPK");
        history(f, "UNDER_EXAMINATION", "RECOMMENDATION_ISSUED", "examiner.approver", at(rec, 1), "Rekomendasi " + recLetter, "ALL");
        variable(f, "followUpReported", false);
        f.startBefore.add(FlowNodes.FOLLOW_UP_CONFIRMATION);
        if (s == Stage.FOLLOW_UP_REMINDED || s == Stage.FOLLOW_UP_OVERDUE) {
            decision(f, "ppkReminder", "sistem", at(ppkDue.minusDays(3), -120), "REMINDED", "{\"followUpDueOn\": \"" + ppkDue + "\"}");
            f.firedBefore.add(FlowNodes.START_EVENT_PPK_REMINDER);
        }
        if (s == Stage.FOLLOW_UP_OVERDUE) {
            db.sql("UPDATE case_file SET personnel_data_blocked = TRUE WHERE id = :id").param("id", f.id).update();
            decision(f, "ppkDeadlinePassed", "sistem", at(ppkDue.plusDays(1), -540), "PERSONNEL_DATA_BLOCKED", "{\"personnelDataBlocked\": true}");
            history(f, "RECOMMENDATION_ISSUED", "FOLLOW_UP_OVERDUE", "sistem", at(ppkDue.plusDays(1), -539),
                    "Batas waktu tindak lanjut PPK terlewati; data kepegawaian ASN diblokir", "ALL");
            f.firedBefore.add(FlowNodes.START_EVENT_PPK_DEADLINE);
        }
        if (s == Stage.FOLLOW_UP_VERIFICATION) {
            LocalDate reported = rec.plusDays(5);
            String decree = "800/" + (100 + n) + "/BKPSDM/" + reported.getYear();
            db.sql("UPDATE case_file SET imposed_sanction = 'DISCIPLINE_MEDIUM', decree_number = :d, decree_date = :dd WHERE id = :id")
                    .param("d", decree).param("dd", reported.minusDays(1)).param("id", f.id).update();
            decision(f, FlowNodes.FOLLOW_UP_CONFIRMATION, f.ppk(), at(reported, 0), "IMPOSED",
                    "{\"sanctionImposed\": true, \"sanctionClass\": \"DISCIPLINE_MEDIUM\", \"decreeNumber\": \"" + decree
                            + "\", \"decreeDate\": \"" + reported.minusDays(1) + "\"}");
            history(f, "RECOMMENDATION_ISSUED", "FOLLOW_UP_REPORTED", f.ppk(), at(reported, 0), "SK " + decree, "ALL");
            variable(f, "followUpReported", true);
            f.startBefore.set(f.startBefore.size() - 1, FlowNodes.FOLLOW_UP_VERIFICATION);
        }
    }

    private static void variable(Fixture f, String name, Object value) {
        f.variables.put(name, value);
    }

    private void update(Fixture f, String sql, Object value) {
        db.sql(sql).param("v", value).param("id", f.id).update();
    }

    private void history(Fixture f, String from, String to, String by, Instant at, String note, String audience) {
        db.sql("INSERT INTO case_status_history (case_id, from_status, to_status, changed_by, changed_at, note, audience) "
                        + "VALUES (:id, :f, :t, :by, :at, :note, :aud)")
                .param("id", f.id).param("f", from).param("t", to).param("by", by).param("at", java.sql.Timestamp.from(at))
                .param("note", note).param("aud", audience).update();
        db.sql("UPDATE case_file SET status = :t, updated_at = :at WHERE id = :id").param("t", to)
                .param("at", java.sql.Timestamp.from(at)).param("id", f.id).update();
        f.statuses.add(to);
    }

    private void decision(Fixture f, String key, String by, Instant at, String outcome, String payload) {
        db.sql("INSERT INTO case_decision (case_id, task_key, task_id, decided_by, decided_at, outcome, payload) "
                        + "VALUES (:id, :key, :tid, :by, :at, :outcome, CAST(:payload AS jsonb))")
                .param("id", f.id).param("key", key).param("tid", key.startsWith("ppk") ? null : UUID.randomUUID().toString())
                .param("by", by).param("at", java.sql.Timestamp.from(at)).param("outcome", outcome).param("payload", payload).update();
        f.decisions.add(key + " " + outcome + " by " + by);
    }

    private void deadline(Fixture f, String kind, LocalDate starts, LocalDate due, String rule) {
        db.sql("INSERT INTO case_deadline (case_id, kind, starts_on, due_on, rule) VALUES (:id, :k, :s, :d, :r)")
                .param("id", f.id).param("k", kind).param("s", starts).param("d", due).param("r", rule).update();
        f.deadlines.put(kind, due);
    }

    private void letter(Fixture f, String kind, String number, Instant at, String by) {
        db.sql("INSERT INTO case_letter (case_id, kind, number, issued_at, issued_by) VALUES (:id, :k, :n, :at, :by)")
                .param("id", f.id).param("k", kind).param("n", number).param("at", java.sql.Timestamp.from(at)).param("by", by).update();
        f.letters.add(number);
    }

    private void hearing(Fixture f, String party, String name, LocalDate on, String summary, String by) {
        db.sql("INSERT INTO case_hearing (case_id, party, name, held_on, summary, recorded_by, recorded_at) "
                        + "VALUES (:id, :p, :n, :d, :s, :by, :at)")
                .param("id", f.id).param("p", party).param("n", name).param("d", on).param("s", summary).param("by", by)
                .param("at", java.sql.Timestamp.from(at(on, 0))).update();
        f.hearings.add(name + ": " + summary);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The previous release's engine: its model, its instances where their cases wait.
    // ---------------------------------------------------------------------------------------------------------------

    /** What the model's {@code ${caseDeadlines...}} expressions call: the stored deadlines, as the previous release read them. */
    public static final class StoredDeadlines {
        private final JdbcClient jdbc;

        StoredDeadlines(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        private LocalDate dueOn(String caseId, String kind) {
            return jdbc.sql("SELECT due_on FROM case_deadline WHERE case_id = :id AND kind = :kind")
                    .param("id", UUID.fromString(caseId)).param("kind", kind).query(LocalDate.class).optional().orElse(null);
        }

        public Date due(String caseId, String kind) {
            LocalDate d = dueOn(caseId, kind);
            return d == null ? null : Date.from(d.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1));
        }

        public Date timer(String caseId, String kind) {
            LocalDate d = dueOn(caseId, kind);
            if (d == null) {
                throw new IllegalStateException("case " + caseId + " has no " + kind + " deadline");
            }
            return Date.from(timerInstant(kind, d));
        }
    }

    static Instant timerInstant(String kind, LocalDate due) {
        return kind.equals("PPK_REMINDER") ? due.atTime(7, 0).atZone(ZONE).toInstant() : due.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Starts the previous release's instances on a bare engine; answers the id of the previous release's definition. */
    private String runPreviousEngine(Map<Stage, Fixture> cases) throws IOException {
        String model;
        try (InputStream in = getClass().getResourceAsStream(PREVIOUS_MODEL)) {
            assertThat(in).as(PREVIOUS_MODEL).isNotNull();
            model = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // The application's first deployment in the suite's database: deployed as the previous release deployed its model.
        ProcessDefinition appDefinition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(FlowNodes.PROCESS_KEY)
                .processDefinitionVersion(1).singleResult();
        Deployment appDeployment = repositoryService.createDeploymentQuery().deploymentId(appDefinition.getDeploymentId()).singleResult();

        HikariDataSource appPool = pool(postgres.getJdbcUrl(EmbeddedPostgresConfiguration.APPLICATION_ROLE, database),
                EmbeddedPostgresConfiguration.APPLICATION_ROLE, "previous-release-engine");
        ProcessEngine engine = null;
        try {
            Map<Object, Object> beans = new HashMap<>();
            beans.put("caseDeadlines", new StoredDeadlines(JdbcClient.create(appPool)));
            JavaDelegate nothing = execution -> { };
            Matcher delegates = Pattern.compile("\\$\\{(\\w+Delegate)}").matcher(model);
            while (delegates.find()) {
                beans.put(delegates.group(1), nothing);
            }
            StandaloneProcessEngineConfiguration cfg = (StandaloneProcessEngineConfiguration)
                    ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
            cfg.setProcessEngineName("previous-release-" + database);
            cfg.setDataSource(appPool);
            cfg.setDatabaseType("postgres");
            cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            cfg.setIdGenerator(new StrongUuidGenerator());
            cfg.setJobExecutorActivate(false);
            cfg.setMetricsEnabled(false);
            cfg.setEnforceHistoryTimeToLive(true);
            cfg.setJavaSerializationFormatEnabled(false);
            cfg.setQueryMaxResultsLimit(2000);
            cfg.setAuthorizationEnabled(true);
            cfg.setAuthorizationEnabledForCustomCode(true);
            cfg.setBeans(beans);
            engine = cfg.buildProcessEngine();
            engine.getRepositoryService().createDeployment().name(appDeployment.getName()).source(appDeployment.getSource())
                    .addString(appDefinition.getResourceName(), model).enableDuplicateFiltering(false).deploy();
            ProcessDefinition previous = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(FlowNodes.PROCESS_KEY).latestVersion().singleResult();
            assertThat(previous.getVersion()).isEqualTo(1);

            RuntimeService runtime = engine.getRuntimeService();
            ManagementService management = engine.getManagementService();
            for (Fixture f : cases.values()) {
                ProcessInstantiationBuilder b = runtime.createProcessInstanceById(previous.getId()).businessKey(f.id.toString())
                        .setVariables(f.variables);
                f.startBefore.forEach(b::startBeforeActivity);
                ProcessInstance pi = b.execute();
                for (String timer : f.firedBefore) {
                    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(timer).timers().singleResult();
                    assertThat(job).as(f + ": timer " + timer).isNotNull();
                    management.executeJob(job.getId());
                }
                assertPositioned(engine, f, pi.getId());
            }
            return previous.getId();
        } finally {
            if (engine != null) {
                engine.close();
            }
            appPool.close();
        }
    }

    /** Each instance waits where the previous release left such a case: its tasks, its timers at the stored dates. */
    private void assertPositioned(ProcessEngine engine, Fixture f, String pi) {
        List<String> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
        Map<String, Instant> timers = new TreeMap<>();
        engine.getManagementService().createJobQuery().processInstanceId(pi).timers().list()
                .forEach(j -> timers.put(activityOf(engine.getManagementService(), j), j.getDuedate().toInstant()));
        List<String> expectedTasks = switch (f.stage) {
            case AWAITING_COMPLETION -> List.of();
            case FOLLOW_UP_OVERDUE -> List.of(FlowNodes.FOLLOW_UP_CONFIRMATION, FlowNodes.NON_COMPLIANCE_ESCALATION);
            default -> List.of(f.startBefore.get(0));
        };
        Map<String, Instant> expectedTimers = new TreeMap<>();
        switch (f.stage) {
            case AWAITING_COMPLETION -> expectedTimers.put(FlowNodes.EVENT_COMPLETION_WINDOW_PASSED, timerInstant("COMPLETION", f.deadlines.get("COMPLETION")));
            case CLARIFICATION, ASSESSMENT, PLENARY_DECISION ->
                    expectedTimers.put(FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE, timerInstant("ASSESSMENT", f.deadlines.get("ASSESSMENT")));
            case FOLLOW_UP_CONFIRMATION, FOLLOW_UP_VERIFICATION -> {
                expectedTimers.put(FlowNodes.START_EVENT_PPK_REMINDER, timerInstant("PPK_REMINDER", f.deadlines.get("PPK_REMINDER")));
                expectedTimers.put(FlowNodes.START_EVENT_PPK_DEADLINE, timerInstant("PPK_FOLLOW_UP", f.deadlines.get("PPK_FOLLOW_UP")));
            }
            case FOLLOW_UP_REMINDED ->
                    expectedTimers.put(FlowNodes.START_EVENT_PPK_DEADLINE, timerInstant("PPK_FOLLOW_UP", f.deadlines.get("PPK_FOLLOW_UP")));
            default -> { }
        }
        assertThat(tasks).as(f + ": open tasks before the upgrade").containsExactlyElementsOf(expectedTasks);
        assertThat(timers).as(f + ": timers before the upgrade").isEqualTo(expectedTimers);
        if (f.stage == Stage.AWAITING_COMPLETION) {
            assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(pi).eventType("message").list())
                    .extracting(e -> e.getEventName()).containsExactlyInAnyOrder(FlowNodes.MESSAGE_REPORT_COMPLETED, FlowNodes.MESSAGE_REPORT_WITHDRAWN);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. The upgrade: this release started on the previous release's database.
    // ---------------------------------------------------------------------------------------------------------------

    private ConfigurableApplicationContext upgrade() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", postgres.getJdbcUrl(EmbeddedPostgresConfiguration.APPLICATION_ROLE, database));
        properties.put("spring.datasource.username", EmbeddedPostgresConfiguration.APPLICATION_ROLE);
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.flyway.url", postgres.getJdbcUrl("postgres", database));
        properties.put("spring.flyway.user", "postgres");
        properties.put("spring.flyway.password", "");
        // Not the suite's engine's name: closing this context must not unregister the suite's engine.
        properties.put("camunda.bpm.process-engine-name", "upgraded");
        return new SpringApplicationBuilder(NetraApplication.class).profiles("test").properties(properties).run();
    }

    private void assertTheModelVersions(Driver driver, Map<Stage, Fixture> cases, String previousDefinition) {
        RepositoryService repository = driver.context.getBean(RepositoryService.class);
        ProcessDefinition newest = repository.createProcessDefinitionQuery().processDefinitionKey(FlowNodes.PROCESS_KEY)
                .latestVersion().singleResult();
        ProcessDefinition previous = repository.getProcessDefinition(previousDefinition);
        if (MODEL_CHANGED) {
            assertThat(newest.getVersion()).as("The upgrade deployed no newer version of %s than the previous release's version %d "
                    + "(MODEL_CHANGED is true)", FlowNodes.PROCESS_KEY, previous.getVersion()).isGreaterThan(previous.getVersion());
        } else {
            assertThat(newest.getId()).as("This release deployed a new version (%d) of a model said to be unchanged: set MODEL_CHANGED "
                    + "if the model changed, else the deployment no longer filters an unchanged model", newest.getVersion())
                    .isEqualTo(previous.getId());
        }
        for (Fixture f : cases.values()) {
            ProcessInstance pi = driver.instance(f);
            boolean migrated = MIGRATED_TO_NEWEST.contains(f.stage);
            String expected = migrated ? newest.getId() : previous.getId();
            int runsOn = repository.getProcessDefinition(pi.getProcessDefinitionId()).getVersion();
            assertThat(pi.getProcessDefinitionId()).as("%s runs on version %d of %s after the upgrade; %s", f, runsOn, FlowNodes.PROCESS_KEY,
                    migrated ? "waiting before the forwarding, it should have been migrated to the newest version " + newest.getVersion()
                            + " (MIGRATED_TO_NEWEST)"
                            : "past the forwarding, it should finish on the previous release's version " + previous.getVersion()
                            + " (MIGRATED_TO_NEWEST)").isEqualTo(expected);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. Every case to its end, over HTTP, as a client of the previous release would.
    // ---------------------------------------------------------------------------------------------------------------

    private void carryToTheirEnds(Driver d, Map<Stage, Fixture> cases) {
        Map<String, Object> violation = assessment("NEUTRALITY_VIOLATION");
        Map<String, Object> noViolation = assessment("NOT_A_VIOLATION");

        Fixture f = cases.get(Stage.INITIAL_REVIEW);
        d.complete(f, f.officer(), FlowNodes.INITIAL_REVIEW, Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        d.complete(f, f.officer(), FlowNodes.CLARIFICATION, clarification());
        d.complete(f, f.officer(), FlowNodes.ASSESSMENT, violation);
        d.complete(f, f.commissioner(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        examinedProvenAndFollowedUp(d, f);
        d.assertEnded(f, "CLOSED_SANCTIONED");

        f = cases.get(Stage.AWAITING_COMPLETION);
        assertThat(d.timer(f, FlowNodes.EVENT_COMPLETION_WINDOW_PASSED).getDuedate().toInstant()).as(f + ": the completion timer's date")
                .isEqualTo(timerInstant("COMPLETION", f.deadlines.get("COMPLETION")));
        d.fire(f, FlowNodes.EVENT_COMPLETION_WINDOW_PASSED);
        d.assertEnded(f, "NOT_REGISTERED");

        f = cases.get(Stage.CLARIFICATION);
        d.fire(f, FlowNodes.BOUNDARY_ASSESSMENT_DEADLINE);
        assertThat(d.caseAs(f.officer(), f).path("assessment").path("overdue").asBoolean()).as(f + ": flagged overdue by its timer").isTrue();
        d.complete(f, f.officer(), FlowNodes.CLARIFICATION, clarification());
        d.complete(f, f.officer(), FlowNodes.ASSESSMENT, noViolation);
        d.complete(f, f.commissioner(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        d.assertEnded(f, "CLOSED_NO_VIOLATION");

        f = cases.get(Stage.ASSESSMENT);
        d.complete(f, f.officer(), FlowNodes.ASSESSMENT, violation);
        d.complete(f, f.commissioner(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        examinedProvenAndFollowedUp(d, f);
        d.assertEnded(f, "CLOSED_SANCTIONED");

        f = cases.get(Stage.PLENARY_DECISION);
        d.complete(f, f.commissioner(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", false, "notes", "Analisis unsur kurang lengkap.")));
        d.complete(f, f.officer(), FlowNodes.ASSESSMENT, noViolation);
        d.complete(f, f.commissioner(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        d.assertEnded(f, "CLOSED_NO_VIOLATION");

        f = cases.get(Stage.EXAMINATION);
        d.complete(f, "examiner", FlowNodes.EXAMINATION, Map.of("outcome", "NOT_PROVEN", "reasoning", "Unggahan tidak dapat dibuktikan milik terlapor."));
        d.complete(f, "examiner.approver", FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        d.assertEnded(f, "CLOSED_NOT_PROVEN");

        f = cases.get(Stage.RECOMMENDATION_APPROVAL);
        d.complete(f, "examiner.approver", FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        followedUp(d, f);
        d.assertEnded(f, "CLOSED_SANCTIONED");

        f = cases.get(Stage.FOLLOW_UP_CONFIRMATION);
        d.fire(f, FlowNodes.START_EVENT_PPK_REMINDER);
        followedUp(d, f);
        d.assertEnded(f, "CLOSED_SANCTIONED");

        f = cases.get(Stage.FOLLOW_UP_REMINDED);
        assertThat(d.timers(f)).as(f + ": only the PPK deadline's timer is left").containsOnlyKeys(FlowNodes.START_EVENT_PPK_DEADLINE);
        d.fire(f, FlowNodes.START_EVENT_PPK_DEADLINE);
        JsonNode overdue = d.caseAs(f.officer(), f);
        assertThat(overdue.path("status").asText()).as(f.toString()).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(overdue.path("followUp").path("personnelDataBlocked").asBoolean()).as(f + ": personnel data blocked").isTrue();
        d.complete(f, "examiner", FlowNodes.NON_COMPLIANCE_ESCALATION, Map.of("escalationLetterNumber", "B-17/BKN/PK.01/2026"));
        followedUp(d, f);
        d.assertEnded(f, "CLOSED_SANCTIONED");

        f = cases.get(Stage.FOLLOW_UP_OVERDUE);
        JsonNode blocked = d.caseAs(f.officer(), f);
        assertThat(blocked.path("status").asText()).as(f.toString()).isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(blocked.path("followUp").path("personnelDataBlocked").asBoolean()).as(f + ": personnel data blocked").isTrue();
        assertThat(d.timers(f)).as(f + ": no timer is left").isEmpty();
        // The escalation stays open; the accepted verification ends it.
        followedUp(d, f);
        d.assertEnded(f, "CLOSED_SANCTIONED");

        f = cases.get(Stage.FOLLOW_UP_VERIFICATION);
        // The one sanction the previous release recommended and the PPK imposed is, upgraded (V16, V22), the
        // disciplinary one, with its decree; the earlier answer fields still say it.
        JsonNode verified = d.caseAs(f.officer(), f);
        JsonNode examined = verified.path("reportedPersons").get(0).path("examination");
        assertThat(examined.path("disciplinarySanction").asText()).as(f + ": recommended, upgraded").isEqualTo("DISCIPLINE_MEDIUM");
        assertThat(examined.path("moralSanction").isNull()).as(f + ": no moral sanction was recommended").isTrue();
        assertThat(examined.path("recommendedSanction").asText()).as(f + ": the earlier field").isEqualTo("DISCIPLINE_MEDIUM");
        JsonNode reportedSanctions = verified.path("reportedPersons").get(0).path("followUp").path("sanctions");
        assertThat(reportedSanctions).as(f + ": imposed, upgraded").hasSize(1);
        assertThat(reportedSanctions.get(0).path("kind").asText()).isEqualTo("DISCIPLINARY");
        assertThat(reportedSanctions.get(0).path("sanction").asText()).isEqualTo("DISCIPLINE_MEDIUM");
        assertThat(reportedSanctions.get(0).path("decreeNumber").asText()).startsWith("800/");
        assertThat(reportedSanctions.get(0).path("lighter").asBoolean()).isFalse();
        assertThat(verified.path("followUp").path("imposedSanction").asText()).as(f + ": the earlier field").isEqualTo("DISCIPLINE_MEDIUM");
        d.complete(f, "examiner", FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", false, "notes", "Salinan SK belum dilampirkan."));
        assertThat(d.caseAs(f.officer(), f).path("status").asText()).as(f + " sent back to the PPK").isEqualTo("RECOMMENDATION_ISSUED");
        followedUp(d, f);
        d.assertEnded(f, "CLOSED_SANCTIONED");

        for (Fixture each : cases.values()) {
            assertThat(d.runtime.createProcessInstanceQuery().processInstanceBusinessKey(each.id.toString()).list())
                    .as(each + ": its process has ended").isEmpty();
        }
    }

    private static Map<String, Object> assessment(String conclusion) {
        Map<String, Object> m = new HashMap<>(Map.of("conclusion", conclusion, "analysis", "Kajian setelah peningkatan versi."));
        if (conclusion.equals("NEUTRALITY_VIOLATION")) {
            m.put("violationTypes", List.of("SOCIAL_MEDIA"));
        }
        return m;
    }

    private static Map<String, Object> clarification() {
        return Map.of("hearings", List.of(Map.of("party", "REPORTED", "name", "Budi Santoso",
                "heldOn", LocalDate.now(ZONE).minusDays(1).toString(), "summary", "Terlapor mengakui unggahan.")));
    }

    private static void examinedProvenAndFollowedUp(Driver d, Fixture f) {
        d.complete(f, "examiner", FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "moralSanction", "MORAL_CLOSED", "disciplinarySanction", "DISCIPLINE_MEDIUM", "violationTypes", List.of("SOCIAL_MEDIA"),
                "reasoning", "Terbukti melanggar netralitas."));
        d.complete(f, "examiner.approver", FlowNodes.RECOMMENDATION_APPROVAL, Map.of("approved", true));
        followedUp(d, f);
    }

    /** The PPK of the case's agency reports the sanction; the examining agency accepts it. */
    private static void followedUp(Driver d, Fixture f) {
        // Decreed on the day of the recommendation (today): none may be dated before it.
        LocalDate decreed = LocalDate.now(ZONE);
        String decree = "800/" + f.stage.ordinal() + "/BKPSDM/" + decreed.getYear();
        Map<String, Object> intent = new HashMap<>(Map.of("sanctionImposed", true, "imposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", decree, "decreeDate", decreed.toString(),
                "notes", "Sanksi dijatuhkan sesuai rekomendasi."));
        // Each recommended sanction reported: the disciplinary one always, the moral one where it was recommended.
        intent.putAll(Map.of("disciplinaryImposed", true, "disciplinarySanction", "DISCIPLINE_MEDIUM",
                "disciplinaryDecreeNumber", decree, "disciplinaryDecreeDate", decreed.toString()));
        JsonNode moral = d.caseAs(f.officer(), f).path("reportedPersons").get(0).path("examination").path("moralSanction");
        if (moral.isTextual()) {
            intent.putAll(Map.of("moralImposed", true, "moralSanction", moral.asText(), "moralDecreeNumber", decree,
                    "moralDecreeDate", decreed.toString()));
        }
        d.complete(f, f.ppk(), FlowNodes.FOLLOW_UP_CONFIRMATION, intent);
        d.complete(f, "examiner", FlowNodes.FOLLOW_UP_VERIFICATION, Map.of("accepted", true, "notes", "Sesuai rekomendasi."));
    }

    /** The upgraded node: its API as the demo accounts, and its engine for timers and instances. */
    private static final class Driver {
        final Api api;
        final ConfigurableApplicationContext context;
        final RuntimeService runtime;
        final ManagementService management;
        final TaskService tasks;
        final Map<String, String[]> sessions = new HashMap<>();

        Driver(Api api, ConfigurableApplicationContext context) {
            this.api = api;
            this.context = context;
            this.runtime = context.getBean(RuntimeService.class);
            this.management = context.getBean(ManagementService.class);
            this.tasks = context.getBean(TaskService.class);
        }

        List<ProcessInstance> instances(Fixture f) {
            return runtime.createProcessInstanceQuery().processDefinitionKey(FlowNodes.PROCESS_KEY)
                    .processInstanceBusinessKey(f.id.toString()).list();
        }

        ProcessInstance instance(Fixture f) {
            List<ProcessInstance> all = instances(f);
            assertThat(all).as(f + ": one running instance of " + FlowNodes.PROCESS_KEY).hasSize(1);
            return all.get(0);
        }

        Map<String, Job> timers(Fixture f) {
            Map<String, Job> out = new TreeMap<>();
            for (ProcessInstance pi : runtime.createProcessInstanceQuery().processInstanceBusinessKey(f.id.toString()).list()) {
                management.createJobQuery().processInstanceId(pi.getId()).timers().list()
                        .forEach(j -> out.put(activityOf(management, j), j));
            }
            return out;
        }

        Job timer(Fixture f, String activityId) {
            Job job = timers(f).get(activityId);
            if (job == null) {
                fail(f + " has no timer " + activityId + " after the upgrade; its timers: " + timers(f).keySet());
            }
            return job;
        }

        /** Fires a timer as the job executor would when its date comes. */
        void fire(Fixture f, String activityId) {
            management.executeJob(timer(f, activityId).getId());
        }

        /**
         * Signs the user in once, as a browser does (a session cookie and its CSRF token): a password check per
         * request (HTTP Basic) would cost more than the work itself.
         */
        String[] as(String user) {
            return sessions.computeIfAbsent(user, u -> {
                Api.Response in = api.send("POST", "/api/v1/session", "username=" + u + "&password=netra-demo",
                        "application/x-www-form-urlencoded");
                assertThat(in.status()).as("sign-in of " + u + ": " + in.body()).isEqualTo(204);
                String session = cookie(in, "JSESSIONID");
                String xsrf = cookie(api.get("/api/v1/me", "Cookie", "JSESSIONID=" + session), "XSRF-TOKEN");
                return new String[]{"Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf, "X-XSRF-TOKEN", xsrf};
            });
        }

        private static String cookie(Api.Response r, String name) {
            for (String header : r.headers().allValues("Set-Cookie")) {
                if (header.startsWith(name + "=")) {
                    return header.substring(name.length() + 1, header.indexOf(';'));
                }
            }
            throw new AssertionError("no " + name + " cookie in " + r.headers().map());
        }

        JsonNode caseAs(String user, Fixture f) {
            Api.Response r = api.get("/api/v1/cases/" + f.id, as(user));
            assertThat(r.status()).as(f + " as " + user + ": " + r.body()).isEqualTo(200);
            return r.json();
        }

        /** Completes the case's open task of that key from the user's inbox, with the fields its form declares. */
        void complete(Fixture f, String user, String key, Map<String, Object> intent) {
            Api.Response inbox = api.get("/api/v1/tasks", as(user));
            assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
            String taskId = null;
            for (JsonNode t : inbox.json()) {
                if (t.path("caseId").asText().equals(f.id.toString()) && t.path("key").asText().equals(key)) {
                    taskId = t.path("id").asText();
                    if (FlowNodes.TRACK_TASK_KEYS.contains(key)) {
                        // A track's task names its person, on the old model version too (the case's one person).
                        assertThat(t.path("personName").asText()).as(f + ": " + key + " names its person").isEqualTo("Budi Santoso");
                    }
                    break;
                }
            }
            if (taskId == null) {
                List<String> open = new ArrayList<>();
                for (ProcessInstance pi : runtime.createProcessInstanceQuery().processInstanceBusinessKey(f.id.toString()).list()) {
                    tasks.createTaskQuery().processInstanceId(pi.getId()).list().forEach(t -> open.add(t.getTaskDefinitionKey()));
                }
                fail(user + " has no " + key + " task for " + f + " in the inbox; the case's open tasks: " + open);
            }
            Api.Response form = api.get("/api/v1/tasks/" + taskId, as(user));
            assertThat(form.status()).as(form.body()).isEqualTo(200);
            Map<String, Object> body = Forms.fill(form.json().path("fields"), intent);
            Api.Response r = api.post("/api/v1/tasks/" + taskId + "/complete", body, as(user));
            assertThat(r.status()).as(f + ": " + key + " by " + user + " with " + body + ": " + r.body()).isEqualTo(200);
        }

        /** The case ended in that status, and shows everything it showed before the upgrade. */
        void assertEnded(Fixture f, String status) {
            JsonNode c = caseAs(f.officer(), f);
            assertThat(c.path("status").asText()).as(f + ": end status").isEqualTo(status);
            assertThat(c.path("closedAt").isNull()).as(f + ": closedAt").isFalse();

            List<String> history = new ArrayList<>();
            c.path("history").forEach(h -> history.add(h.path("to").asText()));
            assertStartsWith(history, f.statuses, f + ": the status history keeps every status of before the upgrade, in order");
            assertThat(history.get(history.size() - 1)).as(f + ": the history ends with the end status").isEqualTo(status);
            for (int i = 1; i < history.size(); i++) {
                assertThat(c.path("history").get(i).path("from").asText()).as(f + ": history entry " + i + " follows the one before")
                        .isEqualTo(history.get(i - 1));
            }

            List<String> decisions = new ArrayList<>();
            c.path("decisions").forEach(x -> decisions.add(x.path("taskKey").asText() + " " + x.path("outcome").asText()
                    + " by " + x.path("decidedBy").asText()));
            assertStartsWith(decisions, f.decisions, f + ": the decisions of before the upgrade come first, in order");

            List<String> letters = new ArrayList<>();
            c.path("letters").forEach(x -> letters.add(x.path("number").asText()));
            assertThat(letters).as(f + ": the letters of before the upgrade").containsAll(f.letters);

            List<String> deadlines = new ArrayList<>();
            c.path("deadlines").forEach(x -> deadlines.add(x.path("kind").asText() + " due " + x.path("dueOn").asText()));
            f.deadlines.forEach((kind, due) -> assertThat(deadlines).as(f + ": the deadlines of before the upgrade")
                    .contains(kind + " due " + due));

            List<String> hearings = new ArrayList<>();
            c.path("hearings").forEach(x -> hearings.add(x.path("name").asText() + ": " + x.path("summary").asText()));
            assertThat(hearings).as(f + ": the hearings of before the upgrade").containsAll(f.hearings);

            if (f.registerNumber != null) {
                assertThat(c.path("registerNumber").asText()).as(f + ": register number").isEqualTo(f.registerNumber);
            }
            assertThat(c.path("trackingNumber").asText()).as(f + ": tracking number, to the handling office").isEqualTo(f.trackingNumber);
            if (f.isReport()) {
                JsonNode reporter = c.path("reporter");
                assertThat(reporter.path("name").asText()).as(f + ": the reporter's identity, to the handling office").isEqualTo(REPORTER_NAME);
                assertThat(reporter.path("nik").asText()).as(f + ": the reporter's NIK, to the handling office").isEqualTo(REPORTER_NIK);
            } else {
                assertThat(c.path("reporter").isNull() || c.path("reporter").isMissingNode()).as(f + ": a finding has no reporter").isTrue();
            }
            if (status.equals("CLOSED_SANCTIONED")) {
                assertThat(c.path("followUp").path("personnelDataBlocked").asBoolean()).as(f + ": the block lifted").isFalse();
            }
        }
    }

    static void assertStartsWith(List<String> actual, List<String> expected, String description) {
        assertThat(actual).as(description).hasSizeGreaterThanOrEqualTo(expected.size());
        assertThat(actual.subList(0, expected.size())).as(description + "; all: " + actual).containsExactlyElementsOf(expected);
    }

    /** A form's answer from the fields its task declares: the intended values where declared, and what else it requires. */
    static final class Forms {

        static Map<String, Object> fill(JsonNode fields, Map<String, Object> intent) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (JsonNode field : fields) {
                String name = field.path("name").asText();
                if (intent.containsKey(name)) {
                    Object value = intended(field, intent.get(name));
                    if (value != null) {
                        out.put(name, value);
                    }
                }
            }
            for (JsonNode field : fields) {
                String name = field.path("name").asText();
                if (!out.containsKey(name) && required(field, out)) {
                    out.put(name, synthesised(field, intent));
                }
            }
            return out;
        }

        private static Object intended(JsonNode field, Object value) {
            List<String> options = options(field);
            String type = field.path("type").asText();
            if (type.equals("enum") && !options.isEmpty() && !options.contains(String.valueOf(value))) {
                return null;
            }
            if (type.equals("enum[]") && value instanceof List<?> list && !options.isEmpty()) {
                List<Object> kept = list.stream().filter(v -> options.contains(String.valueOf(v))).map(v -> (Object) v).toList();
                return kept.isEmpty() ? null : kept;
            }
            return value;
        }

        private static boolean required(JsonNode field, Map<String, Object> answer) {
            if (field.path("required").asBoolean()) {
                return true;
            }
            JsonNode conditions = field.path("requiredIf");
            if (!conditions.isArray() || conditions.isEmpty()) {
                return false;
            }
            for (JsonNode c : conditions) {
                Object given = answer.get(c.path("field").asText());
                JsonNode equals = c.path("equals");
                boolean holds = given != null && (equals.isBoolean() ? given.equals(equals.asBoolean()) : given.toString().equals(equals.asText()));
                if (!holds) {
                    return false;
                }
            }
            return true;
        }

        private static Object synthesised(JsonNode field, Map<String, Object> intent) {
            List<String> options = options(field);
            return switch (field.path("type").asText()) {
                case "boolean" -> true;
                case "enum" -> options.isEmpty() ? "" : options.get(0);
                case "enum[]" -> options.isEmpty() ? List.of() : List.of(options.get(0));
                case "date" -> LocalDate.now(ZONE).minusDays(1).toString();
                case "text", "office" -> "Diisi dalam uji peningkatan versi.";
                default -> field.path("items").isArray() ? List.of(fill(field.path("items"), intent)) : "Diisi dalam uji peningkatan versi.";
            };
        }

        private static List<String> options(JsonNode field) {
            List<String> out = new ArrayList<>();
            field.path("options").forEach(o -> out.add(o.path("value").asText()));
            return out;
        }
    }

    /** The flow node a job belongs to (a timer's event), from its job definition. */
    static String activityOf(ManagementService management, Job job) {
        return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    private static HikariDataSource pool(String url, String user, String name) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword("");
        pool.setMaximumPoolSize(4);
        pool.setPoolName(name);
        return pool;
    }
}
