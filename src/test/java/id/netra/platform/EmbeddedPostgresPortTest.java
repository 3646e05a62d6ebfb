package id.netra.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL server on port 0: a port found free may be taken by another process before the server binds
 * it; the start goes on on another port rather than failing the service.
 */
class EmbeddedPostgresPortTest {

    /**
     * Real servers: this one offered first the port of another embedded PostgreSQL server (taken "in between": this
     * postmaster cannot bind it, and the other answers in its place), then a free one. It starts on the second, answers
     * for its own data directory, and leaves the other running.
     */
    @Test
    void aPortAnotherServerTookIsLeftForAnotherAndThatServerLeftAlone(@TempDir Path dir) throws Exception {
        Path mine = Files.createDirectory(dir.resolve("mine"));
        Path others = Files.createDirectory(dir.resolve("other"));
        var settings = new EmbeddedPostgresConfiguration.Settings(mine.toString(), 0, false, null);
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setDataDirectory(others).setCleanDataDirectory(false).start()) {
            List<Integer> offered = new ArrayList<>();
            EmbeddedPostgres pg = EmbeddedPostgresConfiguration.startOnAFreePort(
                    port -> EmbeddedPostgresConfiguration.start(mine.toFile(), settings, port), () -> {
                        int port = offered.isEmpty() ? other.getPort() : freePort();
                        offered.add(port);
                        return port;
                    }, EmbeddedPostgresConfiguration.PORT_ATTEMPTS);
            try (pg) {
                assertThat(offered).hasSize(2).startsWith(other.getPort());
                assertThat(pg.getPort()).isEqualTo(offered.get(1));
                assertThat(dataDirectory(pg)).isEqualTo(mine.toRealPath());
            }
            assertThat(dataDirectory(other)).as("the other server, still running").isEqualTo(others.toRealPath());
        }
    }

    private static Path dataDirectory(EmbeddedPostgres pg) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); ResultSet rs = c.createStatement().executeQuery("SHOW data_directory")) {
            rs.next();
            return Path.of(rs.getString(1)).toRealPath();
        }
    }

    /** A failure on a port no one else holds is no race: it is thrown at once, not tried on other ports. */
    @Test
    void anotherFailureIsThrownAtOnce() {
        List<Integer> tried = new ArrayList<>();
        assertThatThrownBy(() -> EmbeddedPostgresConfiguration.startOnAFreePort(port -> {
            tried.add(port);
            throw new IOException("initdb failed");
        }, EmbeddedPostgresPortTest::freePort, EmbeddedPostgresConfiguration.PORT_ATTEMPTS)).hasMessage("initdb failed");
        assertThat(tried).hasSize(1);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
