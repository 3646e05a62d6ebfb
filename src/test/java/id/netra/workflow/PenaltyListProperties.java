package id.netra.workflow;

import id.netra.reference.SanctionCatalogue;
import id.netra.reference.SanctionCatalogueProperties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.ui.ExtendedModelMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a task page offers a penalty's list ({@link TaskPage#penalties}), over generated forms: any subset of the
 * catalogue's penalties in any order, between other fields, for a PNS, a PPPK or a person of unknown type — offered are
 * exactly the penalties of that type (all of them when unknown), each option marked with its level, and the list is
 * narrowed by the last field before it that offers every one of its levels (none when no such field comes before).
 */
class PenaltyListProperties {

    private static final SanctionCatalogue CATALOGUE = SanctionCatalogueProperties.CATALOGUE;
    private static final TaskPage PAGE = new TaskPage(null, null, null, null, CATALOGUE, null);

    @Provide
    Arbitrary<List<SanctionCatalogue.Penalty>> penalties() {
        return Arbitraries.of(CATALOGUE.penalties()).set().ofMinSize(1).map(ArrayList::new)
                .flatMap(list -> Arbitraries.shuffle(list));
    }

    @Provide
    Arbitrary<String> employment() {
        return Arbitraries.of("PNS", "PPPK", "").map(s -> s.isEmpty() ? null : s);
    }

    private static FormField levels(String name) {
        Map<String, String> all = CATALOGUE.options(SanctionCatalogue.Kind.DISCIPLINARY);
        return FormField.choice(name, name, false, FormField.options(all));
    }

    @Property
    @SuppressWarnings("unchecked")
    void offersTheTypesPenaltiesMarkedWithTheirLevelNarrowedByTheLevelBefore(
            @ForAll("penalties") List<SanctionCatalogue.Penalty> penalties, @ForAll("employment") String employment,
            @ForAll boolean levelBefore, @ForAll boolean levelAfter) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        penalties.forEach(p -> options.put(p.code(), p.label()));
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.text("reasoning", "Pertimbangan", true));
        if (levelBefore) {
            fields.add(levels("disciplinarySanction"));
            fields.add(FormField.choice("outcome", "Hasil", true, List.of(new FormField.Option("PROVEN", "Terbukti"))));
        }
        fields.add(FormField.choice("disciplinaryPenalty", "Jenis", false, FormField.options(options)));
        if (levelAfter) {
            fields.add(levels("laterLevel"));
        }
        ExtendedModelMap model = new ExtendedModelMap();
        PAGE.penalties(model, fields, employment);

        Set<String> offered = ((Map<String, Set<String>>) model.get("offered")).get("disciplinaryPenalty");
        assertThat(offered).containsExactlyInAnyOrderElementsOf(penalties.stream()
                .filter(p -> employment == null || p.employmentType().equals(employment))
                .map(SanctionCatalogue.Penalty::code).collect(Collectors.toSet()));
        Map<String, String> optionOf = (Map<String, String>) model.get("optionOf");
        penalties.forEach(p -> assertThat(optionOf).containsEntry(p.code(), p.sanctionClass()));
        // Every penalty of the catalogue is marked, those the list does not offer too: one posted all the same is shown
        // with its level.
        assertThat(optionOf).hasSize(CATALOGUE.penalties().size());
        Map<String, String> narrowedBy = (Map<String, String>) model.get("narrowedBy");
        if (levelBefore) {
            assertThat(narrowedBy).containsExactly(Map.entry("disciplinaryPenalty", "disciplinarySanction"));
        } else {
            assertThat(narrowedBy).isEmpty();
        }
        // No other list is narrowed: the levels and the outcome are offered whole.
        assertThat(((Map<String, Set<String>>) model.get("offered")).keySet()).containsExactly("disciplinaryPenalty");
    }
}
