package id.netra.support;

import id.netra.platform.EmbeddedPostgresConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * Base of tests that upgrade a database of an earlier release: each test gets a fresh database of its own on the
 * same embedded server ({@link #upgraded}), migrated by {@link #flyway} to the schema version it starts from.
 */
public abstract class UpgradeTest extends IntegrationTest {

    private final String database = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
    protected DriverManagerDataSource upgraded;

    @BeforeEach
    void freshDatabase() throws SQLException {
        owner.sql("CREATE DATABASE " + database).update();
        String url;
        String user;
        try (Connection c = ownerDataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        upgraded = new DriverManagerDataSource(url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database), user, "");
    }

    @AfterEach
    void dropDatabase() {
        owner.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
    }

    /** Netra's migrations up to {@code target} ("latest" for all) on the test's database, run as the owner. */
    protected Flyway flyway(String target) {
        return Flyway.configure().dataSource(upgraded).locations("classpath:db/migration")
                // The role exists in the server: the application's, created before the first migration.
                .placeholders(Map.of("appRole", EmbeddedPostgresConfiguration.APPLICATION_ROLE))
                .target(target).load();
    }
}
