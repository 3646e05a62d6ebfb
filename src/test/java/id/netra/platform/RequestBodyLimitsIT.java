package id.netra.platform;

import id.netra.intake.IntakeService;
import id.netra.intake.ReportForm;
import id.netra.intake.ReportRequest;
import id.netra.intake.WithdrawalRequest;
import id.netra.casefile.CasePersons;
import id.netra.support.IntegrationTest;
import id.netra.workflow.FormField;
import id.netra.workflow.TaskForms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body limits fit what the forms and the API's bodies allow, computed from their declarations: every text at its
 * declared length and every character of it at its costliest, every list at its declared number of items. A character
 * typed costs at most 9 bytes in a URL-encoded form ({@code %E2%80%9C}, a curly quote), 3 in a multipart form (UTF-8 as
 * it is) and 6 in JSON (a {@code \u201c} escape, which any JSON writer may use). A page's URL-encoded form (the public
 * report, the status page's forms) fits {@code netra.limits.max-form-bytes}; a task's page form, posted multipart, and
 * every JSON body fit {@code netra.limits.max-body-bytes}; a task's page form has no more parts than Tomcat takes. And
 * the limits stay a few MiB at most: they exist against memory exhaustion (docs/security.md).
 */
class RequestBodyLimitsIT extends IntegrationTest {

    /** One value a form or body carries: its name, its longest value in characters, and whether any character may be typed. */
    private record Posted(String name, int chars, boolean typed) {
    }

    /** The longest CSRF field a page's form carries, and the longest boundary a multipart body may use (RFC 2046). */
    private static final int CSRF = 128;
    private static final int BOUNDARY = 70;

    @Autowired
    TaskForms forms;

    @Value("${netra.limits.max-form-bytes}")
    long formLimit;
    @Value("${netra.limits.max-body-bytes}")
    long bodyLimit;
    @Value("${server.tomcat.max-part-count}")
    int maxParts;

    private static long urlEncoded(List<Posted> values) {
        return values.stream().mapToLong(v -> URLEncoder.encode(v.name(), StandardCharsets.UTF_8).length() + 2L
                + (long) v.chars() * (v.typed() ? 9 : 3)).sum();
    }

    private static long multipart(List<Posted> values) {
        long part = 2 + BOUNDARY + 2 + "Content-Disposition: form-data; name=\"\"".length() + 2 + 2 + 2;
        return values.stream().mapToLong(v -> part + v.name().length() + (long) v.chars() * (v.typed() ? 3 : 1)).sum()
                + 2 + BOUNDARY + 2 + 2;
    }

    /** Compact JSON with every character of every key and value escaped ({@code \u0041}), its punctuation counted generously. */
    private static long json(List<Posted> values) {
        return values.stream().mapToLong(v -> 6L * (v.name().substring(v.name().lastIndexOf('.') + 1).length() + v.chars()) + 12).sum();
    }

    /** A task form's values as its page posts them (a list's every row, an option list's every option) or as JSON. */
    private static void values(String name, FormField f, boolean page, List<Posted> out) {
        if (f.items() != null) {
            assertThat(f.maxItems()).as(name + ": a list declares its most items").isNotNull();
            for (int i = 0; i < f.maxItems(); i++) {
                for (FormField item : f.items()) {
                    values(name + "[" + i + "]." + item.name(), item, page, out);
                }
            }
            if (page) {
                out.add(new Posted("rows." + name, 2, false));
            }
            return;
        }
        switch (f.type()) {
            case "boolean" -> out.add(new Posted(name, 5, false));
            case "date" -> out.add(new Posted(name, 10, false));
            case "enum" -> out.add(new Posted(name, longest(f), false));
            case "enum[]" -> f.options().forEach(o -> out.add(new Posted(name, o.value().length(), false)));
            default -> {
                assertThat(f.maxLength()).as(name + ": a text declares its limit").isNotNull();
                out.add(new Posted(name, f.maxLength(), true));
            }
        }
    }

    private static int longest(FormField f) {
        return f.options().stream().mapToInt(o -> o.value().length()).max().orElse(0);
    }

    private List<Posted> taskForm(String key, boolean page) {
        List<Posted> out = new ArrayList<>();
        List<FormField> fields = forms.get(key).orElseThrow().fields();
        fields.forEach(f -> values(f.name(), f, page, out));
        if (page) {
            out.add(new Posted("_csrf", CSRF, false));
            out.add(new Posted("action", fields.stream().mapToInt(f -> ("addRow:" + f.name()).length()).max().orElse(0), false));
        }
        return out;
    }

    /** The public report, as its page posts it or as the API's JSON, every list at its most. */
    private static List<Posted> report(boolean page) {
        List<Posted> out = new ArrayList<>();
        if (page) {
            out.addAll(List.of(new Posted("_csrf", CSRF, false), new Posted("submissionToken", 64, false),
                    new Posted("action", "removePerson:49".length(), false)));
        }
        out.add(new Posted("electionType", 7, false));
        out.addAll(reporter());
        for (int i = 0; i < CasePersons.MAX_PERSONS; i++) {
            String p = "reportedPersons[" + i + "].";
            out.addAll(List.of(new Posted(p + "name", ReportRequest.MAX_NAME, true), new Posted(p + "nip", 36, true),
                    new Posted(p + "position", ReportRequest.MAX_POSITION, true), new Posted(p + "employmentType", 4, false),
                    new Posted(p + "positionCategory", "CAMAT_LURAH".length(), false), new Posted(p + "agencyCode", 40, false)));
        }
        out.addAll(List.of(new Posted("incident.date", 10, false), new Posted("incident.knownOn", 10, false),
                new Posted("incident.place", ReportRequest.MAX_PLACE, true),
                new Posted("incident.regionCode", ReportForm.MAX_REGION, true),
                new Posted("incident.description", ReportRequest.MAX_DESCRIPTION, true)));
        out.addAll(witnesses());
        return out;
    }

    private static List<Posted> reporter() {
        return List.of(new Posted("reporter.name", ReportRequest.MAX_NAME, true), new Posted("reporter.nik", 36, true),
                new Posted("reporter.address", ReportRequest.MAX_ADDRESS, true), new Posted("reporter.phone", ReportRequest.MAX_PHONE, true),
                new Posted("reporter.email", ReportRequest.MAX_EMAIL, true));
    }

    private static List<Posted> witnesses() {
        List<Posted> out = new ArrayList<>();
        for (int i = 0; i < ReportRequest.MAX_WITNESSES; i++) {
            out.add(new Posted("witnesses[" + i + "].name", ReportRequest.MAX_NAME, true));
            out.add(new Posted("witnesses[" + i + "].contact", ReportRequest.MAX_CONTACT, true));
        }
        return out;
    }

    /** The status page's forms (the numbers typed back, the completion, the withdrawal), all in one: more than either. */
    private static List<Posted> statusPage() {
        return List.of(new Posted("_csrf", CSRF, false), new Posted("trackingNumber", IntakeService.MAX_TYPED, true),
                new Posted("accessCode", IntakeService.MAX_TYPED, true), new Posted("action", 8, false),
                new Posted("statement", ReportRequest.MAX_DESCRIPTION, true), new Posted("place", ReportRequest.MAX_PLACE, true),
                new Posted("reason", WithdrawalRequest.MAX_REASON, true), new Posted("confirm", 4, false));
    }

    /** The reporter's completion by the API: the statement, the reporter again, the place, the witnesses. */
    private static List<Posted> completion() {
        List<Posted> out = new ArrayList<>(List.of(new Posted("statement", ReportRequest.MAX_DESCRIPTION, true),
                new Posted("place", ReportRequest.MAX_PLACE, true)));
        out.addAll(reporter());
        out.addAll(witnesses());
        return out;
    }

    @Test
    void everyFormAndBodyFitsItsLimitAtItsDeclaredWorst() {
        Map<String, Long> formBytes = new TreeMap<>();
        Map<String, Long> bodyBytes = new TreeMap<>();
        Map<String, Integer> parts = new TreeMap<>();
        formBytes.put("report page (URL-encoded)", urlEncoded(report(true)));
        formBytes.put("status page (URL-encoded)", urlEncoded(statusPage()));
        bodyBytes.put("report (JSON)", json(report(false)));
        bodyBytes.put("completion (JSON)", json(completion()));
        for (String key : forms.keys()) {
            bodyBytes.put(key + " page (multipart)", multipart(taskForm(key, true)));
            bodyBytes.put(key + " (JSON)", json(taskForm(key, false)));
            parts.put(key, taskForm(key, true).size());
        }
        String said = "forms " + formBytes + ", bodies " + bodyBytes + ", parts " + parts;
        formBytes.forEach((form, bytes) -> assertThat(bytes).as(form + " within max-form-bytes: " + said).isLessThanOrEqualTo(formLimit));
        bodyBytes.forEach((body, bytes) -> assertThat(bytes).as(body + " within max-body-bytes: " + said).isLessThanOrEqualTo(bodyLimit));
        parts.forEach((form, n) -> assertThat(n).as(form + " within max-part-count: " + said).isLessThanOrEqualTo(maxParts));
        // Bounded: a few MiB, a URL-encoded form (read whole into memory) less.
        assertThat(bodyLimit).isLessThanOrEqualTo(8L << 20);
        assertThat(formLimit).isLessThanOrEqualTo(2L << 20);
        System.out.println("Request body limits: " + said);
    }

    @Test
    void aTaskFormAtItsWorstWouldNotFitUrlEncodedSoItsPageSendsItMultipart() {
        long clarification = urlEncoded(taskForm(id.netra.workflow.FlowNodes.CLARIFICATION, true));
        assertThat(clarification).as("the clarification's 50 hearings of 20,000 characters, URL-encoded").isGreaterThan(bodyLimit);
    }

    /** Tomcat's own default when unset. */
    @Value("${server.tomcat.max-swallow-size:2MB}")
    String maxSwallow;

    /**
     * A body refused before it is read — over its own limit, or from a client not signed in — is still read to its end
     * by Tomcat and thrown away, up to {@code server.tomcat.max-swallow-size}, so that the sender reads the answer (the
     * 413 page, the problem) rather than a connection reset while still sending. Tomcat's default, 2 MiB, reset every
     * such body larger than that: a form of a few MiB, a CSV file, a task's form sent after the session ended. Set to
     * twice the largest limit, so that a body somewhat over its limit is answered too. Over real HTTP, each body sent
     * whole before the answer is read, as a browser sends a form.
     */
    @Test
    void aBodyRefusedUnreadIsAnsweredNotResetUpToTwiceTheLargestLimit() {
        int sixMiB = 6 << 20;
        // A page's form over its limit (1 MiB), between 2 MiB and the body limit: the 413 page.
        id.netra.support.RawHttp.Response form = id.netra.support.RawHttp.send("127.0.0.61", port, "POST", "/lapor",
                "incident.description=" + "a".repeat(sixMiB), "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
        assertThat(form.status()).isEqualTo(413);
        assertThat(form.header("Content-Type")).startsWith("text/html");
        assertThat(form.body()).contains("Kiriman terlalu besar");
        // A CSV file over its limit (64 KiB): the problem, naming the limit.
        id.netra.support.RawHttp.Response csv = id.netra.support.RawHttp.send("127.0.0.62", port, "POST",
                "/api/v1/admin/holidays/import", "date,name\n" + "2095-10-01,Hari Besar\n".repeat(sixMiB / 22), "Content-Type", "text/csv");
        assertThat(csv.status()).isEqualTo(413);
        assertThat(csv.body()).contains("65536");
        // A body within every limit, refused before it is read (no credentials): the 401 problem.
        id.netra.support.RawHttp.Response unsigned = id.netra.support.RawHttp.send("127.0.0.63", port, "POST",
                "/api/v1/tasks/" + java.util.UUID.randomUUID() + "/complete", "{\"notes\":\"" + "a".repeat(sixMiB) + "\"}",
                "Content-Type", "application/json");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.header("Content-Type")).startsWith("application/problem+json");
        // A task page's form (multipart) just over the body limit: the 413 page.
        String part = "--zzz\r\nContent-Disposition: form-data; name=\"notes\"\r\n\r\n";
        id.netra.support.RawHttp.Response page = id.netra.support.RawHttp.send("127.0.0.64", port, "POST",
                "/tugas/" + java.util.UUID.randomUUID(), part + "a".repeat((int) bodyLimit + (1 << 20)) + "\r\n--zzz--\r\n",
                "Content-Type", "multipart/form-data; boundary=zzz", "Accept", "text/html");
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("Kiriman terlalu besar");
        assertThat(org.springframework.util.unit.DataSize.parse(maxSwallow).toBytes()).isGreaterThanOrEqualTo(2 * bodyLimit);
    }
}
