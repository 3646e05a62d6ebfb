package id.netra.intake;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A NIK holds its owner's birth date (DDMMYY, 40 added to a woman's day): the date a reporter types is checked against it. */
class NikBirthProperties {

    private static final Set<String> PROVINCES = Set.of("36");

    private static String nikOf(LocalDate born, boolean female) {
        return String.format("360401%02d%02d%02d0003", born.getDayOfMonth() + (female ? 40 : 0), born.getMonthValue(), born.getYear() % 100);
    }

    @Provide
    Arbitrary<LocalDate> births() {
        return Dates.dates().between(LocalDate.of(1927, 1, 1), LocalDate.of(2010, 12, 31));
    }

    @Property
    void theDateItWasMadeFromIsItsBirthDateAndSexWhateverTheCentury(@ForAll("births") LocalDate born, @ForAll boolean female) {
        Nik nik = Nik.parse(nikOf(born, female), PROVINCES);
        assertThat(nik.female()).isEqualTo(female);
        assertThat(nik.bornOn(born)).isTrue();
        LocalDate centuryEarlier = born.minusYears(100);
        if (centuryEarlier.getDayOfMonth() == born.getDayOfMonth()) { // not 29 February 2000 → 28 February 1900
            assertThat(nik.bornOn(centuryEarlier)).as("the NIK holds no century").isTrue();
        }
    }

    @Property
    void anyOtherDayMonthOrYearIsNot(@ForAll("births") LocalDate born, @ForAll("births") LocalDate typed, @ForAll boolean female) {
        Nik nik = Nik.parse(nikOf(born, female), PROVINCES);
        boolean same = typed.getDayOfMonth() == born.getDayOfMonth() && typed.getMonthValue() == born.getMonthValue()
                && typed.getYear() % 100 == born.getYear() % 100;
        assertThat(nik.bornOn(typed)).isEqualTo(same);
        assertThat(nik.bornOn(born.plusDays(1))).isFalse();
        assertThat(nik.bornOn(born.plusMonths(1).withDayOfMonth(Math.min(born.getDayOfMonth(), 28)))).isFalse();
        assertThat(nik.bornOn(born.plusYears(1))).isFalse();
    }
}
