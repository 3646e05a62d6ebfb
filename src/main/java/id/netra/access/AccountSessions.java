package id.netra.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.platform.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A browser session never outlives the account it was opened for. Sessions live in PostgreSQL (Spring Session JDBC),
 * so every node sees the same ones: an administrator's change of an account (disabled, another role, office or
 * agency, a new password) deletes all of its sessions at once, and every request that rides a session is checked
 * against the account as it is now — so a change made by any route (another node, SQL) ends the session too. A
 * session also ends {@code absolute-lifetime} after sign-in however busy it stays, beside the idle timeout
 * ({@code server.servlet.session.timeout}).
 */
@Component
public class AccountSessions {

    /** Why a session a request brought was ended, for the 401's message. */
    static final String ENDED = AccountSessions.class.getName() + ".ended";

    @ConfigurationProperties("netra.security.session")
    public record Settings(Duration absoluteLifetime) {
        public Settings {
            absoluteLifetime = absoluteLifetime == null ? Duration.ofHours(8) : absoluteLifetime;
        }
    }

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final UserRepository users;
    private final Settings settings;

    public AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, UserRepository users, Settings settings) {
        this.sessions = sessions;
        this.users = users;
        this.settings = settings;
    }

    /** Ends every session of the account, on every node; answers how many there were. */
    public int endAll(String username) {
        var found = sessions.findByPrincipalName(username);
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }

    /** Whether the rights a session was opened with are still the account's: same role, office, agency, password. */
    static boolean stillValid(UserAccount held, Optional<UserAccount> now) {
        if (now.isEmpty() || !now.get().isEnabled()) {
            return false;
        }
        NetraUser a = held.user();
        NetraUser b = now.get().user();
        return a.role() == b.role() && Objects.equals(a.officeCode(), b.officeCode())
                && Objects.equals(a.agencyCode(), b.agencyCode())
                && Objects.equals(held.passwordHash(), now.get().passwordHash());
    }

    /** Right after the security context is loaded from the session, before CSRF and authorization look at it. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                    if (auth != null && auth.getPrincipal() instanceof UserAccount held) {
                        String ended = null;
                        Optional<UserAccount> now = Optional.empty();
                        if (Instant.ofEpochMilli(session.getCreationTime()).plus(settings.absoluteLifetime()).isBefore(Instant.now())) {
                            ended = Messages.current("access.session.lifetime", String.valueOf(settings.absoluteLifetime().toHours()));
                        } else if (!stillValid(held, now = users.find(held.getUsername()))) {
                            ended = Messages.current("access.session.changed");
                        } else if (!Objects.equals(held.user().displayName(), now.get().user().displayName())) {
                            // A new display name changes no rights: the session goes on, with the name as it is now.
                            var context = SecurityContextHolder.createEmptyContext();
                            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                                    .authenticated(now.get(), null, now.get().getAuthorities()));
                            SecurityContextHolder.setContext(context);
                            session.setAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository
                                    .SPRING_SECURITY_CONTEXT_KEY, context);
                        }
                        if (ended != null) {
                            session.invalidate();
                            SecurityContextHolder.clearContext();
                            request.setAttribute(ENDED, ended);
                        }
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
