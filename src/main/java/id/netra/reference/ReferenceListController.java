package id.netra.reference;

import id.netra.platform.CachedLists;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reference lists read from {@link ReferenceData} and the {@link SanctionCatalogue}, for every client's forms:
 * regions and agencies for anyone (the public report names a region and each reported person's agency), offices,
 * violation types and sanctions for signed-in users (the security configuration says which). Each in a stable order,
 * with an ETag ({@link CachedLists}); labels in the reader's language where the catalogue says them, names as the data
 * holds them. Election types and case statuses live beside their own kinds ({@code deadline}, {@code casefile}).
 */
@RestController
@RequestMapping("/api/v1/reference")
public class ReferenceListController {

    /** The longest search term: as the case search takes. */
    static final int MAX_QUERY = 100;
    static final List<String> LEVELS = List.of("province", "regency", "city");

    private final ReferenceData reference;
    private final SanctionCatalogue sanctions;
    private final CachedLists cached;

    public ReferenceListController(ReferenceData reference, SanctionCatalogue sanctions, CachedLists cached) {
        this.reference = reference;
        this.sanctions = sanctions;
        this.cached = cached;
    }

    /**
     * A region in a list: {@code label} as a person names it ("Kabupaten Serang, Banten"); {@code provinceCode} its
     * province's (a province's own).
     */
    public record RegionItem(String code, String name, String level, String provinceCode, String label) {
    }

    /**
     * Every region, province by province (each province, then its regencies and cities by name); {@code q} keeps those
     * whose name, name with its province or code holds it in any case, spacing, accents and "Kab." for "Kabupaten";
     * {@code province} keeps a province and its regencies and cities; {@code level} one level.
     */
    @GetMapping("/regions")
    public ResponseEntity<List<RegionItem>> regions(@RequestParam(required = false) String q,
                                                    @RequestParam(required = false) String province,
                                                    @RequestParam(required = false) String level) {
        List<FieldError> errors = new ArrayList<>();
        if (q != null && q.strip().length() > MAX_QUERY) {
            errors.add(FieldError.of("q", "reference.list.q", MAX_QUERY));
        }
        if (province != null && !(province.matches("\\d{2}") && reference.provinceCodes().contains(province))) {
            errors.add(FieldError.of("province", "reference.list.province"));
        }
        if (level != null && !LEVELS.contains(level)) {
            errors.add(FieldError.of("level", "reference.region.level"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, String> labels = reference.regionNames().stream()
                .collect(Collectors.toMap(ReferenceData.RegionName::code, ReferenceData.RegionName::label, (a, b) -> a));
        String key = q == null ? "" : ReferenceData.searchSpelling(q);
        boolean searching = q != null && !q.isBlank();
        List<RegionItem> items = reference.regions().stream()
                .map(r -> new RegionItem(r.code(), r.name(), r.level(), r.provinceCode(), labels.getOrDefault(r.code(), r.name())))
                .filter(r -> province == null || r.provinceCode().equals(province))
                .filter(r -> level == null || r.level().equals(level))
                // A term of nothing but punctuation finds nothing rather than everything.
                .filter(r -> !searching || (!key.isEmpty() && (r.code().startsWith(key)
                        || ReferenceData.searchSpelling(r.label()).contains(key)
                        || ReferenceData.searchSpelling(r.name()).contains(key))))
                .toList();
        return cached.forAnyone(items);
    }

    /** Every agency by name, each with its PPK's title ({@code ppkTitle}) and its region (none for a central one). */
    @GetMapping("/agencies")
    public ResponseEntity<List<Agency>> agencies() {
        return cached.forAnyone(reference.agencies());
    }

    /** Every Bawaslu office: RI first, then by code (each province's before its regencies' and cities'). */
    @GetMapping("/offices")
    public ResponseEntity<List<Office>> offices() {
        return cached.forSignedIn(reference.offices());
    }

    /** The violation types an assessment and an examination name, in the catalogue's order. */
    @GetMapping("/violation-types")
    public ResponseEntity<List<CodeLabel>> violationTypes() {
        Locale locale = Messages.currentLocale();
        return cached.forSignedIn(reference.violationTypes().entrySet().stream()
                .map(e -> new CodeLabel(e.getKey(), said(locale, "option.violationTypes." + e.getKey(), e.getValue()))).toList());
    }

    /** A kind of sanction (moral, disciplinary) with its classes by severity. */
    public record SanctionKindItem(String code, String label, List<SanctionItem> sanctions) {
    }

    /** A class of sanction with its legal basis and, a disciplinary one, its concrete penalties (a PNS's, then a PPPK's). */
    public record SanctionItem(String code, int severity, String label, String basis, List<PenaltyItem> penalties) {
    }

    public record PenaltyItem(String code, String employmentType, int severity, String label, String basis) {
    }

    /** The sanctions the law sets, by kind: moral first, each kind's classes from the lightest. */
    @GetMapping("/sanction-kinds")
    public ResponseEntity<List<SanctionKindItem>> sanctionKinds() {
        Locale locale = Messages.currentLocale();
        return cached.forSignedIn(Arrays.stream(SanctionCatalogue.Kind.values()).map(kind -> new SanctionKindItem(kind.name(),
                Messages.in(locale, "case.sanctionKind." + kind.name()),
                sanctions.classes().stream().filter(c -> c.kind() == kind).map(c -> new SanctionItem(c.code(), c.severity(),
                        said(locale, "option.sanctionClass." + c.code(), c.label()), c.basis(),
                        sanctions.penalties().stream().filter(p -> p.sanctionClass().equals(c.code()))
                                .map(p -> new PenaltyItem(p.code(), p.employmentType(), p.severity(),
                                        said(locale, "option.disciplinaryPenalty." + p.code(), p.label()), p.basis())).toList())).toList()))
                .toList());
    }

    /**
     * A value's words as a task's form offers it ({@code option.<field>.<code>}, English only in the catalogue), else
     * the data's own label, which is the Indonesian.
     */
    private static String said(Locale locale, String key, String label) {
        String text = Messages.orNull(locale, key);
        return text == null ? label : text;
    }
}
