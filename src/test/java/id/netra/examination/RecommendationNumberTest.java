package id.netra.examination;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The recommendation's number (SPEC §4): {@code R-<seq>/<agency code>/<month>/<year>}, month in digits. */
class RecommendationNumberTest {

    @Test
    void theNumberReadsAsTheExaminingAgencyWritesIt() {
        assertThat(ExaminationService.recommendationNumber(1194, "KASN", 4, 2020)).isEqualTo("R-1194/KASN/4/2020");
        assertThat(ExaminationService.recommendationNumber(1, "BKN", 12, 2026)).isEqualTo("R-1/BKN/12/2026");
    }
}
