package id.netra.audit;

import id.netra.casefile.CaseEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Writes the audit rows for logins (Spring Security's events) and for what users do with cases. */
@Component
public class AuditListener {

    private final AuditLog audit;

    public AuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    public void loginSucceeded(AuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditLog.Action.LOGIN_SUCCEEDED, null, Map.of());
    }

    @EventListener
    public void loginFailed(AbstractAuthenticationFailureEvent event) {
        audit.record(truncate(event.getAuthentication().getName()), AuditLog.Action.LOGIN_FAILED, null,
                Map.of("reason", event.getException().getClass().getSimpleName()));
    }

    @EventListener
    public void caseEvent(CaseEvent event) {
        audit.record(event.actor(), AuditLog.Action.valueOf(event.action()), event.caseId(), event.detail());
    }

    @EventListener
    public void adminChange(id.netra.platform.AdminChangeEvent event) {
        Map<String, Object> detail = new java.util.LinkedHashMap<>(event.detail());
        detail.put("what", event.what());
        detail.put("target", event.target());
        audit.record(event.actor(), AuditLog.Action.ADMIN_CHANGE, null, detail);
    }

    private static String truncate(String name) {
        return name == null ? "" : name.length() > 80 ? name.substring(0, 80) : name;
    }
}
