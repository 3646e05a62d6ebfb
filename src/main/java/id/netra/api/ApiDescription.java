package id.netra.api;

import id.netra.access.Role;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.TrackStatus;
import id.netra.deadline.DayUnit;
import id.netra.deadline.ElectionType;
import id.netra.platform.Messages;
import id.netra.platform.ProblemResponses;
import id.netra.workflow.TaskForms;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The API's description (OpenAPI 3.1, {@code /api/v1/openapi.json}) as springdoc generates it from the controllers and
 * their records, completed with what the code's types do not say: the problem answers and their types, the sign-in
 * endpoints (a security filter, not a controller), the enumerations held in strings (statuses, roles, election
 * types, task keys, day units) with their labels in Indonesian and English from the catalogue, the case's answer and
 * the task completion's body, whose shape the task's form declares ({@code GET /api/v1/tasks/{id}}).
 */
@Configuration
class ApiDescription {

    static final String PROBLEM = "Problem";
    static final String CASE_DETAIL = "CaseDetail";
    static final String FIELD_ERROR = "FieldError";
    static final Locale EN = Locale.ENGLISH;
    static final Locale ID = Messages.INDONESIAN;

    /** Who may call without signing in: the public's report and status, and the sign-in itself. */
    static boolean isPublic(String path) {
        return path.startsWith("/api/v1/public/") || path.equals("/api/v1/session")
                || java.util.Arrays.asList(id.netra.access.SecurityConfiguration.PUBLIC_REFERENCE_LISTS).contains(path);
    }

    /** The enumerations, each value with its Indonesian and English label. */
    record Enumeration(String name, List<String> values, Function<String, String> labelKey) {

        String describe() {
            StringBuilder b = new StringBuilder();
            for (String v : values) {
                String key = labelKey == null ? null : labelKey.apply(v);
                String id = key == null ? null : Messages.orNull(ID, key);
                String en = key == null ? null : Messages.orNull(EN, key);
                b.append("\n- `").append(v).append('`');
                if (id != null) {
                    b.append(": ").append(id);
                    if (en != null && !en.equals(id)) {
                        b.append(" / ").append(en);
                    }
                }
            }
            return b.toString();
        }
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    static Enumeration caseStatuses() {
        return new Enumeration("CaseStatus", names(CaseStatus.class), v -> "case.status." + v);
    }

    static Enumeration trackStatuses() {
        return new Enumeration("TrackStatus", names(TrackStatus.class), v -> "case.trackStatus." + v);
    }

    static Enumeration electionTypes() {
        return new Enumeration("ElectionType", names(ElectionType.class), v -> "election." + v);
    }

    static Enumeration roles() {
        return new Enumeration("Role", names(Role.class), v -> "role." + v);
    }

    static Enumeration dayUnits() {
        return new Enumeration("DayUnit", names(DayUnit.class), null);
    }

    static Enumeration taskKeys(TaskForms forms) {
        return new Enumeration("TaskKey", forms.keys().stream().sorted().toList(), v -> "task." + v);
    }

    /** The problem types Netra writes itself; other refusals are {@code about:blank} with their status. */
    static List<String> problemTypes() {
        return List.of("about:blank", ProblemResponses.UNAUTHENTICATED.toString(),
                ProblemResponses.SESSION_ENDED.toString(), ProblemResponses.FORBIDDEN.toString(), ProblemResponses.CSRF.toString(),
                ProblemResponses.CROSS_SITE.toString(), ProblemResponses.TOO_MANY_REQUESTS.toString(),
                ProblemResponses.TOO_MANY_LOGINS.toString(), ProblemResponses.SIGN_IN_FAILED.toString(),
                ProblemResponses.ACCOUNT_LOCKED.toString(), ProblemResponses.SIGN_IN_CONTENT_TYPE.toString(), "urn:netra:problem:not-ready");
    }

    @Bean
    OpenAPI netraOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Netra API").version("v1").description("""
                        Penanganan laporan pelanggaran netralitas ASN: Bawaslu, instansi pemeriksa, PPK. \
                        Masuk dengan `POST /api/v1/session` (sesi dan token CSRF), HTTP Basic, atau token OIDC bila \
                        diaktifkan. Setiap penolakan berupa problem details (RFC 9457) dalam bahasa pengguna \
                        (`Accept-Language: id` atau `en`).

                        Handling reports of ASN neutrality violations: Bawaslu, the examining agency, the PPK. Sign in \
                        with `POST /api/v1/session` (a session and a CSRF token), HTTP Basic, or an OIDC bearer token \
                        where enabled. Every refusal is a problem details answer (RFC 9457) in the user's language \
                        (`Accept-Language: id` or `en`)."""))
                .servers(List.of(new Server().url("/").description("Netra")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID").description("""
                                        The session of `POST /api/v1/session`. Every change it authenticates carries the \
                                        CSRF token in the `X-XSRF-TOKEN` header: the token is in the answer of a JSON \
                                        sign-in and in the `XSRF-TOKEN` cookie, issued with the sign-in's answer."""))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("An OIDC access token, where netra.oidc is enabled.")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("session"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** An operation's id (a generated client's method), its group (tag) and what it does. */
    record Described(String operationId, String tag, String summary) {
    }

    /**
     * Every endpoint's name and summary, by its controller method: one that is not here is named from its controller
     * and has no summary, and {@code OpenApiDescriptionIT} fails the build.
     */
    static final Map<String, Described> OPERATIONS = Map.ofEntries(
            Map.entry("CaseController.search", new Described("searchCases", "Cases", "Search the cases in your scope")),
            Map.entry("CaseController.detail", new Described("getCase", "Cases", "A case as you may read it")),
            Map.entry("AuditController.caseAudit", new Described("getCaseAudit", "Cases", "A case's audit trail (the handling office, administrators)")),
            Map.entry("AssessmentExtensionController.extend", new Described("extendAssessment", "Cases", "Extend the assessment once, with a reason (the handling office)")),
            Map.entry("ClarificationController.request", new Described("requestClarification", "Cases", "Ask the PPK, a superior or the person for clarification during the examination")),
            Map.entry("ReaddressController.readdress", new Described("readdressRecommendation", "Cases", "Send the recommendation on to the person's new agency")),
            Map.entry("MootController.close", new Described("closeTrackAsMoot", "Cases", "Close a person's track: no longer an ASN (retired, resigned, died)")),
            Map.entry("TaskController.inbox", new Described("listTasks", "Tasks", "Your tasks and your groups' open tasks, soonest due first")),
            Map.entry("TaskController.task", new Described("getTask", "Tasks", "A task: its form's fields and its case")),
            Map.entry("TaskController.claim", new Described("claimTask", "Tasks", "Claim a task")),
            Map.entry("TaskController.unclaim", new Described("unclaimTask", "Tasks", "Give a claimed task back to its group")),
            Map.entry("TaskController.assign", new Described("assignTask", "Tasks", "Hand a task to a colleague (a commissioner or an approver)")),
            Map.entry("TaskController.complete", new Described("completeTask", "Tasks", "Complete a task with its form's values")),
            Map.entry("FindingController.record", new Described("recordFinding", "Cases", "Record a finding (temuan) of your Bawaslu office")),
            Map.entry("PublicReportController.report", new Described("fileReport", "Public", "File a report (anyone): a tracking number and an access code")),
            Map.entry("PublicReportController.status", new Described("getReportStatus", "Public", "A report's status and history (the reporter, with the access code)")),
            Map.entry("PublicReportController.withdraw", new Described("withdrawReport", "Public", "Withdraw a report before its registration (the reporter)")),
            Map.entry("PublicReportController.complete", new Described("completeReport", "Public", "Complete an incomplete report (the reporter)")),
            Map.entry("PublicReportController.addEvidence", new Described("addReporterEvidence", "Public",
                    "Attach an evidence file to a report while it is open (the reporter, with the access code)")),
            Map.entry("PublicReportController.evidence", new Described("listReporterEvidence", "Public",
                    "The evidence files the reporter attached (the reporter, with the access code)")),
            Map.entry("LetterVerificationPage.verification", new Described("verifyLetter", "Public",
                    "A letter's number, date, issuer and SHA-256, by the code in its QR code (anyone holding the letter)")),
            Map.entry("LetterController.document", new Described("getLetterDocument", "Cases", "A letter's document (PDF) as issued, if you read the letter")),
            Map.entry("EvidenceController.add", new Described("addEvidence", "Cases", "Attach an evidence file at a task you may work")),
            Map.entry("EvidenceController.list", new Described("listEvidence", "Cases", "The case's evidence files you may read")),
            Map.entry("EvidenceController.download", new Described("downloadEvidence", "Cases", "An evidence file's content, if you may read it")),
            Map.entry("EvidenceController.share", new Described("shareEvidence", "Cases",
                    "Mark a reporter's or the office's file shareable beyond its default readers (the handling office)")),
            Map.entry("StatisticsController.persons", new Described("getPersonStatistics", "Statistics",
                    "The reported persons' figures in your scope, for a period, an election and a region, by one breakdown")),
            Map.entry("StatisticsController.cases", new Described("getCaseStatistics", "Statistics",
                    "The cases in your scope by status, province, regency or month received: all, open, closed, overdue")),
            Map.entry("StatisticsController.stages", new Described("getStageStatistics", "Statistics",
                    "The open cases in your scope by the stage they wait at, and how many are past its deadline")),
            Map.entry("MeController.me", new Described("getMe", "Account", "Who you are: name, role, office or agency")),
            Map.entry("ReferenceListController.regions", new Described("listRegions", "Reference", "Regions: provinces, regencies and cities, searchable by name (anyone)")),
            Map.entry("ReferenceListController.agencies", new Described("listAgencies", "Reference", "Agencies with their PPK (anyone)")),
            Map.entry("ElectionTypeListController.electionTypes", new Described("listElectionTypes", "Reference", "Election types (anyone)")),
            Map.entry("ReferenceListController.offices", new Described("listOffices", "Reference", "Bawaslu offices")),
            Map.entry("ReferenceListController.violationTypes", new Described("listViolationTypes", "Reference", "Violation types")),
            Map.entry("ReferenceListController.sanctionKinds", new Described("listSanctionKinds", "Reference", "Sanction kinds, their classes and penalties")),
            Map.entry("CaseStatusListController.caseStatuses", new Described("listCaseStatuses", "Reference", "Case statuses with their labels")),
            Map.entry("AuditController.search", new Described("searchAudit", "Administration", "Search the audit trail")),
            Map.entry("UserAdminController.list", new Described("listUsers", "Administration", "Accounts")),
            Map.entry("UserAdminController.create", new Described("createUser", "Administration", "Create an account")),
            Map.entry("UserAdminController.change", new Described("changeUser", "Administration", "Change an account's name, role, office or agency, or disable it")),
            Map.entry("UserAdminController.resetPassword", new Described("resetPassword", "Administration", "Set an account's password")),
            Map.entry("UserAdminController.unlock", new Described("unlockUser", "Administration", "Unlock an account locked after failed sign-ins")),
            Map.entry("ReferenceAdminController.offices", new Described("adminListOffices", "Administration", "Bawaslu offices")),
            Map.entry("ReferenceAdminController.renameOffice", new Described("renameOffice", "Administration", "Rename a Bawaslu office")),
            Map.entry("ReferenceAdminController.agencies", new Described("adminListAgencies", "Administration", "Agencies")),
            Map.entry("ReferenceAdminController.createAgency", new Described("createAgency", "Administration", "Add a central agency")),
            Map.entry("ReferenceAdminController.changeAgency", new Described("changeAgency", "Administration", "Rename an agency or change its PPK's title")),
            Map.entry("ReferenceAdminController.createRegion", new Described("createRegion", "Administration", "Add a province or a regency/city with its office and regional government")),
            Map.entry("HolidayAdminController.list", new Described("listHolidays", "Administration", "Holidays of a year")),
            Map.entry("HolidayAdminController.put", new Described("setHoliday", "Administration", "Set a holiday")),
            Map.entry("HolidayAdminController.delete", new Described("deleteHoliday", "Administration", "Remove a holiday")),
            Map.entry("HolidayAdminController.importCsv", new Described("importHolidays", "Administration", "Import holidays from CSV")),
            Map.entry("RuleAdminController.list", new Described("listRuleSets", "Administration", "The rule sets in force: each clock's number and unit")),
            Map.entry("RuleAdminController.set", new Described("setRuleSet", "Administration", "Set an election type's clocks")),
            Map.entry("RuleAdminController.reset", new Described("resetRuleSet", "Administration", "Return an election type's clocks to the configuration"))
    );

    /** The tags, each described in Indonesian and English from the catalogue ({@code api.tag.*}). */
    static final List<String> TAGS = List.of("Public", "Tasks", "Cases", "Statistics", "Reference", "Account", "Session", "Administration");

    static String tagDescription(String tag) {
        String id = Messages.orNull(ID, "api.tag." + tag);
        String en = Messages.orNull(EN, "api.tag." + tag);
        return id == null ? null : id + " / " + en;
    }

    /** Each operation: its id, tag and summary from {@link #OPERATIONS}. */
    @Bean
    OperationCustomizer netraOperations() {
        return (operation, handler) -> {
            String key = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
            Described d = OPERATIONS.get(key);
            if (d == null) {
                String controller = handler.getBeanType().getSimpleName().replace("Controller", "");
                operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                        + Character.toUpperCase(handler.getMethod().getName().charAt(0)) + handler.getMethod().getName().substring(1));
                operation.setTags(List.of(controller));
                return operation;
            }
            operation.setOperationId(d.operationId());
            operation.setTags(List.of(d.tag()));
            operation.setSummary(d.summary());
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer netraDescription(TaskForms forms) {
        return api -> {
            Components components = api.getComponents();
            Map<String, Schema> schemas = components.getSchemas() == null ? new TreeMap<>() : new TreeMap<>(components.getSchemas());
            schemas.put(FIELD_ERROR, new ObjectSchema().description("One refused field: its path in the body and why.")
                    .addProperty("field", new StringSchema().description("The field's path, e.g. `incident.date` or `hearings[0].name`."))
                    .addProperty("message", new StringSchema().description("Why, in the user's language."))
                    .addProperty("code", new StringSchema().description("""
                            The catalogue's key of the message (e.g. `input.required`): the same in every language, for                             a client to act on."""))
                    .required(List.of("field", "message")));
            schemas.put(PROBLEM, problemSchema());
            schemas.put(CASE_DETAIL, caseDetail());
            // The case's parts that are Java records: their schemas from their types, under names of their own.
            typed(schemas, "CaseDeadline", id.netra.casefile.CaseDeadlines.Deadline.class);
            typed(schemas, "CaseLetter", id.netra.casefile.CaseRecords.Letter.class);
            typed(schemas, "EvidenceItem", id.netra.evidence.EvidenceService.EvidenceItem.class);
            typed(schemas, "LetterDocument", id.netra.letter.LetterSection.LetterDocument.class);
            typed(schemas, "CaseDecision", id.netra.casefile.CaseRecords.Decision.class);
            typed(schemas, "CaseHistoryEntry", id.netra.casefile.CaseQueries.HistoryEntry.class);
            typed(schemas, "TrackHistoryEntry", id.netra.casefile.CaseQueries.TrackHistoryEntry.class);
            typed(schemas, "CaseReporter", id.netra.casefile.Reporter.class);
            typed(schemas, "CaseWitness", id.netra.casefile.Witness.class);
            typed(schemas, "CaseHearing", id.netra.bawaslu.Hearings.Hearing.class);
            CaseParts.describe(schemas);
            describeMoments(schemas);
            schemas.put("TaskCompletion", new ObjectSchema().additionalProperties(true).description("""
                    The values of the task's form: the fields `GET /api/v1/tasks/{id}` declares (`fields`: name, type, \
                    options, limits, `requiredIf`), by name. Every refused field comes back at once in the problem's \
                    `errors`."""));
            schemas.get("TaskCompletion").setExample(Map.of("formalRequirementsMet", true, "materialRequirementsMet", true));
            schemas.put("FreeObject", new ObjectSchema().additionalProperties(true).description("A JSON object."));
            exemplify(schemas);
            schemas.remove("JsonNode");
            components.setSchemas(new LinkedHashMap<>(schemas));

            addSession(api);
            List<Enumeration> all = List.of(caseStatuses(), trackStatuses(), electionTypes(), roles(), dayUnits(), taskKeys(forms));
            for (Enumeration e : all) {
                components.addSchemas(e.name(), new StringSchema()._enum(e.values()).description(e.name() + ":" + e.describe()));
            }
            enumerate(schemas, forms, all);
            // A case's and a track's first history entry comes from no status.
            for (String history : List.of("CaseHistoryEntry", "TrackHistoryEntry")) {
                Schema<?> h = schemas.get(history);
                if (h != null && h.getProperties() != null && h.getProperties().get("from") != null) {
                    h.getProperties().put("from", CaseParts.nullable(h.getProperties().get("from"))
                            .description("The status before; null for the first entry."));
                }
            }
            describeRequests(schemas);
            nullable(schemas);
            replaceJsonNodes(api);
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((httpMethod, op) -> {
                describeParameters(path, op);
                addProblems(path, httpMethod, op);
                describeHeaders(path, httpMethod, op);
                if (isPublic(path)) {
                    op.setSecurity(List.of()); // anyone: no credentials
                }
            }));
            List<Tag> tags = new ArrayList<>();
            api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                if (op.getTags() != null) {
                    op.getTags().stream().filter(t -> tags.stream().noneMatch(x -> x.getName().equals(t)))
                            .forEach(t -> tags.add(new Tag().name(t).description(tagDescription(t))));
                }
            }));
            api.setTags(tags);
        };
    }

    /** Examples of the bodies a newcomer sends first: a report, a person, a sign-in. */
    private static void exemplify(Map<String, Schema> schemas) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", "Budi Santoso");
        person.put("nip", "198609262015051001");
        person.put("position", "Camat Ciruas");
        person.put("positionCategory", "CAMAT_LURAH");
        person.put("employmentType", "PNS");
        person.put("agencyCode", "PEMDA-36.04");
        Map<String, Object> reporter = new LinkedHashMap<>();
        reporter.put("name", "Ahmad Fauzi");
        reporter.put("nik", "3604011505850003");
        reporter.put("address", "Jl. Raya Serang No. 1");
        reporter.put("birthPlace", "Serang");
        reporter.put("birthDate", "1985-05-15");
        reporter.put("sex", "MALE");
        reporter.put("citizenship", "WNI");
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("date", "2026-11-18");
        incident.put("knownOn", "2026-11-19");
        incident.put("place", "Kecamatan Ciruas");
        incident.put("regionCode", "36.04");
        incident.put("description", "ASN mengunggah foto dukungan kepada pasangan calon.");
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("electionType", "PILKADA");
        report.put("reporter", reporter);
        report.put("reportedPersons", List.of(person));
        report.put("incident", incident);
        example(schemas, "ReportRequest", report);
        example(schemas, "ReportedInput", person);
        example(schemas, "ReporterInput", reporter);
        example(schemas, "IncidentInput", incident);
        example(schemas, "CompletionRequest", Map.of("statement", "Tangkapan layar unggahan terlampir."));
        example(schemas, "WithdrawalRequest", Map.of("reason", "Masalah telah diselesaikan secara kekeluargaan."));
        example(schemas, "ExtensionRequest", Map.of("reason", "Saksi kunci baru dapat diklarifikasi pekan depan."));
        example(schemas, "MootRequest", Map.of("reason", "RETIRED", "effectiveOn", "2026-11-25", "notes", "Pensiun."));
    }

    private static void example(Map<String, Schema> schemas, String name, Object example) {
        if (schemas.containsKey(name)) {
            schemas.get(name).setExample(example);
        }
    }

    /** A record's schema as springdoc would write it, under {@code name} (its simple name may be another type's). */
    /**
     * A deadline is met until the end of its day in Asia/Jakarta: a task's {@code due} is that day's last second
     * (23:59:59 WIB), the case's deadline says the day ({@code dueOn}) and the moment it passes ({@code dueAt}, 00:00 WIB
     * the next day, when its timer fires; a PPK's reminder is sent at 07:00 WIB of its day).
     */
    private static void describeMoments(Map<String, Schema> schemas) {
        property(schemas, "CaseDeadline", "dueOn", "The last day of the deadline (YYYY-MM-DD): met until that day ends in Asia/Jakarta.");
        property(schemas, "CaseDeadline", "dueAt", """
                The moment the deadline passes and its timer fires: 00:00 WIB the day after `dueOn` (17:00Z on `dueOn`); \
                for the PPK's reminder, the moment it is sent (07:00 WIB on `dueOn`). A task's `due` for the same \
                deadline is the last second before it (23:59:59 WIB).""");
        property(schemas, "TaskView", "due", """
                The last moment the task is on time: 23:59:59 WIB of its deadline's last day (the case's deadline says \
                that day as `dueOn` and the moment it passes as `dueAt`, one second later). Null: no deadline.""");
    }

    private static void property(Map<String, Schema> schemas, String schema, String name, String description) {
        Schema<?> s = schemas.get(schema);
        if (s != null && s.getProperties() != null && s.getProperties().get(name) != null) {
            ((Schema<?>) s.getProperties().get(name)).description(description);
        }
    }

    private static void typed(Map<String, Schema> schemas, String name, Class<?> type) {
        io.swagger.v3.core.converter.ResolvedSchema resolved = io.swagger.v3.core.converter.ModelConverters.getInstance(true)
                .readAllAsResolvedSchema(new io.swagger.v3.core.converter.AnnotatedType(type));
        if (resolved == null || resolved.schema == null) {
            return;
        }
        resolved.referencedSchemas.forEach((n, sch) -> {
            if (!n.equals(type.getSimpleName())) {
                schemas.putIfAbsent(n, sch);
            }
        });
        schemas.put(name, resolved.schema);
    }

    static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Schema<Object> problemSchema() {
        Schema<Object> p = new ObjectSchema().description("""
                A refusal (RFC 9457), in the user's language. `type` names Netra's own kinds of refusal (`about:blank` \
                for the others, invalid input among them: the `status` says which); `errors` lists every refused field \
                of the request at once.""");
        List<String> types = new ArrayList<>(problemTypes());
        p.addProperty("type", new StringSchema().description("The kind of refusal:" + String.join("", types.stream()
                .map(t -> "\n- `" + t + "`").toList())).examples(List.of("about:blank")));
        p.addProperty("title", new StringSchema().examples(List.of(Messages.id("problem.invalid.title"))));
        p.addProperty("status", integer().examples(List.of(400)));
        p.addProperty("detail", new StringSchema());
        p.addProperty("instance", new StringSchema());
        p.addProperty("errors", new ArraySchema().items(ref(FIELD_ERROR)));
        p.additionalProperties(true);
        return p;
    }

    /** The case as its reader may read it (SPEC §5): what is withheld stays in the answer, empty, and is named in {@code withheld}. */
    private static Schema<Object> caseDetail() {
        Schema<Object> c = new ObjectSchema().description("""
                A case as the caller may read it. A field withheld from the caller's view stays in the answer (null or \
                empty) and is named in `withheld`. The case's own answer (`GET /cases/{id}`) holds every part; a task's \
                `caseSummary` the summary's (no reporter, witnesses, hearings nor the steps' sections).""");
        c.addProperty("id", new StringSchema().format("uuid"));
        c.addProperty("registerNumber", nullableString());
        c.addProperty("status", ref("CaseStatus"));
        c.addProperty("statusLabel", new StringSchema());
        c.addProperty("source", new StringSchema()._enum(List.of("REPORT", "FINDING")));
        c.addProperty("electionType", ref("ElectionType"));
        c.addProperty("office", new ObjectSchema().addProperty("code", new StringSchema()).addProperty("name", new StringSchema()));
        c.addProperty("registeredAt", nullableString().format("date-time"));
        c.addProperty("receivedAt", new StringSchema().format("date-time"));
        c.addProperty("reported", ref(CaseParts.FIRST_PERSON));
        c.addProperty("reportedPersons", new ArraySchema().items(ref(CaseParts.PERSON)));
        c.addProperty("incident", ref(CaseParts.INCIDENT));
        c.addProperty("deadlines", new ArraySchema().items(ref("CaseDeadline")));
        c.addProperty("trackingNumber", nullableString());
        c.addProperty("reporter", CaseParts.nullable(ref("CaseReporter"))
                .description("The reporter's identity: the handling Bawaslu office's view only (null and named in `withheld` otherwise)."));
        c.addProperty("reporterEligibility", nullableString().description("""
                What the initial review should weigh about who reported (Perbawaslu 7/2022 art. 8(2): an Indonesian \
                citizen with voting rights, an election participant or monitor): `FOREIGN_CITIZEN` for a reporter \
                who gave their citizenship as WNA, else null. The handling office's only, as the reporter is."""));
        c.addProperty("witnesses", new ArraySchema().items(ref("CaseWitness")));
        c.addProperty("missingItems", nullableString().description("What the reporter was asked to complete (the handling office's view)."));
        c.addProperty("hearings", new ArraySchema().items(ref("CaseHearing")));
        c.addProperty("assessment", ref(CaseParts.ASSESSMENT));
        c.addProperty("examination", ref(CaseParts.EXAMINATION_SUMMARY));
        c.addProperty("followUp", ref(CaseParts.FOLLOW_UP_SUMMARY));
        c.addProperty("decisions", new ArraySchema().items(ref("CaseDecision")));
        c.addProperty("letters", new ArraySchema().items(ref("CaseLetter")));
        c.addProperty("letterDocuments", new ArraySchema().items(ref("LetterDocument")).description("""
                The documents (PDF) of the case's letters the caller reads, each as issued, with its SHA-256 and address \
                (`href`); a PPK reads only its own persons' letters: in the case's answer and a task's `caseSummary`."""));
        c.addProperty("evidence", new ArraySchema().items(ref("EvidenceItem")).description("""
                The evidence files the caller reads (a reporter's: the handling office's only, unless marked shareable), \
                each with its address (`href`): in the case's answer and a task's `caseSummary`."""));
        c.addProperty("history", new ArraySchema().items(ref("CaseHistoryEntry")));
        c.addProperty("withheld", new ArraySchema().items(new StringSchema()));
        c.addProperty("closedAt", nullableString().format("date-time"));
        c.addProperty("relatedCases", new ArraySchema().items(new ObjectSchema()
                .addProperty("caseId", new StringSchema().format("uuid"))
                .addProperty("registerNumber", nullableString())
                .addProperty("status", ref("CaseStatus"))
                .addProperty("statusLabel", new StringSchema())
                .addProperty("receivedAt", new StringSchema().format("date-time"))
                .addProperty("closedAt", nullableString().format("date-time"))
                .addProperty("nips", new ArraySchema().items(new StringSchema()))
                .addProperty("href", new StringSchema()))
                .description("Other cases naming a NIP of this case's persons, open or closed lately, that the caller may open."));
        c.addProperty("relatedCasesInScope", integer()
                .description("How many related cases the caller may open (the list may hold fewer)."));
        c.addProperty("relatedCasesOutsideScope", new Schema<Integer>().types(new java.util.LinkedHashSet<>(List.of("integer", "null")))
                .description("How many related cases lie outside the caller's scope: told to Bawaslu only, null otherwise."));
        c.addProperty("view", new StringSchema().description("The caller's view of the case: what SPEC §5 lets it read."));
        c.required(List.of("id", "status", "statusLabel", "electionType", "office"));
        c.additionalProperties(true);
        return c;
    }

    private static Schema<Integer> integer() {
        Schema<Integer> s = new Schema<>();
        s.types(new java.util.LinkedHashSet<>(List.of("integer")));
        return s;
    }

    private static Schema<String> nullableString() {
        Schema<String> s = new Schema<>();
        s.types(new java.util.LinkedHashSet<>(List.of("string", "null")));
        return s;
    }

    /**
     * A value an answer may leave empty is null there, not left out (answers keep their fields across releases): every
     * property of a plain type that is not required may be null.
     */
    private static void nullable(Map<String, Schema> schemas) {
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() == null || name.equals(PROBLEM) || name.equals(FIELD_ERROR)) {
                return;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            ((Map<String, Schema>) schema.getProperties()).forEach((prop, s) -> {
                if (required.contains(prop) || s.get$ref() != null) {
                    return;
                }
                java.util.Set<String> types = s.getTypes() != null ? new java.util.LinkedHashSet<>(s.getTypes())
                        : s.getType() != null ? new java.util.LinkedHashSet<>(List.of(s.getType())) : null;
                if (types != null && !types.isEmpty() && !types.contains("array") && !types.contains("object")) {
                    types.add("null");
                    s.setTypes(types);
                }
            });
        });
    }

    /** What the request records' types do not say: their closed value lists, their dates, what is required. */
    private static void describeRequests(Map<String, Schema> schemas) {
        enumOf(schemas, "ClarificationRequest", "addressee", List.of("PPK", "SUPERIOR", "PERSON"));
        required(schemas, "ClarificationRequest", List.of("addressee", "letterNumber", "questions"));
        enumOf(schemas, "MootRequest", "reason", List.of("RETIRED", "RESIGNED", "DIED"));
        required(schemas, "MootRequest", List.of("reason", "effectiveOn"));
        format(schemas, "MootRequest", "effectiveOn", "date");
        enumOf(schemas, "CaseSummary", "source", List.of("REPORT", "FINDING"));
        enumOf(schemas, "Condition", "operator", List.of("equals", "empty"));
        if (schemas.get("Condition") != null) {
            schemas.get("Condition").description("""
                    A condition on another field of the same object: `equals` (the field holds one of `values`) or                     `empty` (not sent, null or blank). A field with several conditions is required when all of them                     hold; `requiredWhen` says the same in words. Kept for the first release's clients: `requiredIfAnyOf`                     states these and every other rule.""");
        }
        enumOf(schemas, "Rule", "operator", List.of("equals", "notEquals", "empty", "notEmpty"));
        if (schemas.get("Rule") != null) {
            schemas.get("Rule").description("""
                    A rule on another field of the same object: `equals` (the field holds one of `values`), `notEquals`                     (it holds none of them, or nothing), `empty` (not sent, null or blank), `notEmpty`. A field's                     `requiredIfAnyOf` is a list of groups: the field is required when every rule of any one group holds.""");
        }
        if (schemas.get("FormField") != null && schemas.get("FormField").getProperties() != null) {
            Schema<?> type = (Schema<?>) schemas.get("FormField").getProperties().get("type");
            if (type != null) {
                type.description("""
                        `boolean`, `text` (`maxLength`; `multiline`), `date` (YYYY-MM-DD; `notFuture`), `enum` (one of                         `options`), `enum[]` (several), `office` / `agency` (a code of the list `reference` names), or                         a list of objects `<item>[]` (e.g. `hearing[]`) whose fields are `items`.""");
            }
        }
    }

    private static void enumOf(Map<String, Schema> schemas, String schema, String property, List<String> values) {
        Schema<?> s = schemas.get(schema);
        if (s != null && s.getProperties() != null && s.getProperties().get(property) != null) {
            ((Schema<String>) s.getProperties().get(property)).setEnum(values);
        }
    }

    private static void required(Map<String, Schema> schemas, String schema, List<String> fields) {
        if (schemas.get(schema) != null) {
            schemas.get(schema).setRequired(fields);
        }
    }

    private static void format(Map<String, Schema> schemas, String schema, String property, String format) {
        Schema<?> s = schemas.get(schema);
        if (s != null && s.getProperties() != null && s.getProperties().get(property) != null) {
            s.getProperties().get(property).setFormat(format);
        }
    }

    /** Strings whose values are an enumeration's: the property refers to it. */
    private static void enumerate(Map<String, Schema> schemas, TaskForms forms, List<Enumeration> all) {
        Map<String, String> byProperty = Map.of("electionType", "ElectionType", "role", "Role", "key", "TaskKey");
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            Map<String, Schema> props = schema.getProperties();
            props.replaceAll((prop, s) -> {
                // An enumeration the code's type spells out in place: the one described, with its labels.
                for (Enumeration e : all) {
                    if (s.getEnum() != null && new java.util.HashSet<>(s.getEnum().stream().map(String::valueOf).toList())
                            .equals(new java.util.HashSet<>(e.values()))) {
                        return ref(e.name());
                    }
                    if (s.getItems() != null && s.getItems().getEnum() != null && new java.util.HashSet<>(s.getItems().getEnum()
                            .stream().map(String::valueOf).toList()).equals(new java.util.HashSet<>(e.values()))) {
                        return new ArraySchema().items(ref(e.name()));
                    }
                }
                boolean plainString = s.getEnum() == null && s.get$ref() == null && isString(s);
                if (plainString && byProperty.containsKey(prop) && !(name.equals("NewRegion") || name.equals("Office") || name.equals("PersonRow") || name.equals("CaseRow"))) {
                    return ref(byProperty.get(prop));
                }
                if (plainString && prop.equals("status") && !name.equals("Problem")) {
                    return ref("CaseStatus");
                }
                if (plainString && prop.endsWith("Unit") && name.equals("RuleNumbers")) {
                    return ref("DayUnit");
                }
                if (prop.equals("roles") && s.getItems() != null && isString(s.getItems())) {
                    return new ArraySchema().items(ref("Role"));
                }
                return s;
            });
        });
    }

    private static boolean isString(Schema<?> s) {
        return "string".equals(s.getType()) || (s.getTypes() != null && s.getTypes().contains("string"));
    }

    /** Answers and bodies the code holds as JSON trees: the case, a task's completion, an audit event's detail. */
    private static void replaceJsonNodes(OpenAPI api) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((m, op) -> {
            if (op.getRequestBody() != null) {
                op.getRequestBody().getContent().forEach((type, media) -> {
                    if (isJsonNode(media.getSchema())) {
                        media.setSchema(ref(path.endsWith("/complete") ? "TaskCompletion" : "FreeObject"));
                    }
                });
            }
            if (op.getResponses() != null) {
                op.getResponses().forEach((status, response) -> {
                    if (response.getContent() != null) {
                        response.getContent().forEach((type, media) -> {
                            if (isJsonNode(media.getSchema())) {
                                media.setSchema(ref(path.startsWith("/api/v1/cases/") ? CASE_DETAIL : "FreeObject"));
                            }
                        });
                    }
                });
            }
        }));
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                ((Map<String, Schema>) schema.getProperties()).replaceAll((prop, s) -> isJsonNode(s)
                        ? ref(prop.equals("caseSummary") ? CASE_DETAIL : "FreeObject") : s);
            }
        });
    }

    private static boolean isJsonNode(Schema<?> s) {
        return s != null && "#/components/schemas/JsonNode".equals(s.get$ref());
    }

    private static void describeParameters(String path, Operation op) {
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                if (p.getSchema() != null && p.getSchema().getEnum() == null && isString(p.getSchema())) {
                    // A schema of its own: the generator shares one string schema between parameters, and a format set
                    // on it would type every text parameter a date.
                    if (p.getName().equals("status")) {
                        p.setSchema(ref("CaseStatus"));
                    } else if (p.getName().equals("electionType")) {
                        p.setSchema(ref("ElectionType"));
                    } else if (p.getName().equals("task") && path.equals("/api/v1/tasks")) {
                        p.setSchema(ref("TaskKey"));
                    } else if (p.getName().equals("receivedFrom") || p.getName().equals("receivedTo")) {
                        p.setSchema(new StringSchema().format("date"));
                    }
                }
                if (p.getName().equals("X-Access-Code")) {
                    p.description("The report's access code, given with its tracking number: without it, or with another, "
                            + "the report is not found (404).");
                }
            }
        }
        if (path.startsWith("/api/v1/reference/")) {
            op.addParametersItem(new Parameter().in("header").name("If-None-Match").required(false)
                    .schema(new StringSchema()).description("The `ETag` of the list held: an unchanged list answers 304, no body."));
        }
    }

    /** The headers an answer carries that a client acts on: a reference list's ETag, a filed report's address. */
    private static void describeHeaders(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getResponses() == null) {
            return;
        }
        ApiResponse ok = op.getResponses().get("200");
        if (path.startsWith("/api/v1/reference/") && method == PathItem.HttpMethod.GET && ok != null) {
            ok.addHeaderObject("ETag", new io.swagger.v3.oas.models.headers.Header().schema(new StringSchema())
                    .description("The list's version (strong): send it back in `If-None-Match`."));
            ok.addHeaderObject("Cache-Control", new io.swagger.v3.oas.models.headers.Header().schema(new StringSchema())
                    .description("How long the list may be kept: `public, max-age=600` (public lists), `private, max-age=300`."));
        }
        ApiResponse created = op.getResponses().get("201");
        if (created != null && path.equals("/api/v1/public/reports") && method == PathItem.HttpMethod.POST) {
            created.addHeaderObject("Location", new io.swagger.v3.oas.models.headers.Header().schema(new StringSchema())
                    .description("The report's status address (read with its access code in `X-Access-Code`)."));
        }
    }

    /** The refusals an operation may answer, each a problem details answer. */
    private static void addProblems(String path, PathItem.HttpMethod method, Operation op) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        boolean hasBody = op.getRequestBody() != null;
        boolean hasInput = hasBody || (op.getParameters() != null && !op.getParameters().isEmpty());
        if (hasInput) {
            problem(responses, "400", "Invalid input: every refused field in `errors`.");
        }
        if (!isPublic(path)) {
            problem(responses, "401", "Not signed in, or the session ended (`urn:netra:problem:session-ended`).");
            problem(responses, "403", "Not allowed: the role, the four-eyes rule, or a missing CSRF token (`urn:netra:problem:csrf-token`).");
        }
        if (method != PathItem.HttpMethod.GET) {
            problem(responses, "403", "A change sent from another site (`urn:netra:problem:cross-site-request`).");
        }
        if (path.contains("{")) {
            problem(responses, "404", "Not found, or outside the caller's scope.");
        }
        if (method != PathItem.HttpMethod.GET || path.contains("{")) {
            problem(responses, "409", "The case or task changed: the step is no longer open, or the change conflicts.");
        }
        if (hasBody) {
            problem(responses, "413", "The body exceeds its limit.");
            problem(responses, "415", "The body's content type is not supported.");
        }
        if (path.startsWith("/api/v1/reference/") && method == PathItem.HttpMethod.GET && !responses.containsKey("304")) {
            // The reference lists carry an ETag: asked again with If-None-Match, an unchanged list is not sent again.
            responses.addApiResponse("304", new ApiResponse().description("Not modified: the list is the one of the ETag sent in `If-None-Match`."));
        }
        problem(responses, "405", "The method is not supported at this address.");
        problem(responses, "429", "Too many requests: try again after `Retry-After` seconds.");
        problem(responses, "500", "A fault of Netra's: nothing was changed; try again.");
        problem(responses, "503", "Netra is starting or stopping: try again after `Retry-After` seconds.");
        op.setResponses(responses);
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json", new MediaType().schema(ref(PROBLEM)))));
        }
    }

    /** {@code /api/v1/session}: a security filter's, so no controller tells springdoc of it. */
    private static void addSession(OpenAPI api) {
        Schema<Object> credentials = new ObjectSchema().addProperty("username", new StringSchema())
                .addProperty("password", new StringSchema().format("password")).required(List.of("username", "password"));
        api.getComponents().addSchemas("Credentials", credentials);
        api.getComponents().addSchemas("SignedIn", new ObjectSchema()
                .addProperty("username", new StringSchema())
                .addProperty("csrfToken", new StringSchema().description("Send it back in the header `csrfHeaderName` with every change."))
                .addProperty("csrfHeaderName", new StringSchema().examples(List.of("X-XSRF-TOKEN")))
                .addProperty("csrfCookieName", new StringSchema().examples(List.of("XSRF-TOKEN")))
                .required(List.of("username", "csrfToken", "csrfHeaderName", "csrfCookieName")));
        Operation signIn = new Operation().operationId("signIn").addTagsItem("Session")
                .summary("Sign in: a session cookie (JSESSIONID) and a CSRF token")
                .description("""
                        Credentials as a form (`application/x-www-form-urlencoded`) or as JSON. A JSON sign-in (or one \
                        that accepts `application/json`) answers 200 with the CSRF token; a plain form answers 204. The \
                        `XSRF-TOKEN` cookie is issued with the answer; every change the session authenticates sends \
                        the token back in `X-XSRF-TOKEN`. Wrong credentials: 401; too many attempts: 429.""")
                .security(List.of())
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType("application/json", new MediaType().schema(ref("Credentials")))
                        .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(ref("Credentials")))))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("Signed in (JSON).")
                                .content(new Content().addMediaType("application/json", new MediaType().schema(ref("SignedIn")))))
                        .addApiResponse("204", new ApiResponse().description("Signed in (form).")));
        problem(signIn.getResponses(), "401", "Wrong user name or password, or a disabled account (`urn:netra:problem:sign-in-failed`); "
                + "a locked account (`urn:netra:problem:account-locked`).");
        problem(signIn.getResponses(), "415", "Neither a form nor JSON (`urn:netra:problem:sign-in-content-type`).");
        problem(signIn.getResponses(), "403", "A cross-site sign-in (`urn:netra:problem:cross-site-request`).");
        addProblems("/api/v1/session", PathItem.HttpMethod.POST, signIn);
        api.getPaths().addPathItem("/api/v1/session", new PathItem().post(signIn));
        Operation signOut = new Operation().operationId("signOut").addTagsItem("Session").summary("Sign out")
                .responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("Signed out.")));
        addProblems("/api/v1/session/logout", PathItem.HttpMethod.POST, signOut);
        api.getPaths().addPathItem("/api/v1/session/logout", new PathItem().post(signOut));
    }
}
