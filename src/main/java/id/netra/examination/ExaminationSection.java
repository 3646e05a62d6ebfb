package id.netra.examination;

import id.netra.casefile.CasePerson;
import id.netra.casefile.CaseSection;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Sanction;
import id.netra.workflow.FlowNodes;
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
    private final id.netra.casefile.CaseRecords records;

    ExaminationSection(Examinations examinations, org.springframework.jdbc.core.simple.JdbcClient jdbc, id.netra.casefile.CaseRecords records) {
        this.examinations = examinations;
        this.jdbc = jdbc;
        this.records = records;
    }

    /** The examination's recorded result before its approval: awaiting it, approved, or rejected and to be done again. */
    enum Approval { PENDING, APPROVED, REJECTED }

    /**
     * Where the person's examination stands with its approver: the last of the examination's and the approval's
     * decisions on the track says it (null for an examination recorded without one, by an earlier release).
     */
    private Approval approval(java.util.UUID personId) {
        return records.lastOf(personId, java.util.List.of(FlowNodes.EXAMINATION, FlowNodes.RECOMMENDATION_APPROVAL))
                .map(d -> d.taskKey().equals(FlowNodes.EXAMINATION) ? Approval.PENDING
                        : "REJECTED".equals(d.outcome()) ? Approval.REJECTED : Approval.APPROVED)
                .orElse(null);
    }

    @Override
    public void contribute(Rendering r) {
        // Each person's examination and recommendation in the summary shown with a task too: the approver approves
        // what the examination proposes (its sanctions and addressee), and GET /tasks/{id} says it.
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
                // Who examined: the approver reads whose work it approves (as a decision names who decided it).
                m.put("examinedBy", e.examinedBy());
                m.put("approval", approval(p.id()));
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
        if (!r.full()) {
            return;
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
