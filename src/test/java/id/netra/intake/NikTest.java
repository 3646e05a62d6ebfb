package id.netra.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NikTest {

    private static final Set<String> PROVINCES = Set.of("11", "31", "36", "96");

    @Test
    void readsAMansBirthDate() {
        Nik nik = Nik.parse("3604011505850003", PROVINCES);
        assertThat(nik.provinceCode()).isEqualTo("36");
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1985, 5, 15));
        assertThat(nik.female()).isFalse();
    }

    @Test
    void aWomansDayCarriesForty() {
        Nik nik = Nik.parse("3604015505010002", PROVINCES);
        assertThat(nik.female()).isTrue();
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(2001, 5, 15));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "360401150585000, 16 digit",
            "36040115058500031, 16 digit",
            "9904011505850003, kode provinsi",
            "3600011505850003, tidak boleh 00",
            "3604003105850003, tidak boleh 00",
            "3604013102850003, tanggal lahir",
            "3604013505850003, tanggal lahir",
            "3604017205850003, tanggal lahir",
            "3604011513850003, tanggal lahir",
            "3604011505850000, 0000",
    })
    void refusesInvalidNiksWithAReason(String text, String reason) {
        assertThatThrownBy(() -> Nik.parse(text, PROVINCES)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(reason);
    }
}
