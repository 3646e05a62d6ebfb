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

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("""
                        SELECT username, display_name, password_hash, role, office_code, agency_code, enabled
                        FROM app_user WHERE username = :u""")
                .param("u", username)
                .query((rs, n) -> new UserAccount(new NetraUser(rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), rs.getString("office_code"), rs.getString("agency_code")),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u").param("u", username)
                .query(Integer.class).single() > 0;
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
