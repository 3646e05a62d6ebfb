package id.netra.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says at start when the application's database role could rewrite the audit trail (it owns the table, so only the
 * triggers stand in the way): a setup with one database account for migrations and the application.
 */
@Component
class DatabaseRoleCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

    private final JdbcClient jdbc;

    DatabaseRoleCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean owner = jdbc.sql("SELECT pg_has_role(current_user, t.tableowner, 'USAGE') FROM pg_tables t "
                + "WHERE t.schemaname = 'public' AND t.tablename = 'audit_event'").query(Boolean.class).optional().orElse(false);
        if (owner) {
            log.warn("Netra connects to the database as the owner of its tables: the audit trail is protected by triggers "
                    + "only. Run migrations as the owner (spring.flyway.user) and the application as its own role "
                    + "(docs/security.md).");
        }
    }
}
