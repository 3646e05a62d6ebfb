package id.netra.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Suppression of small cells in a public table of counts: rows (provinces) by columns (figures), each column's total
 * published beneath. A cell from 1 to {@code threshold - 1} is withheld (primary); a nought is shown, for it singles no
 * one out. Withholding one cell of a column alone would let anyone recover it as the total less the cells shown, so
 * more cells are withheld (secondary: the smallest shown non-nought cells) until no withheld cell can be worked out from
 * the total — that is, until for each primary cell more than one value from 1 to {@code threshold - 1} stays possible
 * to a reader who knows the total, every cell shown and, of each withheld cell, whether it is small (the most any
 * reader could know). When no cell is left to withhold, the column's total is withheld too.
 *
 * <p>Written here rather than taken from a library: the statistical-disclosure tools (sdcTable, tau-Argus) are R and
 * C++ programs for many-dimensional tables; this is one table with one margin, checked exactly.
 */
final class SmallCells {

    private SmallCells() {
    }

    /** Which cells (and totals) are withheld. */
    record Suppression(boolean[][] cells, boolean[] totals) {
    }

    static Suppression suppress(long[][] values, int threshold) {
        return suppress(values, threshold, new long[values.length][values.length == 0 ? 0 : values[0].length]);
    }

    /**
     * As {@link #suppress(long[][], int)}, to a reader who also knows of each cell that it holds at least
     * {@code atLeast} — what an earlier publication of counts that only grow showed of it (yesterday's six in a province
     * is today's lower bound there).
     */
    static Suppression suppress(long[][] values, int threshold, long[][] atLeast) {
        int rows = values.length;
        int columns = rows == 0 ? 0 : values[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        boolean[] totalHidden = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            long total = 0;
            for (int r = 0; r < rows; r++) {
                total += values[r][c];
                hidden[r][c] = values[r][c] > 0 && values[r][c] < threshold;
            }
            if (total > 0 && total < threshold) {
                // The total itself is small: it is withheld, and with it nothing can be worked out.
                totalHidden[c] = true;
                continue;
            }
            while (!protectedColumn(values, hidden, c, total, threshold, atLeast)) {
                int next = -1;
                for (int r = 0; r < rows; r++) {
                    if (!hidden[r][c] && values[r][c] > 0 && (next < 0 || values[r][c] < values[next][c])) {
                        next = r;
                    }
                }
                if (next < 0) {
                    totalHidden[c] = true;
                    break;
                }
                hidden[next][c] = true;
            }
        }
        return new Suppression(hidden, totalHidden);
    }

    /**
     * Whether every withheld small cell of the column keeps at least two possible values, to a reader who knows the
     * column's total, the cells shown, which withheld cells are small (1 … threshold−1) and which large (≥ threshold), and
     * what each held at least by an earlier publication.
     */
    static boolean protectedColumn(long[][] values, boolean[][] hidden, int c, long total, int threshold, long[][] atLeast) {
        long rest = total;
        List<long[]> bounds = new ArrayList<>();
        List<Boolean> small = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            if (hidden[r][c]) {
                boolean isSmall = values[r][c] < threshold;
                bounds.add(isSmall ? new long[] {Math.max(1, atLeast[r][c]), threshold - 1}
                        : new long[] {Math.max(threshold, atLeast[r][c]), total});
                small.add(isSmall);
            } else {
                rest -= values[r][c];
            }
        }
        long sumLow = bounds.stream().mapToLong(b -> b[0]).sum();
        long sumHigh = bounds.stream().mapToLong(b -> b[1]).sum();
        for (int i = 0; i < bounds.size(); i++) {
            if (!small.get(i)) {
                continue;
            }
            long[] b = bounds.get(i);
            long low = Math.max(b[0], rest - (sumHigh - b[1]));
            long high = Math.min(b[1], rest - (sumLow - b[0]));
            if (high - low < 1) {
                return false;
            }
        }
        return true;
    }
}
