package id.netra.reference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Regions, offices, agencies, violation types and sanction classes. Offices and agencies are read per call
 * (administrators may add them); the small fixed catalogues are cached.
 */
@Service
public class ReferenceData {

    private final JdbcClient jdbc;
    private final Map<String, Map<String, String>> catalogues = new ConcurrentHashMap<>();

    public ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Office> office(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT code, level, name, region_code, parent_code FROM office WHERE code = :c").param("c", code)
                .query((rs, n) -> new Office(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** The Bawaslu office with jurisdiction over a region: the region's own office. */
    public Optional<Office> officeForRegion(String regionCode) {
        return jdbc.sql("SELECT code, level, name, region_code, parent_code FROM office WHERE region_code = :c")
                .param("c", regionCode)
                .query((rs, n) -> new Office(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    public boolean regionExists(String code) {
        return code != null && jdbc.sql("SELECT count(*) FROM region WHERE code = :c").param("c", code)
                .query(Integer.class).single() > 0;
    }

    public String regionName(String code) {
        return jdbc.sql("SELECT name FROM region WHERE code = :c").param("c", code).query(String.class).optional().orElse(code);
    }

    public Set<String> provinceCodes() {
        return Set.copyOf(jdbc.sql("SELECT code FROM region WHERE level = 'province'").query(String.class).list());
    }

    /** A region for a list to choose from: its code, name, level and province. */
    public record Region(String code, String name, String level, String provinceCode) {
    }

    /** Every region, province by province (each province first, then its regencies and cities by name). */
    public List<Region> regions() {
        return jdbc.sql("""
                        SELECT code, name, level, left(code, 2) FROM region
                        ORDER BY left(code, 2), level <> 'province', name""")
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /**
     * A region as a person names it: a province by its name ({@code Banten}), a regency or city with its province's
     * ({@code Kabupaten Serang, Banten}), so that typing either name finds it in a list; {@code hint} is how it is
     * also written short, with its code ({@code Kab. Serang · 36.04}), so that a list finds it by that too.
     */
    public record RegionName(String code, String name, String label) {

        public String hint() {
            String n = name.strip();
            return (n.startsWith("Kabupaten ") ? "Kab. " + n.substring("Kabupaten ".length()) : n) + " · " + code;
        }
    }

    /**
     * What a typed region names: the region's code when exactly one answers to it; else the regions a bare name
     * ({@code Serang}: a regency's and a city's) may mean, to be told apart — none when nothing answers.
     */
    public record RegionLookup(Optional<String> code, List<RegionName> candidates) {
    }

    /** Every region by its {@link RegionName}, in the order of {@link #regions()}. */
    public List<RegionName> regionNames() {
        return jdbc.sql("""
                        SELECT r.code, r.name, CASE WHEN r.level = 'province' THEN r.name ELSE r.name || ', ' || p.name END
                        FROM region r LEFT JOIN region p ON p.code = r.province_code AND p.level = 'province'
                        ORDER BY r.province_code, r.level <> 'province', r.name""")
                .query((rs, n) -> new RegionName(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * The region a person typed: its code, its name or its {@link RegionName#label()}, in any case, spacing and
     * punctuation, "Kab." for "Kabupaten" ({@link #spelling}); none when no region, or more than one, answers to it.
     */
    public Optional<String> regionTyped(String typed) {
        return regionLookup(typed).code();
    }

    /** {@link #regionTyped}, with the regions a bare name may mean when it names more than one. */
    public RegionLookup regionLookup(String typed) {
        return lookup(regionNames(), typed);
    }

    /**
     * The lookup over these regions: a code, a name or a label as {@link #spelling} reads it, else a name without its
     * "Kabupaten" or "Kota" ({@code Pandeglang}: the one region so named; {@code Serang}: two, to choose from).
     */
    static RegionLookup lookup(List<RegionName> regions, String typed) {
        String key = spelling(typed);
        if (key.isEmpty()) {
            return new RegionLookup(Optional.empty(), List.of());
        }
        List<RegionName> named = regions.stream().filter(r -> key.equals(r.code()) || key.equals(spelling(r.name()))
                || key.equals(spelling(r.label()))).toList();
        if (named.isEmpty()) {
            named = regions.stream().filter(r -> key.equals(bare(spelling(r.name()))) || key.equals(bare(spelling(r.label()))))
                    .toList();
        }
        List<String> codes = named.stream().map(RegionName::code).distinct().toList();
        return codes.size() == 1 ? new RegionLookup(Optional.of(codes.get(0)), List.of())
                : new RegionLookup(Optional.empty(), named);
    }

    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}.]+|(?<!\\d)\\.|\\.(?!\\d)");

    /**
     * A region's name or what was typed for it, as the lookup compares them: compatibility forms folded, lower case,
     * punctuation and spacing of any kind as one space (a code's dots kept), "kab"/"kab." as "kabupaten", "kota
     * adm."/"adm." as "administrasi", "prov."/"provinsi" before a province's name left out.
     */
    public static String spelling(String text) {
        if (text == null) {
            return "";
        }
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        List<String> words = new java.util.ArrayList<>();
        for (String w : NOT_A_WORD.matcher(folded).replaceAll(" ").strip().split(" +")) {
            switch (w) {
                case "" , "prov", "provinsi" -> { }
                case "kab" -> words.add("kabupaten");
                case "adm" -> words.add("administrasi");
                default -> words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /**
     * What a search compares: {@link #spelling} of the text without its accents ("Sérang" as "serang"), so that a name
     * is found by a part of it however the part is cased, spaced or accented.
     */
    public static String searchSpelling(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
        return spelling(COMBINING_MARKS.matcher(decomposed).replaceAll(""));
    }

    private static final java.util.regex.Pattern COMBINING_MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** A spelled name without its leading "kabupaten" or "kota" (and "administrasi"): the name people say alone. */
    private static String bare(String spelled) {
        return spelled.replaceFirst("^(kabupaten|kota)( administrasi)? ", "");
    }

    /**
     * The agency a person typed: its code, or its name in any case, spacing and punctuation, with or without its
     * leading "Pemerintah" ("Kab. Serang", "pemerintah kabupaten serang" and "PEMDA-36.04" alike); none when no agency,
     * or more than one, answers to it.
     */
    public Optional<String> agencyTyped(String typed) {
        String key = spelling(typed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = agencies().stream().filter(a -> a.code().equalsIgnoreCase(typed.strip())
                        || key.equals(spelling(a.name())) || ("pemerintah " + key).equals(spelling(a.name())))
                .map(Agency::code).distinct().toList();
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    /** Every Bawaslu office: RI first, then by code (each province before its regencies and cities). */
    public List<Office> offices() {
        return jdbc.sql("SELECT code, level, name, region_code, parent_code FROM office ORDER BY code = 'RI' DESC, code")
                .query((rs, n) -> new Office(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Every agency, by name. */
    public List<Agency> agencies() {
        return jdbc.sql("SELECT code, name, region_code, ppk_title FROM agency ORDER BY name, code")
                .query((rs, n) -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public Optional<Agency> agency(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT code, name, region_code, ppk_title FROM agency WHERE code = :c").param("c", code)
                .query((rs, n) -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public Map<String, String> violationTypes() {
        return catalogue("violation_type");
    }

    public Map<String, String> sanctionClasses() {
        return catalogue("sanction_class");
    }

    public List<CodeLabel> asList(Map<String, String> catalogue) {
        return catalogue.entrySet().stream().map(e -> new CodeLabel(e.getKey(), e.getValue())).collect(Collectors.toList());
    }

    private Map<String, String> catalogue(String table) {
        return catalogues.computeIfAbsent(table, t -> {
            Map<String, String> m = new LinkedHashMap<>();
            jdbc.sql("SELECT code, label FROM " + t + " ORDER BY position")
                    .query(rs -> {
                        m.put(rs.getString(1), rs.getString(2));
                    });
            return java.util.Collections.unmodifiableMap(m);
        });
    }
}
