package id.netra.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An officer's browser without the browser: a session cookie, the CSRF token read from the last page's forms, form
 * posts, redirects not followed (the test sees them).
 */
public final class Pages {

    public record Page(int status, String location, String body) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;
    private String csrf;

    public Pages(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in with the form as {@code username} (demo password); the answer is the redirect to the inbox. */
    public static Pages signedIn(int port, String username) {
        Pages pages = new Pages(port);
        pages.get("/masuk");
        Page signIn = pages.post("/masuk", Map.of("username", List.of(username), "password", List.of("netra-demo")));
        if (signIn.status() != 302 || !signIn.location().endsWith("/kotak-masuk")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + signIn);
        }
        return pages;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts a form (each name with its values) carrying the CSRF token of the page read last. */
    public Page post(String path, Map<String, List<String>> form) {
        String body = form.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        if (csrf != null) {
            body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + enc(csrf);
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a form as multipart/form-data, as a browser sends a form of that {@code enctype} (a task's form): each value
     * a part in UTF-8 as it is, with the CSRF token of the page read last.
     */
    public Page postMultipart(String path, Map<String, List<String>> form) {
        String boundary = "----NetraFormBoundary" + java.util.UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        java.util.function.BiConsumer<String, String> part = (name, value) -> body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n");
        form.forEach((name, values) -> values.forEach(v -> part.accept(name, v)));
        if (csrf != null) {
            part.accept("_csrf", csrf);
        }
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
