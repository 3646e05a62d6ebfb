package id.netra.access;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static NetraUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof UserAccount account) {
            return account.user();
        }
        throw new AuthenticationCredentialsNotFoundException("not signed in");
    }
}
