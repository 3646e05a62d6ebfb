package id.netra.statistics;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public table's suppression against a reader who knows the rule: for generated tables of small counts, no shown
 * cell or total is small, and for each withheld small cell the reader who subtracts the shown cells from the column's
 * total — knowing even which withheld cells are small and which large — is left with at least two values, found by
 * enumerating every filling of the withheld cells (not by the suppression's own formula).
 */
class SmallCellsProperties {

    @Provide
    Arbitrary<long[][]> tables() {
        Arbitrary<Long> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 4)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(5, 9)));
        return Arbitraries.integers().between(1, 3).flatMap(columns ->
                cell.array(long[].class).ofSize(columns).array(long[][].class).ofMinSize(1).ofMaxSize(6));
    }

    @Property(tries = 400)
    void noWithheldCellCanBeWorkedOutFromTheTotal(@ForAll("tables") long[][] table, @ForAll @IntRange(min = 3, max = 6) int threshold) {
        check(table, threshold, new long[table.length][table[0].length]);
    }

    /**
     * The same to a reader who kept an earlier day's page: of a count that only grows, each cell shown then is a lower
     * bound now (a province's six yesterday, the one person registered beside it today, the total seven).
     */
    @Property(tries = 400)
    void noWithheldCellCanBeWorkedOutWithAnEarlierDaysPage(@ForAll("tables") long[][] table, @ForAll @IntRange(min = 3, max = 6) int threshold,
                                                           @ForAll("seeds") long seed) {
        java.util.Random random = new java.util.Random(seed);
        long[][] atLeast = new long[table.length][table[0].length];
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table[r].length; c++) {
                // Shown earlier (as a nought, or at the threshold or more) and grown since, at most to today's count.
                if (table[r][c] >= threshold && random.nextBoolean()) {
                    atLeast[r][c] = threshold + random.nextInt((int) (table[r][c] - threshold + 1));
                }
            }
        }
        check(table, threshold, atLeast);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 1)
    void theThirdTrialsTwoDaysAreNotSubtracted() {
        // Yesterday Banten 6 (shown), Jawa Barat 0; today Banten 6 and one person in Jawa Barat, seven in all.
        long[][] today = {{6}, {1}};
        SmallCells.Suppression s = SmallCells.suppress(today, 5, new long[][] {{6}, {0}});
        assertThat(s.cells()[1][0]).isTrue();
        assertThat(s.totals()[0]).as("the total, which with yesterday's six would leave Jawa Barat one").isTrue();
    }

    private static void check(long[][] table, int threshold, long[][] atLeast) {
        SmallCells.Suppression s = SmallCells.suppress(table, threshold, atLeast);
        int columns = table[0].length;
        for (int c = 0; c < columns; c++) {
            long total = 0;
            for (long[] row : table) {
                total += row[c];
            }
            if (!s.totals()[c]) {
                assertThat(total == 0 || total >= threshold).as("a shown total is nought or not small").isTrue();
            }
            List<Integer> hidden = new ArrayList<>();
            long rest = total;
            for (int r = 0; r < table.length; r++) {
                if (s.cells()[r][c]) {
                    hidden.add(r);
                } else {
                    assertThat(table[r][c] == 0 || table[r][c] >= threshold).as("a shown cell is nought or not small").isTrue();
                    rest -= table[r][c];
                }
                if (table[r][c] > 0 && table[r][c] < threshold) {
                    assertThat(s.cells()[r][c] || s.totals()[c]).as("a small cell is withheld").isTrue();
                    assertThat(s.cells()[r][c]).isTrue();
                }
            }
            if (s.totals()[c]) {
                continue;
            }
            // Every filling of the withheld cells that sums to what is left, each small one 1..t-1, each large one t..total.
            List<Set<Long>> possible = new ArrayList<>();
            hidden.forEach(r -> possible.add(new TreeSet<>()));
            fill(table, c, hidden, 0, rest, threshold, total, new long[hidden.size()], possible, atLeast);
            for (int i = 0; i < hidden.size(); i++) {
                long actual = table[hidden.get(i)][c];
                assertThat(possible.get(i)).as("the true value is possible").contains(actual);
                if (actual < threshold) {
                    assertThat(possible.get(i)).as("withheld small cell %d of column %d can be worked out", hidden.get(i), c).hasSizeGreaterThan(1);
                }
            }
        }
    }

    private static void fill(long[][] table, int c, List<Integer> hidden, int i, long rest, int threshold, long total, long[] chosen,
                             List<Set<Long>> possible, long[][] atLeast) {
        if (i == hidden.size()) {
            if (rest == 0) {
                for (int k = 0; k < chosen.length; k++) {
                    possible.get(k).add(chosen[k]);
                }
            }
            return;
        }
        boolean small = table[hidden.get(i)][c] < threshold;
        long low = Math.max(small ? 1 : threshold, atLeast[hidden.get(i)][c]);
        long high = small ? threshold - 1 : total;
        for (long v = low; v <= Math.min(high, rest); v++) {
            chosen[i] = v;
            fill(table, c, hidden, i + 1, rest - v, threshold, total, chosen, possible, atLeast);
        }
    }

    @Property(tries = 50)
    void aTableWithoutSmallCellsIsShownWhole(@ForAll("tables") long[][] table) {
        for (long[] row : table) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c] == 0 ? 0 : row[c] + 10;
            }
        }
        SmallCells.Suppression s = SmallCells.suppress(table, 5);
        for (boolean[] row : s.cells()) {
            for (boolean hidden : row) {
                assertThat(hidden).isFalse();
            }
        }
    }
}
