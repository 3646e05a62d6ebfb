package id.netra.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the browser, over real HTTP: one session cookie, the CSRF token taken from the forms of
 * the page read last, form posts (URL-encoded or multipart with a file), redirects not followed so the test sees them.
 */
final class FormSession {

    record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {
        /** The first value of a response header, or null. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The element with this id, from its opening tag to the end of its line: enough to read its attributes. */
        String tag(String id) {
            int at = body.indexOf("id=\"" + id + "\"");
            if (at < 0) {
                return null;
            }
            int start = body.lastIndexOf('<', at);
            return body.substring(start, body.indexOf('>', at) + 1);
        }

        /** The value of {@code attribute} on the element with this id, or null when it has none. */
        String attribute(String id, String attribute) {
            String open = tag(id);
            java.util.regex.Matcher m = open == null ? null
                    : Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(open);
            return m != null && m.find() ? unescaped(m.group(1)) : null;
        }

        /** The text of the element with this id (its tags taken out), or null. */
        String text(String id) {
            String open = tag(id);
            if (open == null) {
                return null;
            }
            String name = open.substring(1).split("[\\s>]")[0];
            int start = body.indexOf(open) + open.length();
            int end = body.indexOf("</" + name + ">", start);
            return unescaped(body.substring(start, end).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }

        private static String unescaped(String html) {
            return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;

    FormSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The value of the cookie this browser holds under {@code name}, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Signed in with the sign-in form as {@code username} with {@code password}. */
    static FormSession signedIn(int port, String username, String password) {
        FormSession session = new FormSession(port);
        session.get("/masuk");
        Page signIn = session.post("/masuk", "username", username, "password", password);
        if (signIn.status() != 302 || !signIn.location().endsWith("/kotak-masuk")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + signIn.status() + " " + signIn.location());
        }
        return session;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** The page a redirect points to. */
    Page follow(Page redirect) {
        return get(URI.create(redirect.location()).getRawPath() + (URI.create(redirect.location()).getRawQuery() == null ? ""
                : "?" + URI.create(redirect.location()).getRawQuery()));
    }

    /** Posts a form of name-value pairs with the CSRF token of the page read last. */
    Page post(String path, String... namesAndValues) {
        return post(path, pairs(namesAndValues));
    }

    /** Posts a form, each name with its value, with the CSRF token of the page read last. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form: the pairs, the CSRF token and one file in the field {@code file}. */
    Page upload(String path, String fileName, byte[] content, String... namesAndValues) {
        Map<String, String> form = pairs(namesAndValues);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String boundary = "----netra" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        form.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts a body as it is, of any content type (a broken multipart form...); chunked: without a length. */
    Page raw(String path, String contentType, byte[] body, boolean chunked) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> pairs(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
