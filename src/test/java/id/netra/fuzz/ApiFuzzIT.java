package id.netra.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.support.Api;
import id.netra.support.CaseDriver;
import id.netra.support.Reports;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.spring.JqwikSpringSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzz test of the whole API over real HTTP on the embedded PostgreSQL: generated bodies (valid ones mutated at
 * random places, odd text, wrong types, junk), headers (content types, access codes, credentials, Accept) and path
 * values against every public and authenticated endpoint, as every kind of user. Whatever is sent: never a 5xx;
 * every 4xx is problem JSON, and a 400 names the field at fault; every report acknowledged with 201 can be followed
 * afterwards with its access code. Bounded to a few thousand requests; the application context is the suite's one.
 */
@JqwikSpringSupport
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> USERS = List.of("bawaslu.serang", "komisioner.serang", "bawaslu.banten", "bawaslu.ri",
            "examiner", "examiner.approver", "ppk.serang", "admin");
    /** Acknowledged reports: tracking number → access code. */
    private static final Map<String, String> ACKNOWLEDGED = new ConcurrentHashMap<>();
    private static final Map<String, String[]> SESSIONS = new ConcurrentHashMap<>();
    private static final List<String> TASK_IDS = new ArrayList<>();
    private static final List<String> CASE_IDS = new ArrayList<>();
    private static final List<String> TRACKING = new ArrayList<>();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    /** One request as generated. */
    record Call(String user, boolean withCsrf, String method, String path, String contentType, String body,
                Map<String, String> headers) {
        @Override
        public String toString() {
            String b = body == null ? "null" : body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + ")" : body;
            return method + " " + path + " as " + user + (withCsrf ? "" : " (no csrf)") + " [" + contentType + "] " + headers + " " + b;
        }
    }

    // ---------------------------------------------------------------- the properties

    @Property(tries = 1200, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void publicEndpointsNeverFailAndKeepWhatTheyAcknowledge(@ForAll("publicCalls") Call call) throws Exception {
        prepare();
        check(call, send(call));
    }

    @Property(tries = 1500, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void authenticatedEndpointsNeverFail(@ForAll("officerCalls") Call call) throws Exception {
        prepare();
        check(call, send(call));
    }

    @AfterContainer
    static void nothingAcknowledgedIsLost() {
        // Checked per report as it is acknowledged (check), and here once more for all of them together.
        assertThat(ACKNOWLEDGED).isNotEmpty();
        Api api = Api.anonymous(portSeen);
        ACKNOWLEDGED.forEach((tn, code) -> assertThat(api.get("/api/v1/public/reports/" + tn, "X-Access-Code", code).status())
                .as(tn).isEqualTo(200));
    }

    private static int portSeen;

    // ---------------------------------------------------------------- checking an answer

    private void check(Call call, HttpResponse<String> r) throws Exception {
        int status = r.statusCode();
        assertThat(status).as("%s\n→ %s", call, r.body()).isLessThan(500);
        if (status >= 400) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as("%s → %d %s", call, status, r.body())
                    .startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("title").asText()).isNotBlank();
            assertThat(r.body()).doesNotContain("Exception", "at id.netra", "org.springframework");
            if (status == 400) {
                JsonNode errors = problem.path("errors");
                assertThat(errors.isArray() && !errors.isEmpty()).as("%s → %s", call, r.body()).isTrue();
                errors.forEach(e -> {
                    assertThat(e.path("field").asText()).as(r.body()).isNotBlank();
                    assertThat(e.path("message").asText()).as(r.body()).isNotBlank();
                });
            }
        }
        if (status == 201 && call.method().equals("POST") && call.path().equals("/api/v1/public/reports")) {
            JsonNode receipt = JSON.readTree(r.body());
            String tn = receipt.path("trackingNumber").asText();
            String code = receipt.path("accessCode").asText();
            ACKNOWLEDGED.put(tn, code);
            Api.Response followed = Api.anonymous(port).get("/api/v1/public/reports/" + tn, "X-Access-Code", code);
            assertThat(followed.status()).as(tn).isEqualTo(200);
            assertThat(jdbc.sql("SELECT count(*) FROM case_file WHERE tracking_number IN (:tns)")
                    .param("tns", List.copyOf(ACKNOWLEDGED.keySet())).query(Integer.class).single()).isEqualTo(ACKNOWLEDGED.size());
        }
    }

    private HttpResponse<String> send(Call call) throws Exception {
        URI uri;
        try {
            uri = URI.create("http://localhost:" + port + call.path());
        } catch (IllegalArgumentException e) {
            uri = URI.create("http://localhost:" + port + "/api/v1/public/reports/" + URLEncoder.encode(call.path(), StandardCharsets.UTF_8));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (call.user() != null && !call.user().startsWith("basic:")) {
            String[] session = SESSIONS.get(call.user());
            b.header("Cookie", session[0] + (call.withCsrf() ? "; XSRF-TOKEN=" + session[1] : ""));
            if (call.withCsrf()) {
                b.header("X-XSRF-TOKEN", session[1]);
            }
        } else if (call.user() != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(call.user().substring(6).getBytes(StandardCharsets.UTF_8)));
        }
        call.headers().forEach((name, value) -> {
            try {
                b.header(name, value);
            } catch (IllegalArgumentException e) {
                // a header the HTTP client itself will not send
            }
        });
        if (call.contentType() != null) {
            b.header("Content-Type", call.contentType());
        }
        b.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- what there is to call

    /** Once: a session per user, and cases and tasks at several steps of the path to aim at. */
    private synchronized void prepare() {
        portSeen = port;
        if (!SESSIONS.isEmpty()) {
            return;
        }
        Api api = Api.anonymous(port);
        for (String user : USERS) {
            Api.Response in = api.send("POST", "/api/v1/session", "username=" + user + "&password=netra-demo",
                    "application/x-www-form-urlencoded");
            assertThat(in.status()).isEqualTo(204);
            String cookie = cookie(in, "JSESSIONID");
            Api.Response me = api.get("/api/v1/me", "Cookie", "JSESSIONID=" + cookie);
            SESSIONS.put(user, new String[]{"JSESSIONID=" + cookie, cookie(me, "XSRF-TOKEN")});
        }
        CaseDriver driver = new CaseDriver(api, runtime, management, jdbc);
        List<CaseDriver.Filed> filed = List.of(
                driver.fileReport(Reports.report("36.04", "PEMDA-36.04")),
                driver.toRegistered(Reports.report("36.04", "PEMDA-36.04")),
                driver.toExamination(Reports.report("36.04", "PEMDA-36.04")),
                driver.toRecommendation(Reports.report("36.04", "PEMDA-36.04")));
        CaseDriver.Filed assessed = driver.toRegistered(Reports.report("36.04", "PEMDA-36.04"));
        driver.toPlenary(assessed.caseId(), "NEUTRALITY_VIOLATION");
        for (CaseDriver.Filed f : List.of(filed.get(0), filed.get(1), filed.get(2), filed.get(3), assessed)) {
            CASE_IDS.add(f.caseId().toString());
            TRACKING.add(f.trackingNumber());
            ACKNOWLEDGED.put(f.trackingNumber(), f.accessCode());
        }
        TASK_IDS.addAll(jdbc.sql("SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN (SELECT id_ FROM act_ru_execution "
                + "WHERE business_key_ IN (:ids))").param("ids", CASE_IDS).query(String.class).list());
    }

    private static String cookie(Api.Response r, String name) {
        for (String header : r.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';'));
            }
        }
        throw new AssertionError("no cookie " + name);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Call> publicCalls() {
        Arbitrary<String> tracking = Arbitraries.oneOf(Arbitraries.of("LPR-2026-AAAAAAAA", "TM-2026-X", "lpr-2026-", ""),
                Arbitraries.create(() -> TRACKING.isEmpty() ? "LPR-0" : TRACKING.get(0)), oddSegment());
        Arbitrary<Call> report = Combinators.combine(reportBody(true), contentType(), headers())
                .as((body, type, headers) -> new Call(null, false, "POST", "/api/v1/public/reports", type, body, headers));
        Arbitrary<Call> status = Combinators.combine(tracking, headers())
                .as((tn, headers) -> new Call(null, false, "GET", "/api/v1/public/reports/" + encode(tn), null, null, headers));
        Arbitrary<Call> completion = Combinators.combine(tracking, jsonBody(List.of("statement", "reporter", "place", "witnesses")),
                contentType(), headers())
                .as((tn, body, type, headers) -> new Call(null, false, "POST", "/api/v1/public/reports/" + encode(tn) + "/completion",
                        type, body, headers));
        Arbitrary<Call> withdrawal = Combinators.combine(tracking, jsonBody(List.of("reason")), contentType(), headers())
                .as((tn, body, type, headers) -> new Call(null, false, "POST", "/api/v1/public/reports/" + encode(tn) + "/withdrawal",
                        type, body, headers));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, report), net.jqwik.api.Tuple.of(2, status),
                net.jqwik.api.Tuple.of(2, completion), net.jqwik.api.Tuple.of(1, withdrawal));
    }

    @Provide
    Arbitrary<Call> officerCalls() {
        Arbitrary<String> user = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of(USERS)),
                // Basic credentials of no account (a demo account with a wrong password would be locked out)
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().ofMaxLength(12).map(s -> "basic:fuzz." + s + ":x")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)));
        Arbitrary<Boolean> csrf = Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true), net.jqwik.api.Tuple.of(1, false));
        Arbitrary<String> taskId = Arbitraries.oneOf(Arbitraries.create(() -> TASK_IDS.isEmpty() ? "x" : TASK_IDS.get(0)),
                Arbitraries.integers().between(0, 50).map(i -> TASK_IDS.isEmpty() ? "x" : TASK_IDS.get(i % TASK_IDS.size())),
                oddSegment());
        Arbitrary<String> caseId = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 50).map(i -> CASE_IDS.isEmpty() ? "x" : CASE_IDS.get(i % CASE_IDS.size())),
                Arbitraries.create(() -> UUID.randomUUID().toString()), oddSegment());
        Arbitrary<String> formBody = jsonBody(List.of("formalRequirementsMet", "materialRequirementsMet", "missingItems",
                "transferToOffice", "notes", "hearings", "conclusion", "violationTypes", "otherRoute", "analysis", "approved",
                "outcome", "sanctionClass", "reasoning", "sanctionImposed", "decreeNumber", "decreeDate", "accepted",
                "escalationLetterNumber", "moralSanction", "disciplinarySanction", "disciplinaryPenalty", "moralImposed",
                "moralDecreeNumber", "moralDecreeDate", "disciplinaryImposed", "disciplinaryDecreeNumber", "disciplinaryDecreeDate"));
        Arbitrary<String> query = Combinators.combine(
                Arbitraries.of("status", "office", "q", "page", "size", "user", "case", "from", "to", "x", "registerNumber",
                        "trackingNumber", "nip", "name", "agency", "electionType", "receivedFrom", "receivedTo", "province", "level"),
                oddText()).as((k, v) -> k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))
                .list().ofMaxSize(4).map(l -> String.join("&", l));
        Arbitrary<String[]> target = Arbitraries.oneOf(
                Arbitraries.of(new String[]{"GET", "/api/v1/me"}, new String[]{"GET", "/api/v1/tasks"},
                        new String[]{"GET", "/api/v1/admin/users"}, new String[]{"GET", "/api/v1/admin/holidays"},
                        new String[]{"GET", "/api/v1/admin/rules"}, new String[]{"GET", "/api/v1/admin/offices"},
                        new String[]{"GET", "/api/v1/admin/agencies"}),
                taskId.map(t -> new String[]{"GET", "/api/v1/tasks/" + encode(t)}),
                Combinators.combine(taskId, Arbitraries.of("claim", "unclaim", "complete"))
                        .as((t, action) -> new String[]{"POST", "/api/v1/tasks/" + encode(t) + "/" + action}),
                caseId.map(c -> new String[]{"GET", "/api/v1/cases/" + encode(c)}),
                caseId.map(c -> new String[]{"GET", "/api/v1/cases/" + encode(c) + "/audit"}),
                caseId.map(c -> new String[]{"POST", "/api/v1/cases/" + encode(c) + "/assessment-extension"}),
                query.map(q -> new String[]{"GET", "/api/v1/cases?" + q}),
                query.map(q -> new String[]{"GET", "/api/v1/audit?" + q}),
                query.map(q -> new String[]{"GET", "/api/v1/reference/regions?" + q}),
                Arbitraries.just(new String[]{"POST", "/api/v1/findings"}),
                Arbitraries.just(new String[]{"POST", "/api/v1/admin/users"}),
                oddSegment().map(n -> new String[]{"PATCH", "/api/v1/admin/users/fuzz." + encode(n)}),
                oddSegment().map(n -> new String[]{"POST", "/api/v1/admin/users/fuzz." + encode(n) + "/password"}),
                oddSegment().map(n -> new String[]{"POST", "/api/v1/admin/users/fuzz." + encode(n) + "/unlock"}),
                // holidays far from any deadline a test computes
                Arbitraries.oneOf(Arbitraries.integers().between(1, 400).map(d -> "2099-" + String.format("%02d-%02d", 1 + d % 12, 1 + d % 28)),
                        oddSegment()).flatMap(day -> Arbitraries.of("PUT", "DELETE").map(m -> new String[]{m, "/api/v1/admin/holidays/" + encode(day)})),
                Arbitraries.just(new String[]{"POST", "/api/v1/admin/holidays/import"}),
                // never PEMILU or PILKADA: the other tests' deadlines rest on those numbers
                oddSegment().filter(t -> !t.equalsIgnoreCase("PEMILU") && !t.equalsIgnoreCase("PILKADA"))
                        .flatMap(t -> Arbitraries.of("PUT", "DELETE").map(m -> new String[]{m, "/api/v1/admin/rules/" + encode(t)})),
                oddSegment().map(c -> new String[]{"PATCH", "/api/v1/admin/offices/99." + encode(c)}),
                oddSegment().map(c -> new String[]{"PATCH", "/api/v1/admin/agencies/FUZZ-" + encode(c)}),
                Arbitraries.just(new String[]{"POST", "/api/v1/admin/agencies"}));
        Arbitrary<String> body = Arbitraries.oneOf(formBody, reportBody(false),
                jsonBody(List.of("username", "displayName", "role", "office", "agency", "password", "enabled", "name", "reason",
                        "ppkTitle", "code", "parent", "type")),
                csvBody());
        return Combinators.combine(user, csrf, target, body, contentType(), headers())
                .as((u, c, t, b, type, h) -> {
                    boolean change = !t[0].equals("GET");
                    String bodyType = t[1].endsWith("/import") && type != null && type.startsWith("application/json") ? "text/csv" : type;
                    return new Call(u, c, t[0], t[1], change ? bodyType : null, change ? b : null, h);
                });
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Arbitrary<String> oddSegment() {
        return Arbitraries.oneOf(oddText().ofMaxLength(40), Arbitraries.of("..", ".", "%", "a/b", "a;b", "~", "\\", "null", "0",
                "-1", "99999999999999999999", "00000000-0000-0000-0000-000000000000"));
    }

    /** Text as people and attackers type it: letters, digits, punctuation, whitespace, controls, odd Unicode. */
    private static net.jqwik.api.arbitraries.StringArbitrary oddText() {
        return Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars(' ', '\t', '\n', '\r', '-', '.', '/', '%', '\'', '"', '\\', '<', '>', '&', ';', '{', '}', '[', ']', '_', '*', '?')
                .withChars('\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u202e', '\ufeff', '\ufffd', '\ufffe', '\uffff',
                        '\ud800', '\udc00', 'é', 'ß', '中', 'ي')
                .ofMaxLength(60);
    }

    private static Arbitrary<Object> jsonValue() {
        return Arbitraries.oneOf(
                oddText().map(s -> (Object) s),
                Arbitraries.strings().alpha().ofMinLength(20_001).ofMaxLength(20_050).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null),
                Arbitraries.of("2026-02-30", "2026-13-01", "1900-01-01", "9999-12-31", "2026-01-01T00:00:00Z", "PEMILU", "PILKADA",
                        "36.04", "PEMDA-36.04", "NEUTRALITY_VIOLATION", "PROVEN", "MORAL_OPEN", "REPORTED", "BAWASLU_OFFICER", "ADMIN")
                        .map(s -> (Object) s),
                Arbitraries.just(List.of()), Arbitraries.just(Map.of()),
                oddText().list().ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.just((Object) List.of(Map.of("party", "WITNESS", "name", "Saksi", "heldOn", "2026-01-02", "summary", "Ringkas"))));
    }

    private static Arbitrary<String> jsonBody(List<String> fieldNames) {
        Arbitrary<Map<String, Object>> object = Combinators.combine(
                        Arbitraries.oneOf(Arbitraries.of(fieldNames), oddText().ofMaxLength(12)), jsonValue())
                .as((k, v) -> (Map.Entry<String, Object>) new java.util.AbstractMap.SimpleEntry<>(k, v)).list().ofMaxSize(6)
                .map(entries -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    entries.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, object.map(ApiFuzzIT::write)),
                net.jqwik.api.Tuple.of(2, junkBody()));
    }

    private static Arbitrary<String> junkBody() {
        return Arbitraries.oneOf(oddText().ofMaxLength(200), Arbitraries.of("", "null", "[]", "{}", "{\"a\":", "\"x\"", "1e999999",
                "[".repeat(3000) + "]".repeat(3000), "{\"a\":".repeat(2000), "\u0000", "{\"reporter\":{\"name\":\"a\\u0000b\"}}",
                "{\"electionType\":\"PEMILU\",\"electionType\":\"PILKADA\"}"));
    }

    private static Arbitrary<String> csvBody() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 300).map(d -> "2099-" + String.format("%02d-%02d", 1 + d % 12, 1 + d % 28) + ",Libur uji"),
                oddText().ofMaxLength(200));
    }

    /** A valid report (or finding) with a few of its fields replaced, removed or added at random. */
    private static Arbitrary<String> reportBody(boolean withReporter) {
        Arbitrary<List<Object[]>> mutations = Combinators.combine(
                Arbitraries.of("electionType", "reporter", "reporter.name", "reporter.nik", "reporter.address", "reporter.phone",
                        "reporter.email", "reported", "reported.name", "reported.nip", "reported.position", "reported.agencyCode",
                        "reportedPersons", "incident", "incident.date", "incident.knownOn", "incident.place", "incident.regionCode",
                        "incident.description", "witnesses", "unknown", "reporter.unknown"),
                Arbitraries.of("set", "remove"), jsonValue())
                .as((path, op, value) -> new Object[]{path, op, value}).list().ofMaxSize(3);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, mutations.map(list -> {
                    Map<String, Object> body = withReporter ? Reports.report("36.04", "PEMDA-36.04") : Reports.finding("36.04", "PEMDA-36.04");
                    for (Object[] m : list) {
                        mutate(body, (String) m[0], (String) m[1], m[2]);
                    }
                    return write(body);
                })),
                net.jqwik.api.Tuple.of(1, junkBody()));
    }

    @SuppressWarnings("unchecked")
    private static void mutate(Map<String, Object> body, String path, String op, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = at.get(parts[i]);
            if (!(next instanceof Map)) {
                return;
            }
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) next);
            at.put(parts[i], copy);
            at = copy;
        }
        if (op.equals("remove")) {
            at.remove(parts[parts.length - 1]);
        } else {
            at.put(parts[parts.length - 1], value);
        }
    }

    private static Arbitrary<String> contentType() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just("application/json")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("application/json; charset=ISO-8859-1", "text/plain", "text/csv",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/problem+json",
                        "*/*", "application/json; charset=nope", "gibberish", ";;")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)));
    }

    private static Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40);
        Arbitrary<Map.Entry<String, String>> header = Arbitraries.oneOf(
                printable.map(v -> Map.entry("X-Access-Code", v)),
                Arbitraries.create(() -> Map.entry("X-Access-Code", "AAAA-BBBB-CCCC")),
                Arbitraries.of("application/json", "application/xml", "text/html", "*/*", "application/problem+json", "x/y")
                        .map(v -> Map.entry("Accept", v)),
                Arbitraries.of("Bearer x", "Basic", "Basic !!!", "Basic " + Base64.getEncoder().encodeToString("a\u0000b:c".getBytes()),
                        "Negotiate", "Digest x").map(v -> Map.entry("Authorization", v)),
                Arbitraries.of("id", "en", "x-klingon", "*").map(v -> Map.entry("Accept-Language", v)),
                printable.map(v -> Map.entry("X-Forwarded-For", v)),
                Arbitraries.of("gzip", "deflate", "x").map(v -> Map.entry("Accept-Encoding", v)));
        return header.list().ofMaxSize(3).map(list -> {
            Map<String, String> m = new LinkedHashMap<>();
            list.forEach(e -> m.put(e.getKey(), e.getValue()));
            return m;
        });
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
