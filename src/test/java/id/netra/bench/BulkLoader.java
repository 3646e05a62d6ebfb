package id.netra.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Fills the database with cases in SQL, far faster than the engine's API: each template case (made for real, through
 * the services) is cloned N times with every row it owns — the case file and, for open cases, the engine's runtime
 * and history rows — under new ids, moved to another regency/city office and its regional government. The engine sees
 * each clone as a process instance like any other: its tasks can be listed, claimed and completed.
 *
 * <p>Ids are remapped by replacing the UUID inside them with {@code md5(uuid:n)} as a UUID, so an activity-instance id
 * such as {@code examination:<uuid>} keeps its shape and length, and every reference inside a clone stays consistent.
 * Closed clones carry their case file, status history and historic process instance; their per-task history is left
 * out (nothing reads it at scale). An engine-only loader ({@link #engineOnly}) clones the engine's rows alone, to bring
 * the bare engine's database of (a) to the size of Netra's ({@link SameSize}).
 */
final class BulkLoader {

    /** A template: a real case whose rows are cloned. */
    record Template(UUID caseId, String processInstanceId, boolean open) {
    }

    private static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** Engine columns that hold ids of the instance's own rows (everything else — definitions, jobs' definitions — stays). */
    private static final List<String> ENGINE_ID_COLUMNS = List.of("id_", "proc_inst_id_", "execution_id_", "parent_id_",
            "super_exec_", "act_inst_id_", "parent_act_inst_id_", "task_id_", "root_proc_inst_id_", "var_scope_",
            "process_instance_id_", "call_proc_inst_id_", "parent_task_id_");

    /** Where clones go: the regions of Netra's regency and city offices (and of their regional governments). */
    private static final String CLONED_TO = "FROM region WHERE level IN ('regency', 'city')";

    /**
     * A clone's person gets a name of its own (one of 48 × 48 first and family names, spread by the clone's number and the
     * person's ordinal), so that a name search meets a typical share of the cases, not every clone.
     */
    private static final String NAME = "(ARRAY['Budi','Siti','Agus','Dewi','Andi','Rina','Hendra','Yuni','Joko','Sri','Dedi',"
            + "'Lina','Rudi','Ani','Eko','Wati','Bambang','Nur','Ahmad','Fitri','Dian','Yusuf','Ratna','Hadi','Indah','Rahmat',"
            + "'Maya','Irwan','Lestari','Taufik','Endang','Arif','Wulan','Fajar','Ayu','Gunawan','Putri','Heru','Sari','Iwan',"
            + "'Novi','Yudi','Retno','Asep','Neneng','Ujang','Euis','Dadang'])[1 + (g + x.ordinal * 7) % 48] || ' ' || "
            + "(ARRAY['Santoso','Wijaya','Saputra','Hidayat','Pratama','Kusuma','Nugroho','Setiawan','Purnomo','Susanto',"
            + "'Rahayu','Lestari','Siregar','Nasution','Harahap','Simanjuntak','Sitompul','Lubis','Hasibuan','Gunadi',"
            + "'Firmansyah','Ramadhan','Hakim','Syahputra','Permana','Suryadi','Wibowo','Hartono','Sulistyo','Kurniawan',"
            + "'Fauzi','Maulana','Hendrawan','Sumarni','Suherman','Supriatna','Mulyadi','Sutisna','Rusmana','Hermawan',"
            + "'Iskandar','Sembiring','Tarigan','Ginting','Pohan','Daulay','Matondang','Batubara'])[1 + ((g / 48) + x.ordinal) % 48]";

    /**
     * And a NIP of its own, well formed (SPEC §2: birth date, appointment month, sex, sequence; appointment after birth),
     * where the template's person had one.
     */
    private static final String NIP = "CASE WHEN x.nip IS NULL THEN NULL ELSE "
            + "to_char(DATE '1965-01-01' + ((g::bigint * 7919 + x.ordinal * 31) % 12000)::int, 'YYYYMMDD') || "
            + "to_char(DATE '1965-01-01' + ((g::bigint * 7919 + x.ordinal * 31) % 12000)::int + ((22 + g % 9) * 365), 'YYYYMM') || "
            + "(1 + g % 2) || lpad((1 + (g / 2) % 999)::text, 3, '0') END";

    /**
     * An agency that follows the clone: the template's regional government becomes the clone region's; a ministry (a
     * case's second and later persons) stays.
     */
    private static final String FOLLOWS_REGION = "CASE WHEN %1$s LIKE 'PEMDA-%%' THEN 'PEMDA-' || r.code ELSE %1$s END";

    private final JdbcClient owner;
    private final boolean engineOnly;
    private final Consumer<String> progress;

    BulkLoader(JdbcClient owner, Consumer<String> progress) {
        this(owner, false, progress);
    }

    private BulkLoader(JdbcClient owner, boolean engineOnly, Consumer<String> progress) {
        this.owner = owner;
        this.engineOnly = engineOnly;
        this.progress = progress;
    }

    /** A loader of the engine's rows alone, for a bare engine's database (no case tables, no regions: {@link #prepare(List)}). */
    static BulkLoader engineOnly(JdbcClient database, Consumer<String> progress) {
        return new BulkLoader(database, true, progress);
    }

    void prepare() {
        remapFunction();
        owner.sql("DROP TABLE IF EXISTS bench_region").update();
        owner.sql("CREATE TABLE bench_region AS SELECT (row_number() OVER (ORDER BY code)) - 1 AS idx, code, level "
                + CLONED_TO).update();
    }

    /** The codes of the regions clones go to, from Netra's database. */
    static List<String> regions(JdbcClient netra) {
        return netra.sql("SELECT code " + CLONED_TO + " ORDER BY code").query(String.class).list();
    }

    /** For an engine-only loader: the region codes clones go to, as {@link #regions} reads them from Netra's database. */
    void prepare(List<String> regionCodes) {
        remapFunction();
        owner.sql("DROP TABLE IF EXISTS bench_region").update();
        owner.sql("CREATE TABLE bench_region AS SELECT (row_number() OVER (ORDER BY code)) - 1 AS idx, code "
                + "FROM unnest(string_to_array(:codes, ',')) AS u(code)").param("codes", String.join(",", regionCodes)).update();
    }

    private void remapFunction() {
        owner.sql("CREATE OR REPLACE FUNCTION bench_remap(v TEXT, n INT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$ "
                + "SELECT CASE WHEN v ~ '" + UUID_RE + "' THEN regexp_replace(v, '" + UUID_RE + "', "
                + "md5(substring(v FROM '" + UUID_RE + "') || ':' || n)::uuid::text) ELSE v END $$").update();
    }

    int regionCount() {
        return owner.sql("SELECT count(*) FROM bench_region").query(Integer.class).single();
    }

    /**
     * Clones a template {@code count} times; clone n (from {@code first}) goes to region {@code (n * spread + shift) % regions}.
     * Returns the rows written.
     */
    long clone(Template t, int first, int count, int spread, int shift) {
        long rows = 0;
        int batch = 25_000;
        for (int from = first; from < first + count; from += batch) {
            int to = Math.min(first + count, from + batch) - 1;
            rows += cloneRange(t, from, to, spread, shift);
            progress.accept("  cloned " + (to - first + 1) + " / " + count);
        }
        return rows;
    }

    private long cloneRange(Template t, int from, int to, int spread, int shift) {
        Map<String, Object> p = new HashMap<>();
        p.put("case", t.caseId());
        p.put("pi", t.processInstanceId());
        p.put("from", from);
        p.put("to", to);
        p.put("spread", spread);
        p.put("shift", shift);
        // g: the clone's number; r: its region (regency or city), office and agency follow the region.
        String series = " CROSS JOIN generate_series(:from, :to) g"
                + " JOIN bench_region r ON r.idx = ((g * :spread + :shift) % (SELECT count(*) FROM bench_region))";
        return (engineOnly ? 0 : caseRows(t, series, p)) + engineRows(t, series, p);
    }

    /** Netra's own rows of a case: its file, status history, persons and tracks and, when open, its work so far. */
    private long caseRows(Template t, String series, Map<String, Object> p) {
        String newCase = "bench_remap(x.id::text, g)::uuid";
        long rows = 0;
        Map<String, String> caseFile = new LinkedHashMap<>();
        caseFile.put("id", newCase);
        caseFile.put("tracking_number", "'B' || :shift || '-' || g");
        caseFile.put("office_code", "r.code");
        caseFile.put("region_code", "r.code");
        caseFile.put("register_number", "CASE WHEN x.register_number IS NULL THEN NULL ELSE lpad((g * 10 + :shift % 10)::text, 7, '0') "
                + "|| '/Reg/LP/PB/' || CASE r.level WHEN 'city' THEN 'Kota' ELSE 'Kab' END || '/' || r.code || '/' "
                + "|| split_part(x.register_number, '/', 7) || '/' || split_part(x.register_number, '/', 8) END");
        caseFile.put("created_at", "x.created_at - (g || ' minutes')::interval");
        rows += insert("case_file", "x.id = :case", caseFile, series, p);
        rows += insert("case_status_history", "x.case_id = :case", Map.of("case_id", "bench_remap(x.case_id::text, g)::uuid",
                "id", "DEFAULT"), series, p);
        // The reported persons (V16): the agency follows the region, as the office does.
        String personRef = "CASE WHEN x.person_id IS NULL THEN NULL ELSE bench_remap(x.person_id::text, g)::uuid END";
        rows += insert("case_person", "x.case_id = :case", Map.of("id", "bench_remap(x.id::text, g)::uuid",
                "case_id", "bench_remap(x.case_id::text, g)::uuid", "agency_code", FOLLOWS_REGION.formatted("x.agency_code"),
                "name", NAME, "nip", NIP), series, p);
        rows += insert("person_track", "x.case_id = :case", Map.of("person_id", "bench_remap(x.person_id::text, g)::uuid",
                "case_id", "bench_remap(x.case_id::text, g)::uuid",
                "ppk_agency", FOLLOWS_REGION.formatted("x.ppk_agency"),
                "case_created_at", "x.case_created_at - (g || ' minutes')::interval"), series, p);
        if (t.open()) {
            String caseRef = "bench_remap(x.case_id::text, g)::uuid";
            rows += insert("case_reporter", "x.case_id = :case", Map.of("case_id", caseRef), series, p);
            rows += insert("case_witness", "x.case_id = :case", Map.of("case_id", caseRef, "id", "DEFAULT"), series, p);
            rows += insert("case_hearing", "x.case_id = :case", Map.of("case_id", caseRef, "id", "DEFAULT"), series, p);
            rows += insert("case_decision", "x.case_id = :case", Map.of("case_id", caseRef, "id", "DEFAULT",
                    "task_id", "bench_remap(x.task_id, g)", "person_id", personRef), series, p);
            rows += insert("track_deadline", "x.person_id IN (SELECT id FROM case_person WHERE case_id = :case)",
                    Map.of("person_id", "bench_remap(x.person_id::text, g)::uuid"), series, p);
            rows += insert("case_deadline", "x.case_id = :case", Map.of("case_id", caseRef), series, p);
            rows += insert("case_letter", "x.case_id = :case", Map.of("case_id", caseRef, "id", "DEFAULT",
                    "number", "'B' || :shift || '-' || g || '-' || x.number", "person_id", personRef), series, p);
        }
        return rows;
    }

    /** The engine's rows of a case: runtime and history when open, the historic process instance when closed. */
    private long engineRows(Template t, String series, Map<String, Object> p) {
        long rows = 0;
        if (t.open()) {
            Map<String, String> groups = Map.of("group_id_", "CASE WHEN x.group_id_ LIKE 'bawaslu-%:%' "
                    + "THEN split_part(x.group_id_, ':', 1) || ':' || r.code WHEN x.group_id_ LIKE 'ppk:PEMDA-%' "
                    + "THEN 'ppk:PEMDA-' || r.code ELSE x.group_id_ END");
            rows += insertEngine("act_ru_execution", "x.proc_inst_id_ = :pi", Map.of("business_key_", newCaseFromKey()), series, p);
            rows += insertEngine("act_ru_task", "x.proc_inst_id_ = :pi", Map.of(), series, p);
            String tasksOfInstance = "(SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = :pi)";
            rows += insertEngine("act_ru_identitylink", "x.task_id_ IN " + tasksOfInstance, groups, series, p);
            rows += insertEngine("act_ru_authorization", "x.resource_id_ IN " + tasksOfInstance,
                    merge(groups, Map.of("resource_id_", "bench_remap(x.resource_id_, g)")), series, p);
            rows += insertEngine("act_ru_variable", "x.proc_inst_id_ = :pi", variables(), series, p);
            rows += insertEngine("act_ru_job", "x.process_instance_id_ = :pi", Map.of(), series, p);
            rows += insertEngine("act_ru_event_subscr", "x.proc_inst_id_ = :pi", Map.of(), series, p);
            rows += insertEngine("act_hi_actinst", "x.proc_inst_id_ = :pi", Map.of(), series, p);
            rows += insertEngine("act_hi_taskinst", "x.proc_inst_id_ = :pi", Map.of(), series, p);
            rows += insertEngine("act_hi_varinst", "x.proc_inst_id_ = :pi", variables(), series, p);
        }
        rows += insertEngine("act_hi_procinst", "x.proc_inst_id_ = :pi", Map.of("business_key_", newCaseFromKey()), series, p);
        return rows;
    }

    private static String newCaseFromKey() {
        return "bench_remap(x.business_key_, g)";
    }

    /**
     * The routing variables follow the clone: its office and agency, and every id a variable holds (the case, a track's
     * person, a task's) is remapped as the rows it names were — a text without an id stays as it is.
     */
    private static Map<String, String> variables() {
        return Map.of("text_", "CASE x.name_ WHEN 'office' THEN r.code WHEN 'agency' THEN " + FOLLOWS_REGION.formatted("x.text_") + " "
                + "ELSE bench_remap(x.text_, g) END", "text2_", "bench_remap(x.text2_, g)");
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new HashMap<>(a);
        m.putAll(b);
        return m;
    }

    private long insertEngine(String table, String where, Map<String, String> overrides, String series, Map<String, Object> p) {
        Map<String, String> all = new HashMap<>();
        for (String c : columns(table)) {
            if (ENGINE_ID_COLUMNS.contains(c)) {
                all.put(c, "bench_remap(x." + c + ", g)");
            }
        }
        all.putAll(overrides);
        return insert(table, where, all, series, p);
    }

    private long insert(String table, String where, Map<String, String> overrides, String series, Map<String, Object> p) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String c : columns(table)) {
            String expr = overrides.getOrDefault(c, "x." + c);
            if (expr.equals("DEFAULT")) {
                continue;
            }
            columns.add(c);
            values.add(expr);
        }
        return owner.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + table + " x" + series + " WHERE " + where).params(p).update();
    }

    private final Map<String, List<String>> columnCache = new java.util.concurrent.ConcurrentHashMap<>();

    private List<String> columns(String table) {
        return columnCache.computeIfAbsent(table, t -> owner.sql("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = :t ORDER BY ordinal_position").param("t", t)
                .query(String.class).list());
    }

    void analyze() {
        owner.sql("ANALYZE").update();
    }

    /**
     * After a load outside a transaction: the tables vacuumed (their visibility maps set, as autovacuum keeps them on a
     * database in use, so that index-only scans read no heap) and analysed.
     */
    void vacuumAnalyze() {
        owner.sql("VACUUM ANALYZE").update();
    }
}
