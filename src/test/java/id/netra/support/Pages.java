package id.netra.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser without the browser, over real HTTP: one session cookie, the browser's {@code Accept}, the CSRF
 * token taken from the forms of the page read last, form posts (URL-encoded, multipart, with a file, or any body as it
 * is), redirects not followed so the test sees them. The one helper of the page tests, signed in or not.
 */
public final class Pages {

    /** A page as answered, with what a test reads of it by element id. */
    public record Page(int status, String location, String body, HttpHeaders headers) {

        /**
         * The body of a page answered 200: what a test says a page does not show proves nothing of a redirect, a refusal
         * or a page not found.
         */
        public String okBody() {
            assertThat(status).as("the page answered, not a redirect or a refusal: " + location + " " + body).isEqualTo(200);
            return body;
        }

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The element with this id, from its opening tag to the end of that tag: enough to read its attributes. */
        public String tag(String id) {
            int at = body.indexOf("id=\"" + id + "\"");
            if (at < 0) {
                return null;
            }
            int start = body.lastIndexOf('<', at);
            return body.substring(start, body.indexOf('>', at) + 1);
        }

        /** The value of {@code attribute} on the element with this id, or null when it has none. */
        public String attribute(String id, String attribute) {
            String open = tag(id);
            Matcher m = open == null ? null : Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(open);
            return m != null && m.find() ? unescaped(m.group(1)) : null;
        }

        /** The text of the element with this id (its tags taken out), or null. */
        public String text(String id) {
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

    public Pages(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signed in with the sign-in form as {@code username} with the demo accounts' password. */
    public static Pages signedIn(int port, String username) {
        return signedIn(port, username, "netra-demo");
    }

    /** Signed in with the sign-in form as {@code username} with {@code password}; the answer was the redirect to the inbox. */
    public static Pages signedIn(int port, String username, String password) {
        Pages pages = new Pages(port);
        pages.get("/masuk");
        Page signIn = pages.post("/masuk", "username", username, "password", password);
        if (signIn.status() != 302 || !signIn.location().endsWith("/kotak-masuk")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + signIn.status() + " " + signIn.location());
        }
        return pages;
    }

    /** The value of the cookie this browser holds under {@code name}, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** The page at {@code path}: a page (HTML), never a server error. */
    public Page page(String path) {
        Page page = get(path);
        assertThat(page.status()).as(path + ": a page, never a server error").isLessThan(500);
        assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
        return page;
    }

    /** The page a redirect points to. */
    public Page follow(Page redirect) {
        URI to = URI.create(redirect.location());
        return get(to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery()));
    }

    /** Posts a form of name-value pairs with the CSRF token of the page read last. */
    public Page post(String path, String... namesAndValues) {
        return post(path, pairs(namesAndValues));
    }

    /**
     * Posts a form URL-encoded, each name with its value (a text) or values (a collection of texts), with the CSRF token
     * of the page read last.
     */
    public Page post(String path, Map<String, ?> form) {
        String body = fields(form).stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a form as multipart/form-data, as a browser sends a form of that {@code enctype} (a task's form): each value
     * a part in UTF-8 as it is, with the CSRF token of the page read last.
     */
    public Page postMultipart(String path, Map<String, ?> form) {
        return multipart(path, fields(form), null, null);
    }

    /** Posts a multipart form: the pairs, the CSRF token and one file in the field {@code file}. */
    public Page upload(String path, String fileName, byte[] content, String... namesAndValues) {
        return multipart(path, fields(pairs(namesAndValues)), fileName, content);
    }

    /**
     * Posts a body as it is with the CSRF token of the page read last in {@code X-XSRF-TOKEN}, asking for JSON: as the
     * pages' script sends an evidence file.
     */
    public Page script(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("Accept", "application/json")
                .header("X-XSRF-TOKEN", csrf == null ? "" : csrf).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a body as it is, of any content type (a broken multipart form...); chunked: without a length. */
    public Page raw(String path, String contentType, byte[] body, boolean chunked) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Page multipart(String path, List<String[]> fields, String fileName, byte[] content) {
        String boundary = "----NetraFormBoundary" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach(f -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n"
                + f[1] + "\r\n"));
        if (fileName != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The form's fields as name-value pairs in order, a collection's values each, the CSRF token last unless given. */
    private List<String[]> fields(Map<String, ?> form) {
        List<String[]> out = new ArrayList<>();
        form.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                values.forEach(v -> out.add(new String[]{name, String.valueOf(v)}));
            } else {
                out.add(new String[]{name, String.valueOf(value)});
            }
        });
        if (csrf != null && !form.containsKey("_csrf")) {
            out.add(new String[]{"_csrf", csrf});
        }
        return out;
    }

    /** A download's status, headers and bytes as sent. */
    public record Download(int status, byte[] body, HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** The file at {@code path}, its bytes untouched. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest.Builder request) {
        try {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
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
