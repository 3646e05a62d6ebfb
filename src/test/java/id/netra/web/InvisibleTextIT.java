package id.netra.web;

import id.netra.platform.Messages;
import id.netra.platform.TextRulesTest;
import id.netra.support.Api;
import id.netra.support.CaseDriver;
import id.netra.support.Pages;
import id.netra.support.Reports;
import id.netra.support.TestClock;
import id.netra.workflow.FlowNodes;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.spring.JqwikSpringSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text made of nothing that shows — spaces of every spelling (the no-break, the ideographic space...), line breaks,
 * zero-width spaces and joiners, the word joiner, direction marks — is no text: a required field holding only that is
 * missing, in the API and on the page alike, said as such next to the field; around a text, it is not kept (generated).
 * The byte-order mark, refused wherever it stands ({@code OddTextIT}), is left out of the generated blanks.
 */
@JqwikSpringSupport
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class InvisibleTextIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(TextRulesTest.BLANKS.replace("\uFEFF", "")).ofMinLength(1).ofMaxLength(8);
    }

    private static String said(String code) {
        return Messages.in(Messages.INDONESIAN, code);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> body, String name) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) body.get(name));
        body.put(name, copy);
        return copy;
    }

    @Property(tries = 10, shrinking = ShrinkingMode.OFF)
    void aRequiredTextOfNothingThatShowsIsMissingInTheApiAndOnThePage(@ForAll("blanks") String blanks) {
        Api api = Api.anonymous(port);
        Map<String, Object> body = Reports.report("36.04", "PEMDA-36.04");
        part(body, "reporter").put("name", blanks);
        part(body, "incident").put("place", blanks);
        part(body, "incident").put("description", blanks);
        Api.Response refused = api.post("/api/v1/public/reports", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("code")).contains("intake.reporter.name.required",
                "intake.incident.place.required", "intake.incident.description.required");

        Pages browser = new Pages(port);
        browser.get("/lapor");
        Map<String, String> form = Reports.pageForm();
        form.put("reporter.name", blanks);
        form.put("incident.place", blanks);
        form.put("incident.description", blanks);
        Pages.Page page = browser.post("/lapor", form);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("reporter-name-error")).isEqualTo(said("intake.reporter.name.required"));
        assertThat(page.text("incident-place-error")).isEqualTo(said("intake.incident.place.required"));
        assertThat(page.text("incident-description-error")).isEqualTo(said("intake.incident.description.required"));

        // A task's text the form requires (what a report lacks, when a requirement is not met).
        CaseDriver driver = new CaseDriver(api, runtime, management, jdbc);
        CaseDriver.Filed f = driver.fileReport(Reports.report("36.04", "PEMDA-36.04"));
        String task = driver.taskId("bawaslu.serang", f.caseId(), FlowNodes.INITIAL_REVIEW);
        Api.Response missing = api.as("bawaslu.serang").post("/api/v1/tasks/" + task + "/complete",
                Map.of("formalRequirementsMet", false, "materialRequirementsMet", true, "missingItems", blanks));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.json().path("errors").findValuesAsText("field")).containsExactly("missingItems");
        Pages officer = Pages.signedIn(port, "bawaslu.serang");
        officer.get("/tugas/" + task);
        Pages.Page onThePage = officer.postMultipart("/tugas/" + task, Map.of("action", "complete",
                "formalRequirementsMet", "false", "materialRequirementsMet", "true", "missingItems", blanks));
        assertThat(onThePage.status()).isEqualTo(400);
        assertThat(onThePage.text("missingItems-error")).isEqualTo(said("bawaslu.initialReview.missingItems"));
        assertThat(driver.status(f.caseId())).isEqualTo("RECEIVED");
    }

    @Property(tries = 8, shrinking = ShrinkingMode.OFF)
    void aTextIsKeptWithoutWhatShowsNothingAroundIt(@ForAll("blanks") String before, @ForAll("blanks") String after) {
        String name = "Ahmad\u00A0Fauzi";
        String description = "Camat hadir.\n\u200BLurah\u200D berpidato.";
        Map<String, Object> body = Reports.report("36.04", "PEMDA-36.04");
        part(body, "reporter").put("name", before + name + after);
        part(body, "incident").put("description", before + description + after);
        Api.Response filed = Api.anonymous(port).post("/api/v1/public/reports", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertKept(filed.text("trackingNumber"), name, description);

        Pages browser = new Pages(port);
        browser.get("/lapor");
        Map<String, String> form = Reports.pageForm();
        form.put("reporter.name", before + name + after);
        form.put("incident.description", before + description.replace("\n", "\r\n") + after);
        Pages.Page page = browser.post("/lapor", form);
        assertThat(page.status()).as(page.text("problems")).isEqualTo(303);
        assertKept(browser.follow(page).text("trackingNumber"), name, description);
    }

    private void assertKept(String trackingNumber, String name, String description) {
        assertThat(jdbc.sql("SELECT r.name FROM case_reporter r JOIN case_file c ON c.id = r.case_id WHERE c.tracking_number = :tn")
                .param("tn", trackingNumber).query(String.class).single()).isEqualTo(name);
        assertThat(jdbc.sql("SELECT description FROM case_file WHERE tracking_number = :tn").param("tn", trackingNumber)
                .query(String.class).single()).isEqualTo(description);
    }

    /** A holiday's name, from a CSV file as from the API, is read as any other text (in a year of this test's own). */
    @net.jqwik.api.Example
    void aHolidaysNameFromAFileIsReadAsAnyOtherText() {
        Api admin = Api.anonymous(port).as("admin");
        Api.Response blank = admin.send("POST", "/api/v1/admin/holidays/import", "date,name\n2094-03-02,\u200B\u00A0\u3000\n", "text/csv");
        assertThat(blank.status()).as(blank.body()).isEqualTo(400);
        assertThat(blank.json().path("errors").findValuesAsText("field")).containsExactly("line 2");
        assertThat(admin.send("PUT", "/api/v1/admin/holidays/2094-03-02", "{\"name\":\"\u200B\u00A0\"}", "application/json").status())
                .isEqualTo(400);
        Api.Response kept = admin.send("POST", "/api/v1/admin/holidays/import", "date,name\n2094-03-02,\u00A0Hari Uji\u200B\n", "text/csv");
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT name FROM holiday WHERE day = DATE '2094-03-02'").query(String.class).single()).isEqualTo("Hari Uji");
        assertThat(admin.send("DELETE", "/api/v1/admin/holidays/2094-03-02", null, null).status()).isLessThan(300);
    }
}
