package id.netra.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A real HTTP client against the running Netra, as a user would call it. */
public final class Api {

    public record Response(int status, String contentType, String body, JsonNode json, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode get(String field) {
            return json.get(field);
        }

        public String text(String field) {
            return json.path(field).asText(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String user;
    private String password = "netra-demo";

    private Api(String base, String user) {
        this.base = base;
        this.user = user;
    }

    public static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null);
    }

    /** A client of the service at another address of its ({@code http://[::1]:<port>}: over IPv6). */
    public static Api at(String base) {
        return new Api(base, null);
    }

    public Api as(String username) {
        return new Api(base, username);
    }

    /** Signed in as an account of the test's own, with its password (the demo accounts': {@link #as(String)}). */
    public Api as(String username, String password) {
        Api api = new Api(base, username);
        api.password = password;
        return api;
    }

    public Response get(String path, String... headers) {
        return send(builder(path, headers).GET());
    }

    public Response post(String path, Object body, String... headers) {
        String text = body == null ? "" : body instanceof String s ? s : write(body);
        return send(builder(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    /** Any method, any body and content type (PUT, PATCH, DELETE, CSV...). */
    public Response send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder b = builder(path, headers);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A body of bytes (an evidence file), streamed from {@code body}; its length declared when {@code length >= 0}. */
    public Response upload(String path, java.util.function.Supplier<java.io.InputStream> body, long length, String contentType,
                           String... headers) {
        HttpRequest.Builder b = builder(path, headers);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(body);
        if (length == 0) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (length > 0) {
            publisher = HttpRequest.BodyPublishers.fromPublisher(publisher, length);
        }
        return send(b.POST(publisher));
    }

    public Response upload(String path, byte[] body, String contentType, String... headers) {
        return upload(path, () -> new java.io.ByteArrayInputStream(body), body.length, contentType, headers);
    }

    /** A download: its status, type, headers and bytes (a problem's JSON is checked against the API's description). */
    public record Download(int status, String contentType, byte[] bytes, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Download download(String path, String... headers) {
        try {
            HttpRequest request = builder(path, headers).GET().build();
            HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ApiConformance.checkBytes(request, r);
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A download read as it arrives, never whole: the caller reads and closes the stream. */
    public HttpResponse<java.io.InputStream> stream(String path, String... headers) {
        try {
            return CLIENT.send(builder(path, headers).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, write(body), "application/json");
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response send(HttpRequest.Builder b) {
        try {
            HttpRequest request = b.build();
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            ApiConformance.check(request, r);
            JsonNode json = null;
            if (!r.body().isBlank()) {
                try {
                    json = JSON.readTree(r.body());
                } catch (IOException e) {
                    json = null;
                }
            }
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), json, r.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
