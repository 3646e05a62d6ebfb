package id.netra.web;

import id.netra.support.Plenary;
import id.netra.support.CaseDriver.Filed;
import id.netra.support.IntegrationTest;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.workflow.FlowNodes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task page ({@code /tugas/{id}}) over real HTTP, signed in with the page's own form: what it says around the form
 * — the errors' summary naming and linking each field; a task a colleague holds shown without a form to fill in vain;
 * the report itself beside the initial review; a task sent back by the step that checks it says which step, who, when
 * and why — on its own track only, until the work is done again, with the reporter masked for who may not read them.
 */
class TaskPagesIT extends IntegrationTest {

    private static final Pattern SUMMARY = Pattern.compile("(?s)<div class=\"alert\" role=\"alert\" tabindex=\"-1\" id=\"problems\" autofocus>.*?</div>");
    private static final Pattern LINK = Pattern.compile("(?s)<li><a href=\"#([^\"]+)\">(.*?)</a></li>");

    /** The error summary's entries: the id each links to, and its text (tags taken out). */
    private static Map<String, String> summary(Pages.Page page) {
        Matcher m = SUMMARY.matcher(page.body());
        assertThat(m.find()).as("an error summary in " + page.body()).isTrue();
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        Matcher link = LINK.matcher(m.group());
        while (link.find()) {
            entries.put(link.group(1), link.group(2).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
        }
        for (String id : entries.keySet()) {
            assertThat(page.body()).as("the element #" + id + " the summary links to").contains("id=\"" + id + "\"");
        }
        return entries;
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
            "dd MMM yyyy HH:mm z", Locale.forLanguageTag("id")).withZone(java.time.ZoneId.of("Asia/Jakarta"));

    /** The notice of a task sent back, its text (tags taken out), or null when the page has none. */
    private static String sentBack(Pages.Page page) {
        assertThat(page.status()).isEqualTo(200);
        Matcher m = Pattern.compile("(?s)<section id=\"sent-back\".*?</section>").matcher(page.body());
        if (!m.find()) {
            return null;
        }
        assertThat(page.body().indexOf("id=\"sent-back\"")).as("the notice above the form")
                .isLessThan(Math.max(0, page.body().indexOf("id=\"task-form\"")));
        return m.group().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace("&#39;", "'").strip();
    }

    /** When the last decision of this task was taken (on this person's track), as the pages say it in Indonesian. */
    private String decidedAt(java.util.UUID caseId, String taskKey) {
        return WHEN.format(jdbc.sql("SELECT decided_at FROM case_decision WHERE case_id = :c AND task_key = :k ORDER BY id DESC LIMIT 1")
                .param("c", caseId).param("k", taskKey).query(java.sql.Timestamp.class).single().toInstant());
    }

    private String taskPath(String user, java.util.UUID caseId, String key, java.util.UUID person) {
        return "/tugas/" + (person == null ? driver.taskId(user, caseId, key)
                : driver.task(user, caseId, key, person).orElseThrow().path("id").asText());
    }

    private static final Pattern FIELD = Pattern.compile("(?s)<input([^>]*)>|<textarea([^>]*)>(.*?)</textarea>|<select([^>]*)>(.*?)</select>");

    /** An attribute's value in a tag's attributes, unescaped; null when the tag has none. */
    private static String attr(String attributes, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    /**
     * The values a part of a page shows in its fields, by name, as a browser would post them were none disabled: a text's
     * value, a text area's content, a checked box's or option's value, a select's chosen option.
     */
    private static Map<String, List<String>> shown(String html) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        Matcher m = FIELD.matcher(html);
        while (m.find()) {
            String attributes = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4);
            String name = attr(attributes, "name");
            if (name == null) {
                continue;
            }
            String value;
            if (m.group(2) != null) {
                value = org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(3));
            } else if (m.group(4) != null) {
                Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(m.group(5));
                value = chosen.find() ? chosen.group(1) : "";
            } else if ("radio".equals(attr(attributes, "type")) || "checkbox".equals(attr(attributes, "type"))) {
                if (attr(attributes, "checked") == null) {
                    continue;
                }
                value = attr(attributes, "value");
            } else {
                value = attr(attributes, "value") == null ? "" : attr(attributes, "value");
            }
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /**
     * The fields of {@link #shown} that hold something typed or chosen (not the token, not a list's row count, not the
     * account the page was shown to).
     */
    private static Map<String, List<String>> filled(Map<String, List<String>> shown) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        shown.forEach((k, v) -> {
            if (!k.equals("_csrf") && !k.equals("signedInAs") && !k.startsWith("rows.") && v.stream().anyMatch(x -> !x.isBlank())) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** A part of the page: from the first match of {@code start} to the next {@code end}. */
    private static String part(Pages.Page page, String start, String end) {
        Matcher m = Pattern.compile("(?s)" + start + ".*?" + end).matcher(page.body());
        assertThat(m.find()).as(start + " in " + page.body()).isTrue();
        return m.group();
    }

    private static String taskForm(Pages.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return part(page, "<form[^>]*id=\"task-form\"", "</form>");
    }

    /** The payload of the last decision of this task on the case. */
    private com.fasterxml.jackson.databind.JsonNode lastPayload(java.util.UUID caseId, String taskKey) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(jdbc.sql(
                "SELECT payload::text FROM case_decision WHERE case_id = :c AND task_key = :k ORDER BY id DESC LIMIT 1")
                .param("c", caseId).param("k", taskKey).query(String.class).single());
    }

    private static Map<String, List<String>> form(String... namesAndValues) {
        Map<String, List<String>> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return form;
    }

    /**
     * A clarification of several hearings, each summary at its 20,000-character limit in characters of 3 UTF-8 bytes,
     * sent as the page's form is sent (multipart): taken whole, not refused as too large.
     */
    @Test
    void aClarificationOfSeveralLongHearingsIsTakenAsThePageSendsIt() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        String clarification = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        Pages.Page page = officer.get(clarification);
        assertThat(page.body()).as("the form is sent multipart")
                .containsPattern("<form [^>]*id=\"task-form\"[^>]*enctype=\"multipart/form-data\"");
        int hearings = 6;
        String summary = "“Saya hadir”—‘katanya’… é".repeat(1000).substring(0, id.netra.workflow.FormInput.MAX_TEXT);
        Map<String, List<String>> form = form("action", "complete", "rows.hearings", String.valueOf(hearings));
        for (int i = 0; i < hearings; i++) {
            form.put("hearings[" + i + "].party", List.of("WITNESS"));
            form.put("hearings[" + i + "].name", List.of("Saksi “" + i + "” " + "é".repeat(140)));
            form.put("hearings[" + i + "].heldOn", List.of(id.netra.platform.Today.date().toString()));
            form.put("hearings[" + i + "].summary", List.of(summary.substring(1) + i));
        }
        Pages.Page done = officer.postMultipart(clarification, form);
        assertThat(done.status()).as(done.body().length() > 2000 ? done.body().substring(0, 2000) : done.body()).isEqualTo(302);
        assertThat(done.location()).endsWith("/kotak-masuk?selesai");
        assertThat(driver.status(f.caseId())).isEqualTo("UNDER_ASSESSMENT");
        assertThat(jdbc.sql("SELECT summary FROM case_hearing WHERE case_id = :c ORDER BY summary").param("c", f.caseId())
                .query(String.class).list()).hasSize(hearings).allSatisfy(s -> assertThat(s).hasSize(summary.length()).startsWith("Saya"));
    }

    /** An examination not proven sent from its page with a sanction chosen is refused beside that field, nothing saved. */
    @Test
    void anExaminationNotProvenWithASanctionIsRefusedOnItsPage() {
        Filed f = driver.toExamination(Reports.report("36.04", "PEMDA-36.04"));
        java.util.UUID person = driver.persons(f.caseId()).get(0);
        String path = taskPath("examiner", f.caseId(), FlowNodes.EXAMINATION, person);
        Pages examiner = Pages.signedIn(port, "examiner");
        examiner.get(path);
        Pages.Page refused = examiner.post(path, form("action", "complete", "outcome", "NOT_PROVEN", "moralSanction", "MORAL_OPEN",
                "reasoning", "Tidak."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(summary(refused)).hasSize(1).allSatisfy((id, text) -> {
            assertThat(id).startsWith("moralSanction");
            assertThat(text).endsWith("Sanksi hanya direkomendasikan bila terbukti; kosongkan kolom ini.");
        });
        assertThat(driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION, person)).as("nothing saved").isPresent();
    }

    @Test
    void theErrorSummaryNamesEachFieldByItsLabelAndLinksToIt() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String review = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        officer.get(review);
        Pages.Page empty = officer.post(review, form("action", "complete"));
        assertThat(empty.status()).isEqualTo(400);
        // A yes/no question links to its first answer, the one a keyboard lands on.
        assertThat(summary(empty)).containsEntry("formalRequirementsMet-true", "Syarat formal terpenuhi: Pilih Ya atau Tidak.")
                .containsEntry("materialRequirementsMet-true", "Syarat materiel terpenuhi: Pilih Ya atau Tidak.");
        Pages.Page missing = officer.post(review, form("action", "complete", "formalRequirementsMet", "false",
                "materialRequirementsMet", "true"));
        assertThat(summary(missing)).containsOnlyKeys("missingItems")
                .hasEntrySatisfying("missingItems", e -> assertThat(e).startsWith("Kekurangan yang harus dilengkapi pelapor: "));

        // In English, the labels are the English ones.
        officer.get(review + "?lang=en");
        assertThat(summary(officer.post(review, form("action", "complete"))))
                .containsEntry("formalRequirementsMet-true", "Formal requirements met: Choose Yes or No.");
        officer.get(review + "?lang=id");

        // A list's field is named with its row; several choices link to the first.
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        String clarification = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION);
        officer.get(clarification);
        Map<String, String> rows = summary(officer.post(clarification, form("action", "complete", "rows.hearings", "1",
                "hearings[0].party", "REPORTED", "hearings[0].name", "Budi Santoso")));
        assertThat(rows).containsOnlyKeys("hearings-0-heldOn", "hearings-0-summary");
        assertThat(rows.get("hearings-0-summary")).startsWith("Ringkasan keterangan (Klarifikasi yang dilakukan, Baris 1): ");
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                "name", "Budi Santoso", "heldOn", id.netra.platform.Today.date().toString(), "summary", "Hadir."))));
        String assessment = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT);
        officer.get(assessment);
        Map<String, String> types = summary(officer.post(assessment, form("action", "complete",
                "conclusion", "NEUTRALITY_VIOLATION", "analysis", "Unsur terpenuhi.")));
        assertThat(types).hasSize(1);
        assertThat(types.keySet().iterator().next()).startsWith("violationTypes-");
        assertThat(types.values().iterator().next()).startsWith("Jenis pelanggaran: ");
    }

    /**
     * The only approver examines a person (the examining agency has one approver account, the demo's): the examination's
     * page says before completion that nobody else could approve it (to the approver, not to an examiner, whom the
     * approver may still check); completed all the same, the approval's page and the case page say why nobody can take it
     * and what to do. Another approver enabled, the notices go; disabled again, they are back.
     */
    @Test
    void theOnlyApproverIsToldBeforeExaminingThatNobodyCouldApproveAndTheWaitingApprovalSaysWhatToDo() {
        Filed f = driver.toExamination(Reports.report("36.04", "PEMDA-36.04"));
        String examination = "/tugas/" + driver.taskId("examiner.approver", f.caseId(), FlowNodes.EXAMINATION);
        Pages approver = Pages.signedIn(port, "examiner.approver");
        Pages examiner = Pages.signedIn(port, "examiner");
        assertThat(approver.get(examination).text("nobody-to-check")).startsWith("Selain Anda, tidak ada penyetuju yang dapat menyetujui "
                + "pemeriksaan ini").contains("prinsip empat mata", "administrator");
        assertThat(examiner.get(examination).okBody()).contains("id=\"task-form\"").doesNotContain("id=\"nobody-to-check\"", "id=\"nobody-decides\"");
        assertThat(approver.get("/perkara/" + f.caseId()).okBody()).doesNotContain("id=\"undecidable\"");

        driver.complete("examiner.approver", f.caseId(), FlowNodes.EXAMINATION, Map.of("outcome", "PROVEN",
                "disciplinarySanction", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti."));
        String approval = "/tugas/" + driver.taskId("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL);
        Pages.Page waiting = approver.get(approval);
        assertThat(waiting.body()).contains("id=\"four-eyes\"").doesNotContain("id=\"task-form\"");
        assertThat(waiting.text("nobody-decides")).startsWith("Tidak ada yang dapat mengambil tugas ini")
                .contains("administrator menambahkan atau mengaktifkan akun penyetuju lain");
        assertThat(examiner.get(approval).status()).as("not the examiner's task").isEqualTo(404);
        for (Pages reader : List.of(approver, examiner)) {
            Pages.Page casePage = reader.get("/perkara/" + f.caseId());
            assertThat(casePage.text("undecidable")).contains("Persetujuan rekomendasi — Budi Santoso: Tidak ada yang dapat mengambil tugas ini");
        }
        approver.get(approval + "?lang=en");
        assertThat(approver.get(approval).text("nobody-decides")).startsWith("Nobody can take this task");
        approver.get(approval + "?lang=id");
        // The handling office reads the case too, and the approval is none of its tasks: nothing said to it.
        assertThat(Pages.signedIn(port, "bawaslu.serang").get("/perkara/" + f.caseId()).okBody()).doesNotContain("id=\"undecidable\"");

        String second = "setuju." + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").post("/api/v1/admin/users", new java.util.HashMap<>(Map.of("username", second,
                "displayName", "Penyetuju Kedua", "role", "EXAMINER_APPROVER", "password", "rahasia-uji-123"))).status()).isEqualTo(201);
        try {
            assertThat(approver.get(approval).body()).contains("id=\"four-eyes\"").doesNotContain("id=\"nobody-decides\"");
            assertThat(approver.get("/perkara/" + f.caseId()).okBody()).doesNotContain("id=\"undecidable\"");
            // The approver hands the waiting approval to the new one.
            assertThat(approver.get(approval).body()).contains("<option value=\"" + second + "\"");
        } finally {
            assertThat(api.as("admin").patch("/api/v1/admin/users/" + second, Map.of("enabled", false)).status()).isEqualTo(200);
        }
        assertThat(approver.get(approval).body()).contains("id=\"nobody-decides\"");
        assertThat(approver.get("/perkara/" + f.caseId()).body()).contains("id=\"undecidable\"");
    }

    /**
     * The same for the plenary: Kabupaten Pandeglang has one commissioner; when he writes the assessment himself, its page
     * says first that nobody else could decide it, and the plenary that waits says why nobody can take it, on its page and
     * on the case page of the office (the officer's too), in the reader's language.
     */
    @Test
    void theOnlyCommissionerWhoWritesTheAssessmentIsToldThatNobodyElseCouldDecideThePlenary() {
        Filed f = driver.fileReport(Reports.report("36.01", "PEMDA-36.01"));
        driver.complete("bawaslu.pandeglang", f.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        driver.complete("bawaslu.pandeglang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                "name", "Budi Santoso", "heldOn", id.netra.platform.Today.date().toString(), "summary", "Hadir."))));
        String assessment = "/tugas/" + driver.taskId("komisioner.pandeglang", f.caseId(), FlowNodes.ASSESSMENT);
        Pages commissioner = Pages.signedIn(port, "komisioner.pandeglang");
        Pages officer = Pages.signedIn(port, "bawaslu.pandeglang");
        assertThat(commissioner.get(assessment).text("nobody-to-check")).startsWith("Selain Anda, tidak ada anggota (komisioner)");
        assertThat(officer.get(assessment).okBody()).contains("id=\"task-form\"").doesNotContain("id=\"nobody-to-check\"");

        driver.complete("komisioner.pandeglang", f.caseId(), FlowNodes.ASSESSMENT, Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA"), "analysis", "Unsur terpenuhi."));
        String plenary = "/tugas/" + driver.taskId("komisioner.pandeglang", f.caseId(), FlowNodes.PLENARY_DECISION);
        Pages.Page waiting = commissioner.get(plenary);
        assertThat(waiting.body()).contains("id=\"four-eyes\"");
        assertThat(waiting.text("nobody-decides")).startsWith("Tidak ada yang dapat mengambil tugas ini: setiap anggota (komisioner)");
        assertThat(officer.get("/perkara/" + f.caseId()).text("undecidable")).contains("Rapat pleno: Tidak ada yang dapat mengambil");
        officer.get("/perkara/" + f.caseId() + "?lang=en");
        assertThat(officer.get("/perkara/" + f.caseId()).text("undecidable")).contains("Tasks nobody can take", "Nobody can take this task");
        officer.get("/perkara/" + f.caseId() + "?lang=id");
        // Another office reads nothing of it (the case is not theirs), nor does the examining agency.
        assertThat(Pages.signedIn(port, "komisioner.serang").get("/perkara/" + f.caseId()).status()).isEqualTo(404);
    }

    /** A task's initial review as typed in its page (its CSRF token and account as the page gave them). */
    private static Map<String, List<String>> typedReview(String token) {
        return form("_csrf", token, "signedInAs", "bawaslu.serang", "action", "complete", "formalRequirementsMet", "false",
                "materialRequirementsMet", "true", "missingItems", "Bukti foto unggahan belum dilampirkan.", "notes", "Catatan awal petugas.");
    }

    /**
     * A task's form sent after the session cookie went (the browser restarted) or after the session ended: not accepted
     * (CSRF stays enforced), the sign-in page says the session ended, and signing in again as the same account leads back
     * to the task with the form as typed, once; another account signing in on that browser gets none of it. A signed-in
     * user's form with a wrong token stays refused.
     */
    @Test
    void aFormSentAfterTheSessionWentIsGivenBackAfterSigningInAgainToTheSameAccountOnly() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String path = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        Pages.Page page = officer.get(path);
        assertThat(page.body()).contains("name=\"signedInAs\" value=\"bawaslu.serang\"");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();

        Pages restarted = new Pages(port);
        Pages.Page sent = restarted.postMultipart(path, typedReview(token.group(1)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/masuk?berakhir");
        assertThat(driver.status(f.caseId())).as("nothing decided").isEqualTo("RECEIVED");
        assertThat(restarted.get("/masuk?berakhir").body()).contains("Sesi Anda telah berakhir");
        Pages.Page signedIn = restarted.post("/masuk", Map.of("username", List.of("bawaslu.serang"), "password", List.of("netra-demo")));
        assertThat(signedIn.location()).endsWith(path);
        Pages.Page back = restarted.get(path);
        assertThat(back.text("kept")).startsWith("Sesi Anda berakhir sebelum formulir ini terkirim");
        assertThat(back.body()).contains("Bukti foto unggahan belum dilampirkan.", "Catatan awal petugas.")
                .containsPattern("id=\"formalRequirementsMet-false\" checked=\"checked\"")
                .containsPattern("id=\"materialRequirementsMet-true\" checked=\"checked\"");
        assertThat(restarted.get(path).okBody()).as("given back once").contains("id=\"task-form\"").doesNotContain("id=\"kept\"", "Bukti foto unggahan");
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");

        // Another account signing in on that browser: to the inbox, and nothing of the form on the task's page.
        Pages other = new Pages(port);
        assertThat(other.postMultipart(path, typedReview(token.group(1))).location()).endsWith("/masuk?berakhir");
        other.get("/masuk?berakhir");
        assertThat(other.post("/masuk", Map.of("username", List.of("komisioner.serang"), "password", List.of("netra-demo")))
                .location()).endsWith("/kotak-masuk");
        assertThat(other.get(path).body()).contains("id=\"task-form\"").doesNotContain("id=\"kept\"", "Bukti foto unggahan");

        // A session ended on the server (its cookie still sent): the same.
        Pages ended = Pages.signedIn(port, "bawaslu.serang");
        Matcher own = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(ended.get(path).body());
        assertThat(own.find()).isTrue();
        owner.sql("DELETE FROM spring_session WHERE principal_name = 'bawaslu.serang'").update();
        assertThat(ended.postMultipart(path, typedReview(own.group(1))).location()).endsWith("/masuk?berakhir");
        ended.get("/masuk?berakhir");
        // The same account however its name is typed at the sign-in.
        assertThat(ended.post("/masuk", Map.of("username", List.of(" Bawaslu.SERANG "), "password", List.of("netra-demo")))
                .location()).endsWith(path);
        assertThat(ended.get(path).body()).contains("id=\"kept\"", "Catatan awal petugas.");

        // Signed in, with a wrong token: refused as it was, nothing kept.
        Pages signed = Pages.signedIn(port, "bawaslu.serang");
        signed.get(path);
        assertThat(signed.postMultipart(path, typedReview("salah")).status()).isEqualTo(403);
        assertThat(signed.get(path).okBody()).contains("id=\"task-form\"").doesNotContain("id=\"kept\"", "Bukti foto unggahan");
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");
    }

    /** The penalties' options of a task page, in order (the penalty list's select only). */
    private static List<String> penaltyOptions(String page) {
        Matcher select = Pattern.compile("(?s)<select id=\"disciplinaryPenalty\".*?</select>").matcher(page);
        assertThat(select.find()).as("the penalty's list in " + page).isTrue();
        List<String> values = new ArrayList<>();
        Matcher option = Pattern.compile("<option [^>]*>").matcher(select.group());
        while (option.find()) {
            Matcher of = Pattern.compile("data-of=\"(\\w+)\"").matcher(option.group());
            Matcher value = Pattern.compile(" value=\"(\\w+)\"").matcher(option.group());
            if (of.find() && value.find()) {
                values.add(of.group(1) + "/" + value.group(1));
            }
        }
        return values;
    }

    /**
     * The examination offers a PNS a PNS's penalties only and a PPPK a PPPK's (every level's, each marked with its level
     * for the page's script, which narrows the list to the level chosen, data-narrowed-by); posted without the script, a
     * penalty of another level, or of the other employment type, is still refused beside the field, shown as chosen.
     */
    /**
     * The four-eyes rule said before the work: a commissioner opening an assessment reads that writing it leaves its
     * plenary to another commissioner; an officer, who decides no plenary, reads nothing of it.
     */
    @Test
    void aCommissionerIsToldBeforeWritingTheAssessmentThatAnotherDecidesItsPlenary() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                "name", "Budi Santoso", "heldOn", id.netra.platform.Today.date().toString(), "summary", "Terlapor mengakui."))));
        String path = "/tugas/" + driver.taskId("komisioner.serang", f.caseId(), FlowNodes.ASSESSMENT);
        Pages.Page commissioner = Pages.signedIn(port, "komisioner.serang").get(path);
        assertThat(commissioner.status()).isEqualTo(200);
        assertThat(commissioner.text("kept-from-check")).startsWith("Prinsip empat mata: bila Anda menyusun kajian ini");
        Pages.Page officer = Pages.signedIn(port, "bawaslu.serang").get(path);
        assertThat(officer.status()).isEqualTo(200);
        assertThat(officer.body()).doesNotContain("id=\"kept-from-check\"");
    }

    /** A list refused whole (too few commissioners present) is linked from the summary into its first row's field. */
    @Test
    void aListsOwnErrorLeadsIntoItsFirstRow() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.toPlenary(f.caseId(), "NEUTRALITY_VIOLATION");
        String path = "/tugas/" + driver.taskId("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION);
        Pages commissioner = Pages.signedIn(port, "komisioner.serang");
        assertThat(commissioner.get(path).status()).isEqualTo(200);
        Pages.Page page = commissioner.postMultipart(path, form("action", "complete", "approved", "true",
                "minutesNumber", "BA-9/PL/36.04/2026", "commissionersPresent[0].name", "Komisioner Satu"));
        assertThat(page.status()).as(page.body()).isEqualTo(400);
        assertThat(page.body()).contains("href=\"#commissionersPresent-0-name\"").contains("id=\"commissionersPresent-0-name\"");
    }

    @Test
    void theExaminationOffersThePersonsEmploymentTypesPenaltiesMarkedWithTheirLevel() {
        Pages examiner = Pages.signedIn(port, "examiner");
        for (String type : List.of("PNS", "PPPK")) {
            Map<String, Object> body = Reports.report("36.04", "PEMDA-36.04");
            if (type.equals("PPPK")) {
                body = Reports.naming(body, List.of(new java.util.LinkedHashMap<>(Map.of("name", "Budi Santoso",
                        "position", "Penata Layanan Operasional", "positionCategory", "PELAKSANA", "employmentType", "PPPK",
                        "agencyCode", "PEMDA-36.04"))));
            }
            Filed f = driver.toExamination(body);
            String path = "/tugas/" + driver.taskId("examiner", f.caseId(), FlowNodes.EXAMINATION);
            String page = examiner.get(path).body();
            assertThat(page).contains("<select id=\"disciplinaryPenalty\" name=\"disciplinaryPenalty\" aria-invalid=\"false\" "
                    + "data-narrowed-by=\"disciplinarySanction\">");
            List<String> offered = penaltyOptions(page);
            String other = type.equals("PNS") ? "PPPK" : "PNS";
            assertThat(offered).as(type).hasSize(10).allMatch(o -> o.contains("/" + type + "_")).noneMatch(o -> o.contains("/" + other + "_"))
                    .contains("DISCIPLINE_LIGHT/" + type + "_ORAL_REPRIMAND", "DISCIPLINE_MEDIUM/" + type + "_ALLOWANCE_CUT_6M",
                            "DISMISSAL/" + type + "_DISMISSAL");
            // The level's list itself is not narrowed.
            assertThat(page).contains("<option value=\"DISCIPLINE_LIGHT\"", "<option value=\"DISMISSAL\"");
            // A client reads the same list from the task's answer: the person's employment type's penalties only.
            List<String> declared = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode field : api.as("examiner").get("/api/v1/tasks/"
                    + driver.taskId("examiner", f.caseId(), FlowNodes.EXAMINATION)).json().path("fields")) {
                if (field.path("name").asText().equals("disciplinaryPenalty")) {
                    field.path("options").forEach(o -> declared.add(o.path("value").asText()));
                }
            }
            assertThat(declared).as(type).hasSize(10).allMatch(o -> o.startsWith(type + "_"));

            // Posted without the script: another level's penalty, then the other employment type's, refused beside the field.
            Pages.Page level = examiner.postMultipart(path, form("action", "complete", "outcome", "PROVEN",
                    "disciplinarySanction", "DISCIPLINE_MEDIUM", "disciplinaryPenalty", type + "_ORAL_REPRIMAND", "reasoning", "Terbukti."));
            assertThat(level.status()).isEqualTo(400);
            assertThat(level.text("disciplinaryPenalty-error")).isNotBlank();
            Pages.Page employment = examiner.postMultipart(path, form("action", "complete", "outcome", "PROVEN",
                    "disciplinarySanction", "DISCIPLINE_MEDIUM", "disciplinaryPenalty", other + "_ALLOWANCE_CUT_6M", "reasoning", "Terbukti."));
            assertThat(employment.status()).isEqualTo(400);
            assertThat(employment.text("disciplinaryPenalty-error")).contains(other);
            assertThat(penaltyOptions(employment.body())).as("the one posted stays shown, as chosen").hasSize(11)
                    .contains("DISCIPLINE_MEDIUM/" + other + "_ALLOWANCE_CUT_6M");
            assertThat(employment.body()).containsPattern("<option [^>]*value=\"" + other + "_ALLOWANCE_CUT_6M\"[^>]*selected=\"selected\"");
            assertThat(driver.task("examiner", f.caseId(), FlowNodes.EXAMINATION)).isPresent();
        }
    }

    @Test
    void aTaskAColleagueHoldsHasNoFormToFillInVainAndACommissionerMayStillHandItOver() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        String path = "/tugas/" + task;
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        Pages commissioner = Pages.signedIn(port, "komisioner.serang");
        // Unclaimed: anyone of the office may take it or complete it at once.
        for (Pages reader : List.of(officer, commissioner)) {
            assertThat(reader.get(path).body()).contains("id=\"task-form\"", "value=\"claim\"", "value=\"complete\"")
                    .doesNotContain("id=\"held-by\"");
        }
        assertThat(api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(200);
        // The holder works it as before.
        assertThat(officer.get(path).body()).contains("id=\"task-form\"", "value=\"unclaim\"", "value=\"complete\"",
                "Diambil oleh bawaslu.serang.").doesNotContain("id=\"held-by\"");
        // A colleague reads who works it, with no form, no button to complete, claim or release; the commissioner may
        // still hand it over.
        Pages.Page held = commissioner.get(path);
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body()).contains("id=\"held-by\"", "Sedang dikerjakan oleh Staf Penanganan Pelanggaran Bawaslu Kabupaten Serang "
                        + "(bawaslu.serang).", "id=\"reassign\"")
                .doesNotContain("id=\"task-form\"", "value=\"complete\"", "value=\"claim\"", "value=\"unclaim\"");
        // A post all the same decides nothing.
        Pages.Page posted = commissioner.post(path, form("action", "complete", "formalRequirementsMet", "true",
                "materialRequirementsMet", "true"));
        assertThat(posted.status()).isEqualTo(409);
        assertThat(posted.body()).contains("id=\"held-by\"").doesNotContain("id=\"task-form\"");
        assertThat(driver.task("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW)).isPresent();
        commissioner.get(path + "?lang=en");
        assertThat(commissioner.get(path).body()).contains("Being worked on by Staf Penanganan Pelanggaran Bawaslu Kabupaten Serang (bawaslu.serang).");
        commissioner.get(path + "?lang=id");

        // Not to the commissioner himself (he claims a task; he is not offered to himself), but to the chair: the form is
        // the chair's, and the officer reads who works it now.
        assertThat(commissioner.post(path, form("action", "reassign", "assignee", "komisioner.serang")).status()).isEqualTo(400);
        assertThat(commissioner.post(path, form("action", "reassign", "assignee", "ketua.serang")).status()).isEqualTo(302);
        assertThat(Pages.signedIn(port, "ketua.serang").get(path).body()).contains("id=\"task-form\"", "value=\"complete\"")
                .doesNotContain("id=\"held-by\"");
        assertThat(officer.get(path).body()).contains("Sedang dikerjakan oleh Ketua Bawaslu Kabupaten Serang (ketua.serang).")
                .doesNotContain("id=\"task-form\"", "id=\"reassign\"");
    }

    /** The transfer's office is chosen by name from the offices (a list the browser filters), its code sent. */
    @Test
    void theInitialReviewTransfersToAnOfficeChosenByName() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String path = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        String body = officer.get(path).body();
        Matcher input = Pattern.compile("<input[^>]*name=\"transferToOffice\"[^>]*>").matcher(body);
        assertThat(input.find()).as(body).isTrue();
        Matcher list = Pattern.compile("list=\"([^\"]+)\"").matcher(input.group());
        assertThat(list.find()).as(input.group()).isTrue();
        Matcher datalist = Pattern.compile("(?s)<datalist id=\"" + Pattern.quote(list.group(1)) + "\">(.*?)</datalist>").matcher(body);
        assertThat(datalist.find()).as("the datalist the input names").isTrue();
        assertThat(datalist.group(1)).contains("<option value=\"36.73\">Bawaslu Kota Serang</option>",
                "<option value=\"RI\">");
        Pages.Page posted = officer.post(path, Map.of("formalRequirementsMet", List.of("true"), "materialRequirementsMet", List.of("true"),
                "transferToOffice", List.of("36.73"), "action", List.of("complete")));
        assertThat(posted.status()).as(posted.body()).isIn(200, 302, 303);
        assertThat(driver.caseAs("bawaslu.ri", f.caseId()).path("office").path("code").asText()).isEqualTo("36.73");
    }

    @Test
    void theInitialReviewShowsTheReportItDecidesOnWithTheReporterForTheHandlingOffice() {
        Filed f = driver.fileReport(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah()));
        String path = "/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        String body = officer.get(path).body();
        Matcher section = Pattern.compile("(?s)<section id=\"report\".*?</section>").matcher(body);
        assertThat(section.find()).as(body).isTrue();
        String report = section.group();
        LocalDate incident = id.netra.platform.Today.date().minusDays(2);
        assertThat(report).contains("Laporan yang dikaji", "Laporan masyarakat", "Pilkada",
                // the incident: when, where, what
                java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.forLanguageTag("id")).format(incident),
                "Kantor Kecamatan Ciruas", "Kabupaten Serang", "mengunggah foto dukungan kepada pasangan calon di Instagram",
                // every reported person, with position, agency and NIP
                Reports.CAMAT, "Camat Ciruas", Reports.LURAH_1, "Lurah Cipare", Reports.LURAH_2, "Lurah Sumurpecung",
                "198609262015051001", "199001012015032001", "Pemerintah Kota Serang",
                // the reporter, the witnesses and the tracking number: the handling office's to read
                Reports.REPORTER_NAME, Reports.REPORTER_NIK, Reports.REPORTER_ADDRESS, Reports.REPORTER_PHONE, Reports.REPORTER_EMAIL,
                "Siti Aminah", "0812 1111 2222", f.trackingNumber());
        // As much as the case page says of the report.
        String casePage = officer.get("/perkara/" + f.caseId()).body();
        assertThat(casePage).contains("Kantor Kecamatan Ciruas", Reports.REPORTER_NAME, "Lurah Sumurpecung");

        officer.get(path + "?lang=en");
        assertThat(officer.get(path).body()).contains("The report under review", "Place", "Reported civil servants", "Reporter",
                "Witnesses named in the report");
        officer.get(path + "?lang=id");

        // The next steps work from the report too (the trial's officer had to open the case in another tab): the
        // clarification hears the parties about it, the assessment weighs it with the hearings beside it.
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
        Pages.Page clarification = officer.get("/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION));
        assertThat(clarification.text("report")).contains("Kantor Kecamatan Ciruas", "Lurah Sumurpecung");
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                "name", Reports.CAMAT, "heldOn", id.netra.platform.Today.date().toString(), "summary", "Terlapor mengakui unggahan itu."))));
        Pages.Page assessment = officer.get("/tugas/" + driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT));
        assertThat(assessment.text("report")).contains("Kantor Kecamatan Ciruas", "Terlapor mengakui unggahan itu.");
    }

    @Test
    void anAssessmentThePlenarySentBackSaysWhoRejectedItWhenAndWhyUntilItIsDoneAgain() {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                "name", Reports.CAMAT, "heldOn", id.netra.platform.Today.date().toString(), "summary", "Hadir."))));
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        // A first assessment was sent back by no one.
        assertThat(sentBack(officer.get(taskPath("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, null)))).isNull();
        Map<String, Object> assessment = Map.of("conclusion", "NEUTRALITY_VIOLATION", "violationTypes", List.of("SOCIAL_MEDIA"),
                "analysis", "Unsur terpenuhi.");
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, assessment);
        // The handling office reads the reporter: the plenary's notes as written.
        String notes = "Analisis belum menguraikan unggahan kedua yang dilihat " + Reports.REPORTER_NAME + ".";
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", false, "notes", notes)));

        String again = taskPath("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, null);
        assertThat(sentBack(officer.get(again))).contains("Dikembalikan untuk dikerjakan ulang",
                "Hasil sebelumnya ditolak pada langkah Rapat pleno", "Anggota Bawaslu Kabupaten Serang (komisioner.serang)",
                decidedAt(f.caseId(), FlowNodes.PLENARY_DECISION), notes).contains(" WIB");
        officer.get(again + "?lang=en");
        assertThat(sentBack(officer.get(again))).contains("Sent back to be done again", "rejected at the step Plenary decision",
                "By", "When", "Notes", notes);
        officer.get(again + "?lang=id");

        // Done again and approved: the plenary's second meeting and the examination after it say nothing of it.
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, assessment);
        assertThat(sentBack(Pages.signedIn(port, "komisioner.serang")
                .get(taskPath("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, null)))).isNull();
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.approved());
        java.util.UUID person = driver.persons(f.caseId()).get(0);
        assertThat(sentBack(Pages.signedIn(port, "examiner").get(taskPath("examiner", f.caseId(), FlowNodes.EXAMINATION, person))))
                .isNull();
    }

    @Test
    void anExaminationTheApproverSentBackSaysSoOnItsOwnPersonsTrackOnlyWithTheReporterMasked() {
        Filed f = driver.toExamination(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 2)));
        java.util.UUID camat = driver.persons(f.caseId()).get(0);
        java.util.UUID lurah = driver.persons(f.caseId()).get(1);
        Map<String, Object> proven = Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM",
                "reasoning", "Terbukti melanggar netralitas.");
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, camat, proven);
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, camat, Map.of("approved", false,
                "notes", "Pertimbangan belum memuat keterangan " + Reports.REPORTER_NAME + "; lengkapi."));

        Pages examiner = Pages.signedIn(port, "examiner");
        Pages.Page back = examiner.get(taskPath("examiner", f.caseId(), FlowNodes.EXAMINATION, camat));
        // The examining agency never reads who reported: the approver's notes come masked, as in the case's answer.
        assertThat(sentBack(back)).contains("Persetujuan rekomendasi", "Pejabat penyetuju rekomendasi (examiner.approver)",
                decidedAt(f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL),
                "Pertimbangan belum memuat keterangan " + id.netra.casefile.ReporterRedactor.MASK + "; lengkapi.");
        assertThat(back.body()).doesNotContain(Reports.REPORTER_NAME);
        // The other person's examination, on its own track, was sent back by no one; what it follows is the plenary's
        // finding on that person, said as the case page says it (not that nothing was decided before).
        String lurahs = taskPath("examiner", f.caseId(), FlowNodes.EXAMINATION, lurah);
        Pages.Page first = examiner.get(lurahs);
        assertThat(sentBack(first)).isNull();
        assertThat(part(first, "<section id=\"context\"", "</section>")).contains(Reports.LURAH_1, "Putusan pleno",
                "Pelanggaran netralitas terbukti").doesNotContain("Belum ada keputusan sebelumnya");
        examiner.get(lurahs + "?lang=en");
        assertThat(part(examiner.get(lurahs), "<section id=\"context\"", "</section>"))
                .contains("Plenary decision", "Neutrality violation proven").doesNotContain("No earlier decision");
        examiner.get(lurahs + "?lang=id");
        // The API's inbox says the same of each track's examination: the camat's back, the lurah's not (the inbox's
        // statement tells them apart by the track's rejections, not the case's).
        java.util.Map<String, Boolean> backByPerson = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode t : api.as("examiner").get("/api/v1/tasks?task=" + FlowNodes.EXAMINATION
                + "&size=500&sort=NEWEST").json()) {
            if (t.path("caseId").asText().equals(f.caseId().toString())) {
                backByPerson.put(t.path("personId").asText(), t.path("sentBack").asBoolean());
            }
        }
        assertThat(backByPerson).containsExactlyInAnyOrderEntriesOf(Map.of(camat.toString(), true, lurah.toString(), false));

        // Done again and approved: the PPK's first confirmation says nothing of the rejection before.
        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, camat, proven);
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, camat, Map.of("approved", true));
        assertThat(sentBack(Pages.signedIn(port, "ppk.serang")
                .get(taskPath("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, camat)))).isNull();
    }

    /**
     * A case whose camat (Kabupaten Serang's PPK) and lurah (Kota Serang's) are both found proven by the examination and
     * recommended: each person's follow-up awaits their PPK.
     */
    private Filed toFollowUp() {
        Filed f = driver.toExamination(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 2)));
        for (java.util.UUID person : driver.persons(f.caseId())) {
            driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, person, Map.of("outcome", "PROVEN",
                    "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti melanggar netralitas."));
            driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, person, Map.of("approved", true));
        }
        return f;
    }

    @Test
    void aFollowUpTheExaminerRejectedComesBackToThePpkWithTheReasonOnItsTrackOnly() {
        Filed f = toFollowUp();
        java.util.UUID camat = driver.persons(f.caseId()).get(0);
        java.util.UUID lurah = driver.persons(f.caseId()).get(1);
        Map<String, Object> imposed = Map.of("sanctionImposed", true, "sanctionClass", "DISCIPLINE_MEDIUM",
                "decreeNumber", "800/77/2026", "decreeDate", id.netra.platform.Today.date().toString());
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, camat, imposed);
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, camat, Map.of("accepted", false,
                "notes", "Salinan SK belum dilampirkan; " + Reports.REPORTER_NAME + " menyatakan sanksi belum dijalankan."));

        // The PPK reads the verification's reason (every reader of the track does), the reporter masked.
        Pages ppk = Pages.signedIn(port, "ppk.serang");
        String path = taskPath("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, camat);
        Pages.Page back = ppk.get(path);
        assertThat(sentBack(back)).contains("Verifikasi tindak lanjut", "Pemeriksa instansi pemeriksa (examiner)",
                decidedAt(f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION), "Salinan SK belum dilampirkan; "
                        + id.netra.casefile.ReporterRedactor.MASK + " menyatakan sanksi belum dijalankan.");
        assertThat(back.body()).doesNotContain(Reports.REPORTER_NAME);
        // The recommendation it follows is addressed to the PPK by name, as on the case page, not by the agency's code.
        assertThat(part(back, "<section id=\"context\"", "</section>")).contains("Ditujukan kepada PPK", "Pemerintah Kabupaten Serang")
                .doesNotContain("PEMDA-36.04");
        ppk.get(path + "?lang=en");
        assertThat(sentBack(ppk.get(path))).contains("Sent back to be done again", "Follow-up verification");
        ppk.get(path + "?lang=id");
        // The other PPK's person, on a track of its own, was sent back by no one.
        Pages.Page others = Pages.signedIn(port, "ppk.kotaserang").get(taskPath("ppk.kotaserang", f.caseId(),
                FlowNodes.FOLLOW_UP_CONFIRMATION, lurah));
        assertThat(sentBack(others)).isNull();
        assertThat(part(others, "<section id=\"context\"", "</section>")).contains("Pemerintah Kota Serang").doesNotContain("PEMDA-36.73");

        // Reported again, the verification itself is no task sent back.
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, camat, imposed);
        assertThat(sentBack(Pages.signedIn(port, "examiner")
                .get(taskPath("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, camat)))).isNull();
    }

    /**
     * Sent back by the plenary, the assessment comes back with its answer in the form — the choice, the several
     * violation types, the analysis of the full 20,000 characters — to be corrected, not typed again; a first assessment
     * comes empty; what the officer types stays as typed; and the form sent as shown gives the same answer again.
     */
    @Test
    void anAssessmentSentBackComesBackWithItsAnswerInTheFormAndAFirstOneEmpty() throws Exception {
        Filed f = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.CLARIFICATION, Map.of("hearings", List.of(Map.of("party", "REPORTED",
                "name", Reports.CAMAT, "heldOn", id.netra.platform.Today.date().toString(), "summary", "Hadir."))));
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        Pages.Page first = officer.get(taskPath("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, null));
        assertThat(filled(shown(taskForm(first)))).as("a first assessment").isEmpty();
        assertThat(first.body()).doesNotContain("id=\"sent-back-prefilled\"");

        StringBuilder text = new StringBuilder("Analisis: unggahan \"dukungan\" & ajakan <memilih>.\n");
        while (text.length() < 20000) {
            text.append("Unsur keberpihakan terpenuhi pada unggahan berikutnya.\n");
        }
        String analysis = text.substring(0, 19990) + "[AKHIR]";
        Map<String, Object> answer = Map.of("conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", List.of("SOCIAL_MEDIA", "MOBILIZATION"), "analysis", analysis);
        driver.complete("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, answer);
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.PLENARY_DECISION, Plenary.meeting(Map.of("approved", false,
                "notes", "Uraikan unggahan kedua.")));

        String again = taskPath("bawaslu.serang", f.caseId(), FlowNodes.ASSESSMENT, null);
        Pages.Page back = officer.get(again);
        assertThat(sentBack(back)).contains("Formulir di bawah sudah berisi jawaban yang ditolak itu");
        assertThat(filled(shown(taskForm(back)))).containsOnly(Map.entry("conclusion", List.of("NEUTRALITY_VIOLATION")),
                Map.entry("violationTypes", List.of("SOCIAL_MEDIA", "MOBILIZATION")), Map.entry("analysis", List.of(analysis)));

        // What the officer types (Enter in a field, a row added, an error) is shown as typed, not the answer sent back.
        Pages.Page typed = officer.post(again, form("action", "stay", "conclusion", "NOT_A_VIOLATION", "analysis", "Bukan pelanggaran."));
        assertThat(filled(shown(taskForm(typed)))).containsOnly(Map.entry("conclusion", List.of("NOT_A_VIOLATION")),
                Map.entry("analysis", List.of("Bukan pelanggaran.")));
        Pages.Page wrong = officer.post(again, form("action", "complete", "conclusion", "NEUTRALITY_VIOLATION",
                "violationTypes", "OTHER", "violationTypes", "SOCIAL_MEDIA"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(filled(shown(part(wrong, "<form[^>]*id=\"task-form\"", "</form>"))))
                .containsOnly(Map.entry("conclusion", List.of("NEUTRALITY_VIOLATION")), Map.entry("violationTypes", List.of("SOCIAL_MEDIA", "OTHER")));

        // The form sent as shown, corrected in one place, is the answer again.
        Map<String, List<String>> post = new java.util.LinkedHashMap<>(shown(taskForm(officer.get(again))));
        post.remove("_csrf");
        post.put("violationTypes", List.of("SOCIAL_MEDIA", "MOBILIZATION", "OTHER"));
        post.put("action", List.of("complete"));
        Pages.Page done = officer.post(again, post);
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        com.fasterxml.jackson.databind.JsonNode redone = lastPayload(f.caseId(), FlowNodes.ASSESSMENT);
        assertThat(redone.path("analysis").asText()).isEqualTo(analysis);
        assertThat(redone.path("conclusion").asText()).isEqualTo("NEUTRALITY_VIOLATION");
        assertThat(redone.path("violationTypes").toString()).isEqualTo("[\"SOCIAL_MEDIA\",\"MOBILIZATION\",\"OTHER\"]");
    }

    /**
     * Sent back by the approver, the examination comes back with its answer — the choices, the several violation types,
     * the reasoning as the examiner reads it, the reporter masked — on its own person's track only.
     */
    @Test
    void anExaminationSentBackComesBackWithItsAnswerAsTheExaminerReadsIt() {
        Filed f = driver.toExamination(Reports.naming(Reports.report("36.04", "PEMDA-36.04"), Reports.camatAndTwoLurah().subList(0, 2)));
        java.util.UUID camat = driver.persons(f.caseId()).get(0);
        java.util.UUID lurah = driver.persons(f.caseId()).get(1);
        Pages examiner = Pages.signedIn(port, "examiner");
        assertThat(filled(shown(taskForm(examiner.get(taskPath("examiner", f.caseId(), FlowNodes.EXAMINATION, camat))))))
                .as("a first examination").isEmpty();

        driver.complete("examiner", f.caseId(), FlowNodes.EXAMINATION, camat, Map.of("outcome", "PROVEN",
                "sanctionClass", "DISCIPLINE_HEAVY", "violationTypes", List.of("SOCIAL_MEDIA", "PHOTO_WITH_CANDIDATE"),
                "reasoning", "Terbukti; keterangan " + Reports.REPORTER_NAME + " menguatkan."));
        driver.complete("examiner.approver", f.caseId(), FlowNodes.RECOMMENDATION_APPROVAL, camat, Map.of("approved", false,
                "notes", "Sanksi terlalu berat."));

        Pages.Page back = examiner.get(taskPath("examiner", f.caseId(), FlowNodes.EXAMINATION, camat));
        assertThat(filled(shown(taskForm(back)))).containsOnly(Map.entry("outcome", List.of("PROVEN")),
                Map.entry("disciplinarySanction", List.of("DISCIPLINE_HEAVY")),
                Map.entry("violationTypes", List.of("SOCIAL_MEDIA", "PHOTO_WITH_CANDIDATE")),
                Map.entry("reasoning", List.of("Terbukti; keterangan " + id.netra.casefile.ReporterRedactor.MASK + " menguatkan.")));
        assertThat(back.body()).doesNotContain(Reports.REPORTER_NAME);
        // The other person's examination, never sent back, is empty.
        assertThat(filled(shown(taskForm(examiner.get(taskPath("examiner", f.caseId(), FlowNodes.EXAMINATION, lurah)))))).isEmpty();
    }

    /**
     * Sent back by the verification, the PPK's confirmation comes back with its answer — yes/no, the sanction, the
     * decree's number and date — on its own person's track only.
     */
    @Test
    void aFollowUpSentBackComesBackToThePpkWithItsAnswer() {
        Filed f = toFollowUp();
        java.util.UUID camat = driver.persons(f.caseId()).get(0);
        java.util.UUID lurah = driver.persons(f.caseId()).get(1);
        Pages ppk = Pages.signedIn(port, "ppk.serang");
        String path = taskPath("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, camat);
        assertThat(filled(shown(taskForm(ppk.get(path))))).as("a first confirmation").isEmpty();

        String decreeDate = id.netra.platform.Today.date().toString();
        driver.complete("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, camat, Map.of("sanctionImposed", true,
                "sanctionClass", "DISCIPLINE_MEDIUM", "decreeNumber", "800/77/2026", "decreeDate", decreeDate));
        driver.complete("examiner", f.caseId(), FlowNodes.FOLLOW_UP_VERIFICATION, camat, Map.of("accepted", false,
                "notes", "Salinan SK belum dilampirkan."));

        Pages.Page back = ppk.get(taskPath("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION, camat));
        assertThat(sentBack(back)).contains("Formulir di bawah sudah berisi jawaban yang ditolak itu");
        // Sent in an earlier release's shape, it comes back in the form's: the fields of the recommended (disciplinary) sanction.
        assertThat(filled(shown(taskForm(back)))).containsOnly(Map.entry("disciplinaryImposed", List.of("true")),
                Map.entry("disciplinarySanction", List.of("DISCIPLINE_MEDIUM")), Map.entry("disciplinaryDecreeNumber", List.of("800/77/2026")),
                Map.entry("disciplinaryDecreeDate", List.of(decreeDate)));
        assertThat(filled(shown(taskForm(Pages.signedIn(port, "ppk.kotaserang").get(taskPath("ppk.kotaserang", f.caseId(),
                FlowNodes.FOLLOW_UP_CONFIRMATION, lurah)))))).isEmpty();
    }

    /**
     * A colleague claimed the task while the officer filled it in: sent, it is refused with the reason, and what the
     * officer typed comes back read-only to be copied — no form to complete, nothing saved.
     */
    @Test
    void whatWasTypedIsGivenBackReadOnlyWhenAColleagueTookTheTaskMeanwhile() {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        String path = "/tugas/" + task;
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        assertThat(officer.get(path).body()).contains("id=\"task-form\"");
        assertThat(api.as("komisioner.serang").post("/api/v1/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(200);

        String notes = "Catatan panjang petugas: pelapor \"menyertakan\" bukti & saksi.\nBaris kedua.";
        Pages.Page refused = officer.post(path, form("action", "complete", "formalRequirementsMet", "false",
                "materialRequirementsMet", "true", "missingItems", "Fotokopi KTP pelapor.", "notes", notes));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Tugas ini sudah diambil oleh komisioner.serang.", "id=\"held-by\"")
                .doesNotContain("id=\"task-form\"", "value=\"complete\"", "value=\"claim\"");
        String typed = part(refused, "<section id=\"typed\"", "</section>");
        assertThat(typed).contains("Isian Anda (tidak tersimpan)");
        assertThat(filled(shown(typed))).containsOnly(Map.entry("formalRequirementsMet", List.of("false")),
                Map.entry("materialRequirementsMet", List.of("true")), Map.entry("missingItems", List.of("Fotokopi KTP pelapor.")),
                Map.entry("notes", List.of(notes)));
        // Read-only: the texts may be selected and copied, nothing sent.
        assertThat(typed).containsPattern("<textarea[^>]*name=\"notes\"[^>]*readonly").containsPattern("<input[^>]*name=\"formalRequirementsMet\"[^>]*disabled")
                .doesNotContain("<button");
        assertThat(driver.task("komisioner.serang", f.caseId(), FlowNodes.INITIAL_REVIEW).orElseThrow().path("assignee").asText())
                .isEqualTo("komisioner.serang");
        // A page read without typing gives nothing back.
        assertThat(officer.get(path).okBody()).doesNotContain("id=\"typed\"");
    }

    /**
     * A colleague completed the task while the officer typed: sent, the form is refused (409) with who completed it and
     * when, and the way to the case; what the officer typed comes back read-only to be copied — nothing of it is lost,
     * nothing saved. In the page's language.
     */
    @Test
    void whatWasTypedIsGivenBackReadOnlyWhenAColleagueCompletedTheTaskMeanwhile() throws Exception {
        Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        String path = "/tugas/" + task;
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        assertThat(officer.get(path).body()).contains("id=\"task-form\"");
        driver.complete("komisioner.serang", f.caseId(), FlowNodes.INITIAL_REVIEW,
                Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));

        String notes = "Catatan panjang petugas: pelapor \"menyertakan\" bukti & saksi.\nBaris kedua.";
        Map<String, List<String>> typed = form("action", "complete", "formalRequirementsMet", "false",
                "materialRequirementsMet", "true", "missingItems", "Fotokopi KTP pelapor.", "notes", notes);
        Pages.Page refused = officer.postMultipart(path, typed);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("gone")).startsWith("Tugas “Kajian awal” sudah diselesaikan oleh ")
                .contains("(komisioner.serang) pada ").endsWith(" WIB, selagi Anda mengisi formulirnya.");
        assertThat(refused.body()).contains("Isian Anda di bawah tidak tersimpan");
        assertThat(refused.attribute("case-link", "href")).isEqualTo("/perkara/" + f.caseId());
        assertThat(refused.text("case-link")).isEqualTo("Buka perkara " + jdbc.sql("SELECT register_number FROM case_file WHERE id = :id")
                .param("id", f.caseId()).query(String.class).single());
        String given = part(refused, "<section id=\"typed\"", "</section>");
        assertThat(filled(shown(given))).containsOnly(Map.entry("formalRequirementsMet", List.of("false")),
                Map.entry("materialRequirementsMet", List.of("true")), Map.entry("missingItems", List.of("Fotokopi KTP pelapor.")),
                Map.entry("notes", List.of(notes)));
        // Read-only: the texts may be selected and copied, nothing sent.
        assertThat(given).containsPattern("<textarea[^>]*name=\"notes\"[^>]*readonly")
                .containsPattern("<input[^>]*name=\"formalRequirementsMet\"[^>]*disabled").doesNotContain("<button");
        assertThat(refused.body()).doesNotContain("id=\"task-form\"");
        // What the colleague decided stands.
        assertThat(lastPayload(f.caseId(), FlowNodes.INITIAL_REVIEW).path("formalRequirementsMet").asBoolean()).isTrue();

        officer.get("/kotak-masuk?lang=en");
        Pages.Page english = officer.postMultipart(path, typed);
        assertThat(english.status()).isEqualTo(409);
        assertThat(english.text("gone")).startsWith("The task “Initial review” was completed by ").contains("(komisioner.serang) on ");
        assertThat(english.text("typed-title")).isEqualTo("What you typed (not saved)");
        // A page read without typing gives nothing back: said so, as before.
        Pages.Page read = officer.get(path);
        assertThat(read.status()).isEqualTo(409);
        assertThat(read.body()).contains("This task has already been completed.").doesNotContain("id=\"typed\"");
    }

    /**
     * Every task's page says its deadline: the due day, the days left coloured by urgency as the inbox marks them, and
     * the rule it was counted by where the case keeps one for that step (the initial review's from receipt, the PPK's
     * from the recommendation), in the reader's language; a task past its day says by how many days, marked overdue.
     */
    @Test
    void aTaskPageSaysItsDeadlineWithTheDaysLeftAndItsBasis() {
        java.time.ZoneId jakarta = java.time.ZoneId.of("Asia/Jakarta");
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.forLanguageTag("id"));
        Filed filed = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        com.fasterxml.jackson.databind.JsonNode review = driver.task("bawaslu.serang", filed.caseId(), FlowNodes.INITIAL_REVIEW).orElseThrow();
        LocalDate reviewDue = java.time.Instant.parse(review.path("due").asText()).atZone(jakarta).toLocalDate();
        long reviewLeft = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(jakarta), reviewDue);
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        Pages.Page page = officer.page("/tugas/" + review.path("id").asText());
        assertThat(page.text("task-due")).startsWith("Batas waktu: " + day.format(reviewDue)).contains("(2 hari sejak diterima)");
        assertThat(page.attribute("task-due", "class")).isEqualTo("due " + (reviewLeft <= 3 ? "soon" : "ontime"));
        assertThat(page.attribute("task-due", "data-days-left")).isEqualTo(String.valueOf(reviewLeft));
        assertThat(page.text("task-due-left")).isEqualTo(reviewLeft == 0 ? "hari ini" : reviewLeft + " hari lagi");
        assertThat(officer.page("/tugas/" + review.path("id").asText() + "?lang=en").text("task-due"))
                .contains("(2 calendar days from receipt)");
        // A report not yet registered is named by its tracking number, as in the inbox.
        assertThat(page.text("case-link")).isEqualTo("Belum diregistrasi · " + filed.trackingNumber());

        Filed f = driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("ppk.serang", f.caseId(), FlowNodes.FOLLOW_UP_CONFIRMATION);
        Pages ppk = Pages.signedIn(port, "ppk.serang");
        Pages.Page followUp = ppk.page("/tugas/" + task);
        assertThat(followUp.text("task-due")).startsWith("Batas waktu: ").contains("(14 hari kerja sejak rekomendasi)", "hari lagi");
        assertThat(followUp.attribute("task-due", "class")).isEqualTo("due ontime");

        // Past its day (the engine's due date moved back): overdue, by how many days, in the inbox's colour.
        owner.sql("UPDATE act_ru_task SET due_date_ = now() - interval '3 days' WHERE id_ = :t").param("t", task).update();
        Pages.Page late = ppk.page("/tugas/" + task);
        assertThat(late.attribute("task-due", "class")).isEqualTo("due overdue");
        assertThat(late.text("task-due-left")).isEqualTo("lewat 3 hari");
    }
}
