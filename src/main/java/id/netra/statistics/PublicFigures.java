package id.netra.statistics;

import id.netra.platform.Messages;
import id.netra.platform.Today;
import id.netra.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figures anyone may read: for one election (type and year) at a time, the nation's total and each province's, of
 * the persons registered (of a registered report or finding), proven, recommended and followed up, with the follow-up rate — every cell below the threshold
 * ({@code netra.statistics.public.threshold}, 5) withheld with enough others that none can be worked out
 * ({@link SmallCells}). The views are disjoint (no "all elections"), so no two of them can be subtracted; and each
 * election's figures are made once a day, by its first reader on any node, from the summaries, and kept for the day
 * ({@code public_statistics}), so that two readings of a day do not tell who was reported in between.
 */
@Service
public class PublicFigures {

    /**
     * The columns published, in their order; the rate is worked out from two of them. Persons of registered reports
     * only, not of every report filed: anyone may file (and withdraw) reports, and so could raise a withheld cell to the
     * threshold with reports of their own and subtract them again; a registered one has passed an office's review.
     */
    static final List<String> COLUMNS = List.of("registered", "proven", "recommended", "followedUp");

    /** An election with figures: its type and year. */
    public record Election(String type, int year) {
        public String code() {
            return type + "-" + year;
        }
    }

    private final PersonFigures persons;
    private final ReferenceData reference;
    private final JdbcClient jdbc;
    private final int threshold;
    private final Map<String, Day> made = new ConcurrentHashMap<>();
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private volatile Map.Entry<LocalDate, List<Election>> elections;

    PublicFigures(PersonFigures persons, ReferenceData reference, JdbcClient jdbc, com.fasterxml.jackson.databind.ObjectMapper json,
                  @Value("${netra.statistics.public.threshold:5}") int threshold) {
        this.json = json;
        // Below 3 a withheld cell known to be small is known: 1.
        if (threshold < 3) {
            throw new IllegalStateException("netra.statistics.public.threshold must be 3 or more, not " + threshold);
        }
        this.persons = persons;
        this.reference = reference;
        this.jdbc = jdbc;
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /**
     * The elections with figures (from the summaries), the latest first: made once a day by its first reader on any
     * node and kept with the day's figures, so every node, before and after a restart, offers the same all day.
     */
    public List<Election> elections() {
        LocalDate today = Today.date();
        Map.Entry<LocalDate, List<Election>> known = elections;
        if (known == null || !known.getKey().equals(today)) {
            List<Election> found = readElections(today).orElseGet(() -> {
                List<String> codes = jdbc.sql("""
                                SELECT DISTINCT election_type, incident_year FROM stat_person_summary
                                WHERE kind = 'N' AND incident_year > 0 AND registered > 0 ORDER BY 2 DESC, 1""")
                        .query((rs, n) -> rs.getString(1) + "-" + rs.getInt(2)).list();
                try {
                    jdbc.sql("""
                                    INSERT INTO public_statistics (day, election, cut_off, figures) VALUES (:day, '*', :cutOff, CAST(:figures AS jsonb))
                                    ON CONFLICT (day, election) DO NOTHING""")
                            .param("day", today).param("cutOff", java.sql.Timestamp.from(Today.now()))
                            .param("figures", json.writeValueAsString(codes)).update();
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                return readElections(today).orElseThrow();
            });
            known = Map.entry(today, found);
            elections = known;
        }
        return known.getValue();
    }

    private java.util.Optional<List<Election>> readElections(LocalDate day) {
        return jdbc.sql("SELECT figures::text FROM public_statistics WHERE day = :day AND election = '*'").param("day", day)
                .query(String.class).optional().map(text -> {
                    try {
                        List<String> codes = json.readValue(text, new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { });
                        return codes.stream().map(c -> new Election(c.substring(0, c.indexOf('-')), Integer.parseInt(c.substring(c.indexOf('-') + 1))))
                                .toList();
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /** The published table of one election in the reader's language: provinces, then the nation's total. */
    public StatisticsSheet sheet(Election election, Locale locale) {
        return sheet(election, day(election), locale);
    }

    /** The counts by province of the day: read as made, or made now from the summaries (by one reader on any node). */
    private Day day(Election election) {
        LocalDate today = Today.date();
        String key = today + "/" + election.code();
        Day known = made.get(key);
        if (known != null) {
            return known;
        }
        if (made.size() > 200) {
            made.keySet().removeIf(k -> !k.startsWith(today + "/"));
        }
        Day day = read(today, election).orElseGet(() -> {
            PersonFigures.PersonTable table = persons.table(null, PersonFigures.By.PROVINCE,
                    new StatisticsCriteria(election.type(), election.year(), null, null, null));
            Map<String, long[]> counts = new HashMap<>();
            table.rows().forEach(r -> counts.put(r.key(), new long[] {r.counts().registered(), r.counts().proven(),
                    r.counts().recommended(), r.counts().followedUp()}));
            // What the earlier days published of each province: the persons registered only grow, so a reader who kept
            // yesterday's page knows each province holds at least what it showed then.
            Map<String, Long> before = new HashMap<>();
            jdbc.sql("SELECT figures::text FROM public_statistics WHERE election = :election AND day < :day")
                    .param("election", election.code()).param("day", today).query(String.class).list()
                    .forEach(text -> parse(text).shown().forEach((province, shown) -> {
                        if (shown != null) {
                            before.merge(province, shown, Math::max);
                        }
                    }));
            List<String> codes = provinces();
            long[][] values = new long[codes.size()][1];
            long[][] atLeast = new long[codes.size()][1];
            long total = 0;
            for (int i = 0; i < codes.size(); i++) {
                long[] c = counts.get(codes.get(i));
                values[i][0] = c == null ? 0 : c[0];
                atLeast[i][0] = before.getOrDefault(codes.get(i), 0L);
                total += values[i][0];
            }
            SmallCells.Suppression hidden = SmallCells.suppress(values, threshold, atLeast);
            Map<String, Long> shown = new java.util.LinkedHashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                shown.put(codes.get(i), hidden.cells()[i][0] ? null : values[i][0]);
            }
            try {
                jdbc.sql("""
                                INSERT INTO public_statistics (day, election, cut_off, figures) VALUES (:day, :election, :cutOff, CAST(:figures AS jsonb))
                                ON CONFLICT (day, election) DO NOTHING""")
                        .param("day", today).param("election", election.code()).param("cutOff", java.sql.Timestamp.from(table.cutOff()))
                        .param("figures", json.writeValueAsString(new Figures(counts, shown, hidden.totals()[0] ? null : total))).update();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            // Another node may have made the day's first: its figures are the day's.
            return read(today, election).orElseThrow();
        });
        made.put(key, day);
        return day;
    }

    /** A day's counts as kept: the cut-off and the figures. */
    private record Day(Instant cutOff, Figures figures) {
        Map<String, long[]> byProvince() {
            return figures.counts();
        }
    }

    /**
     * A day's figures: by province code, registered, proven, recommended, followed up; what was published of each
     * province's registered (null: withheld) and of their total (null: withheld).
     */
    record Figures(Map<String, long[]> counts, Map<String, Long> shown, Long total) {
    }

    private Figures parse(String text) {
        try {
            return json.readValue(text, Figures.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> provinces() {
        return reference.regions().stream().filter(r -> "province".equals(r.level())).map(ReferenceData.Region::code).toList();
    }

    private java.util.Optional<Day> read(LocalDate day, Election election) {
        return jdbc.sql("SELECT cut_off, figures::text FROM public_statistics WHERE day = :day AND election = :election")
                .param("day", day).param("election", election.code())
                .query((rs, n) -> new Day(rs.getTimestamp(1).toInstant(), parse(rs.getString(2)))).optional();
    }

    /**
     * The provinces' table: the persons registered in each and in the nation — one figure per province. Only one: the
     * figures of a person's path are nested (no more proven than registered), and beside each other in a row they would
     * bound a withheld cell by its neighbours, which no column-by-column withholding accounts for (a second trial worked
     * one out so). The rest of the path is published for the nation alone ({@link #nation}).
     */
    private StatisticsSheet sheet(Election election, Day day, Locale locale) {
        // Every province, in the order of their codes, nought or not: a province left out would say as much as a nought.
        List<ReferenceData.Region> provinces = reference.regions().stream().filter(r -> "province".equals(r.level())).toList();
        List<StatisticsSheet.Line> lines = new ArrayList<>();
        for (ReferenceData.Region province : provinces) {
            Long shown = day.figures().shown().get(province.code());
            lines.add(new StatisticsSheet.Line(province.code(), province.name(), List.of(shown == null ? StatisticsSheet.SUPPRESSED : (Object) shown)));
        }
        String title = Messages.in(locale, "statistics.public.table", Messages.in(locale, "statistics.public.election." + election.type()),
                election.year());
        Long total = day.figures().total();
        return new StatisticsSheet("public-" + election.code().toLowerCase(Locale.ROOT), title, "persons", day.cutOff(),
                List.of(Messages.in(locale, "statistics.col.registered")), lines,
                new StatisticsSheet.Line("", Messages.in(locale, "statistics.public.nation"),
                        List.of(total == null ? StatisticsSheet.SUPPRESSED : (Object) total)));
    }

    /**
     * The nation's figures of the path: registered, proven, recommended, followed up, and the follow-up rate; each
     * withheld when small, the rate only when both its figures are shown.
     */
    public StatisticsSheet nation(Election election, Locale locale) {
        Day day = day(election);
        long[] totals = new long[COLUMNS.size()];
        day.byProvince().values().forEach(v -> {
            for (int c = 0; c < totals.length; c++) {
                totals[c] += v[c];
            }
        });
        List<Object> values = new ArrayList<>();
        boolean[] hidden = new boolean[totals.length];
        for (int c = 0; c < totals.length; c++) {
            // The nation's registered is the provinces' total: withheld when that is.
            hidden[c] = c == 0 ? day.figures().total() == null : totals[c] > 0 && totals[c] < threshold;
            values.add(hidden[c] ? StatisticsSheet.SUPPRESSED : (Object) totals[c]);
        }
        values.add(!hidden[2] && !hidden[3] ? PersonFigures.rate(totals[3], totals[2]) : StatisticsSheet.SUPPRESSED);
        List<String> headers = new ArrayList<>(COLUMNS.stream().map(c -> Messages.in(locale, "statistics.col." + c)).toList());
        headers.add(Messages.in(locale, "statistics.col.followUpRate"));
        String title = Messages.in(locale, "statistics.public.nationTable", Messages.in(locale, "statistics.public.election." + election.type()),
                election.year());
        StatisticsSheet.Line nation = new StatisticsSheet.Line("", Messages.in(locale, "statistics.public.nation"), values);
        return new StatisticsSheet("public-nation-" + election.code().toLowerCase(Locale.ROOT), title, "persons", day.cutOff(), headers,
                List.of(), nation);
    }
}
