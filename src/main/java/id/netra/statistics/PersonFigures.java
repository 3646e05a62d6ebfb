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
        SANCTION,
        /** BKN's regional office serving each person's agency (by the agency's province; its head office for instansi pusat). */
        BKN_OFFICE;

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

    /** A table: its unit, the moment its figures stand at, its rows (largest first; months in order) and their total. */
    public record PersonTable(String unit, String by, Instant cutOff, StatisticsCriteria.StatisticsFilter filter, List<PersonRow> rows, PersonCounts total) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final ReferenceData reference;
    private final id.netra.reference.SanctionCatalogue sanctions;
    private final BknOffices offices;
    private final StatisticsSummaries summaries;

    PersonFigures(JdbcClient jdbc, CaseAccess access, ReferenceData reference, id.netra.reference.SanctionCatalogue sanctions,
                  BknOffices offices, StatisticsSummaries summaries) {
        this.summaries = summaries;
        this.offices = offices;
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
        StatisticsCriteria criteria = StatisticsCriteria.parse(reference, electionType, year, from, to, region, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return table(user, dimension, criteria);
    }

    /**
     * The table over a reader's scope, or over every case for {@code null} (the public figures, which suppress their
     * small cells themselves): from the summaries as last refreshed ({@link StatisticsSummaries}) when they can answer
     * it — a period of whole months, a scope they can tell — else counted from the cases now.
     */
    PersonTable table(NetraUser user, By dimension, StatisticsCriteria criteria) {
        CaseAccess.Scope scope = user == null ? new CaseAccess.Scope("TRUE", Map.of()) : access.summaryScope(user);
        if (scope != null && criteria.wholeMonths()) {
            Map<String, Object> params = new HashMap<>(scope.params());
            String where = " AND " + scope.condition() + criteria.summaryWhere(params);
            return table(dimension, criteria, summaries.refreshedAt(), by -> summaryRows(by, where, params));
        }
        return fromCases(user, dimension, criteria, Today.now());
    }

    /** The table counted from the case data at the cut-off (what the summaries hold, read the long way). */
    PersonTable fromCases(NetraUser user, By dimension, StatisticsCriteria criteria, Instant cutOff) {
        Map<String, Object> params = new HashMap<>();
        String where = criteria.where(access, user, "p", cutOff, params);
        return table(dimension, criteria, cutOff, by -> rows(by, where, params));
    }

    private PersonTable table(By dimension, StatisticsCriteria criteria, Instant cutOff, java.util.function.Function<By, List<PersonRow>> read) {
        List<PersonRow> rows = dimension == By.BKN_OFFICE ? byOffice(read.apply(By.AGENCY)) : read.apply(dimension);
        PersonCounts total = dimension.manyPerPerson() ? read.apply(By.NONE).stream()
                .findFirst().map(PersonRow::counts).orElse(total(List.of())) : total(rows);
        List<PersonRow> ordered = new ArrayList<>(rows);
        if (dimension == By.MONTH) {
            ordered.sort(java.util.Comparator.comparing(PersonRow::key));
        } else {
            ordered.sort(java.util.Comparator.comparingLong((PersonRow r) -> r.counts().reported()).reversed().thenComparing(PersonRow::key));
        }
        return new PersonTable("persons", dimension.name(), cutOff, criteria.filter(), dimension == By.NONE ? List.of() : ordered, total);
    }

    /** The figures grouped by the dimension's key, in one statement. */
    /** The agencies' rows gathered into the BKN regional office serving each agency's province. */
    private List<PersonRow> byOffice(List<PersonRow> agencies) {
        Map<String, long[]> byOffice = new LinkedHashMap<>();
        for (PersonRow row : agencies) {
            String province = java.util.Optional.ofNullable(row.key()).flatMap(reference::agency).map(Agency::regionCode).filter(r -> r != null && r.length() >= 2)
                    .map(r -> r.substring(0, 2)).orElse(null);
            long[] sum = byOffice.computeIfAbsent(offices.officeOf(province), k -> new long[10]);
            long[] v = values(row.counts());
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return byOffice.entrySet().stream().map(e -> new PersonRow(e.getKey(), offices.name(e.getKey()), counts(e.getValue()))).toList();
    }

    /** The figures summed from the summaries' rows of the dimension's kind (V37 stat_person_summary). */
    private List<PersonRow> summaryRows(By dimension, String where, Map<String, Object> params) {
        String kind = switch (dimension) {
            case POSITION -> "P";
            case AGENCY -> "A";
            case VIOLATION -> "V";
            case SANCTION -> "S";
            default -> "N";
        };
        String key = switch (dimension) {
            case NONE -> "''";
            case POSITION, AGENCY, VIOLATION, SANCTION -> "k";
            case PROVINCE -> "left(region_code, 2)";
            case REGENCY -> "region_code";
            case MONTH -> "to_char(received_month, 'YYYY-MM')";
            case BKN_OFFICE -> throw new IllegalStateException("gathered from AGENCY");
        };
        return jdbc.sql("SELECT " + key + """
                         AS key, sum(reported), sum(registered), sum(forwarded), sum(proven), sum(recommended), sum(followed_up),
                          sum(not_followed_up), sum(not_proven), sum(moot), sum(blocked)
                        FROM stat_person_summary WHERE kind = :kind""" + where + " GROUP BY 1")
                .params(params).param("kind", kind)
                .query((rs, n) -> row(dimension, rs))
                .list();
    }

    private PersonRow row(By dimension, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PersonRow(rs.getString(1), label(dimension, rs.getString(1)), new PersonCounts(rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                rs.getLong(11), rate(rs.getLong(7), rs.getLong(6))));
    }

    private List<PersonRow> rows(By dimension, String where, Map<String, Object> params) {
        String key = switch (dimension) {
            case NONE -> "''";
            case POSITION -> "COALESCE(p.position_category, '')";
            case PROVINCE -> "left(c.region_code, 2)";
            case REGENCY -> "c.region_code";
            case AGENCY -> "COALESCE(t.ppk_agency, p.agency_code)";
            case BKN_OFFICE -> throw new IllegalStateException("gathered from AGENCY");
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
                        """ + lateral + where + " GROUP BY 1")
                .params(params)
                .query((rs, n) -> row(dimension, rs))
                .list();
    }

    private static PersonCounts total(List<PersonRow> rows) {
        long[] sum = new long[10];
        for (PersonRow r : rows) {
            long[] v = values(r.counts());
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return counts(sum);
    }

    /** The ten counts in their order (reported … blocked). */
    static long[] values(PersonCounts c) {
        return new long[] {c.reported(), c.registered(), c.forwarded(), c.proven(), c.recommended(), c.followedUp(), c.notFollowedUp(),
                c.notProven(), c.moot(), c.blocked()};
    }

    static PersonCounts counts(long[] v) {
        return new PersonCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], rate(v[5], v[4]));
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
            case BKN_OFFICE -> offices.name(key);
            case MONTH -> month(key);
            // As the forms and the reference lists say them: the catalogue's words in English, the data's in Indonesian.
            case VIOLATION -> key.isEmpty() ? Messages.current("statistics.noViolation")
                    : said("option.violationTypes." + key, reference.violationTypes().getOrDefault(key, key));
            case SANCTION -> key.isEmpty() ? Messages.current("statistics.noSanction")
                    : said("option.sanctionClass." + key, sanctions.sanctionClass(key).map(id.netra.reference.SanctionCatalogue.SanctionClass::label).orElse(key));
        };
    }

    /** A month key (2026-11) as the reader's language names it (November 2026). */
    static String month(String key) {
        try {
            return java.time.YearMonth.parse(key).format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Messages.currentLocale()));
        } catch (RuntimeException e) {
            return key;
        }
    }

    private static String said(String key, String label) {
        String text = Messages.orNull(Messages.currentLocale(), key);
        return text == null ? label : text;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "statistics." + field));
            return null;
        }
    }
}
