package id.netra.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.access.Role;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.TrackStatus;
import id.netra.deadline.DayUnit;
import id.netra.deadline.ElectionType;
import id.netra.support.Api;
import id.netra.support.ApiConformance;
import id.netra.support.IntegrationTest;
import id.netra.workflow.TaskForms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's description is complete: every endpoint of the code under {@code /api/v1} with each of its methods, every
 * field of every request body, every value of the enumerations an answer or a body holds, every problem type. The
 * answers themselves are held against it in every integration test ({@link ApiConformance}, through {@link Api}).
 */
class OpenApiDescriptionIT extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TaskForms forms;

    private JsonNode description() {
        return ApiConformance.description("http://localhost:" + port);
    }

    @Test
    void itIsOpenApi31ForSignedInUsersWithSwaggerUi() {
        Api.Response anonymous = api.get("/api/v1/openapi.json");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text("type")).isEqualTo("urn:netra:problem:unauthenticated");
        for (String user : List.of("bawaslu.serang", "ppk.serang", "admin")) {
            Api.Response r = api.as(user).get("/api/v1/openapi.json");
            assertThat(r.status()).as(user).isEqualTo(200);
            assertThat(r.text("openapi")).startsWith("3.1.");
        }
        Api.Response ui = api.as("bawaslu.serang").get("/api/v1/docs");
        assertThat(ui.status()).isEqualTo(302);
        String at = java.net.URI.create(ui.header("Location")).getRawPath();
        Api.Response page = api.as("bawaslu.serang").get(at);
        assertThat(page.status()).as(at).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(api.get(at).status()).as("anonymous").isIn(302, 401);
        Api.Response config = api.as("bawaslu.serang").get("/api/v1/openapi.json/swagger-config");
        assertThat(config.text("url")).isEqualTo("/api/v1/openapi.json");
    }

    @Test
    void everyEndpointOfTheCodeIsDescribedWithEachOfItsMethods() {
        JsonNode paths = description().get("paths");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (e.getValue().getBeanType().getPackageName().startsWith("org.springdoc")) {
                continue; // the description's own addresses
            }
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                Set<org.springframework.web.bind.annotation.RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                for (var m : methods) {
                    seen++;
                    if (!paths.path(pattern).has(m.name().toLowerCase(Locale.ROOT))) {
                        missing.add(m + " " + pattern);
                    }
                }
            }
        }
        assertThat(seen).as("the code's API endpoints").isGreaterThan(35);
        assertThat(missing).as("endpoints the description leaves out").isEmpty();
        // The sign-in is a security filter's, not a controller's: described all the same.
        assertThat(paths.path("/api/v1/session").has("post")).isTrue();
        assertThat(paths.path("/api/v1/session/logout").has("post")).isTrue();
    }

    @Test
    void everyFieldOfEveryRequestBodyIsDescribed() {
        JsonNode schemas = description().get("components").get("schemas");
        List<String> missing = new ArrayList<>();
        Set<Class<?>> done = new HashSet<>();
        int bodies = 0;
        for (HandlerMethod h : mappings.getHandlerMethods().values()) {
            for (var p : h.getMethodParameters()) {
                if (p.hasParameterAnnotation(RequestBody.class) && p.getParameterType().isRecord()) {
                    bodies++;
                    fields(p.getParameterType(), schemas, missing, done);
                }
            }
        }
        assertThat(bodies).isGreaterThan(10);
        assertThat(missing).as("body fields the description leaves out").isEmpty();
    }

    private static void fields(Class<?> type, JsonNode schemas, List<String> missing, Set<Class<?>> done) {
        if (!type.isRecord() || !done.add(type)) {
            return;
        }
        JsonNode schema = schemas.get(type.getSimpleName());
        if (schema == null) {
            missing.add(type.getSimpleName() + " (no schema)");
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            com.fasterxml.jackson.annotation.JsonProperty named = c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            String name = named != null && !named.value().isEmpty() ? named.value() : c.getName();
            if (c.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class)) {
                continue;
            }
            if (!schema.path("properties").has(name)) {
                missing.add(type.getSimpleName() + "." + name);
            }
            for (Class<?> inner : types(c.getGenericType())) {
                fields(inner, schemas, missing, done);
            }
        }
    }

    private static List<Class<?>> types(Type t) {
        if (t instanceof Class<?> c) {
            return List.of(c);
        }
        if (t instanceof ParameterizedType p) {
            return Stream.of(p.getActualTypeArguments()).flatMap(a -> types(a).stream()).toList();
        }
        return List.of();
    }

    /**
     * A generated client types each query parameter as described: a text is a text (a format set on the one string
     * schema the generator shares once typed every text parameter a date, and a client could not search by name), the
     * two days of the case search are dates, the inbox's task a task key; a reference list takes If-None-Match and
     * answers its ETag.
     */
    @Test
    void everyParameterIsTypedAsItIsRead() {
        JsonNode paths = description().get("paths");
        List<String> dates = new java.util.ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> op.getValue().path("parameters")
                .forEach(p -> {
                    if (p.path("schema").path("format").asText().equals("date")) {
                        dates.add(path.getKey() + " " + p.path("name").asText());
                    }
                })));
        assertThat(dates).containsExactlyInAnyOrder("/api/v1/cases receivedFrom", "/api/v1/cases receivedTo");
        JsonNode inbox = paths.at("/~1api~1v1~1tasks/get/parameters");
        java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
        inbox.forEach(p -> byName.put(p.path("name").asText(), p.path("schema")));
        assertThat(byName.get("task").path("$ref").asText()).isEqualTo("#/components/schemas/TaskKey");
        JsonNode regions = paths.at("/~1api~1v1~1reference~1regions/get");
        assertThat(regions.path("parameters").toString()).contains("\"If-None-Match\"");
        assertThat(regions.at("/responses/200/headers/ETag").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1v1~1public~1reports/post/responses/201/headers/Location").isMissingNode()).isFalse();
    }

    @Test
    void everyValueOfEveryEnumerationIsDescribedWithItsLabels() {
        JsonNode schemas = description().get("components").get("schemas");
        Map<String, List<String>> enumerations = Map.of(
                "CaseStatus", Stream.of(CaseStatus.values()).map(Enum::name).toList(),
                "TrackStatus", Stream.of(TrackStatus.values()).map(Enum::name).toList(),
                "ElectionType", Stream.of(ElectionType.values()).map(Enum::name).toList(),
                "Role", Stream.of(Role.values()).map(Enum::name).toList(),
                "DayUnit", Stream.of(DayUnit.values()).map(Enum::name).toList(),
                "TaskKey", forms.keys().stream().sorted().toList());
        enumerations.forEach((name, values) -> {
            JsonNode schema = schemas.get(name);
            assertThat(schema).as(name).isNotNull();
            List<String> described = new ArrayList<>();
            schema.get("enum").forEach(v -> described.add(v.asText()));
            assertThat(described).as(name).containsExactlyInAnyOrderElementsOf(values);
            for (String v : values) {
                assertThat(schema.get("description").asText()).as(name + " " + v).contains("`" + v + "`");
            }
        });
        // Labels in both languages where the catalogue has both.
        assertThat(schemas.get("CaseStatus").get("description").asText())
                .contains("`REGISTERED`: " + CaseStatus.REGISTERED.label(Locale.forLanguageTag("id")) + " / "
                        + CaseStatus.REGISTERED.label(Locale.ENGLISH));
        // Where a body or an answer holds one of them, it refers to it.
        assertThat(schemas.at("/TaskView/properties/key/$ref").asText()).isEqualTo("#/components/schemas/TaskKey");
        assertThat(schemas.at("/Outcome/properties/status/$ref").asText()).isEqualTo("#/components/schemas/CaseStatus");
        assertThat(schemas.at("/ReportRequest/properties/electionType/$ref").asText()).isEqualTo("#/components/schemas/ElectionType");
        assertThat(schemas.at("/NewUser/properties/role/$ref").asText()).isEqualTo("#/components/schemas/Role");
        assertThat(schemas.at("/Me/properties/roles/items/$ref").asText()).isEqualTo("#/components/schemas/Role");
        // The form's rules: every operator named.
        assertThat(schemas.at("/Rule/properties/operator/enum").toString()).isEqualTo("[\"equals\",\"notEquals\",\"empty\",\"notEmpty\"]");
        assertThat(schemas.at("/FormField/properties/requiredIfAnyOf/items/items/$ref").asText()).isEqualTo("#/components/schemas/Rule");
        // The two moments of one deadline are told apart: the task's last second, the case's moment it passes.
        assertThat(schemas.at("/TaskView/properties/due/description").asText()).contains("23:59:59 WIB");
        assertThat(schemas.at("/CaseDeadline/properties/dueAt/description").asText()).contains("00:00 WIB", "07:00 WIB");
    }

    @Test
    void everyOperationNamesItsProblemsAndEveryProblemTypeIsDescribed() {
        JsonNode d = description();
        String types = d.at("/components/schemas/Problem/properties/type/description").asText();
        for (String t : List.of("about:blank", "urn:netra:problem:unauthenticated", "urn:netra:problem:session-ended",
                "urn:netra:problem:forbidden", "urn:netra:problem:csrf-token", "urn:netra:problem:cross-site-request",
                "urn:netra:problem:too-many-requests", "urn:netra:problem:too-many-login-attempts", "urn:netra:problem:not-ready",
                "urn:netra:problem:sign-in-failed", "urn:netra:problem:account-locked", "urn:netra:problem:sign-in-content-type")) {
            assertThat(types).contains(t);
        }
        Set<String> ids = new HashSet<>();
        // Operations anyone may call ask for no credentials; every other one names them.
        assertThat(d.at("/paths/~1api~1v1~1public~1reports/post/security").isArray()).isTrue();
        assertThat(d.at("/paths/~1api~1v1~1public~1reports/post/security")).isEmpty();
        assertThat(d.at("/paths/~1api~1v1~1tasks/get/security").isMissingNode()).as("the document's: basic, session, bearer").isTrue();
        assertThat(d.at("/security")).hasSize(3);
        d.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            assertThat(ids.add(op.getValue().path("operationId").asText())).as("a unique operation id: " + where).isTrue();
            assertThat(op.getValue().path("summary").asText()).as("a summary: " + where).isNotBlank();
            assertThat(op.getValue().path("tags").get(0).asText()).as(where).isIn(List.of("Public", "Tasks", "Cases", "Statistics", "Reference",
                    "Account", "Session", "Administration"));
            assertThat(op.getValue().at("/responses/503/content/application~1problem+json/schema/$ref").asText())
                    .as(where).isEqualTo("#/components/schemas/Problem");
            boolean open = path.getKey().startsWith("/api/v1/public/") || path.getKey().equals("/api/v1/session")
                    || List.of(id.netra.access.SecurityConfiguration.PUBLIC_REFERENCE_LISTS).contains(path.getKey());
            if (!open) {
                assertThat(op.getValue().at("/responses/401").isMissingNode()).as(where).isFalse();
            }
            if (path.getKey().startsWith("/api/v1/reference/")) {
                assertThat(op.getValue().at("/responses/304").isMissingNode()).as(where).isFalse();
            }
            if (op.getValue().has("requestBody")) {
                assertThat(op.getValue().at("/responses/400").isMissingNode()).as(where).isFalse();
            }
        }));
    }

    @Test
    void successStatusesAreTheCodesOwn() {
        JsonNode paths = description().get("paths");
        assertThat(paths.at("/~1api~1v1~1public~1reports/post/responses").has("201")).isTrue();
        assertThat(paths.at("/~1api~1v1~1public~1reports/post/responses").has("200")).isFalse();
        assertThat(paths.at("/~1api~1v1~1admin~1users~1{username}~1unlock/post/responses").has("204")).isTrue();
        assertThat(paths.at("/~1api~1v1~1tasks~1{id}~1complete/post/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Outcome");
        assertThat(paths.at("/~1api~1v1~1cases~1{id}/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/CaseDetail");
    }
}
