package id.netra.deadline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The holiday table (national holidays and cuti bersama), read afresh for each calculation. */
@Component
public class HolidayCalendar {

    private final JdbcClient jdbc;

    public HolidayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<LocalDate> between(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("SELECT day FROM holiday WHERE day BETWEEN :from AND :to")
                .param("from", from).param("to", to).query(LocalDate.class).list());
    }
}
