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
 * the persons reported, proven, recommended and followed up, with the follow-up rate — every cell below the threshold
 * ({@code netra.statistics.public.threshold}, 5) withheld with enough others that none can be worked out
 * ({@link SmallCells}). The views are disjoint (no "all elections"), so no two of them can be subtracted; and they stand
 * at the start of the day (Asia/Jakarta), made once a day, so that two readings an hour apart do not tell who was
 * reported in between.
 */
@Service
public class PublicFigures {

    /** The columns published, in their order; the rate is worked out from two of them. */
    static final List<String> COLUMNS = List.of("reported", "proven", "recommended", "followedUp");

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
    private final Map<String, StatisticsSheet> made = new ConcurrentHashMap<>();
    private volatile Map.Entry<LocalDate, List<Election>> elections;

    PublicFigures(PersonFigures persons, ReferenceData reference, JdbcClient jdbc,
                  @Value("${netra.statistics.public.threshold:5}") int threshold) {
        if (threshold < 1) {
            throw new IllegalStateException("netra.statistics.public.threshold must be 1 or more, not " + threshold);
        }
        this.persons = persons;
        this.reference = reference;
        this.jdbc = jdbc;
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** The elections of the cases received before today, the latest first. */
    public List<Election> elections() {
        LocalDate today = Today.date();
        Map.Entry<LocalDate, List<Election>> known = elections;
        if (known == null || !known.getKey().equals(today)) {
            List<Election> found = jdbc.sql("""
                            SELECT DISTINCT election_type, CAST(EXTRACT(YEAR FROM incident_date) AS int) FROM case_file
                            WHERE created_at < :cutOff AND incident_date IS NOT NULL ORDER BY 2 DESC, 1""")
                    .param("cutOff", java.sql.Timestamp.from(cutOff(today)))
                    .query((rs, n) -> new Election(rs.getString(1), rs.getInt(2))).list();
            known = Map.entry(today, found);
            elections = known;
        }
        return known.getValue();
    }

    /** The published table of one election in the reader's language: provinces, then the nation's total. */
    public StatisticsSheet sheet(Election election, Locale locale) {
        LocalDate today = Today.date();
        String key = today + "/" + election.code() + "/" + locale.getLanguage();
        if (made.size() > 500) {
            made.keySet().removeIf(k -> !k.startsWith(today + "/"));
        }
        return made.computeIfAbsent(key, k -> make(election, cutOff(today), locale));
    }

    private static Instant cutOff(LocalDate today) {
        return today.atStartOfDay(StatisticsCriteria.JAKARTA).toInstant();
    }

    private StatisticsSheet make(Election election, Instant cutOff, Locale locale) {
        StatisticsCriteria criteria = new StatisticsCriteria(election.type(), election.year(), null, null, null);
        PersonFigures.PersonTable table = persons.table(null, PersonFigures.By.PROVINCE, criteria, cutOff);
        Map<String, PersonFigures.PersonCounts> byProvince = new HashMap<>();
        table.rows().forEach(r -> byProvince.put(r.key(), r.counts()));
        // Every province, in the order of their codes, nought or not: a province left out would say as much as a nought.
        List<ReferenceData.Region> provinces = reference.regions().stream().filter(r -> "province".equals(r.level())).toList();
        long[][] values = new long[provinces.size()][COLUMNS.size()];
        for (int i = 0; i < provinces.size(); i++) {
            PersonFigures.PersonCounts c = byProvince.get(provinces.get(i).code());
            if (c != null) {
                values[i] = new long[] {c.reported(), c.proven(), c.recommended(), c.followedUp()};
            }
        }
        SmallCells.Suppression hidden = SmallCells.suppress(values, threshold);
        List<StatisticsSheet.Line> lines = new ArrayList<>();
        for (int i = 0; i < provinces.size(); i++) {
            lines.add(new StatisticsSheet.Line(provinces.get(i).code(), provinces.get(i).name(), shown(values[i], hidden.cells()[i])));
        }
        long[] totals = new long[COLUMNS.size()];
        for (long[] row : values) {
            for (int c = 0; c < totals.length; c++) {
                totals[c] += row[c];
            }
        }
        List<String> headers = new ArrayList<>(COLUMNS.stream().map(c -> Messages.in(locale, "statistics.col." + c)).toList());
        headers.add(Messages.in(locale, "statistics.col.followUpRate"));
        String title = Messages.in(locale, "statistics.public.table", Messages.in(locale, "statistics.public.election." + election.type()),
                election.year());
        return new StatisticsSheet("public-" + election.code().toLowerCase(Locale.ROOT), title, "persons", cutOff, headers, lines,
                new StatisticsSheet.Line("", Messages.in(locale, "statistics.public.nation"), shown(totals, hidden.totals())));
    }

    /** A row as published: each figure or its withholding, and the rate only when both its figures are shown. */
    private static List<Object> shown(long[] values, boolean[] hidden) {
        List<Object> out = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            out.add(hidden[c] ? StatisticsSheet.SUPPRESSED : (Object) values[c]);
        }
        boolean rateShown = !hidden[2] && !hidden[3];
        out.add(rateShown ? PersonFigures.rate(values[3], values[2]) : StatisticsSheet.SUPPRESSED);
        return out;
    }
}
