package id.netra.casefile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free numbers per scope and year. The counter row is locked by the increment until the calling transaction
 * ends, so concurrent registrations in one office queue for it, and a rolled-back one gives its number back.
 */
@Component
public class NumberSequences {

    private final JdbcClient jdbc;

    public NumberSequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String scope, int year) {
        return jdbc.sql("""
                        INSERT INTO number_sequence (scope, year, last_value) VALUES (:scope, :year, 1)
                        ON CONFLICT (scope, year) DO UPDATE SET last_value = number_sequence.last_value + 1
                        RETURNING last_value""")
                .param("scope", scope).param("year", year).query(Integer.class).single();
    }
}
