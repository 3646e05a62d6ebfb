package id.netra.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The CSRF token belongs to the session: it is kept in the session (in PostgreSQL, with it) and a request's
 * {@code X-XSRF-TOKEN} header is compared with that copy, so a cookie an attacker plants cannot vouch for a forged
 * request (as it could with a double-submit cookie). The browser still reads the value from the {@code XSRF-TOKEN}
 * cookie, which only carries it (SameSite=Strict; Secure with {@code NETRA_SECURE_COOKIES}).
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final boolean secure;

    SessionCsrfTokens(boolean secure) {
        this.secure = secure;
        sessions.setHeaderName(HEADER);
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null && request.getSession(false) == null) {
            return;
        }
        sessions.saveToken(token, request, response);
        writeCookie(token == null ? null : token.getToken(), request, response);
    }

    /** Gives the browser the session's token again when the cookie it sent does not hold it (lost, or an old one). */
    void refreshCookie(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        String value = token.getToken(); // a token made just now is saved, and its cookie written, here
        if (response.getHeaders("Set-Cookie").stream().anyMatch(h -> h.startsWith(COOKIE + "="))) {
            return;
        }
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && value.equals(c.getValue())) {
                    return;
                }
            }
        }
        writeCookie(value, request, response);
    }

    private void writeCookie(String value, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value == null ? "" : value)
                .path("/").sameSite("Strict").secure(secure || request.isSecure()).httpOnly(false)
                .maxAge(value == null ? 0 : -1).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return sessions.loadToken(request);
    }

    /** The token is read from the header only: never from a request parameter, which a plain form could carry. */
    static final class HeaderOnly extends CsrfTokenRequestAttributeHandler {
        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
            return request.getHeader(csrfToken.getHeaderName());
        }
    }
}
