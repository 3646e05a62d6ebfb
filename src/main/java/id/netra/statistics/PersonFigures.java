package id.netra.statistics;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseAccess;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import id.netra.platform.Today;
import id.netra.reference.Agency;
import id.netra.reference.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reported persons' figures as the agencies publish them (reported, registered, forwarded, proven, recommended,
 * followed up by their PPK, not yet followed up, not proven, moot, blocked; the follow-up rate), counted in persons, over
 * the cases in the reader's scope (the same rules as every other read: {@link CaseAccess#scope}, a PPK's own persons
 * only), for a period, an election and a region, by one dimension.
 */
@Service
public class PersonFigures {

    /** What a table's rows are. */
    public enum By {
        NONE, POSITION, PROVINCE, REGENCY, AGENCY, MONTH,
        /** The forms of the violation (the examination's, else the assessment's): a person in each of theirs. */
        VIOLATION,
        /** The sanctions recommended (each kind's class): a person in each recommended, or in none. */
        SANCTION;

        /** Whether a person may count in more than one row (the total then counts each once). */
        boolean manyPerPerson() {
            return this == VIOLATION || this == SANCTION;
        }
    }

    /** The figures of one row. */
    public record PersonCounts(long reported, long registered, long forwarded, long proven, long recommended, long followedUp,
                         long notFollowedUp, long notProven, long moot, long blocked, BigDecimal followUpRate) {
    }

    /** A row: its key (a code, a month), its label, its figures. */
    public record PersonRow(String key, String label, PersonCounts counts) {
    }

    /** The filter a table was made with, as applied. */
    public record PersonFilter(String electionType, Integer year, LocalDate from, LocalDate to, String region) {
    }

    /** A table: its unit, the moment its figures stand at, its rows (largest first; months in order) and their total. */
    public record PersonTable(String unit, String by, Instant cutOff, PersonFilter filter, List<PersonRow> rows, PersonCounts total) {
    }

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final ReferenceData reference;
    private final id.netra.reference.SanctionCatalogue sanctions;

    PersonFigures(JdbcClient jdbc, CaseAccess access, ReferenceData reference, id.netra.reference.SanctionCatalogue sanctions) {
        this.sanctions = sanctions;
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
    }

    /** The table; every invalid criterion named at once (400). */
    @Transactional(readOnly = true)
    public PersonTable table(NetraUser user, String by, String electionType, String year, String from, String to, String region) {
        List<FieldError> errors = new ArrayList<>();
        By dimension = parse(By.class, by == null || by.isBlank() ? "NONE" : by, "by", errors);
        String election = electionType == null || electionType.isBlank() ? null : electionType.strip().toUpperCase(Locale.ROOT);
        if (election != null && !List.of("PEMILU", "PILKADA").contains(election)) {
            errors.add(FieldError.of("electionType", "statistics.electionType"));
        }
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.valueOf(year.strip());
                if (y < 2000 || y > 2100) {
                    errors.add(FieldError.of("year", "statistics.year"));
                }
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("year", "statistics.year"));
            }
        }
        LocalDate since = day(from, "from", errors);
        LocalDate until = day(to, "to", errors);
        if (since != null && until != null && until.isBefore(since)) {
            errors.add(FieldError.of("to", "statistics.period"));
        }
        String area = region == null || region.isBlank() ? null : region.strip();
        if (area != null && (!area.matches("\\d{2}(\\.\\d{2})?") || reference.regionName(area).equals(area))) {
            errors.add(FieldError.of("region", "statistics.region"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        CaseAccess.Scope scope = access.scope(user);
        CaseAccess.Scope persons = access.personScope(user, "p");
        Map<String, Object> params = new HashMap<>(scope.params());
        params.putAll(persons.params());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.condition()).append(" AND ").append(persons.condition());
        if (election != null) {
            where.append(" AND c.election_type = :election");
            params.put("election", election);
        }
        if (y != null) {
            where.append(" AND EXTRACT(YEAR FROM c.incident_date) = :year");
            params.put("year", y);
        }
        if (since != null) {
            where.append(" AND c.created_at >= :since");
            params.put("since", java.sql.Timestamp.from(since.atStartOfDay(JAKARTA).toInstant()));
        }
        if (until != null) {
            where.append(" AND c.created_at < :until");
            params.put("until", java.sql.Timestamp.from(until.plusDays(1).atStartOfDay(JAKARTA).toInstant()));
        }
        if (area != null) {
            where.append(" AND (c.region_code = :region OR c.region_code LIKE :regionPrefix)");
            params.put("region", area);
            params.put("regionPrefix", area + ".%");
        }
        Instant cutOff = Today.now();
        List<PersonRow> rows = rows(dimension, where.toString(), params, cutOff);
        PersonCounts total = dimension.manyPerPerson() ? rows(By.NONE, where.toString(), params, cutOff).stream()
                .findFirst().map(PersonRow::counts).orElse(total(List.of())) : total(rows);
        List<PersonRow> ordered = new ArrayList<>(rows);
        if (dimension == By.MONTH) {
            ordered.sort(java.util.Comparator.comparing(PersonRow::key));
        } else {
            ordered.sort(java.util.Comparator.comparingLong((PersonRow r) -> r.counts().reported()).reversed().thenComparing(PersonRow::key));
        }
        return new PersonTable("persons", dimension.name(), cutOff, new PersonFilter(election, y, since, until, area),
                dimension == By.NONE ? List.of() : ordered, total);
    }

    /** The figures grouped by the dimension's key, in one statement. */
    private List<PersonRow> rows(By dimension, String where, Map<String, Object> params, Instant cutOff) {
        String key = switch (dimension) {
            case NONE -> "''";
            case POSITION -> "COALESCE(p.position_category, '')";
            case PROVINCE -> "left(c.region_code, 2)";
            case REGENCY -> "c.region_code";
            case AGENCY -> "COALESCE(t.ppk_agency, p.agency_code)";
            case MONTH -> "to_char(c.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM')";
            case VIOLATION, SANCTION -> "k.v";
        };
        String lateral = switch (dimension) {
            case VIOLATION -> """
                     CROSS JOIN LATERAL unnest(COALESCE(NULLIF(e.violation_types, '{}'),
                        NULLIF((SELECT a.violation_types FROM assessment a WHERE a.case_id = c.id), '{}'), ARRAY['']::varchar[])) AS k(v)""";
            case SANCTION -> """
                     CROSS JOIN LATERAL unnest(COALESCE(NULLIF(ARRAY(SELECT s.sanction_class FROM examination_sanction s
                        WHERE s.person_id = p.id AND e.outcome = 'PROVEN' ORDER BY s.kind)::varchar[], '{}'), ARRAY['']::varchar[])) AS k(v)""";
            default -> "";
        };
        return jdbc.sql("SELECT " + key + """
                         AS k,
                          count(*),
                          count(*) FILTER (WHERE c.register_number IS NOT NULL),
                          count(t.person_id),
                          count(*) FILTER (WHERE e.outcome = 'PROVEN'),
                          count(r.person_id),
                          count(*) FILTER (WHERE t.status = 'CLOSED_SANCTIONED'),
                          count(*) FILTER (WHERE r.person_id IS NOT NULL
                                           AND t.status IN ('RECOMMENDATION_ISSUED', 'OBJECTION_PENDING', 'FOLLOW_UP_OVERDUE', 'FOLLOW_UP_REPORTED')),
                          count(*) FILTER (WHERE t.status = 'CLOSED_NOT_PROVEN'),
                          count(*) FILTER (WHERE t.status = 'CLOSED_MOOT'),
                          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM personnel_data_block b WHERE b.person_id = p.id))
                        FROM case_person p
                        JOIN case_file c ON c.id = p.case_id
                        LEFT JOIN person_track t ON t.person_id = p.id
                        LEFT JOIN examination e ON e.person_id = p.id
                        LEFT JOIN recommendation r ON r.person_id = p.id
                        """ + lateral + where + " AND c.created_at <= :cutOff GROUP BY 1")
                .params(params).param("cutOff", java.sql.Timestamp.from(cutOff))
                .query((rs, n) -> new PersonRow(rs.getString(1), label(dimension, rs.getString(1)), new PersonCounts(rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11), rate(rs.getLong(7), rs.getLong(6)))))
                .list();
    }

    private static PersonCounts total(List<PersonRow> rows) {
        long[] sum = new long[10];
        for (PersonRow r : rows) {
            PersonCounts c = r.counts();
            long[] v = {c.reported(), c.registered(), c.forwarded(), c.proven(), c.recommended(), c.followedUp(), c.notFollowedUp(),
                    c.notProven(), c.moot(), c.blocked()};
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return new PersonCounts(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], sum[9], rate(sum[5], sum[4]));
    }

    /** Followed up ÷ recommended, to four places; none without a recommendation. */
    static BigDecimal rate(long followedUp, long recommended) {
        return recommended == 0 ? null : BigDecimal.valueOf(followedUp).divide(BigDecimal.valueOf(recommended), 4, RoundingMode.HALF_UP);
    }

    private String label(By by, String key) {
        return switch (by) {
            case NONE -> null;
            case POSITION -> key.isEmpty() ? Messages.current("statistics.unknown") : Messages.current("category." + key);
            case PROVINCE, REGENCY -> {
                String name = reference.regionName(key);
                yield name == null ? key : name;
            }
            case AGENCY -> reference.agency(key).map(Agency::name).orElse(key);
            case MONTH -> key;
            case VIOLATION -> key.isEmpty() ? Messages.current("statistics.unknown") : reference.violationTypes().getOrDefault(key, key);
            case SANCTION -> key.isEmpty() ? Messages.current("statistics.noSanction")
                    : sanctions.sanctionClass(key).map(id.netra.reference.SanctionCatalogue.SanctionClass::label).orElse(key);
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "statistics." + field));
            return null;
        }
    }

    private static LocalDate day(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(FieldError.of(field, "statistics.day"));
            return null;
        }
    }
}
