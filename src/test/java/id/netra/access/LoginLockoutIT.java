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
}
