package id.netra.reference;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region typed however a person spells it — "Kabupaten" or "Kab." (with or without its dot), any case, spaces of
 * any kind, with or without its province after a comma — is the one region it names; a bare name that a regency and
 * a city share ("Serang") names both, to be chosen between, never one of them by chance.
 */
class RegionTypingProperties {

    /** Banten's regions of the demo data, and Jambi, a province that shares its name with a city. */
    private static final List<ReferenceData.RegionName> REGIONS = List.of(
            new ReferenceData.RegionName("36", "Banten", "Banten"),
            new ReferenceData.RegionName("36.01", "Kabupaten Pandeglang", "Kabupaten Pandeglang, Banten"),
            new ReferenceData.RegionName("36.04", "Kabupaten Serang", "Kabupaten Serang, Banten"),
            new ReferenceData.RegionName("36.73", "Kota Serang", "Kota Serang, Banten"),
            new ReferenceData.RegionName("15", "Jambi", "Jambi"),
            new ReferenceData.RegionName("15.71", "Kota Jambi", "Kota Jambi, Jambi"),
            new ReferenceData.RegionName("31.72", "Kota Administrasi Jakarta Utara ", "Kota Administrasi Jakarta Utara , DKI Jakarta"));

    @Provide
    Arbitrary<String> regency() {
        return Arbitraries.of("Kabupaten", "kabupaten", "KABUPATEN", "Kab.", "kab.", "Kab", "KAB.", "kab .");
    }

    @Provide
    Arbitrary<String> space() {
        return Arbitraries.of(" ", "  ", "\u00a0", "\t", " \u3000");
    }

    @Provide
    Arbitrary<String> province() {
        return Arbitraries.of("", ", Banten", ",Banten", " , banten", ", BANTEN", ", Provinsi Banten", " - Banten", ", Prov. Banten");
    }

    @Provide
    Arbitrary<String> serang() {
        return Arbitraries.of("Serang", "serang", "SERANG", "SeRaNg");
    }

    @Property(tries = 400)
    void theRegencyOfSerangSpeltAnyWayIsTheRegency(@ForAll("regency") String kind, @ForAll("space") String space,
                                                    @ForAll("serang") String name, @ForAll("province") String province,
                                                    @ForAll("space") String around) {
        assertThat(lookup(around + kind + space + name + province + around).code()).contains("36.04");
    }

    @Property(tries = 200)
    void theCityOfSerangSpeltAnyWayIsTheCity(@ForAll("space") String space, @ForAll("serang") String name,
                                              @ForAll("province") String province, @ForAll boolean upper) {
        assertThat(lookup((upper ? "KOTA" : "Kota") + space + name + province).code()).contains("36.73");
    }

    @Property(tries = 100)
    void serangAloneNamesTheRegencyAndTheCityToChooseBetween(@ForAll("serang") String name, @ForAll("province") String province,
                                                            @ForAll("space") String around) {
        ReferenceData.RegionLookup found = lookup(around + name + province);
        assertThat(found.code()).isEmpty();
        assertThat(found.candidates()).extracting(ReferenceData.RegionName::label)
                .containsExactly("Kabupaten Serang, Banten", "Kota Serang, Banten");
    }

    @Example
    void aNameThatOneRegionHasAloneIsThatRegionAndAProvinceItsOwnNameBeforeAnyCity() {
        assertThat(lookup("pandeglang").code()).contains("36.01");
        assertThat(lookup("Jambi").code()).contains("15");
        assertThat(lookup("Kota Jambi").code()).contains("15.71");
        assertThat(lookup("Provinsi Banten").code()).contains("36");
        assertThat(lookup("36.73").code()).contains("36.73");
        assertThat(lookup("Kota Adm. Jakarta Utara").code()).contains("31.72");
        assertThat(lookup("Jakarta Utara").code()).contains("31.72");
        assertThat(lookup("Serang Banten Jambi")).isEqualTo(new ReferenceData.RegionLookup(Optional.empty(), List.of()));
        assertThat(lookup(" ").code()).isEmpty();
    }

    @Example
    void aListOffersTheShortNameAndTheCodeBesideTheLabel() {
        assertThat(REGIONS.get(2).hint()).isEqualTo("Kab. Serang · 36.04");
        assertThat(REGIONS.get(3).hint()).isEqualTo("Kota Serang · 36.73");
    }

    private static ReferenceData.RegionLookup lookup(String typed) {
        return ReferenceData.lookup(REGIONS, typed);
    }
}
