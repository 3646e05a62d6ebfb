package id.netra.examination;

import id.netra.casefile.CasePerson;
import id.netra.casefile.CaseSection;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Sanction;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The examining agency's part of the case detail: each person's examination (its recommended sanctions by kind, and
 * the earlier releases' one {@code recommendedSanction}) and recommendation (read by everyone who
 * reads the person: a PPK reads the recommendation and its grounds), and the first release's single
 * {@code examination} object, of the first person the viewer reads.
 */
@Component
@Order(20)
class ExaminationSection implements CaseSection {

    private final Examinations examinations;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ExaminationSection(Examinations examinations, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.examinations = examinations;
        this.jdbc = jdbc;
    }

    @Override
    public void contribute(Rendering r) {
        if (!r.full()) {
            return;
        }
        for (CasePerson p : r.persons()) {
            Map<String, Object> part = r.personParts().get(p.id());
            part.put("examination", examinations.find(p.id()).map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("outcome", e.outcome());
                m.put("recommendedSanction", e.recommendedSanction());
                m.put("moralSanction", e.sanction(Kind.MORAL) == null ? null : e.sanction(Kind.MORAL).sanctionClass());
                Sanction discipline = e.sanction(Kind.DISCIPLINARY);
                m.put("disciplinarySanction", discipline == null ? null : discipline.sanctionClass());
                m.put("disciplinaryPenalty", discipline == null ? null : discipline.penalty());
                m.put("violationTypes", e.violationTypes());
                m.put("reasoning", e.reasoning());
                // The authority addressed when not the person's PPK (null: the person's PPK), and why.
                Examinations.Authority authority = examinations.authority(p.id()).orElse(null);
                m.put("authority", authority == null ? null : authority.agencyCode());
                m.put("authorityReason", authority == null ? null : authority.reason());
                m.put("examinedAt", e.examinedAt());
                return m;
            }).orElse(null));
            // A request for clarification awaiting its answer: the examination's clock stands still meanwhile.
            part.put("clarificationPending", jdbc.sql("""
                            SELECT addressee, letter_number, requested_on FROM examination_clarification
                            WHERE person_id = :p AND answered_on IS NULL""").param("p", p.id())
                    .query((rs, n) -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("addressee", rs.getString(1));
                        m.put("letterNumber", rs.getString(2));
                        m.put("requestedOn", rs.getDate(3).toLocalDate());
                        return m;
                    }).optional().orElse(null));
            part.put("recommendation", examinations.recommendation(p.id()).map(rec -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("number", rec.number());
                m.put("addressedTo", rec.agencyCode());
                m.put("issuedAt", rec.issuedAt());
                return m;
            }).orElse(null));
        }
        Map<String, Object> examination = new LinkedHashMap<>();
        CasePerson first = r.firstPerson();
        Examinations.Examination e = first == null ? null : examinations.find(first.id()).orElse(null);
        examination.put("outcome", e == null ? null : e.outcome());
        examination.put("recommendedSanction", e == null ? null : e.recommendedSanction());
        examination.put("reasoning", e == null ? null : e.reasoning());
        examination.put("forwardedAt", r.caseFile().forwardedAt());
        examination.put("recommendedAt", first == null ? null
                : examinations.recommendation(first.id()).map(Examinations.Recommendation::issuedAt).orElse(null));
        r.out().put("examination", examination);
    }
}
