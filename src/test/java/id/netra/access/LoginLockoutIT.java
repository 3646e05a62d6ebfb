package id.netra.access;

import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Brute force: five wrong passwords lock the account, even against the right one, until the time runs out. */
class LoginLockoutIT extends IntegrationTest {

    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;

    private Api.Response me(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return api.get("/api/v1/me", "Authorization", "Basic " + basic);
    }

    @Test
    void repeatedFailuresLockTheAccountUntilTheTimeRunsOut() {
        String name = "officer.lockout." + System.nanoTime();
        users.create(new NetraUser(name, "Petugas uji", Role.BAWASLU_OFFICER, "36.04", null), encoder.encode("benar-sekali-123"));
        assertThat(me(name, "benar-sekali-123").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(me(name, "salah-" + i).status()).isEqualTo(401);
        }
        // A success before the limit resets the count.
        assertThat(me(name, "benar-sekali-123").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(me(name, "salah-" + i).status()).isEqualTo(401);
        }
        Api.Response locked = me(name, "benar-sekali-123");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.contentType()).startsWith("application/problem+json");

        // Time passes (the lock's end is moved into the past): the right password works again.
        jdbc.sql("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE username = :u").param("u", name).update();
        assertThat(me(name, "benar-sekali-123").status()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            me(name, "salah-" + i);
        }
        assertThat(me(name, "benar-sekali-123").status()).isEqualTo(401);
        users.unlock(name);
        assertThat(me(name, "benar-sekali-123").status()).isEqualTo(200);
    }

    /** Each refused sign-in has its own problem type: a program can tell a typo from a lock from a wrong format. */
    @Test
    void aRefusedSignInSaysWhichRefusalItIs() {
        String name = "officer.refusals." + System.nanoTime();
        users.create(new NetraUser(name, "Petugas uji", Role.BAWASLU_OFFICER, "36.04", null), encoder.encode("benar-sekali-123"));
        String json = "{\"username\":\"" + name + "\",\"password\":\"%s\"}";

        Api.Response wrong = api.send("POST", "/api/v1/session", json.formatted("salah-sekali-1"), "application/json");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.text("type")).isEqualTo("urn:netra:problem:sign-in-failed");
        assertThat(wrong.text("detail")).isEqualTo("Nama akun atau kata sandi salah.");

        Api.Response text = api.send("POST", "/api/v1/session", "username=" + name, "text/plain");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.text("type")).isEqualTo("urn:netra:problem:sign-in-content-type");

        jdbc.sql("UPDATE app_user SET locked_until = now() + interval '10 minutes' WHERE username = :u").param("u", name).update();
        for (Api.Response locked : java.util.List.of(
                api.send("POST", "/api/v1/session", json.formatted("benar-sekali-123"), "application/json", "Accept-Language", "en"),
                me(name, "benar-sekali-123"))) {
            assertThat(locked.status()).isEqualTo(401);
            assertThat(locked.text("type")).isEqualTo("urn:netra:problem:account-locked");
        }
        assertThat(api.send("POST", "/api/v1/session", json.formatted("benar-sekali-123"), "application/json", "Accept-Language", "en")
                .text("detail")).startsWith("This account is locked");
        users.unlock(name);
        assertThat(api.send("POST", "/api/v1/session", json.formatted("benar-sekali-123"), "application/json").status()).isEqualTo(200);

        // A disabled account reads as a wrong password: nothing to learn about it.
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = :u").param("u", name).update();
        Api.Response disabled = api.send("POST", "/api/v1/session", json.formatted("benar-sekali-123"), "application/json");
        assertThat(disabled.status()).isEqualTo(401);
        assertThat(disabled.text("type")).isEqualTo("urn:netra:problem:sign-in-failed");
    }
}
