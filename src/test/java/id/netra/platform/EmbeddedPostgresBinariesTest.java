package id.netra.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build takes the embedded PostgreSQL's binaries for the machine it runs on (the pom's {@code postgres-*} profiles,
 * chosen by operating system and architecture): on the class path is this machine's archive, and no other platform's.
 */
class EmbeddedPostgresBinariesTest {

    @Test
    void theClassPathHoldsThisMachinesServerAndNoOther() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.startsWith("mac") ? "darwin" : os.startsWith("windows") ? "windows" : "linux";
        String arch = System.getProperty("os.arch");
        String machine = arch.equals("aarch64") || arch.equals("arm64") ? "arm_64" : "x86_64";
        String mine = "postgres-" + system + "-" + machine + ".txz";

        ClassLoader loader = getClass().getClassLoader();
        assertThat(loader.getResource(mine)).as(mine).isNotNull();
        List<String> others = List.of("linux-x86_64", "linux-arm_64", "darwin-x86_64", "darwin-arm_64", "windows-x86_64").stream()
                .map(p -> "postgres-" + p + ".txz").filter(name -> !name.equals(mine)).toList();
        for (String other : others) {
            assertThat(Collections.list(loader.getResources(other))).as(other).isEmpty();
        }
    }
}
