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

    /**
     * {@code sharedBuffers}: the server's page cache ({@code shared_buffers}); blank (the default) leaves PostgreSQL's
     * own 128 MB, which at national scale sends many of an inbox's index probes to the operating system's cache; the
     * benchmark runs with 1GB, as a production server would be tuned (docs/performance.md). Not set by default: a larger
     * cache is mapped at start, which a small machine or container may refuse.
     */
    @ConfigurationProperties("netra.embedded-postgres")
    public record Settings(String dataDir, int port, boolean durable, String sharedBuffers) {
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Settings settings) throws IOException {
        File dataDir = new File(settings.dataDir()).getAbsoluteFile();
        Files.createDirectories(dataDir.toPath());
        stopOrphanedServer(dataDir.toPath());
        EmbeddedPostgres pg = settings.port() > 0 ? start(dataDir, settings, settings.port())
                : startOnAFreePort(port -> start(dataDir, settings, port), EmbeddedPostgresConfiguration::freePort, PORT_ATTEMPTS);
        createApplicationRole(pg);
        log.info("Embedded PostgreSQL listening on port {} with data in {}", pg.getPort(), dataDir);
        return pg;
    }

    /** How many free ports port 0 tries, each taken by another server between its choice and this server's bind. */
    static final int PORT_ATTEMPTS = 5;

    /** Starts the server on one port. */
    @FunctionalInterface
    interface StartOn {
        EmbeddedPostgres port(int port) throws IOException;
    }

    /** The port answered for another PostgreSQL server: this one could not bind it. */
    static final class PortTaken extends IOException {
        PortTaken(String message) {
            super(message);
        }
    }

    /**
     * Starts the server on {@code port} and makes sure the server answering there is this one. When another process
     * holds the port, this postmaster exits, and zonky's readiness check connects to whatever listens: another embedded
     * PostgreSQL (another test run's, say) would be taken for this one, its database migrated and used. A listener that
     * does not answer as PostgreSQL fails the start after the login timeout and the startup wait, instead of hanging.
     */
    static EmbeddedPostgres start(File dataDir, Settings settings, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // Spring stops the server after the engine and the pool are closed; zonky's own hook would race them.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setConnectConfig("loginTimeout", "10")
                .setServerConfig("max_connections", "100")
                .setPort(port);
        if (settings.sharedBuffers() != null && !settings.sharedBuffers().isBlank()) {
            builder.setServerConfig("shared_buffers", settings.sharedBuffers().trim());
        }
        if (settings.durable()) {
            // zonky turns fsync and synchronous commits off for speed; an acknowledged report must survive a crash.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres pg = builder.start();
        String answering;
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            answering = rs.getString(1);
        } catch (SQLException e) {
            pg.close();
            throw new IOException("The embedded PostgreSQL server on port " + port + " does not answer", e);
        }
        if (!Path.of(answering).toRealPath().equals(dataDir.toPath().toRealPath())) {
            pg.close(); // releases the data directory's lock; the other server is not stopped (pg_ctl is given this one's directory)
            throw new PortTaken("Port " + port + " answers for another PostgreSQL server, with its data in " + answering);
        }
        return pg;
    }

    /**
     * Port 0: a port found free is only free until the server binds it, and PostgreSQL cannot bind port 0 and say which
     * it got (zonky's own choice has the same gap). A start whose port another PostgreSQL server took meanwhile is tried
     * again on another, up to {@code attempts} ports; any other failure, or the last, is thrown.
     */
    static EmbeddedPostgres startOnAFreePort(StartOn start, java.util.function.IntSupplier freePorts, int attempts) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return start.port(freePorts.getAsInt());
            } catch (PortTaken e) {
                if (attempt >= attempts) {
                    throw e;
                }
                log.warn("{}; trying another port", e.getMessage());
            }
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("No free port for the embedded PostgreSQL server", e);
        }
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
