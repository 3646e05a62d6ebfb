package id.netra.reference;

import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Penalty;
import id.netra.reference.SanctionCatalogue.Sanction;
import id.netra.reference.SanctionCatalogue.SanctionClass;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Lighter than recommended", the verification's test, over generated pairs of sanctions of one kind: a strict order
 * (never both ways, never of a sanction and itself), nothing imposed lighter than anything, and a class's penalties
 * ordered only against another penalty of the same class.
 */
public class SanctionCatalogueProperties {

    /** The catalogue as V22 writes it: the classes with their kinds and severities, a PNS's and a PPPK's penalties. */
    public static final SanctionCatalogue CATALOGUE = SanctionCatalogue.of(List.of(
                    new SanctionClass("MORAL_CLOSED", Kind.MORAL, 1, "Sanksi moral: pernyataan secara tertutup", "PP 42/2004"),
                    new SanctionClass("MORAL_OPEN", Kind.MORAL, 2, "Sanksi moral: pernyataan secara terbuka", "PP 42/2004"),
                    new SanctionClass("DISCIPLINE_LIGHT", Kind.DISCIPLINARY, 1, "Hukuman disiplin ringan", "PP 94/2021"),
                    new SanctionClass("DISCIPLINE_MEDIUM", Kind.DISCIPLINARY, 2, "Hukuman disiplin sedang", "PP 94/2021"),
                    new SanctionClass("DISCIPLINE_HEAVY", Kind.DISCIPLINARY, 3, "Hukuman disiplin berat", "PP 94/2021"),
                    new SanctionClass("DISMISSAL", Kind.DISCIPLINARY, 4, "Pemberhentian tidak dengan hormat", "UU 20/2023")),
            List.of(new Penalty("PNS_ORAL_REPRIMAND", "DISCIPLINE_LIGHT", "PNS", 1, "teguran lisan", "PP 94/2021"),
                    new Penalty("PNS_WRITTEN_REPRIMAND", "DISCIPLINE_LIGHT", "PNS", 2, "teguran tertulis", "PP 94/2021"),
                    new Penalty("PNS_ALLOWANCE_CUT_6M", "DISCIPLINE_MEDIUM", "PNS", 1, "6 bulan", "PP 94/2021"),
                    new Penalty("PNS_ALLOWANCE_CUT_9M", "DISCIPLINE_MEDIUM", "PNS", 2, "9 bulan", "PP 94/2021"),
                    new Penalty("PNS_ALLOWANCE_CUT_12M", "DISCIPLINE_MEDIUM", "PNS", 3, "12 bulan", "PP 94/2021"),
                    new Penalty("PNS_DEMOTION_12M", "DISCIPLINE_HEAVY", "PNS", 1, "turun jabatan", "PP 94/2021"),
                    new Penalty("PNS_DISMISSAL", "DISMISSAL", "PNS", 1, "PTDH", "UU 20/2023"),
                    new Penalty("PPPK_ALLOWANCE_CUT_6M", "DISCIPLINE_MEDIUM", "PPPK", 1, "6 bulan", "PP 49/2018"),
                    new Penalty("PPPK_CONTRACT_ENDED", "DISCIPLINE_HEAVY", "PPPK", 3, "PHPK", "PP 49/2018"),
                    new Penalty("PPPK_DISMISSAL", "DISMISSAL", "PPPK", 1, "PHPK tidak dengan hormat", "UU 20/2023")));

    @Provide
    Arbitrary<Sanction> disciplinary() {
        Arbitrary<Sanction> withPenalty = Arbitraries.of(CATALOGUE.penalties()).map(p -> new Sanction(p.sanctionClass(), p.code()));
        Arbitrary<Sanction> classOnly = Arbitraries.of(CATALOGUE.classes().stream().filter(c -> c.kind() == Kind.DISCIPLINARY).toList())
                .map(c -> new Sanction(c.code(), null));
        return Arbitraries.oneOf(withPenalty, classOnly);
    }

    @Provide
    Arbitrary<Sanction> moral() {
        return Arbitraries.of("MORAL_CLOSED", "MORAL_OPEN").map(c -> new Sanction(c, null));
    }

    @Property
    void lighterIsNeverBothWaysNorOfASanctionAndItself(@ForAll("disciplinary") Sanction a, @ForAll("disciplinary") Sanction b) {
        assertThat(CATALOGUE.lighter(a, b) && CATALOGUE.lighter(b, a)).isFalse();
        assertThat(CATALOGUE.lighter(a, a)).isFalse();
    }

    @Property
    void nothingImposedIsLighterThanAnyRecommendedSanction(@ForAll("disciplinary") Sanction d, @ForAll("moral") Sanction m) {
        assertThat(CATALOGUE.lighter(d, null)).isTrue();
        assertThat(CATALOGUE.lighter(m, null)).isTrue();
        assertThat(CATALOGUE.lighter(null, d)).as("nothing recommended: nothing is lighter").isFalse();
    }

    @Property
    void aLowerLevelIsLighterWhateverItsPenalty(@ForAll("disciplinary") Sanction recommended, @ForAll("disciplinary") Sanction imposed) {
        int rec = CATALOGUE.sanctionClass(recommended.sanctionClass()).orElseThrow().severity();
        int imp = CATALOGUE.sanctionClass(imposed.sanctionClass()).orElseThrow().severity();
        if (rec != imp) {
            assertThat(CATALOGUE.lighter(recommended, imposed)).isEqualTo(imp < rec);
        } else if (recommended.penalty() == null || imposed.penalty() == null) {
            assertThat(CATALOGUE.lighter(recommended, imposed)).as("a level recommended without its penalty leaves it to the PPK").isFalse();
        }
    }

    @Property
    void aClosedStatementIsLighterThanAnOpenOne(@ForAll("moral") Sanction recommended, @ForAll("moral") Sanction imposed) {
        assertThat(CATALOGUE.lighter(recommended, imposed))
                .isEqualTo(recommended.sanctionClass().equals("MORAL_OPEN") && imposed.sanctionClass().equals("MORAL_CLOSED"));
    }

    @Property
    void withinALevelTheShorterCutIsLighter(@ForAll("disciplinary") Sanction recommended) {
        Sanction six = new Sanction("DISCIPLINE_MEDIUM", "PNS_ALLOWANCE_CUT_6M");
        Sanction twelve = new Sanction("DISCIPLINE_MEDIUM", "PNS_ALLOWANCE_CUT_12M");
        assertThat(CATALOGUE.lighter(twelve, six)).isTrue();
        assertThat(CATALOGUE.lighter(six, twelve)).isFalse();
        assertThat(CATALOGUE.lighter(recommended, new Sanction("DISMISSAL", "PNS_DISMISSAL"))).as("nothing is heavier than dismissal").isFalse();
    }
}
