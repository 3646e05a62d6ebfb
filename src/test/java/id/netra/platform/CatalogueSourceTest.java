package id.netra.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue names the examining agency as configured, never one of its own: with arguments and without. */
class CatalogueSourceTest {

    @AfterEach
    void configuredAgain() {
        CatalogueSource.agency("BKN");
    }

    @Test
    void theTextsSayTheConfiguredAgency() {
        CatalogueSource source = new CatalogueSource();
        Locale id = Locale.forLanguageTag("id");
        assertThat(source.getMessage("caseStatus.FOLLOW_UP_REPORTED", null, id)).isEqualTo("Menunggu verifikasi BKN");
        assertThat(source.getMessage("caseStatus.UNDER_EXAMINATION", null, Locale.ENGLISH)).isEqualTo("Under examination by BKN");
        CatalogueSource.agency("KASN");
        assertThat(source.getMessage("caseStatus.FOLLOW_UP_REPORTED", null, id)).isEqualTo("Menunggu verifikasi KASN");
        assertThat(source.getMessage("case.letter.FORWARDING", new Object[]{"x"}, id)).isEqualTo("Surat penerusan ke KASN");
        // A text without the agency is read as before, arguments and all.
        assertThat(source.getMessage("input.maxItems", new Object[]{"50"}, id)).isEqualTo("Paling banyak 50 butir sekaligus.");
    }

    @Test
    void noTextLeavesTheMarkUnsaid() {
        CatalogueSource source = new CatalogueSource();
        for (Locale locale : new Locale[]{Locale.forLanguageTag("id"), Locale.ENGLISH}) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("messages", locale);
            for (String key : java.util.Collections.list(bundle.getKeys())) {
                if (bundle.getString(key).contains(CatalogueSource.AGENCY) && !bundle.getString(key).contains("{0}")) {
                    assertThat(source.getMessage(key, null, locale)).as(key).doesNotContain("@examiningAgency@").contains("BKN");
                }
            }
        }
    }
}
