package id.netra.statistics;

import id.netra.platform.Messages;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A statistics table as the page, the CSV and the workbook lay it out: its title, unit and cut-off, the code and name of
 * each row, the figures under their headings, and the total. A value is a {@link Long}, a {@link BigDecimal} rate (a
 * fraction), {@code null} (no rate), or {@link #SUPPRESSED} (a public cell too small to publish).
 */
public record StatisticsSheet(String name, String title, String unit, Instant cutOff, List<String> headers, List<Line> lines, Line total) {

    /** A cell withheld from the public figures. */
    public static final Object SUPPRESSED = new Object() {
        @Override
        public String toString() {
            return "SUPPRESSED";
        }
    };

    public record Line(String key, String label, List<Object> values) {
    }

    /** The persons' table under the catalogue's headings. */
    static StatisticsSheet of(PersonFigures.PersonTable t, Locale locale) {
        List<String> headers = PERSON_COLUMNS.stream().map(c -> Messages.in(locale, "statistics.col." + c)).toList();
        List<Line> lines = new ArrayList<>();
        for (PersonFigures.PersonRow r : t.rows()) {
            lines.add(new Line(r.key(), r.label(), values(r.counts())));
        }
        String by = Messages.in(locale, "statistics.by." + t.by());
        String title = "NONE".equals(t.by()) ? Messages.in(locale, "statistics.table.personsAll")
                : Messages.in(locale, "statistics.table.persons", by);
        return new StatisticsSheet("persons-" + t.by().toLowerCase(Locale.ROOT), title, "persons", t.cutOff(), headers, lines,
                new Line("", Messages.in(locale, "statistics.total"), values(t.total())));
    }

    static StatisticsSheet of(CaseFigures.CaseTable t, Locale locale) {
        List<String> headers = CASE_COLUMNS.stream().map(c -> Messages.in(locale, "statistics.col." + c)).toList();
        List<Line> lines = t.rows().stream().map(r -> new Line(r.key(), r.label(), values(r.counts()))).toList();
        return new StatisticsSheet("cases-" + t.by().toLowerCase(Locale.ROOT),
                Messages.in(locale, "statistics.table.cases", Messages.in(locale, "statistics.casesBy." + t.by())), "cases", t.cutOff(),
                headers, lines, new Line("", Messages.in(locale, "statistics.total"), values(t.total())));
    }

    static StatisticsSheet of(CaseFigures.StageTable t, Locale locale) {
        List<String> headers = List.of(Messages.in(locale, "statistics.col.waiting"), Messages.in(locale, "statistics.col.overdue"));
        List<Line> lines = t.rows().stream().map(r -> new Line(r.key(), Messages.in(locale, "task." + r.key()),
                List.<Object>of(r.waiting(), r.overdue()))).toList();
        return new StatisticsSheet("stages", Messages.in(locale, "statistics.table.stages"), "cases", t.cutOff(), headers, lines,
                new Line("", Messages.in(locale, "statistics.total"), List.of(t.waiting(), t.overdue())));
    }

    static final List<String> PERSON_COLUMNS = List.of("reported", "registered", "forwarded", "proven", "recommended", "followedUp",
            "notFollowedUp", "notProven", "moot", "blocked", "followUpRate");

    static final List<String> CASE_COLUMNS = List.of("cases", "open", "closed", "overdue");

    static List<Object> values(PersonFigures.PersonCounts c) {
        List<Object> v = new ArrayList<>();
        for (long n : PersonFigures.values(c)) {
            v.add(n);
        }
        v.add(c.followUpRate());
        return v;
    }

    private static List<Object> values(CaseFigures.CaseCounts c) {
        return List.of(c.cases(), c.open(), c.closed(), c.overdue());
    }

    /** The unit and cut-off as a sentence under the table. */
    public String note(Locale locale, String cutOffText) {
        return Messages.in(locale, "statistics.unit." + unit, cutOffText);
    }

    /**
     * A bar chart of the first figure (and the one given as second, when there is one), the longest bar the largest;
     * rows of nought are not drawn (the table lists them).
     */
    public List<Bar> bars(int second, int most) {
        List<Line> shown = lines.stream().filter(l -> number(l.values().get(0)) > 0).limit(most).toList();
        long max = 1;
        for (Line l : shown) {
            max = Math.max(max, number(l.values().get(0)));
        }
        List<Bar> bars = new ArrayList<>();
        for (Line l : shown) {
            long a = number(l.values().get(0));
            long b = second < 0 ? 0 : number(l.values().get(second));
            bars.add(new Bar(l.label(), a, b, 100.0 * a / max, 100.0 * b / max));
        }
        return bars;
    }

    /** One bar: its label, its values and their lengths in percent of the longest. */
    public record Bar(String label, long value, long second, double width, double secondWidth) {
    }

    private static long number(Object v) {
        return v instanceof Long n ? n : 0;
    }
}
