package id.netra.access;

import id.netra.platform.AdminChanges;
import id.netra.platform.ConflictException;
import id.netra.platform.FieldError;
import id.netra.platform.ForbiddenException;
import id.netra.platform.InvalidInputException;
import id.netra.platform.NotFoundException;
import id.netra.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accounts as an administrator changes them: create, change role and office/agency, disable, reset password, unlock.
 * The API ({@link UserAdminController}) and the administration pages both decide here; every change is
 * audited through {@link AdminChanges}.
 */
@Service
public class AccountAdministration {

    /** A new account. {@code office} and {@code agency} are also taken under the names the account list answers them
     * with ({@code officeCode}, {@code agencyCode}), so that a listed account's fields can be sent back as they are. */
    public record NewUser(String username, String displayName, Role role,
                          @com.fasterxml.jackson.annotation.JsonAlias("officeCode") String office,
                          @com.fasterxml.jackson.annotation.JsonAlias("agencyCode") String agency, String password,
                          String email) {
    }

    /** A change of an account; a field left null keeps its value (office and agency are dropped with a new role). */
    public record UserChange(String displayName, Role role, @com.fasterxml.jackson.annotation.JsonAlias("officeCode") String office,
                             @com.fasterxml.jackson.annotation.JsonAlias("agencyCode") String agency, Boolean enabled,
                             String email) {
    }

    /** The longest e-mail address (RFC 5321's path limit). */
    public static final int MAX_EMAIL = 254;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^\\s@\\p{Cc}\\p{Cf}]+@[^\\s@\\p{Cc}\\p{Cf}]+\\.[^\\s@\\p{Cc}\\p{Cf}.]+");

    /** The address as kept (trimmed; blank: none), or the field's problem added to {@code errors}. */
    static String email(String typed, List<FieldError> errors) {
        String email = typed == null ? null : typed.strip();
        if (email == null || email.isEmpty()) {
            return null;
        }
        if (email.length() > MAX_EMAIL) {
            errors.add(FieldError.of("email", "input.maxLength", MAX_EMAIL));
        } else if (!EMAIL.matcher(email).matches()) {
            errors.add(FieldError.of("email", "access.account.email"));
        }
        return email;
    }

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ReferenceData reference;
    private final AdminChanges changes;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;

    public AccountAdministration(UserRepository users, PasswordEncoder encoder, ReferenceData reference,
                                 AdminChanges changes, AccountSessions sessions, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.reference = reference;
        this.changes = changes;
        this.sessions = sessions;
        this.events = events;
    }

    public List<UserRepository.UserRow> list() {
        return users.list();
    }

    /** The account's row; 404 when there is none. */
    public UserRepository.UserRow get(String typed) {
        String username = UserRepository.normalise(typed);
        return users.list().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> NotFoundException.of("access.account.notFound"));
    }

    @Transactional
    public UserRepository.UserRow create(NewUser body) {
        List<FieldError> errors = creationProblems(body);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        NetraUser user = validated(body.username(), body.displayName(), body.role(), body.office(), body.agency(), new ArrayList<>());
        users.create(user, encoder.encode(body.password()));
        users.setEmail(user.username(), email(body.email(), new ArrayList<>()));
        changes.record("USER_CREATED", user.username(), describe(user, true));
        return get(user.username());
    }

    /** Every problem of a new account at once; none: it would be created. */
    @Transactional(readOnly = true)
    public List<FieldError> creationProblems(NewUser body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.username() == null || !body.username().matches("[a-z0-9][a-z0-9._-]{2,79}")) {
            errors.add(FieldError.of("username", "access.account.username"));
        } else if (users.exists(body.username()) || id.netra.platform.SystemActors.isOne(body.username())) {
            // The names Netra writes for the reporter and the system are no account's: a page says them as such.
            errors.add(FieldError.of("username", "access.account.usernameTaken"));
        }
        validated(body.username(), body.displayName(), body.role(), body.office(), body.agency(), errors);
        email(body.email(), errors);
        errors.addAll(PasswordPolicy.problems("password", body.username(), body.password()));
        return errors;
    }

    @Transactional
    public UserRepository.UserRow change(String typed, UserChange body) {
        String username = UserRepository.normalise(typed);
        UserAccount current = users.find(username).orElseThrow(() -> NotFoundException.of("access.account.notFound"));
        NetraUser now = current.user();
        Role role = body.role() == null ? now.role() : body.role();
        boolean roleChanged = body.role() != null && body.role() != now.role();
        String office = body.office() != null ? body.office() : roleChanged ? null : now.officeCode();
        String agency = body.agency() != null ? body.agency() : roleChanged ? null : now.agencyCode();
        List<FieldError> errors = new ArrayList<>();
        NetraUser user = validated(username, body.displayName() == null ? now.displayName() : body.displayName(), role,
                office, agency, errors);
        // Null keeps the address; blank removes it.
        String email = body.email() == null ? null : email(body.email(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean enabled = body.enabled() == null ? current.enabled() : body.enabled();
        // Separation of duties: an administrator does not work cases, and cannot make themself someone who does;
        // another administrator must.
        if (username.equals(CurrentUser.get().username()) && user.role() != Role.ADMIN) {
            throw ForbiddenException.of("access.account.selfRole");
        }
        if (username.equals(CurrentUser.get().username()) && !enabled) {
            throw ForbiddenException.of("access.account.selfDisable");
        }
        // Someone must always be able to administer: the last enabled administrator stays one.
        if (now.role() == Role.ADMIN && current.enabled() && (user.role() != Role.ADMIN || !enabled)
                && users.otherEnabledAdministrators(username) == 0) {
            throw ConflictException.of("access.account.lastAdmin");
        }
        users.update(user, enabled);
        if (body.email() != null) {
            users.setEmail(username, email);
        }
        boolean rightsChanged = enabled != current.enabled() || user.role() != now.role()
                || !Objects.equals(user.officeCode(), now.officeCode())
                || !Objects.equals(user.agencyCode(), now.agencyCode());
        Map<String, Object> detail = describe(user, enabled);
        if (rightsChanged) {
            detail.put("sessionsEnded", sessions.endAll(username));
            events.publishEvent(new id.netra.platform.AccountRightsChanged(username, CurrentUser.get().username()));
        }
        changes.record("USER_CHANGED", username, detail);
        return get(username);
    }

    @Transactional
    public void resetPassword(String typed, String password) {
        String username = UserRepository.normalise(typed);
        users.find(username).orElseThrow(() -> NotFoundException.of("access.account.notFound"));
        List<FieldError> problems = PasswordPolicy.problems("password", username, password);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        users.setPassword(username, encoder.encode(password));
        changes.record("PASSWORD_RESET", username, Map.of("sessionsEnded", sessions.endAll(username)));
    }

    @Transactional
    public void unlock(String typed) {
        String username = UserRepository.normalise(typed);
        users.find(username).orElseThrow(() -> NotFoundException.of("access.account.notFound"));
        users.unlock(username);
        changes.record("USER_UNLOCKED", username, Map.of());
    }

    private NetraUser validated(String username, String displayName, Role role, String office, String agency,
                                List<FieldError> errors) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 160) {
            errors.add(FieldError.of("displayName", "access.account.displayName"));
        } else if (!id.netra.platform.TextRules.acceptable(displayName, false)) {
            errors.add(FieldError.of("displayName", id.netra.platform.TextRules.problem(displayName, false)));
        }
        if (role == null) {
            errors.add(FieldError.of("role", "access.account.roleRequired"));
            return null;
        }
        if (role.isBawaslu()) {
            if (reference.office(office).isEmpty()) {
                errors.add(FieldError.of("office", "access.account.officeRequired"));
            }
            agency = null;
        } else if (office != null && !office.isBlank()) {
            errors.add(FieldError.of("office", "access.account.officeNotAllowed"));
        }
        if (role == Role.PPK) {
            if (reference.agency(agency).isEmpty()) {
                errors.add(FieldError.of("agency", "access.account.agencyRequired"));
            }
            office = null;
        } else if (agency != null && !agency.isBlank()) {
            errors.add(FieldError.of("agency", "access.account.agencyNotAllowed"));
        }
        return new NetraUser(username, displayName == null ? null : displayName.trim(), role,
                role.isBawaslu() ? office : null, role == Role.PPK ? agency : null);
    }

    private static Map<String, Object> describe(NetraUser user, boolean enabled) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("role", user.role().name());
        d.put("office", user.officeCode());
        d.put("agency", user.agencyCode());
        d.put("enabled", enabled);
        return d;
    }
}
