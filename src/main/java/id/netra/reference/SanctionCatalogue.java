package id.netra.reference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sanctions the law sets for a neutrality violation, by kind: a moral one (PP 42/2004) and a disciplinary one
 * (PP 94/2021 for a PNS, PP 49/2018 for a PPPK, with the concrete penalties; dismissal under UU 20/2023 art. 52), each
 * ordered by severity within its kind — what "lighter than recommended" means. A catalogue of the migrations, read once.
 */
@Repository
public class SanctionCatalogue {

    public enum Kind { MORAL, DISCIPLINARY }

    public record SanctionClass(String code, Kind kind, int severity, String label, String basis) {
    }

    /** A concrete penalty of a disciplinary class, for a PNS or a PPPK ({@code employmentType}). */
    public record Penalty(String code, String sanctionClass, String employmentType, int severity, String label, String basis) {
    }

    /** One sanction as recommended or imposed: its class and, optionally, its concrete penalty. */
    public record Sanction(String sanctionClass, String penalty) {
    }

    private final JdbcClient jdbc;
    private volatile List<SanctionClass> classes;
    private volatile List<Penalty> penalties;

    public SanctionCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A catalogue of these classes and penalties, read from nowhere (a form's test without a database). */
    public static SanctionCatalogue of(List<SanctionClass> classes, List<Penalty> penalties) {
        SanctionCatalogue catalogue = new SanctionCatalogue(null);
        catalogue.classes = List.copyOf(classes);
        catalogue.penalties = List.copyOf(penalties);
        return catalogue;
    }

    /** Every class, moral ones first, each kind by severity. */
    public List<SanctionClass> classes() {
        if (classes == null) {
            classes = jdbc.sql("SELECT code, kind, severity, label, basis FROM sanction_class ORDER BY kind DESC, severity")
                    .query((rs, n) -> new SanctionClass(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getInt(3),
                            rs.getString(4), rs.getString(5))).list();
        }
        return classes;
    }

    /** Every penalty: a PNS's first, each class by severity. */
    public List<Penalty> penalties() {
        if (penalties == null) {
            penalties = jdbc.sql("SELECT code, sanction_class, employment_type, severity, label, basis FROM sanction_penalty ORDER BY position")
                    .query((rs, n) -> new Penalty(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), rs.getString(6))).list();
        }
        return penalties;
    }

    public Optional<SanctionClass> sanctionClass(String code) {
        return classes().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Penalty> penalty(String code) {
        return penalties().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The classes of one kind (code → label), by severity: a form's options. */
    public Map<String, String> options(Kind kind) {
        Map<String, String> out = new LinkedHashMap<>();
        classes().stream().filter(c -> c.kind() == kind).forEach(c -> out.put(c.code(), c.label()));
        return out;
    }

    /** Every penalty (code → label), a PNS's then a PPPK's: a form's options. */
    public Map<String, String> penaltyOptions() {
        Map<String, String> out = new LinkedHashMap<>();
        penalties().forEach(p -> out.put(p.code(), p.label()));
        return out;
    }

    /** The kind of a class; empty for a code the catalogue does not know. */
    public Optional<Kind> kindOf(String code) {
        return sanctionClass(code).map(SanctionClass::kind);
    }

    /** The one penalty a class has for that employment type (dismissal), if it has just one. */
    public Optional<Penalty> onlyPenalty(String sanctionClass, String employmentType) {
        List<Penalty> of = penalties().stream()
                .filter(p -> p.sanctionClass().equals(sanctionClass) && p.employmentType().equals(employmentType)).toList();
        return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
    }

    /**
     * Why a penalty does not fit the disciplinary level chosen and the person's employment type ({@code PNS},
     * {@code PPPK}; null: unknown), as a message code and its arguments; empty when it fits.
     */
    public Optional<Misfit> misfit(String penalty, String sanctionClass, String employmentType) {
        Penalty p = penalty(penalty).orElseThrow(() -> new IllegalArgumentException("no penalty " + penalty));
        if (!p.sanctionClass().equals(sanctionClass)) {
            return Optional.of(new Misfit("examination.penaltyOfOtherLevel"));
        }
        if (employmentType != null && !p.employmentType().equals(employmentType)) {
            return Optional.of(new Misfit("examination.penaltyOfOtherEmployment", p.employmentType(), employmentType));
        }
        return Optional.empty();
    }

    /** A penalty that does not fit, said by a message code of the catalogue and its arguments. */
    public record Misfit(String code, Object... args) {
    }

    /**
     * Whether {@code imposed} is lighter than {@code recommended}, both of one kind: nothing imposed is lighter than any
     * sanction; a class of lower severity is lighter; in the same class, a penalty of lower severity is lighter when
     * both name one (a class recommended without its penalty leaves the penalty to the PPK).
     */
    public boolean lighter(Sanction recommended, Sanction imposed) {
        if (recommended == null || recommended.sanctionClass() == null) {
            return false;
        }
        if (imposed == null || imposed.sanctionClass() == null) {
            return true;
        }
        int byClass = Integer.compare(classSeverity(imposed.sanctionClass()), classSeverity(recommended.sanctionClass()));
        if (byClass != 0 || recommended.penalty() == null || imposed.penalty() == null) {
            return byClass < 0;
        }
        return penaltySeverity(imposed.penalty()) < penaltySeverity(recommended.penalty());
    }

    private int classSeverity(String code) {
        return sanctionClass(code).map(SanctionClass::severity).orElseThrow(() -> new IllegalArgumentException("no sanction class " + code));
    }

    private int penaltySeverity(String code) {
        return penalty(code).map(Penalty::severity).orElseThrow(() -> new IllegalArgumentException("no penalty " + code));
    }
}
