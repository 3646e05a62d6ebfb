package id.netra.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The answers of the reference lists ({@code /api/v1/reference/...}), which every form reads and which change seldom:
 * each carries a strong {@code ETag}, the hash of the very bytes it sends, so that a client holding the list asks again
 * with {@code If-None-Match} and gets {@code 304} without a body (Spring MVC compares them when a {@link ResponseEntity}
 * carries an ETag). Hashing the answer rather than keeping a version means that every change shows — an administrator
 * renaming an office, adding a region or an agency, a label said in the other language — with nothing to keep in step.
 * The answer varies with {@code Accept-Language}: the labels are in the reader's language.
 */
@Component
public class CachedLists {

    /**
     * Lists anyone may read (the public report form's): shared caches may keep them. Ten minutes, not longer: an
     * administrator's new region or agency, or a renamed one, reaches the public's form within that time; after it a
     * cache asks again and is answered 304 while nothing changed, which costs a hash and no body.
     */
    static final CacheControl FOR_ANYONE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    /**
     * Lists for signed-in users only: a shared cache must never hand them to someone not signed in, so only the
     * user's own client keeps them, five minutes (an office renamed is seen on the next form after that).
     */
    static final CacheControl FOR_SIGNED_IN = CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate();

    private final ObjectMapper json;

    public CachedLists(ObjectMapper json) {
        this.json = json;
    }

    /** A list anyone may read, with its ETag. */
    public <T> ResponseEntity<T> forAnyone(T body) {
        return answer(body, FOR_ANYONE);
    }

    /** A list for signed-in users, with its ETag. */
    public <T> ResponseEntity<T> forSignedIn(T body) {
        return answer(body, FOR_SIGNED_IN);
    }

    private <T> ResponseEntity<T> answer(T body, CacheControl cache) {
        return ResponseEntity.ok().eTag(etag(body)).cacheControl(cache).varyBy(HttpHeaders.ACCEPT_LANGUAGE).body(body);
    }

    /** The strong ETag of a body: the SHA-256 of its JSON as the API writes it (the same mapper). */
    String etag(Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a reference list that cannot be written", e);
        }
    }
}
