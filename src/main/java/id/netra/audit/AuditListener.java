package id.netra.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.netra.access.UserRepository;
import id.netra.casefile.AccessCodeRejected;
import id.netra.casefile.CaseEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Writes the audit rows for logins (Spring Security's events) and for what users do with cases. A failed sign-in names
 * the account only when it exists (a password typed into the name field must not land in the trail); requests that
 * carry their credentials each time (HTTP Basic, a bearer token) are recorded once per account and
 * {@code netra.audit.credential-login-interval}, a sign-in to a session every time.
 */
@Component
public class AuditListener {

    static final String UNKNOWN_ACCOUNT = "(akun tidak dikenal)";

    private final AuditLog audit;
    private final UserRepository users;
    private final Cache<String, Boolean> recentCredentialLogins;

    public AuditListener(AuditLog audit, UserRepository users,
                         @Value("${netra.audit.credential-login-interval:1h}") Duration credentialLoginInterval) {
        this.audit = audit;
        this.users = users;
        this.recentCredentialLogins = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(credentialLoginInterval).build();
    }

    @EventListener
    public void loginSucceeded(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        boolean interactive = event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && currentRequestPath().map("/api/v1/session"::equals).orElse(false);
        if (!interactive && recentCredentialLogins.asMap().putIfAbsent(name, Boolean.TRUE) != null) {
            return;
        }
        audit.record(name, AuditLog.Action.LOGIN_SUCCEEDED, null,
                Map.of("method", interactive ? "SESSION" : event.getAuthentication() instanceof UsernamePasswordAuthenticationToken ? "BASIC" : "BEARER"));
    }

    @EventListener
    public void loginFailed(AbstractAuthenticationFailureEvent event) {
        String name = UserRepository.normalise(event.getAuthentication().getName());
        boolean known = users.exists(name);
        audit.record(known ? name : UNKNOWN_ACCOUNT, AuditLog.Action.LOGIN_FAILED, null,
                Map.of("reason", event.getException().getClass().getSimpleName(), "knownAccount", known));
    }

    /** A wrong tracking number or access code on the public endpoints: the tracking number given, never the code. */
    @EventListener
    public void accessCodeRejected(AccessCodeRejected event) {
        audit.recordSeparately(AccessCodeRejected.ACTOR, AuditLog.Action.ACCESS_CODE_FAILED, event.caseId(),
                Map.of("trackingNumber", event.trackingNumber()));
    }

    private static java.util.Optional<String> currentRequestPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return java.util.Optional.of(attrs.getRequest().getServletPath());
        }
        return java.util.Optional.empty();
    }

    @EventListener
    public void caseEvent(CaseEvent event) {
        audit.record(event.actor(), AuditLog.Action.valueOf(event.action()), event.caseId(), event.detail());
    }

    /**
     * A step of the case's path, recorded in the step's own transaction (like the other case rows): the row commits
     * or rolls back with the change, and carries the request's client address. After-commit listeners are others'.
     */
    @EventListener
    public void caseDomainEvent(id.netra.casefile.CaseDomainEvent event) {
        audit.record(event.actor(), AuditLog.Action.valueOf(event.auditAction()), event.caseId(), event.detail());
    }

    @EventListener
    public void adminChange(id.netra.platform.AdminChangeEvent event) {
        Map<String, Object> detail = new java.util.LinkedHashMap<>(event.detail());
        detail.put("what", event.what());
        detail.put("target", event.target());
        audit.record(event.actor(), AuditLog.Action.ADMIN_CHANGE, null, detail);
    }

}
