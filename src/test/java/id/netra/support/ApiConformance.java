package id.netra.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every answer of {@code /api/v1} that the integration tests receive through {@link Api}, held against the API's
 * description ({@code /api/v1/openapi.json} of the same service): the path and method are described, the status is
 * one the operation declares, and the body validates against the declared schema — with every object closed (a field
 * the description does not name fails), so an answer cannot carry what an integrator was never told of. A null field
 * is read as an absent one, as generated clients read it.
 */
public final class ApiConformance {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Description> DESCRIPTIONS = new ConcurrentHashMap<>();

    private ApiConformance() {
    }

    /** The description of the service at {@code base}, fetched once. */
    public static JsonNode description(String base) {
        return DESCRIPTIONS.computeIfAbsent(base, Description::fetch).document;
    }

    /** Throws an {@link AssertionError} naming what the description does not say of this answer. */
    static void check(HttpRequest request, HttpResponse<String> response) {
        URI uri = request.uri();
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/api/v1/") || path.startsWith("/api/v1/openapi.json") || path.startsWith("/api/v1/docs")
                || path.startsWith("/api/v1/swagger-ui/")) {
            return;
        }
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        List<String> problems = DESCRIPTIONS.computeIfAbsent(base, Description::fetch)
                .problems(request.method(), path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body());
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer to " + request.method() + " " + path + " (" + response.statusCode()
                    + ") is not as /api/v1/openapi.json describes it: " + problems + "\nbody: "
                    + (response.body().length() > 2000 ? response.body().substring(0, 2000) + "…" : response.body()));
        }
    }

    /**
     * A binary answer (an evidence file's content): a JSON or problem answer is checked as any other; else the operation
     * must describe the status with that type, or with any type ({@code *}{@code /*}).
     */
    static void checkBytes(HttpRequest request, HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        String bare = type.split(";")[0].trim();
        String path = request.uri().getRawPath();
        String base = request.uri().getScheme() + "://" + request.uri().getRawAuthority();
        Description d = DESCRIPTIONS.computeIfAbsent(base, Description::fetch);
        List<String> problems;
        if (bare.endsWith("json")) {
            problems = d.problems(request.method(), path, response.statusCode(), type, new String(response.body(), StandardCharsets.UTF_8));
        } else {
            problems = d.binaryProblems(request.method(), path, response.statusCode(), bare);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer to " + request.method() + " " + path + " (" + response.statusCode()
                    + ") is not as /api/v1/openapi.json describes it: " + problems);
        }
    }

    private static final class Description {
        final JsonNode document;
        final ObjectNode closedComponents;
        final List<Map.Entry<Pattern, String>> templates = new ArrayList<>();
        final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
        final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

        Description(JsonNode document) {
            this.document = document;
            this.closedComponents = (ObjectNode) document.get("components").deepCopy();
            close(closedComponents);
            List<String> paths = new ArrayList<>();
            document.get("paths").fieldNames().forEachRemaining(paths::add);
            // Literal paths before templated ones, fewer variables first.
            paths.sort(java.util.Comparator.comparingInt((String p) -> p.split("\\{", -1).length));
            for (String p : paths) {
                templates.add(Map.entry(Pattern.compile("^" + p.replaceAll("\\{[^}]+}", "[^/]+") + "$"), p));
            }
        }

        static Description fetch(String base) {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/openapi.json"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:netra-demo".getBytes(StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() != 200) {
                    throw new AssertionError("/api/v1/openapi.json answered " + r.statusCode());
                }
                return new Description(JSON.readTree(r.body()));
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Every object schema with named properties and no word on others is closed: others are refused. */
        private static void close(JsonNode node) {
            if (node instanceof ObjectNode o) {
                if (o.has("properties") && !o.has("additionalProperties")) {
                    o.put("additionalProperties", false);
                }
                o.elements().forEachRemaining(Description::close);
            } else if (node instanceof ArrayNode a) {
                a.elements().forEachRemaining(Description::close);
            }
        }

        List<String> problems(String method, String path, int status, String contentType, String body) {
            String template = templates.stream().filter(e -> e.getKey().matcher(path).matches()).map(Map.Entry::getValue).findFirst().orElse(null);
            JsonNode operation = template == null ? null : document.get("paths").get(template).get(method.toLowerCase(java.util.Locale.ROOT));
            JsonNode json = parse(body);
            if (operation == null) {
                // An address or method that is not the API's: refused, as a problem.
                if (status < 400) {
                    return List.of(template == null ? "the path is not described" : "the method is not described");
                }
                return validate("#/components/schemas/Problem", json, body);
            }
            JsonNode response = operation.path("responses").get(Integer.toString(status));
            if (response == null) {
                return List.of("status " + status + " is not among the operation's answers " + names(operation.path("responses")));
            }
            JsonNode content = response.get("content");
            if (content == null || body.isEmpty()) {
                return content == null && !body.isEmpty() && status != 304 ? List.of("a body where none is described") : List.of();
            }
            String type = contentType.split(";")[0].trim();
            JsonNode media = content.get(type);
            if (media == null && type.equals("application/json")) {
                media = content.get("*/*");
            }
            if (media == null) {
                return List.of("content type " + type + " is not among " + names(content));
            }
            return validate(media.get("schema"), json, body);
        }

        List<String> binaryProblems(String method, String path, int status, String type) {
            String template = templates.stream().filter(e -> e.getKey().matcher(path).matches()).map(Map.Entry::getValue).findFirst().orElse(null);
            JsonNode operation = template == null ? null : document.get("paths").get(template).get(method.toLowerCase(java.util.Locale.ROOT));
            if (operation == null) {
                return List.of("the path or method is not described");
            }
            JsonNode content = operation.path("responses").path(Integer.toString(status)).get("content");
            if (content == null) {
                return List.of("status " + status + " with content is not among the operation's answers");
            }
            return content.has(type) || content.has("*/*") ? List.of() : List.of("content type " + type + " is not among " + names(content));
        }

        private List<String> validate(Object schema, JsonNode json, String body) {
            if (json == null) {
                return List.of("the body is not JSON");
            }
            String key = schema.toString();
            JsonSchema compiled = schemas.computeIfAbsent(key, k -> {
                ObjectNode root = JSON.createObjectNode();
                root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
                root.set("components", closedComponents);
                JsonNode own = schema instanceof JsonNode n ? n.deepCopy() : JSON.createObjectNode().put("$ref", (String) schema);
                close(own);
                root.set("allOf", JSON.createArrayNode().add(own));
                return factory.getSchema(root);
            });
            Set<ValidationMessage> errors = compiled.validate(withoutNulls(json.deepCopy()));
            return errors.stream().map(ValidationMessage::getMessage).sorted().limit(10).toList();
        }

        private static JsonNode withoutNulls(JsonNode node) {
            if (node instanceof ObjectNode o) {
                Iterator<Map.Entry<String, JsonNode>> it = o.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isNull()) {
                        it.remove();
                    } else {
                        withoutNulls(e.getValue());
                    }
                }
            } else if (node instanceof ArrayNode a) {
                a.elements().forEachRemaining(Description::withoutNulls);
            }
            return node;
        }

        private static JsonNode parse(String body) {
            try {
                return body.isBlank() ? null : JSON.readTree(body);
            } catch (java.io.IOException e) {
                return null;
            }
        }

        private static List<String> names(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }
}
