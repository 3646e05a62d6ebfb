package id.netra.deadline;

import id.netra.platform.AdminChanges;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The holiday table (national holidays, cuti bersama) as administrators keep it, one day at a time or by CSV import:
 * the rules of the API ({@link HolidayAdminController}) and the administration pages alike, every change
 * audited.
 */
@Service
public class HolidayAdministration {

    public record Holiday(LocalDate day, String name) {
    }

    public record ImportResult(int imported, java.util.SortedSet<Integer> years) {
    }

    private final JdbcClient jdbc;
    private final AdminChanges changes;

    public HolidayAdministration(JdbcClient jdbc, AdminChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** The holidays of a year, or all when {@code year} is null. */
    public List<Holiday> list(Integer year) {
        if (year == null) {
            return jdbc.sql("SELECT day, name FROM holiday ORDER BY day").query(Holiday.class).list();
        }
        return jdbc.sql("SELECT day, name FROM holiday WHERE extract(year FROM day) = :y ORDER BY day").param("y", year)
                .query(Holiday.class).list();
    }

    /** Sets the holiday of {@code day} (YYYY-MM-DD), added or renamed. */
    @Transactional
    public Holiday put(String day, String holidayName) {
        // The day's and the name's problems at once, each next to its field.
        List<FieldError> problems = new ArrayList<>();
        LocalDate date = null;
        String name = null;
        try {
            date = inRange("day", date("day", day));
        } catch (InvalidInputException e) {
            problems.addAll(e.errors());
        }
        try {
            name = name("name", holidayName);
        } catch (InvalidInputException e) {
            problems.addAll(e.errors());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        upsert(date, name);
        changes.record("HOLIDAY_SET", date.toString(), Map.of("name", name));
        return new Holiday(date, name);
    }

    /** The holiday on {@code day} (YYYY-MM-DD); 400 when it is no date, 404 when that day is no holiday. */
    @Transactional(readOnly = true)
    public Holiday get(String day) {
        LocalDate date = date("day", day);
        return jdbc.sql("SELECT day, name FROM holiday WHERE day = :d").param("d", date)
                .query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2))).optional()
                .orElseThrow(() -> NotFoundException.of("deadline.holiday.none"));
    }

    @Transactional
    public void delete(String day) {
        LocalDate date = date("day", day);
        if (jdbc.sql("DELETE FROM holiday WHERE day = :d").param("d", date).update() == 0) {
            throw NotFoundException.of("deadline.holiday.none");
        }
        changes.record("HOLIDAY_DELETED", date.toString(), Map.of());
    }

    /**
     * CSV with a header line {@code date,name} or {@code tanggal,nama}; every line is checked before any is written. A
     * spreadsheet set to Indonesian writes its CSV with semicolons ({@code tanggal;nama}): the header's separator is the
     * file's.
     */
    @Transactional
    public ImportResult importCsv(String csv) {
        List<FieldError> errors = new ArrayList<>();
        Map<LocalDate, String> rows = new LinkedHashMap<>();
        // A byte-order mark, as spreadsheets write one, is no part of the header.
        String[] lines = (csv.startsWith("\uFEFF") ? csv.substring(1) : csv).strip().split("\\R");
        String header = lines.length == 0 ? "" : lines[0].replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        // The columns named in English, as the first release wrote them, or in Indonesian, as an office writes them.
        char separator = header.contains(";") ? ';' : ',';
        if (!HEADERS.contains(header.replace(separator, ','))) {
            throw InvalidInputException.of(FieldError.of("line 1", "deadline.holiday.header"));
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(separator);
            String field = "line " + (i + 1);
            if (comma < 0) {
                errors.add(FieldError.of(field, "deadline.holiday.line"));
                continue;
            }
            String typedDay = line.substring(0, comma).strip();
            try {
                LocalDate d = LocalDate.parse(typedDay);
                String raw = line.substring(comma + 1).strip();
                boolean quoted = raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"");
                String typed = quoted ? raw.substring(1, raw.length() - 1) : raw;
                // Read as a name typed anywhere else (nothing invisible at its ends), judged below on what came.
                String name = id.netra.platform.TextRules.acceptable(typed, true) ? id.netra.platform.TextRules.normalised(typed) : typed;
                if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
                    errors.add(year(field));
                } else if (name.isBlank() || name.length() > 200) {
                    errors.add(FieldError.of(field, "deadline.holiday.name"));
                } else if (name.contains("\"")) {
                    errors.add(FieldError.of(field, "deadline.holiday.quote"));
                } else if (!id.netra.platform.TextRules.acceptable(name, false)) {
                    errors.add(FieldError.of(field, id.netra.platform.TextRules.problem(name, false)));
                } else if (rows.putIfAbsent(d, name) != null) {
                    errors.add(FieldError.of(field, "deadline.holiday.duplicate", d.toString()));
                }
            } catch (DateTimeParseException e) {
                errors.add(notADate(field, typedDay));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        rows.forEach(this::upsert);
        changes.record("HOLIDAYS_IMPORTED", rows.size() + " tanggal", Map.of("days", rows.keySet().stream().map(LocalDate::toString).toList()));
        return new ImportResult(rows.size(), new java.util.TreeSet<>(rows.keySet().stream().map(LocalDate::getYear).toList()));
    }

    private void upsert(LocalDate day, String name) {
        jdbc.sql("INSERT INTO holiday (day, name) VALUES (:d, :n) ON CONFLICT (day) DO UPDATE SET name = :n")
                .param("d", day).param("n", name).update();
    }

    /** Holidays of years a calendar of Netra's can reach. */
    /** The header lines a file may begin with (either separator): {@code date,name} or {@code tanggal,nama}. */
    static final java.util.Set<String> HEADERS = java.util.Set.of("date,name", "tanggal,nama");

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(notADate(field, value));
        }
    }

    private static final java.util.regex.Pattern WELL_WRITTEN = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Why {@code typed} is no date: nothing typed (required), written otherwise than YYYY-MM-DD, or so written but no
     * day of the calendar (2026-02-30, 2027-13-01) — each said as such, not as a wrong format.
     */
    private static FieldError notADate(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            // Nothing chosen (a date input left empty): missing, not written wrong.
            return FieldError.of(field, "input.required");
        }
        return WELL_WRITTEN.matcher(typed).matches() ? FieldError.of(field, "deadline.holiday.noSuchDate", typed)
                : FieldError.of(field, "deadline.holiday.date");
    }

    /** A holiday is set only in years a calendar of Netra's can reach (deleting one elsewhere finds none: 404). */
    private static LocalDate inRange(String field, LocalDate d) {
        if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            throw InvalidInputException.of(year(field));
        }
        return d;
    }

    private static String name(String field, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw InvalidInputException.of(FieldError.of(field, "deadline.holiday.name"));
        }
        String problem = id.netra.platform.TextRules.problem(value, false);
        if (problem != null) {
            throw InvalidInputException.of(FieldError.of(field, problem));
        }
        return value.trim();
    }

    private static FieldError year(String field) {
        return FieldError.of(field, "deadline.holiday.year", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
    }

}
