package id.netra.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An account name as typed at sign-in, as accounts are named: trimmed and in lower case (names are created lower
     * case), so that {@code ATK3} and {@code atk3 } are one account for sign-in, lockout and audit alike.
     */
    public static String normalise(String typed) {
        return typed == null ? null : typed.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether a name could be an account's at all: not blank, at most 80 characters, one line without control or
     * invisible characters. Any other name is no account, and is never sent to the database (where a NUL would fail).
     */
    public static boolean couldBeAccount(String name) {
        return name != null && !name.isEmpty() && name.length() <= 80 && id.netra.platform.TextRules.acceptable(name, false);
    }

    public Optional<UserAccount> find(String username) {
        if (!couldBeAccount(username)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT username, display_name, password_hash, role, office_code, agency_code, enabled, locked_until
                        FROM app_user WHERE username = :u""")
                .param("u", username)
                .query((rs, n) -> new UserAccount(new NetraUser(rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), rs.getString("office_code"), rs.getString("agency_code")),
                        rs.getString("password_hash"), rs.getBoolean("enabled"),
                        rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant()))
                .optional();
    }

    public record UserRow(String username, String displayName, Role role, String officeCode, String agencyCode,
                          boolean enabled, int failedLogins, java.time.Instant lockedUntil, String email) {
    }

    /** An enabled account with an e-mail address: whom a notification goes to. */
    public record Recipient(String username, String email) {
    }

    /**
     * The enabled accounts with an e-mail address of one role (of one office, or of one agency, when given): the
     * members a group's mail goes to.
     */
    public java.util.List<Recipient> recipients(Role role, String officeCode, String agencyCode) {
        return jdbc.sql("""
                        SELECT username, email FROM app_user WHERE enabled AND email IS NOT NULL AND role = :role
                        AND (CAST(:office AS text) IS NULL OR office_code = :office) AND (CAST(:agency AS text) IS NULL OR agency_code = :agency)
                        ORDER BY username""")
                .param("role", role.name()).param("office", officeCode, java.sql.Types.VARCHAR).param("agency", agencyCode, java.sql.Types.VARCHAR)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2))).list();
    }

    /** Sets an account's e-mail address (null: none). */
    public void setEmail(String username, String email) {
        jdbc.sql("UPDATE app_user SET email = :email WHERE username = :u").param("email", email, java.sql.Types.VARCHAR)
                .param("u", username).update();
    }

    /** Sets an account's e-mail address unless it has one. */
    public void setEmailIfNone(String username, String email) {
        jdbc.sql("UPDATE app_user SET email = :email WHERE username = :u AND email IS NULL").param("email", email)
                .param("u", username).update();
    }

    public java.util.List<UserRow> list() {
        return rows("TRUE", java.util.Map.of());
    }

    /**
     * The enabled accounts of one unit: of an office, of an agency, or (both null) of neither — the examining agency's
     * and the administrators'.
     */
    public java.util.List<UserRow> enabledOfUnit(String officeCode, String agencyCode) {
        if (officeCode != null) {
            return rows("enabled AND office_code = :office", java.util.Map.of("office", officeCode));
        }
        if (agencyCode != null) {
            return rows("enabled AND agency_code = :agency", java.util.Map.of("agency", agencyCode));
        }
        return rows("enabled AND office_code IS NULL AND agency_code IS NULL", java.util.Map.of());
    }

    private java.util.List<UserRow> rows(String condition, java.util.Map<String, Object> params) {
        return jdbc.sql("""
                        SELECT username, display_name, role, office_code, agency_code, enabled, failed_logins, locked_until, email
                        FROM app_user WHERE """ + " " + condition + " ORDER BY username")
                .params(params)
                .query((rs, n) -> new UserRow(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getInt(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getString(9))).list();
    }

    public void update(NetraUser user, boolean enabled) {
        jdbc.sql("""
                        UPDATE app_user SET display_name = :name, role = :role, office_code = :office, agency_code = :agency,
                            enabled = :enabled WHERE username = :username""")
                .param("username", user.username()).param("name", user.displayName()).param("role", user.role().name())
                .param("office", user.officeCode()).param("agency", user.agencyCode()).param("enabled", enabled).update();
    }

    public void setPassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, failed_logins = 0, locked_until = NULL WHERE username = :u")
                .param("u", username).param("hash", passwordHash).update();
    }

    /**
     * Enabled administrators other than {@code username}. Changes of administrators queue on one lock until their
     * transaction ends, so two administrators disabling each other at once cannot both succeed.
     */
    public int otherEnabledAdministrators(String username) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('netra:administrators'))").query((rs, n) -> 1).list();
        return jdbc.sql("SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND enabled AND username <> :u")
                .param("u", username).query(Integer.class).single();
    }

    public boolean exists(String username) {
        if (!couldBeAccount(username)) {
            return false;
        }
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u").param("u", username)
                .query(Integer.class).single() > 0;
    }

    /** Counts a failed login; at {@code maxFailures} in a row the account is locked until {@code lockUntil}. */
    public void loginFailed(String username, int maxFailures, java.time.Instant lockUntil) {
        if (!couldBeAccount(username)) {
            return;
        }
        jdbc.sql("""
                        UPDATE app_user SET failed_logins = failed_logins + 1,
                            locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END
                        WHERE username = :u AND (locked_until IS NULL OR locked_until < now())""")
                .param("u", username).param("max", maxFailures).param("until", java.sql.Timestamp.from(lockUntil)).update();
    }

    public void loginSucceeded(String username) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = :u AND failed_logins > 0")
                .param("u", username).update();
    }

    /** An administrator's unlock. */
    public void unlock(String username) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = :u").param("u", username).update();
    }

    public void create(NetraUser user, String passwordHash) {
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role, office_code, agency_code)
                        VALUES (:username, :name, :hash, :role, :office, :agency)""")
                .param("username", user.username()).param("name", user.displayName()).param("hash", passwordHash)
                .param("role", user.role().name()).param("office", user.officeCode()).param("agency", user.agencyCode())
                .update();
    }
}
