package id.netra.platform;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be started here (no Docker engine), so this reads it and checks that every setting it
 * passes to Netra is one the application really reads, and that it runs the PostgreSQL major version the embedded
 * server pins.
 */
class DockerComposeTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path path) throws Exception {
        try (InputStream in = Files.newInputStream(path)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    static void flatten(String prefix, Object node, Set<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, out));
        } else {
            out.add(prefix);
        }
    }

    /** Spring's relaxed binding of an environment variable: upper case, underscores for dots, dashes dropped. */
    static String relaxed(String property) {
        return property.replace("-", "").replace(".", "_").toUpperCase();
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsPostgresAndNetraWithSettingsTheApplicationReads() throws Exception {
        Map<String, Object> compose = load(Path.of("docker-compose.yml"));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("db", "netra");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("netra-db");

        Map<String, Object> db = (Map<String, Object>) services.get("db");
        String image = (String) db.get("image");
        String pom = Files.readString(Path.of("pom.xml"));
        String pinned = pom.replaceAll("(?s).*<postgres-binaries.version>(\\d+)\\..*", "$1");
        assertThat(image).isEqualTo("postgres:" + pinned);
        assertThat((List<String>) db.get("volumes")).anyMatch(v -> v.startsWith("netra-db:"));

        Set<String> known = new HashSet<>();
        Map<String, Object> appYml;
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            appYml = new Yaml().load(in);
        }
        flatten("", appYml, known);
        Set<String> knownEnv = new HashSet<>();
        known.forEach(p -> knownEnv.add(relaxed(p)));
        // Variables application.yml reads by name through a placeholder.
        java.util.regex.Matcher placeholders = java.util.regex.Pattern.compile("\\$\\{([A-Z_]+):")
                .matcher(Files.readString(Path.of("src/main/resources/application.yml")));
        while (placeholders.find()) {
            knownEnv.add(placeholders.group(1));
        }
        // Spring Boot's own datasource settings.
        knownEnv.addAll(List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                "SPRING_FLYWAY_USER", "SPRING_FLYWAY_PASSWORD"));

        Map<String, Object> netra = (Map<String, Object>) services.get("netra");
        Map<String, Object> env = (Map<String, Object>) netra.get("environment");
        assertThat(env).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        assertThat(env.get("SPRING_DATASOURCE_URL").toString()).startsWith("jdbc:postgresql://db:5432/");
        for (String name : env.keySet()) {
            assertThat(knownEnv).as("%s is not a setting Netra reads", name).contains(name);
        }
        // Migrations run as the database's owner, the application as the role the init script creates, with its password.
        Map<String, Object> dbEnv = (Map<String, Object>) db.get("environment");
        assertThat(env.get("SPRING_FLYWAY_USER")).isEqualTo(dbEnv.get("POSTGRES_USER"));
        assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isNotEqualTo(dbEnv.get("POSTGRES_USER"));
        String init = ((List<String>) db.get("volumes")).stream().filter(v -> v.endsWith(":/docker-entrypoint-initdb.d:ro"))
                .findFirst().orElseThrow().split(":")[0];
        String script = Files.readString(Path.of(init).resolve("10-netra-app-role.sh"));
        assertThat(script).contains("CREATE ROLE " + env.get("SPRING_DATASOURCE_USERNAME") + " LOGIN", "$NETRA_APP_DB_PASSWORD",
                "GRANT CONNECT ON DATABASE " + dbEnv.get("POSTGRES_DB"));
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD").toString()).contains("NETRA_APP_DB_PASSWORD");
        assertThat(dbEnv.get("NETRA_APP_DB_PASSWORD").toString()).contains("NETRA_APP_DB_PASSWORD");
        // The demo accounts are off unless asked for: the placeholder in application.yml reads this variable.
        assertThat(Files.readString(Path.of("src/main/resources/application.yml"))).contains("${NETRA_DEMO_DATA:}");
        assertThat(env.get("NETRA_DEMO_DATA").toString()).contains("false");
    }
}
