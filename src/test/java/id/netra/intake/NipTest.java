package id.netra.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NipTest {

    @Test
    void parsesTheExampleFromBkn() {
        Nip nip = Nip.parse("19860926 201505 1 001");
        assertThat(nip.value()).isEqualTo("198609262015051001");
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(nip.appointment()).isEqualTo(YearMonth.of(2015, 5));
        assertThat(nip.sex()).isEqualTo(1);
        assertThat(nip.sequence()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19860926201505100, 18 digit",
            "1986092620150510011, 18 digit",
            "19860A26201505 1001, 18 digit",
            "198602302015051001, tanggal lahir",
            "198613262015051001, tanggal lahir",
            "198609262015131001, bulan pengangkatan",
            "198609261980051001, setelah tanggal lahir",
            "198609262015053001, jenis kelamin",
            "198609262015051000, 000",
            "185009262015051001, tidak masuk akal",
    })
    void refusesInvalidNipsWithAReason(String text, String reason) {
        assertThatThrownBy(() -> Nip.parse(text)).isInstanceOf(InvalidIdentifierException.class).hasMessageContaining(reason);
    }

    @Test
    void refusesAnAppointmentInTheFuture() {
        String future = "19900101" + YearMonth.now().plusMonths(2).toString().replace("-", "") + "1001";
        assertThatThrownBy(() -> Nip.parse(future)).hasMessageContaining("masa depan");
    }

    @Test
    void aPppkNumberNeedsEighteenDigitsAndABirthDateOnly() {
        assertThat(Nip.parsePppk("19920315 202321 2 001")).isEqualTo("199203152023212001");
        // Its later digits follow no published rule: a "month" 21 is taken.
        assertThat(Nip.parsePppk("199203152023212001")).isEqualTo("199203152023212001");
        assertThatThrownBy(() -> Nip.parse("199203152023212001")).as("not a PNS NIP").isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> Nip.parsePppk("19920315202321200")).hasMessageContaining("18 digit");
        assertThatThrownBy(() -> Nip.parsePppk("199213152023212001")).hasMessageContaining("tanggal lahir");
        assertThatThrownBy(() -> Nip.parsePppk("189903152023212001")).hasMessageContaining("tidak masuk akal");
    }
}
