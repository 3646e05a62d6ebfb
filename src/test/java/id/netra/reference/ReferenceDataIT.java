package id.netra.reference;

import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations load every region of Indonesia with its Bawaslu office and regional government. */
class ReferenceDataIT extends IntegrationTest {

    @Autowired
    ReferenceData reference;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyRegionHasItsOfficeAndItsGovernment() throws Exception {
        java.util.List<String> csv = Files.readAllLines(Path.of("src/main/resources/reference/regions.csv"));
        java.util.List<String> codes = csv.subList(1, csv.size()).stream().map(line -> line.substring(0, line.indexOf(','))).toList();
        assertThat(codes).hasSize(552);
        // Administrators may add regions (ReferenceAdministrationIT does), so count those of the reference file.
        assertThat(jdbc.sql("SELECT count(*) FROM region WHERE code IN (:codes)").param("codes", codes).query(Long.class).single())
                .isEqualTo(552);
        assertThat(jdbc.sql("SELECT count(*) FROM region WHERE level = 'province' AND code IN (:codes)").param("codes", codes)
                .query(Long.class).single()).isEqualTo(38);
        assertThat(count("SELECT count(*) FROM office")).isEqualTo(count("SELECT count(*) FROM region") + 1);
        assertThat(count("SELECT count(*) FROM region r WHERE NOT EXISTS (SELECT 1 FROM office o WHERE o.region_code = r.code)")).isZero();
        assertThat(count("SELECT count(*) FROM region r WHERE NOT EXISTS (SELECT 1 FROM agency a WHERE a.code = 'PEMDA-' || r.code)")).isZero();
        assertThat(count("SELECT count(*) FROM agency WHERE code LIKE 'PUSAT-%'")).isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT count(*) FROM office WHERE level IN ('KAB', 'KOTA') AND parent_code <> substr(code, 1, 2)")).isZero();
    }

    @Test
    void serangIsWhereTheDemoWorks() {
        Office serang = reference.office("36.04").orElseThrow();
        assertThat(serang.name()).isEqualTo("Bawaslu Kabupaten Serang");
        assertThat(serang.registerLevel()).isEqualTo("Kab");
        assertThat(reference.office("36").orElseThrow().oversees("36.04")).isTrue();
        assertThat(reference.office("36").orElseThrow().oversees("31.71")).isFalse();
        assertThat(reference.office("RI").orElseThrow().oversees("31.71")).isTrue();
        assertThat(reference.agency("PEMDA-36.04").orElseThrow().name()).isEqualTo("Pemerintah Kabupaten Serang");
        assertThat(reference.officeForRegion("36.73").orElseThrow().registerLevel()).isEqualTo("Kota");
    }

    @Test
    void catalogueCarriesTheSpecCodesWithIndonesianLabels() {
        assertThat(reference.violationTypes()).containsKeys("SOCIAL_MEDIA", "ATTEND_DECLARATION", "PHOTO_WITH_CANDIDATE",
                "CAMPAIGN_PARTICIPATION", "PARTISAN_ACTIVITY", "USE_OF_OFFICE_FACILITIES", "MOBILIZATION",
                "CANDIDACY_APPROACH", "PARTY_MEMBERSHIP", "OTHER");
        assertThat(reference.sanctionClasses()).containsOnlyKeys("MORAL_CLOSED", "MORAL_OPEN", "DISCIPLINE_LIGHT",
                "DISCIPLINE_MEDIUM", "DISCIPLINE_HEAVY", "DISMISSAL");
        assertThat(reference.sanctionClasses().get("DISMISSAL")).contains("tidak dengan hormat");
    }
}
