package id.netra.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's median, range and ratio rounding (runs with ./mvnw verify; the benchmark itself does not). */
class SpreadTest {

    @Test
    void medianAndRangeOfThreeRunsInAnyOrder() {
        Spread s = Spread.of(12.0, 9.5, 30.0);
        assertThat(s.median()).isEqualTo(12.0);
        assertThat(s.min()).isEqualTo(9.5);
        assertThat(s.max()).isEqualTo(30.0);
        assertThat(s.format()).isEqualTo("12.0 (9.50–30.0)");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Spread.of(4, 1, 3, 2).median()).isEqualTo(2.5);
        assertThat(Spread.of(7).format()).isEqualTo("7.00 (7.00–7.00)");
        assertThatThrownBy(() -> Spread.of()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRatioKeepsTheDigitsItsRangeDoesNotMove() {
        assertThat(Spread.ratio(1.583, 1.50, 1.66)).isEqualTo("1.6× (1.5–1.7)");
        assertThat(Spread.ratio(1.404, 1.401, 1.409)).isEqualTo("1.40× (1.40–1.41)");
        assertThat(Spread.ratio(0.98, 0.95, 1.02)).isEqualTo("0.98× (0.95–1.02)");
        assertThat(Spread.ratio(12.34, 12.0, 12.9)).isEqualTo("12.3× (12.0–12.9)");
    }

    @Test
    void aWideRangeLeavesOneDigitSaidAsAbout() {
        assertThat(Spread.ratio(2.37, 1.6, 3.1)).isEqualTo("about 2× (2–3)");
        assertThat(Spread.ratio(0.85, 0.6, 1.2)).isEqualTo("about 0.9× (0.6–1.2)");
        assertThat(Spread.ratio(24, 11, 40)).isEqualTo("about 20× (10–40)");
        // A range spanning more than a quarter is said as "about", even where it leaves the first digit of the value.
        assertThat(Spread.ratio(1.71, 0.86, 1.85)).isEqualTo("about 1.7× (0.9–1.9)");
        assertThat(Spread.ratio(1.4, 1.0, 1.8)).isEqualTo("about 1.4× (1.0–1.8)");
        assertThat(Spread.ratio(1.6, 1.3, 1.62)).as("1.25 exactly is not more than a quarter").isEqualTo("1.6× (1.3–1.6)");
    }

    @Test
    void aLeadingOneKeepsASecondDigitEvenWhenTheRangeIsWide() {
        assertThat(Spread.ratio(1.45, 1.125, 2.17)).isEqualTo("about 1.5× (1.1–2.2)");
        assertThat(Spread.ratio(14.5, 9, 21)).isEqualTo("about 15× (9–21)");
        // ... but not when the range spans a factor of several: then one digit is all it says.
        assertThat(Spread.ratio(1.59, 0.66, 4.9)).isEqualTo("about 2× (1–5)");
    }

    @Test
    void noSpreadKeepsThreeDigitsAndNothingMeasuredSaysSo() {
        assertThat(Spread.ratio(1.23456, 1.23456, 1.23456)).isEqualTo("1.23× (1.23–1.23)");
        assertThat(Spread.ratio(Double.NaN, 1, 2)).isEqualTo("—");
        assertThat(Spread.ratio(1, 0, 2)).isEqualTo("—");
    }

    @Test
    void aRatioOfTwoSpreadsSpansTheirExtremes() {
        Spread bare = Spread.of(12.0, 12.4, 12.8);
        Spread netra = Spread.of(7.8, 7.9, 8.0);
        // 12.4 / 7.9 = 1.57, from 12.0 / 8.0 = 1.50 to 12.8 / 7.8 = 1.64
        assertThat(Spread.ratio(bare, netra)).isEqualTo("1.6× (1.5–1.6)");
    }
}
