package id.netra.access;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account after {@code netra.security.lockout.max-failures} wrong passwords in a row, for
 * {@code netra.security.lockout.duration}; a success resets the count, and an administrator can unlock earlier.
 */
@Component
public class LoginLockout {

    @Validated
    @ConfigurationProperties("netra.security.lockout")
    public record Settings(@Min(1) int maxFailures, Duration duration) {
    }

    private final UserRepository users;
    private final Settings settings;

    public LoginLockout(UserRepository users, Settings settings) {
        this.users = users;
        this.settings = settings;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.loginFailed(UserRepository.normalise(event.getAuthentication().getName()), settings.maxFailures(), Instant.now().plus(settings.duration()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.loginSucceeded(event.getAuthentication().getName());
    }
}
