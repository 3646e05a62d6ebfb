package id.netra.deadline;

import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README says the holiday table is seeded with, read through the calendar every deadline uses. */
class SeededHolidaysIT extends IntegrationTest {

    @Autowired
    BusinessCalendar calendar;

    @Test
    void aSampleOfTheSeededHolidaysAndCutiBersamaAreNoWorkingDays() {
        for (String day : new String[]{"2024-01-01", "2024-02-14", "2024-04-08", "2024-04-10", "2024-04-15", "2024-11-27",
                "2024-12-26", "2025-01-28", "2025-03-31", "2025-04-07", "2025-06-09", "2025-12-26", "2026-01-01", "2026-08-17",
                "2026-12-25"}) {
            assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isFalse();
        }
        // Ordinary weekdays around them are working days.
        for (String day : new String[]{"2024-04-05", "2024-04-16", "2025-03-27", "2025-04-08", "2026-08-18"}) {
            assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isTrue();
        }
        // Idul Fitri 2025: from Thursday 27 March, one working day is Tuesday 8 April (Nyepi, the weekends, Lebaran and
        // its cuti bersama in between).
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 3, 27), 1)).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(calendar.minusWorkingDays(LocalDate.of(2025, 4, 8), 1)).isEqualTo(LocalDate.of(2025, 3, 27));
    }

    /** V21: 18 August 2025 (cuti bersama) and the movable holidays and cuti bersama of 2026 (SKB of 19 September 2025, Keppres 42/2025). */
    static final String[] PUBLISHED_AFTER_V3 = {"2025-08-18", "2026-01-16", "2026-02-16", "2026-02-17", "2026-03-18", "2026-03-19",
            "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-04-03", "2026-04-05", "2026-05-14", "2026-05-15",
            "2026-05-27", "2026-05-28", "2026-05-31", "2026-06-16", "2026-08-25", "2026-12-24"};

    @Test
    void theHolidaysOf2026AndTheCutiBersamaOf18August2025AreNoWorkingDays() {
        java.util.Set<LocalDate> stored = new java.util.HashSet<>(jdbc.sql("SELECT day FROM holiday").query(LocalDate.class).list());
        for (String day : PUBLISHED_AFTER_V3) {
            assertThat(stored).as("in the table: " + day).contains(LocalDate.parse(day));
            assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isFalse();
        }
        // Friday 15 August 2025: Independence Day on the Sunday, its cuti bersama on the Monday; one working day is Tuesday.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 8, 15), 1)).isEqualTo(LocalDate.of(2025, 8, 19));
        // Tuesday 17 March 2026: Nyepi, Idul Fitri and their cuti bersama close the office until Wednesday the 25th.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 17), 1)).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 3, 25), 1)).isEqualTo(LocalDate.of(2026, 3, 17));
        // Wednesday 13 May 2026: Ascension and its cuti bersama, then the weekend.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 5, 13), 1)).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    /**
     * A day an administrator had already added (here under their own name) does not stop the upgrade: V21 run again on
     * a database that holds all its days inserts nothing, changes no name and fails on none.
     */
    @Test
    void theMigrationLeavesADayAlreadyPresentAsItIs() throws java.io.IOException {
        String sql = new String(getClass().getResourceAsStream("/db/migration/V21__holidays_2026.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String original = owner.sql("SELECT name FROM holiday WHERE day = DATE '2026-03-19'").query(String.class).single();
        int before = owner.sql("SELECT count(*) FROM holiday").query(Integer.class).single();
        owner.sql("UPDATE holiday SET name = 'Nyepi (ditambahkan administrator)' WHERE day = DATE '2026-03-19'").update();
        try {
            owner.sql(sql).update();
            assertThat(owner.sql("SELECT name FROM holiday WHERE day = DATE '2026-03-19'").query(String.class).single())
                    .isEqualTo("Nyepi (ditambahkan administrator)");
            assertThat(owner.sql("SELECT count(*) FROM holiday").query(Integer.class).single()).isEqualTo(before);
        } finally {
            owner.sql("UPDATE holiday SET name = :name WHERE day = DATE '2026-03-19'").param("name", original).update();
        }
    }

    /** The rows the migrations insert into the holiday table, read from the migrations themselves (day and name). */
    static java.util.Map<LocalDate, String> seededByTheMigrations() throws java.io.IOException {
        java.util.Map<LocalDate, String> seeded = new java.util.TreeMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})',\\s*'((?:[^']|'')*)'\\)");
        for (var migration : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath:db/migration/*.sql")) {
            String sql = migration.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            for (int at = sql.indexOf("INSERT INTO holiday"); at >= 0; at = sql.indexOf("INSERT INTO holiday", at + 1)) {
                var rows = row.matcher(sql.substring(at, sql.indexOf(';', at)));
                while (rows.find()) {
                    String name = rows.group(2).replace("''", "'");
                    assertThat(seeded.put(LocalDate.parse(rows.group(1)), name)).as("seeded twice: " + rows.group(1)).isNull();
                }
            }
        }
        return seeded;
    }

    /**
     * The seeded rows, known by their day and name as the migrations insert them (other tests add days of their own to
     * the shared table, in other years, and an administrator may add any): every year holds its number of them, and each
     * is in the table under its name.
     */
    @Test
    void theSeededYearsHoldTheirNumberOfDays() throws java.io.IOException {
        java.util.Map<LocalDate, String> seeded = seededByTheMigrations();
        // 2024, 2025 and 2026 in full (national holidays and cuti bersama).
        // 2027 to 2030: the five fixed-date holidays only, until each year's joint decree is published (V25).
        java.util.Map<Integer, Long> perYear = new java.util.TreeMap<>();
        seeded.keySet().forEach(d -> perYear.merge(d.getYear(), 1L, Long::sum));
        assertThat(perYear).isEqualTo(java.util.Map.of(2024, 29L, 2025, 28L, 2026, 25L, 2027, 5L, 2028, 5L, 2029, 5L, 2030, 5L));
        java.util.Map<LocalDate, String> stored = new java.util.HashMap<>();
        jdbc.sql("SELECT day, name FROM holiday WHERE day BETWEEN DATE '2024-01-01' AND DATE '2030-12-31'")
                .query((rs, n) -> stored.put(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
        assertThat(stored).as("the seeded rows in the table").containsAllEntriesOf(seeded);
        // A sample by hand, so that a wrong row in a migration is not taken for a seeded holiday.
        assertThat(seeded).containsEntry(LocalDate.of(2024, 4, 10), "Idul Fitri 1445 H")
                .containsEntry(LocalDate.of(2026, 3, 19), "Hari Suci Nyepi Tahun Baru Saka 1948")
                .containsEntry(LocalDate.of(2030, 12, 25), "Hari Raya Natal")
                .doesNotContainKeys(LocalDate.of(2024, 4, 5), LocalDate.of(2025, 4, 8), LocalDate.of(2026, 8, 18));
    }

    /**
     * V25: a deadline running into 2027 skips New Year's Day. Counted by hand: 7 working days after Tuesday 22 December
     * 2026 are 23, 28, 29, 30, 31 December (24 cuti bersama, 25 Christmas, the weekend), then 4 and 5 January 2027
     * (1 January a holiday, 2 and 3 the weekend): 5 January, not the 4th.
     */
    @Test
    void theFixedHolidaysOfTheComingYearsAreNoWorkingDaysAndTheAdministratorIsToldTheRestIsMissing() {
        for (int y = 2027; y <= 2030; y++) {
            for (String md : new String[]{"-01-01", "-05-01", "-06-01", "-08-17", "-12-25"}) {
                assertThat(calendar.isWorkingDay(LocalDate.parse(y + md))).as(y + md).isFalse();
            }
        }
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 22), 7)).isEqualTo(LocalDate.of(2027, 1, 5));
        // The holidays page says which of this year and the next still lack their decree's days (the test clock's today is
        // in 2026, whose decree is in).
        String page = id.netra.support.Pages.signedIn(port, "admin").get("/admin/hari-libur").body();
        int thisYear = id.netra.platform.Today.date().getYear();
        long next = jdbc.sql("SELECT count(*) FROM holiday WHERE extract(year FROM day) = :y").param("y", thisYear + 1).query(Long.class).single();
        if (next < 10) {
            assertThat(page).contains("Tahun " + (thisYear + 1) + " baru memuat " + next + " hari libur");
        }
        assertThat(page).doesNotContain("Tahun 2026 baru memuat");
    }
}
