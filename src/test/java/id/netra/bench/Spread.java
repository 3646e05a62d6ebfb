package id.netra.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/** The median and the range (min–max) of a few repeated measurements, and a ratio rounded as their spread allows. */
record Spread(double median, double min, double max) {

    static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Spread(median, sorted[0], sorted[sorted.length - 1]);
    }

    /** "median (min–max)", each as {@link Report#format} writes a number. */
    String format() {
        return Report.format(median) + " (" + Report.format(min) + "–" + Report.format(max) + ")";
    }

    /**
     * {@code numerator ÷ denominator} of two measured quantities: the ratio of the medians, with the range the two
     * ranges allow (numerator's least over denominator's most, to numerator's most over denominator's least).
     */
    static String ratio(Spread numerator, Spread denominator) {
        return ratio(numerator.median / denominator.median, numerator.min / denominator.max, numerator.max / denominator.min);
    }

    /**
     * A ratio written with the digits its range justifies: rounded to the power of ten of the range's width (the first
     * digit the range moves), to at most three significant digits and at least one, or two when the first is a 1 and
     * the range spans less than 2 of it (one digit would then be a step of 2×), with its range at the same rounding;
     * "about" when the range moves the first digit or spans more than a quarter (its most over its least above 1.25:
     * then the range, not the value, is the figure — 1.71 in 0.86–1.85 is "about 1.7× (0.9–1.9)", the range allowing
     * either side to be the faster). E.g. 1.583 in 1.50–1.66 is "1.6× (1.5–1.7)", 2.37 in 1.6–3.1 is
     * "about 2× (2–3)", 1.45 in 1.1–2.2 is "about 1.5× (1.1–2.2)", 1.6 in 0.7–4.9 is "about 2× (1–5)", 1.404 in
     * 1.401–1.409 is "1.40× (1.40–1.41)".
     */
    static String ratio(double value, double low, double high) {
        if (!(value > 0) || !(low > 0) || !(high >= low) || Double.isInfinite(high)) {
            return "—";
        }
        int lead = (int) Math.floor(Math.log10(value));
        double width = high - low;
        double firstDigit = Math.pow(10, lead);
        int coarsest = value < 2 * firstDigit && width < 2 * firstDigit ? lead - 1 : lead;
        int moved = width > 0 ? (int) Math.floor(Math.log10(width)) : Integer.MIN_VALUE;
        int place = Math.max(lead - 2, Math.min(coarsest, moved));
        String range = " (" + round(low, place) + "–" + round(high, place) + ")";
        return (moved >= lead || high > 1.25 * low ? "about " : "") + round(value, place) + "×" + range;
    }

    private static String round(double value, int place) {
        return BigDecimal.valueOf(value).setScale(-place, RoundingMode.HALF_UP).toPlainString();
    }
}
