package id.netra.casefile;

import id.netra.deadline.ElectionType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterNumberTest {

    @Test
    void formatsTheSpecExample() {
        RegisterNumber n = RegisterNumber.of(1, true, ElectionType.PILKADA, "Kab", "36.04", 9, 2024);
        assertThat(n).hasToString("001/Reg/LP/PB/Kab/36.04/IX/2024");
    }

    @Test
    void findingsInAPemiluAtTheProvinceOffice() {
        assertThat(RegisterNumber.of(12, false, ElectionType.PEMILU, "Prov", "36", 12, 2023))
                .hasToString("012/Reg/TM/PL/Prov/36/XII/2023");
        assertThat(RegisterNumber.of(1234, true, ElectionType.PEMILU, "RI", "RI", 4, 2024))
                .hasToString("1234/Reg/LP/PL/RI/RI/IV/2024");
    }

    @Test
    void parsesWhatItFormats() {
        String text = "045/Reg/LP/PB/Kota/36.73/XI/2024";
        RegisterNumber n = RegisterNumber.parse(text);
        assertThat(n.sequence()).isEqualTo(45);
        assertThat(n.month()).isEqualTo(11);
        assertThat(n).hasToString(text);
    }

    @Test
    void refusesToBeBuiltInvalid() {
        assertThatThrownBy(() -> new RegisterNumber(0, "LP", "PB", "Kab", "36.04", 1, 2024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegisterNumber(1, "XX", "PB", "Kab", "36.04", 1, 2024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegisterNumber(1, "LP", "PB", "Kec", "36.04", 1, 2024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegisterNumber(1, "LP", "PB", "Kab", "36.04", 13, 2024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegisterNumber.parse("001/Reg/LP/PB/Kab/36.04/XIII/2024")).isInstanceOf(IllegalArgumentException.class);
    }
}
