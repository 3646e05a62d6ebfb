package id.netra.statistics;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseAccess;
import id.netra.platform.FieldError;
import id.netra.reference.ReferenceData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The criteria every statistics table is made with — election type, incident year, received period (days in Asia/Jakarta),
 * region — read from their texts with each invalid one named, and written as the conditions on {@code case_file c}.
 */
record StatisticsCriteria(String electionType, Integer year, LocalDate from, LocalDate to, String region) {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** The filter a table was made with, as applied (in every table's answer). */
    public record StatisticsFilter(String electionType, Integer year, LocalDate from, LocalDate to, String region) {
    }

    static StatisticsCriteria parse(ReferenceData reference, String electionType, String year, String from, String to, String region,
                                    List<FieldError> errors) {
        String election = electionType == null || electionType.isBlank() ? null : electionType.strip().toUpperCase(Locale.ROOT);
        if (election != null && !List.of("PEMILU", "PILKADA").contains(election)) {
            errors.add(FieldError.of("electionType", "statistics.electionType"));
        }
        Integer y = null;
        if (year != null && !year.isBlank()) {
            // Four ASCII digits (Integer.valueOf would take other scripts' digits and a sign).
            if (year.strip().matches("[0-9]{4}") && Integer.parseInt(year.strip()) >= 2000 && Integer.parseInt(year.strip()) <= 2100) {
                y = Integer.valueOf(year.strip());
            } else {
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
        return new StatisticsCriteria(election, y, since, until, area);
    }

    StatisticsFilter filter() {
        return new StatisticsFilter(electionType, year, from, to, region);
    }

    /** Whether the period is of whole months (or open), as the summaries count them. */
    boolean wholeMonths() {
        return (from == null || from.getDayOfMonth() == 1) && (to == null || to.getDayOfMonth() == to.lengthOfMonth());
    }

    /** These criteria as conditions (each led by AND) on the summaries' columns (V37); the period in whole months. */
    String summaryWhere(Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (electionType != null) {
            where.append(" AND election_type = :election");
            params.put("election", electionType);
        }
        if (year != null) {
            where.append(" AND incident_year = :year");
            params.put("year", year);
        }
        if (from != null) {
            where.append(" AND received_month >= :since");
            params.put("since", from.withDayOfMonth(1));
        }
        if (to != null) {
            where.append(" AND received_month <= :until");
            params.put("until", to.withDayOfMonth(1));
        }
        if (region != null) {
            where.append(" AND (region_code = :region OR region_code LIKE :regionPrefix)");
            params.put("region", region);
            params.put("regionPrefix", region + ".%");
        }
        return where.toString();
    }

    /**
     * The statement's WHERE over {@code case_file c} (and, with {@code personAlias}, {@code case_person}): the reader's
     * scope, these criteria, and cases received by the cut-off; its parameters put into {@code params}.
     */
    String where(CaseAccess access, NetraUser user, String personAlias, Instant cutOff, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ");
        if (user == null) {
            where.append("TRUE");
        } else {
            CaseAccess.Scope scope = access.scope(user);
            params.putAll(scope.params());
            where.append(scope.condition());
            if (personAlias != null) {
                CaseAccess.Scope persons = access.personScope(user, personAlias);
                params.putAll(persons.params());
                where.append(" AND ").append(persons.condition());
            }
        }
        if (electionType != null) {
            where.append(" AND c.election_type = :election");
            params.put("election", electionType);
        }
        if (year != null) {
            where.append(" AND EXTRACT(YEAR FROM c.incident_date) = :year");
            params.put("year", year);
        }
        if (from != null) {
            where.append(" AND c.created_at >= :since");
            params.put("since", java.sql.Timestamp.from(from.atStartOfDay(JAKARTA).toInstant()));
        }
        if (to != null) {
            where.append(" AND c.created_at < :until");
            params.put("until", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(JAKARTA).toInstant()));
        }
        if (region != null) {
            where.append(" AND (c.region_code = :region OR c.region_code LIKE :regionPrefix)");
            params.put("region", region);
            params.put("regionPrefix", region + ".%");
        }
        where.append(" AND c.created_at <= :cutOff");
        params.put("cutOff", java.sql.Timestamp.from(cutOff));
        return where.toString();
    }

    private static LocalDate day(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip();
        if (!typed.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            errors.add(FieldError.of(field, "statistics.day"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(typed);
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                errors.add(FieldError.of(field, "statistics.dayRange"));
                return null;
            }
            return day;
        } catch (java.time.format.DateTimeParseException e) {
            // Written right, but no such day (30 February).
            errors.add(FieldError.of(field, "statistics.noSuchDay"));
            return null;
        }
    }
}
