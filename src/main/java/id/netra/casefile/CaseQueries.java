package id.netra.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netra.access.NetraUser;
import id.netra.deadline.BusinessCalendar;
import id.netra.platform.FieldError;
import id.netra.platform.SqlStatement;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import id.netra.platform.NotFoundException;
import id.netra.reference.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Case search and the case detail, each through {@link CaseAccess}. */
@Service
public class CaseQueries {

    /**
     * One case in a list: {@code reportedName} and {@code agencyCode} are of the first person the user reads,
     * {@code reportedPersons} how many persons they read, {@code agencyCodes} the agencies of all of them, each once, the
     * first person's first (the first release named the first person's alone).
     */
    public record CaseSummary(UUID id, String registerNumber, CaseStatus status, String statusLabel, String electionType,
                              String source, String officeCode, String reportedName, String agencyCode,
                              LocalDate incidentDate, Instant createdAt, int reportedPersons, List<String> agencyCodes) {
    }

    private static final String PPK_PERSON =
            " AND EXISTS (SELECT 1 FROM person_track pt WHERE pt.person_id = %s.id AND pt.ppk_agency = :scopeAgency)";

    /**
     * One page of results. {@code total} counts the matches up to {@code netra.search.count-limit} (a search by a name:
     * {@code netra.search.name-count-limit}); beyond it
     * {@code totalExact} is false and the total reads "at least" (counting a million closed cases costs more than the page).
     */
    public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {
    }

    @org.springframework.beans.factory.annotation.Value("${netra.search.count-limit:1000}")
    private int countLimit = 1_000;

    @org.springframework.beans.factory.annotation.Value("${netra.search.name-count-limit:100}")
    private int nameCountLimit = 100;

    /** A column of the case ({@code c.}) in a condition. */
    private static final java.util.regex.Pattern CASE_COLUMN = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_])c\\.");

    /** How far a search counts: a name to its own limit (never above the other). */
    private int countLimit(boolean byName) {
        return byName ? Math.min(nameCountLimit, countLimit) : countLimit;
    }

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CaseRepository cases;
    private final CaseStatusService statuses;
    private final CaseRecords records;
    private final CaseDeadlines deadlines;
    private final ReferenceData reference;
    private final ObjectMapper json;
    private final CasePersons persons;
    private final PersonTracks tracks;
    private final List<CaseSection> sections;
    private final BusinessCalendar calendar;
    private final RelatedCases related;

    public CaseQueries(JdbcClient jdbc, CaseAccess access, CaseRepository cases, CaseStatusService statuses,
                       CaseRecords records, CaseDeadlines deadlines, ReferenceData reference, ObjectMapper json,
                       CasePersons persons, PersonTracks tracks, List<CaseSection> sections, BusinessCalendar calendar,
                       RelatedCases related) {
        this.related = related;
        this.calendar = calendar;
        this.persons = persons;
        this.tracks = tracks;
        this.sections = sections;
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.statuses = statuses;
        this.records = records;
        this.deadlines = deadlines;
        this.reference = reference;
        this.json = json;
    }

    /**
     * What a search asks for, each criterion as typed and optional. {@code q} is the API's one box, where what was typed
     * decides what it is (a register number from its start, a name, a NIP or a tracking number); the others ask for
     * one thing each, and one that cannot be what it names is refused with its field named. {@code receivedFrom} and
     * {@code receivedTo} are days ({@code YYYY-MM-DD}) in the rules' zone, both included.
     */
    public record Criteria(String q, String registerNumber, String trackingNumber, String nip, String name, String agency,
                           String office, String status, String electionType, String receivedFrom, String receivedTo) {

        /** The first release's criteria: status, office and the one box. */
        public static Criteria of(String status, String office, String q) {
            return new Criteria(q, null, null, null, null, null, office, status, null, null, null);
        }
    }

    /** The first release's search: by status, office and the one box. */
    @Transactional(readOnly = true)
    public Page<CaseSummary> search(NetraUser user, String status, String office, String q, int page, int size) {
        return search(user, Criteria.of(status, office, q), page, size);
    }

    private static final int MAX_TYPED = 100;
    private static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST_DAY = LocalDate.of(2100, 12, 31);

    /**
     * The cases in the user's scope that meet every criterion, newest first. Every invalid criterion is named at once
     * (400), so that a form can say each next to its field.
     */
    @Transactional(readOnly = true)
    public Page<CaseSummary> search(NetraUser user, Criteria criteria, int page, int size) {
        SearchStatements statements = searchStatements(user, criteria, page, size);
        // Planned for these values each time: a generic plan cannot tell a province's thousands from RI's million.
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        java.util.Locale locale = Messages.currentLocale();
        List<CaseSummary> items = jdbc.sql(statements.page().sql()).params(statements.page().params())
                .query((rs, n) -> {
                    CaseStatus st = CaseStatus.valueOf(rs.getString(3));
                    return new CaseSummary(rs.getObject(1, UUID.class), rs.getString(2), st, st.label(locale), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9, LocalDate.class), rs.getTimestamp(10).toInstant(), rs.getInt(11),
                            agencies(rs.getString(8), (String[]) rs.getArray(12).getArray()));
                }).list();
        // A page that is not full is the last: the cases before it and on it are all there are, and the count (which
        // would walk the same cases again: a PPK's name search, a few matches among thousands) is not needed. Within the
        // count limit only, so that a total says what the count would.
        long before = (long) page * size;
        int limit = ((Number) statements.count().params().get("countLimit")).intValue() - 1;
        long counted = items.size() < size && (!items.isEmpty() || page == 0) && before + items.size() <= limit
                ? before + items.size()
                : jdbc.sql(statements.count().sql()).params(statements.count().params()).query(Long.class).single();
        if (user.role() == id.netra.access.Role.PPK && !items.isEmpty()) {
            items = asTheirTracksMakeIt(items, user.agencyCode());
        }
        return new Page<>(items, page, size, Math.min(counted, limit), counted <= limit);
    }

    /** The agencies of a case's persons, each once: the named person's first, then the others' in their order. */
    private static List<String> agencies(String first, String[] all) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        if (first != null) {
            codes.add(first);
        }
        codes.addAll(java.util.Arrays.asList(all));
        return List.copyOf(codes);
    }

    /** The two statements of a search: how many cases match (up to the count limit and one more), and the page's cases. */
    public record SearchStatements(SqlStatement count, SqlStatement page) {
    }

    /** What {@link #search(NetraUser, Criteria, int, int)} runs; every invalid criterion named at once (400). */
    public SearchStatements searchStatements(NetraUser user, Criteria criteria, int page, int size) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (page < 0) {
            errors.add(FieldError.of("page", "casefile.search.page"));
        }
        if (size < 1 || size > 200) {
            errors.add(FieldError.of("size", "casefile.search.size"));
        }
        boolean ppk = user.role() == id.netra.access.Role.PPK;
        CaseAccess.Scope scope = access.scope(user);
        Map<String, Object> params = new HashMap<>(scope.params());
        List<String> personMatches = new java.util.ArrayList<>();
        Conditions found = conditions(user, criteria, params, errors, personMatches);
        // A person criterion tests the case's persons (a PPK's: those addressed to it). A PPK's cases come from its
        // tracks, one a person: when one criterion alone asks for a person, each track tests its own person (a case has
        // a person meeting it exactly when one of the agency's tracks in it has), so that the walk along the agency's
        // tracks reads one person each, not every person of each case. Several such criteria keep testing the case's
        // persons, each on its own, as for everyone.
        boolean ownPerson = ppk && found.personClauses() == 1;
        String conditions = found.where().replace(PERSON_OF, ownPerson ? "qp.id = pk.person_id" : "qp.case_id = c.id")
                .replace(PERSON_SCOPE, ownPerson ? "" : PPK_PERSON.formatted("qp"));
        String where = " WHERE " + scope.condition() + conditions;
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // A name is counted to its own, lower limit: a name common in the country is found in thousands of cases, and
        // telling "at least 100" costs a tenth of telling "at least 1,000" (docs/performance.md).
        params.put("countLimit", countLimit(found.byName()) + 1);
        // The cases are chosen, counted and paged, newest first. An office's come from its index by age (V30). A PPK's
        // are found from their tracks, newest first along the agency's index of them (V30: each track keeps its case's
        // creation time), each case once however many of its persons the agency has — not by walking every case newest
        // first until the page is full, nor by reading all the agency's cases to sort or count them (a ministry's are a
        // fifth of the country's; docs/performance.md).
        String chosen = ppk
                ? "SELECT DISTINCT ON (pk.case_created_at, pk.case_id) c.* FROM person_track pk JOIN case_file c ON c.id = pk.case_id"
                        + " WHERE pk.ppk_agency = :scopeAgency" + conditions + " ORDER BY pk.case_created_at DESC, pk.case_id"
                : "SELECT c.* FROM case_file c" + where + " ORDER BY c.created_at DESC, c.id";
        // A PPK's count reads the case itself only when a criterion asks something of it.
        String counted = ppk && !CASE_COLUMN.matcher(conditions).find()
                ? "SELECT DISTINCT ON (pk.case_created_at, pk.case_id) pk.case_id FROM person_track pk"
                        + " WHERE pk.ppk_agency = :scopeAgency" + conditions + " ORDER BY pk.case_created_at DESC, pk.case_id"
                : chosen;
        SqlStatement count = new SqlStatement(ppk
                ? "SELECT count(*) FROM (" + counted + " LIMIT :countLimit) matches"
                : "SELECT count(*) FROM (SELECT 1 FROM case_file c" + where + " LIMIT :countLimit) matches", params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        // The page's cases are chosen first, then given their first person and count.
        return new SearchStatements(count, new SqlStatement("""
                        SELECT c.id, c.register_number, c.status, c.election_type, c.source, c.office_code, fp.name,
                               fp.agency_code, c.incident_date, c.created_at, (SELECT count(*) FROM case_person np
                               WHERE np.case_id = c.id""" + (ppk ? PPK_PERSON.formatted("np") : "")
                        + """
                        ) AS persons,
                               ARRAY(SELECT ap.agency_code FROM case_person ap WHERE ap.case_id = c.id"""
                        + (ppk ? PPK_PERSON.formatted("ap") : "")
                        // Each agency once, in the order of its first person.
                        + """
                         GROUP BY ap.agency_code ORDER BY min(ap.ordinal)) AS agencies
                        FROM (""" + chosen + " LIMIT :limit OFFSET :offset) c "
                        + """
                        LEFT JOIN LATERAL (SELECT p.name, p.agency_code FROM case_person p WHERE p.case_id = c.id"""
                        + (ppk ? PPK_PERSON.formatted("p") : "")
                        // The person meeting most of the person criteria is named first (a name and an agency typed
                        // together name the person having both), else the first person.
                        + " ORDER BY " + (personMatches.isEmpty() ? "" : personMatches.stream()
                                .map(m -> "CASE WHEN " + m + " THEN 0 ELSE 1 END")
                                .collect(java.util.stream.Collectors.joining(" + ", "(", "), ")))
                        + "p.ordinal LIMIT 1) fp ON TRUE"
                        + " ORDER BY c.created_at DESC, c.id", params));
    }

    /**
     * The SQL conditions on {@code case_file c} of every valid criterion, each served by an index, with their parameters;
     * each invalid one is added to {@code errors} under its field instead.
     */
    private Conditions conditions(NetraUser user, Criteria criteria, Map<String, Object> params, List<FieldError> errors,
                                  List<String> personMatches) {
        boolean ppk = user.role() == id.netra.access.Role.PPK;
        StringBuilder where = new StringBuilder();
        int personClauses = 0;
        // A PPK finds a case only by the persons addressed to them (PERSON_SCOPE, settled by searchStatements).
        String personScope = ppk ? PERSON_SCOPE : "";
        String status = typed(criteria.status());
        if (status != null) {
            try {
                params.put("status", CaseStatus.valueOf(status).name());
                // A PPK filters by the status its own persons' tracks make, the one it reads.
                where.append(ppk
                        ? " AND " + PersonTracks.summariseSql("person_track t WHERE t.case_id = c.id AND t.ppk_agency = :scopeAgency")
                                + " = :status"
                        : " AND c.status = :status");
            } catch (IllegalArgumentException e) {
                // The valid values, so that a client need not guess them.
                errors.add(FieldError.of("status", "casefile.search.status", String.join(", ",
                        java.util.Arrays.stream(CaseStatus.values()).map(CaseStatus::name).toList())));
            }
        }
        String office = typed(criteria.office());
        if (office != null) {
            if (office.length() > MAX_TYPED || reference.office(office).isEmpty()) {
                errors.add(FieldError.of("office", "casefile.search.office"));
            } else {
                where.append(" AND c.office_code = :office");
                params.put("office", office);
            }
        }
        String agency = typed(criteria.agency());
        if (agency != null) {
            if (agency.length() > MAX_TYPED || reference.agency(agency).isEmpty()) {
                errors.add(FieldError.of("agency", "casefile.search.agency"));
            } else {
                // The reported persons' agency (V17's index).
                where.append(" AND ").append(personArm("qp.agency_code = :agency", personScope, personMatches));
                personClauses++;
                params.put("agency", agency);
            }
        }
        String election = typed(criteria.electionType());
        if (election != null) {
            try {
                params.put("electionType", id.netra.deadline.ElectionType.valueOf(election).name());
                where.append(" AND c.election_type = :electionType");
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("electionType", "casefile.search.electionType"));
            }
        }
        LocalDate from = day("receivedFrom", criteria.receivedFrom(), errors);
        LocalDate to = day("receivedTo", criteria.receivedTo(), errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of("receivedTo", "casefile.search.dateOrder"));
        } else {
            if (from != null) {
                where.append(" AND c.created_at >= :receivedFrom");
                params.put("receivedFrom", java.sql.Timestamp.from(from.atStartOfDay(calendar.zone()).toInstant()));
            }
            if (to != null) {
                where.append(" AND c.created_at < :receivedBefore");
                params.put("receivedBefore", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
            }
        }
        String register = typed("registerNumber", criteria.registerNumber(), errors);
        if (register != null) {
            condition(where, errors, "registerNumber", registerNumberArm(register, "reg", params),
                    "casefile.search.registerNumber");
        }
        String tracking = typed("trackingNumber", criteria.trackingNumber(), errors);
        if (tracking != null) {
            // Only the handling office, who may read the reporter's key, finds a case by it; anyone else finds none.
            String arm = trackingNumberArm(tracking, user, "trk", params);
            condition(where, errors, "trackingNumber", arm == null || user.role().isBawaslu() ? arm : "FALSE",
                    "casefile.search.trackingNumber");
        }
        String nip = typed("nip", criteria.nip(), errors);
        if (nip != null) {
            personClauses++;
            condition(where, errors, "nip", nipArm(nip, personScope, "nip", params, personMatches),
                    "casefile.search.nip");
        }
        String name = typed("name", criteria.name(), errors);
        if (name != null) {
            personClauses++;
            condition(where, errors, "name", name.chars().anyMatch(Character::isLetter) ? nameArm(name, personScope, "nm", params, personMatches) : null,
                    "casefile.search.name");
        }
        String q = criteria.q();
        if (q != null && !q.isBlank()) {
            if (q.length() > MAX_TYPED) {
                errors.add(FieldError.of("q", "casefile.search.q"));
            } else {
                // What was typed decides where to look, so that every arm is indexed and no guess about a LIKE makes the
                // planner read the whole table: a register number from its start (it begins with its sequence digits; a
                // byte-ordered range, V10), a name anywhere in it (trigram index, V16), a NIP (18 digits) or a tracking
                // number (LPR-/TM-) exactly.
                String typed = q.trim();
                int matchesBefore = personMatches.size();
                List<String> arms = new java.util.ArrayList<>();
                java.util.stream.Stream.of(registerNumberArm(typed, "q", params), nipArm(typed, personScope, "q", params, personMatches),
                                user.role().isBawaslu() ? trackingNumberArm(typed, user, "q", params) : null,
                                !typed.contains("/") && typed.chars().anyMatch(Character::isLetter)
                                        ? nameArm(typed, personScope, "q", params, personMatches) : null)
                        .filter(java.util.Objects::nonNull).forEach(arms::add);
                where.append(arms.isEmpty() ? " AND FALSE" : " AND (" + String.join(" OR ", arms) + ")");
                if (personMatches.size() > matchesBefore) {
                    personClauses++;
                }
            }
        }
        return new Conditions(where.toString(), personClauses, personMatches.stream().anyMatch(m -> m.contains(" ILIKE ")));
    }

    /**
     * The criteria's conditions ({@link #PERSON_OF} and {@link #PERSON_SCOPE} in them still to settle), how many
     * criteria ask for a person, and whether one asks for a name.
     */
    private record Conditions(String where, int personClauses, boolean byName) {
    }

    /**
     * A criterion's condition, or, when what was typed cannot be what it names (no condition), its field's error (the
     * catalogue's {@code code}).
     */
    private static void condition(StringBuilder where, List<FieldError> errors, String field, String arm, String code) {
        if (arm == null) {
            errors.add(FieldError.of(field, code));
        } else {
            where.append(" AND ").append(arm);
        }
    }

    /** A criterion as typed, trimmed; null when left empty. */
    private static String typed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A typed criterion that must fit the one box's length. */
    private static String typed(String field, String value, List<FieldError> errors) {
        String t = typed(value);
        if (t != null && t.length() > MAX_TYPED) {
            errors.add(FieldError.of(field, "input.maxLength", String.valueOf(MAX_TYPED)));
            return null;
        }
        return t;
    }

    private static LocalDate day(String field, String value, List<FieldError> errors) {
        String t = typed(value);
        if (t == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            errors.add(FieldError.of(field, "casefile.search.date"));
            return null;
        }
        // The database's dates reach far beyond any case; Netra's begin this century.
        if (day.isBefore(EARLIEST_DAY) || day.isAfter(LATEST_DAY)) {
            errors.add(FieldError.of(field, "input.yearRange"));
            return null;
        }
        return day;
    }

    /**
     * A register number from its start, as a byte-ordered range (V10); null when what was typed cannot begin one.
     * Register numbers are ASCII: only such a prefix makes a range (its upper bound is the prefix with its last character
     * raised by one, which for any other character could leave the valid range of text).
     */
    private static String registerNumberArm(String typed, String param, Map<String, Object> params) {
        if (!typed.matches("[0-9][0-9A-Za-z/.\\-]*")) {
            return null;
        }
        String from = typed.toUpperCase(java.util.Locale.ROOT);
        params.put(param + "From", from);
        params.put(param + "To", from.substring(0, from.length() - 1) + (char) (from.charAt(from.length() - 1) + 1));
        return "(upper(c.register_number) COLLATE \"C\" >= :" + param + "From AND upper(c.register_number) COLLATE \"C\" < :"
                + param + "To)";
    }

    /** A NIP exactly, as people write it: in groups, with spaces, dots or dashes; null when it is not 18 digits. */
    private static String nipArm(String typed, String personScope, String param, Map<String, Object> params,
                                 List<String> personMatches) {
        String digits = typed.replaceAll("[\\s.\\-]", "");
        if (!digits.matches("\\d{18}")) {
            return null;
        }
        params.put(param + "Nip", digits);
        return personArm("qp.nip = :" + param + "Nip", personScope, personMatches);
    }

    /**
     * A tracking number exactly, however spelt ({@link TrackingNumber#typedBack}), among the user's own office's cases;
     * null when it is not one. The tracking number is the reporter's key: only the handling office may tie it to a case.
     */
    private static String trackingNumberArm(String typed, NetraUser user, String param, Map<String, Object> params) {
        String number = TrackingNumber.typedBack(typed);
        if (!number.matches("(LPR|TM)-.*")) {
            return null;
        }
        params.put(param + "OwnOffice", user.officeCode() == null ? "" : user.officeCode());
        params.put(param + "Tracking", number);
        return "(c.tracking_number = :" + param + "Tracking AND c.office_code = :" + param + "OwnOffice)";
    }

    /** A reported person's name anywhere in it, wildcards taken as plain characters (trigram index, V16). */
    private static String nameArm(String typed, String personScope, String param, Map<String, Object> params,
                                  List<String> personMatches) {
        params.put(param + "Name", "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return personArm("qp.name ILIKE :" + param + "Name", personScope, personMatches);
    }

    /**
     * A case with a reported person ({@code qp}) meeting {@code condition}; the same condition on the row's person
     * {@code p} joins {@code personMatches}, so that a result row names the person that was found.
     */
    private static String personArm(String condition, String personScope, List<String> personMatches) {
        personMatches.add(condition.replace("qp.", "p."));
        return "EXISTS (SELECT 1 FROM case_person qp WHERE " + PERSON_OF + " AND " + condition + personScope + ")";
    }

    /** Which persons a person criterion tests: settled by {@link #searchStatements}. */
    private static final String PERSON_OF = "${personOf}";
    /** For a PPK, that a person is addressed to them: settled by {@link #searchStatements}. */
    private static final String PERSON_SCOPE = "${personScope}";

    /** A PPK reads each case's status as its own persons' tracks make it, as in the case detail. */
    private List<CaseSummary> asTheirTracksMakeIt(List<CaseSummary> items, String agencyCode) {
        Map<UUID, List<TrackStatus>> theirs = new HashMap<>();
        // Every track of the page's cases (a few each) by the tracks' index on the case, the agency's kept here: asked
        // for the agency too, a plan made without the values walked all of a ministry's tracks (24 ms at national scale).
        jdbc.sql("SELECT case_id, status, ppk_agency FROM person_track WHERE case_id IN (:ids)")
                .param("ids", items.stream().map(CaseSummary::id).toList())
                .query((rs, n) -> agencyCode.equals(rs.getString(3))
                        ? theirs.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                        .add(TrackStatus.valueOf(rs.getString(2))) : false)
                .list();
        return items.stream().map(i -> {
            List<TrackStatus> t = theirs.get(i.id());
            if (t == null) {
                return i;
            }
            CaseStatus st = PersonTracks.summarise(t);
            return new CaseSummary(i.id(), i.registerNumber(), st, st.label(Messages.currentLocale()), i.electionType(), i.source(), i.officeCode(),
                    i.reportedName(), i.agencyCode(), i.incidentDate(), i.createdAt(), i.reportedPersons(), i.agencyCodes());
        }).toList();
    }

    /** A status change as a viewer reads it: its note only if it is for them ({@code noteWithheld} tells which). */
    public record HistoryEntry(CaseStatus from, CaseStatus to, String by, Instant at, String note, boolean noteWithheld) {
        static HistoryEntry of(CaseStatusService.StatusChange h, CaseAccess.View view, java.util.Set<UUID> shownPersons) {
            boolean shown = h.audience().visibleTo(view) && (h.personId() == null || shownPersons.contains(h.personId()));
            return new HistoryEntry(h.from(), h.to(), h.by(), h.at(), shown ? noteAsRead(h.to(), h.note()) : null,
                    !shown && h.note() != null);
        }
    }

    /**
     * A note as its reader reads it: Netra's own wording in the reader's language ({@link Wording}); what the initial
     * review found missing, an officer's words whole, as written.
     */
    static String noteAsRead(CaseStatus to, String note) {
        return to == CaseStatus.AWAITING_COMPLETION ? note : Wording.note(note, Messages.currentLocale());
    }

    private static <T> T shown(Visibility.Field field, CaseAccess.View view, T value) {
        return field.visibleTo(view) ? value : null;
    }

    /** The case as the user may see it; 404 outside their scope. */
    public CaseFile visibleCase(NetraUser user, UUID id) {
        Optional<CaseFile> c = cases.find(id);
        if (c.isEmpty() || access.viewOf(user, c.get()) == CaseAccess.View.NONE) {
            throw NotFoundException.of("casefile.notFound");
        }
        return c.get();
    }

    @Transactional(readOnly = true)
    public JsonNode detail(NetraUser user, UUID id) {
        CaseFile c = visibleCase(user, id);
        return render(c, user, access.viewOf(user, c), true);
    }

    /**
     * A case's summary or full detail as JSON for this user, scrubbed of the reporter's identity unless the viewer
     * handles it. The casefile core renders the case and its persons; each step adds its section ({@link CaseSection}).
     */
    @Transactional(readOnly = true)
    public JsonNode render(CaseFile c, NetraUser user, CaseAccess.View view, boolean full) {
        return render(c, user, view, full, true);
    }

    /**
     * The case as {@link #render(CaseFile, NetraUser, CaseAccess.View, boolean)} renders it, without reading its related
     * cases: for what reads only a part of it (the status a completion led to, why a task is back).
     */
    public JsonNode renderWithoutRelated(CaseFile c, NetraUser user, CaseAccess.View view, boolean full) {
        return render(c, user, view, full, false);
    }

    private JsonNode render(CaseFile c, NetraUser user, CaseAccess.View view, boolean full, boolean withRelated) {
        List<CasePerson> all = persons.of(c.id());
        List<CasePerson> shownPersons = access.visiblePersons(user, view, all);
        java.util.Set<UUID> shownIds = new java.util.HashSet<>();
        shownPersons.forEach(p -> shownIds.add(p.id()));
        Map<UUID, PersonTracks.Track> trackOf = new HashMap<>();
        tracks.of(c.id()).forEach(t -> trackOf.put(t.personId(), t));
        // A PPK reads the case's status as its own persons' tracks make it, not the other PPKs' persons'.
        CaseStatus status = view == CaseAccess.View.PPK && !shownPersons.isEmpty()
                ? PersonTracks.summarise(shownPersons.stream().map(p -> trackOf.get(p.id())).filter(java.util.Objects::nonNull)
                        .map(PersonTracks.Track::status).toList())
                : c.status();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("registerNumber", c.registerNumber());
        out.put("status", status);
        out.put("statusLabel", status.label(Messages.currentLocale()));
        out.put("source", c.source());
        out.put("electionType", c.electionType());
        out.put("office", Map.of("code", c.officeCode(), "name", reference.office(c.officeCode()).map(o -> o.name()).orElse(c.officeCode())));
        out.put("registeredAt", c.registeredAt());
        out.put("receivedAt", c.createdAt());
        Map<UUID, Map<String, Object>> parts = new LinkedHashMap<>();
        List<PersonTracks.TrackChange> trackHistory = full ? tracks.history(c.id()) : List.of();
        Map<UUID, List<CaseDeadlines.Deadline>> trackDeadlines = deadlines.ofTracks(shownIds);
        for (CasePerson p : shownPersons) {
            Map<String, Object> part = person(p);
            PersonTracks.Track t = trackOf.get(p.id());
            if (t != null) {
                Map<String, Object> track = new LinkedHashMap<>();
                track.put("status", t.status());
                track.put("statusLabel", t.status().label(Messages.currentLocale()));
                track.put("openedAt", t.openedAt());
                track.put("closedAt", t.closedAt());
                track.put("deadlines", trackDeadlines.get(p.id()));
                if (full) {
                    track.put("history", trackHistory.stream().filter(h -> h.personId().equals(p.id()))
                            .map(h -> TrackHistoryEntry.of(h, view)).toList());
                }
                part.put("track", track);
            } else {
                part.put("track", null);
            }
            parts.put(p.id(), part);
        }
        // The first release's single person: the first one this viewer reads.
        Map<String, Object> reported = shownPersons.isEmpty() ? new LinkedHashMap<>() : person(shownPersons.get(0));
        out.put("reported", reported);
        out.put("reportedPersons", parts.values());
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("date", c.incidentDate());
        incident.put("knownOn", c.knownOn());
        // A finding's: the day it was discovered, its clock's start (null for a report, and for a finding of an
        // earlier release, which never asked it).
        incident.put("discoveredOn", c.discoveredOn());
        incident.put("place", c.incidentPlace());
        incident.put("regionCode", c.regionCode());
        incident.put("regionName", reference.regionName(c.regionCode()));
        incident.put("description", c.description());
        // As stored (the API's clients read it as every release wrote it), and as the pages show it: the completion
        // markers Netra wrote into it in the reader's language.
        incident.put("descriptionShown", Wording.description(c.description(), Messages.currentLocale()));
        incident.put("lateFiling", c.lateFiling());
        out.put("incident", incident);
        List<CaseDeadlines.Deadline> allDeadlines = new java.util.ArrayList<>(deadlines.all(c.id()));
        if (!shownPersons.isEmpty()) {
            allDeadlines.addAll(trackDeadlines.get(shownPersons.get(0).id()));
        }
        out.put("deadlines", allDeadlines);
        // The other cases naming a NIP of the persons this viewer reads, as far as their scope allows (RelatedCases): on
        // the case's answer and with a task, so that a report made twice is seen where it is worked.
        if (withRelated) {
            RelatedCases.Found relatedCases = related.of(user, c.id(), shownPersons);
            out.put("relatedCases", relatedCases.listed());
            out.put("relatedCasesInScope", relatedCases.inScope());
            out.put("relatedCasesOutsideScope", relatedCases.outsideScope());
        }
        if (full) {
            Reporter reporter = cases.reporter(c.id()).orElse(null);
            // Who reads what: Visibility. A withheld field stays in the answer (null or []) and is named in "withheld".
            out.put("trackingNumber", shown(Visibility.Field.TRACKING_NUMBER, view, c.trackingNumber()));
            out.put("reporter", shown(Visibility.Field.REPORTER, view, reporter));
            out.put("reporterEligibility", shown(Visibility.Field.REPORTER_ELIGIBILITY, view,
                    reporter == null ? null : reporter.eligibilityConcern()));
            out.put("witnesses", Visibility.Field.WITNESSES.visibleTo(view) ? cases.witnesses(c.id()) : List.of());
            out.put("missingItems", shown(Visibility.Field.MISSING_ITEMS, view, c.missingItems()));
        }
        CaseSection.Rendering rendering = new CaseSection.Rendering(c, view, shownPersons, out, parts, full);
        sections.forEach(s -> s.contribute(rendering));
        if (full) {
            // A track's decisions and letters are read only by those who read its person.
            out.put("decisions", decisionsReadBy(records.decisions(c.id()), view).stream()
                    .filter(d -> d.personId() == null || shownIds.contains(d.personId())).toList());
            out.put("letters", records.letters(c.id()).stream()
                    .filter(l -> l.personId() == null || shownIds.contains(l.personId())).toList());
            out.put("history", view == CaseAccess.View.PPK ? ppkHistory(c.id(), view, shownIds, trackHistory)
                    : statuses.history(c.id()).stream().map(h -> HistoryEntry.of(h, view, shownIds)).toList());
            out.put("withheld", Visibility.withheldFrom(view));
            out.put("closedAt", c.closedAt());
        }
        JsonNode tree = json.valueToTree(out);
        if (!view.seesReporter()) {
            tree = ReporterRedactor.of(cases.reporterVersions(c.id()), all.stream().map(CasePerson::name).toList(), ReporterRedactor.MASK)
                    .scrub(tree, NETRA_WRITTEN);
        }
        // Shared texts (the description, the hearings' and the examiner's words) may name the case's other persons: a
        // viewer who does not read them (a PPK) gets their names and NIPs masked, as the reporter's are.
        List<Reporter> hidden = all.stream().filter(p -> !shownIds.contains(p.id()))
                .map(p -> new Reporter(p.name(), p.nip(), null, null, null)).toList();
        if (!hidden.isEmpty()) {
            tree = ReporterRedactor.of(hidden, shownPersons.stream().map(CasePerson::name).toList(), ReporterRedactor.OTHER_PERSON)
                    .scrub(tree, NETRA_WRITTEN);
        }
        if (full) {
            ((ObjectNode) tree).put("view", view.name());
        }
        return tree;
    }

    /**
     * The decisions this view reads, in order. A decision done again — an examination the approver rejected, examined
     * anew — is read with the later one only where the viewer reads nothing that came between them on its track (a PPK
     * does not read the examining agency's approvals): two alike rows with no reason between would read as one decision
     * written twice. Whoever reads the rejection reads every round.
     */
    static List<CaseRecords.Decision> decisionsReadBy(List<CaseRecords.Decision> all, CaseAccess.View view) {
        List<CaseRecords.Decision> read = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CaseRecords.Decision d = all.get(i);
            if (Visibility.ofDecision(d.taskKey()).visibleTo(view) && !redoneUnseen(all, i, view)) {
                read.add(d);
            }
        }
        return read;
    }

    /** Whether the decision at {@code i} is done again later on its track with nothing this view reads between. */
    private static boolean redoneUnseen(List<CaseRecords.Decision> all, int i, CaseAccess.View view) {
        CaseRecords.Decision d = all.get(i);
        for (int j = i + 1; j < all.size(); j++) {
            CaseRecords.Decision later = all.get(j);
            if (!java.util.Objects.equals(later.personId(), d.personId())) {
                continue;
            }
            if (later.taskKey().equals(d.taskKey())) {
                return true;
            }
            if (Visibility.ofDecision(later.taskKey()).visibleTo(view)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Fields of the case's answer whose values Netra writes from its reference data, its accounts and its option lists
     * — never text an officer or the reporter types: the redactors pass over them, so a reporter (or another reported
     * person) whose name shares a word with a region, an office, an agency or an officer's user name does not mask
     * those names in every view. A field that can hold typed text ({@code name}, notes, summaries, the decree number,
     * the sanction imposed) is never listed here.
     */
    static final java.util.Set<String> NETRA_WRITTEN = java.util.Set.of(
            "office", "regionCode", "regionName", "agencyCode", "agencyName", "addressedTo",
            "status", "statusLabel", "from", "to", "taskKey", "outcome", "conclusion", "violationTypes", "otherRoute",
            "recommendedSanction", "moralSanction", "disciplinarySanction", "disciplinaryPenalty", "recommended",
            "recommendedPenalty", "penalty", "party", "kind", "label", "rule", "urgency", "source", "view", "withheld",
            "electionType", "employmentType", "positionCategory", "registerNumber", "trackingNumber", "number",
            "letterNumber", "by", "decidedBy", "issuedBy", "recordedBy", "caseId", "href");

    /**
     * The history a PPK reads, ending in the status it reads: the case's own changes up to the forwarding, then the
     * changes its own persons' tracks make to their summary (another PPK's person's changes are not its to read).
     */
    private List<HistoryEntry> ppkHistory(UUID caseId, CaseAccess.View view, java.util.Set<UUID> shownIds,
                                          List<PersonTracks.TrackChange> trackHistory) {
        List<HistoryEntry> entries = new java.util.ArrayList<>(statuses.history(caseId).stream()
                .filter(h -> h.personId() == null).map(h -> HistoryEntry.of(h, view, shownIds)).toList());
        CaseStatus last = entries.isEmpty() ? null : entries.get(entries.size() - 1).to();
        Map<UUID, TrackStatus> current = new LinkedHashMap<>();
        for (PersonTracks.TrackChange h : trackHistory) {
            if (!shownIds.contains(h.personId())) {
                continue;
            }
            current.put(h.personId(), h.to());
            CaseStatus summary = PersonTracks.summarise(current.values());
            if (summary != last) {
                boolean shown = h.audience().visibleTo(view);
                entries.add(new HistoryEntry(last, summary, h.by(), h.at(), shown ? Wording.note(h.note(), Messages.currentLocale()) : null,
                        !shown && h.note() != null));
                last = summary;
            }
        }
        return entries;
    }

    /** A track's change as a viewer reads it, like {@link HistoryEntry}. */
    public record TrackHistoryEntry(TrackStatus from, TrackStatus to, String by, Instant at, String note, boolean noteWithheld) {
        static TrackHistoryEntry of(PersonTracks.TrackChange h, CaseAccess.View view) {
            boolean shown = h.audience().visibleTo(view);
            return new TrackHistoryEntry(h.from(), h.to(), h.by(), h.at(), shown ? Wording.note(h.note(), Messages.currentLocale()) : null,
                    !shown && h.note() != null);
        }
    }

    private Map<String, Object> person(CasePerson p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("ordinal", p.ordinal());
        m.put("name", p.name());
        m.put("nip", p.nip());
        m.put("employmentType", p.employmentType());
        m.put("position", p.position());
        m.put("positionCategory", p.positionCategory());
        m.put("agencyCode", p.agencyCode());
        m.put("agencyName", reference.agency(p.agencyCode()).map(a -> a.name()).orElse(null));
        return m;
    }
}
