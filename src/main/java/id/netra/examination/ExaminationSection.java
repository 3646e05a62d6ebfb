package id.netra.examination;

import id.netra.casefile.CasePerson;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseSection;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Sanction;
import id.netra.workflow.FlowNodes;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    private final JdbcClient jdbc;
    private final CaseRecords records;

    ExaminationSection(Examinations examinations, JdbcClient jdbc, CaseRecords records) {
        this.examinations = examinations;
        this.jdbc = jdbc;
        this.records = records;
    }

    /** The examination's recorded result before its approval: awaiting it, approved, or rejected and to be done again. */
    enum Approval { PENDING, APPROVED, REJECTED }

    /**
     * Where each person's examination stands with its approver: the last of the examination's and the approval's
     * decisions on the track says it (none for an examination recorded without one, by an earlier release).
     */
    private Map<UUID, Approval> approvals(List<UUID> personIds) {
        Map<UUID, Approval> out = new HashMap<>();
        records.lastOfEach(personIds, List.of(FlowNodes.EXAMINATION, FlowNodes.RECOMMENDATION_APPROVAL)).forEach((id, d) ->
                out.put(id, d.taskKey().equals(FlowNodes.EXAMINATION) ? Approval.PENDING
                        : "REJECTED".equals(d.outcome()) ? Approval.REJECTED : Approval.APPROVED));
        return out;
    }

    /** Each person's request for clarification awaiting its answer (the examination's clock stands still meanwhile). */
    private Map<UUID, Map<String, Object>> pendingClarifications(List<UUID> personIds) {
        Map<UUID, Map<String, Object>> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        SELECT person_id, addressee, letter_number, requested_on FROM examination_clarification
                        WHERE person_id IN (:p) AND answered_on IS NULL""").param("p", personIds)
                .query(rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("addressee", rs.getString(2));
                    m.put("letterNumber", rs.getString(3));
                    m.put("requestedOn", rs.getDate(4).toLocalDate());
                    out.put(rs.getObject(1, UUID.class), m);
                });
        return out;
    }

    /**
     * Reads each table once for all the persons shown (a case naming five persons costs no more statements than one
     * naming one).
     */
    @Override
    public void contribute(Rendering r) {
        List<UUID> ids = r.persons().stream().map(CasePerson::id).toList();
        Map<UUID, Examinations.Examination> examined = examinations.findAll(ids);
        Map<UUID, Examinations.Recommendation> recommendations = examinations.recommendations(ids);
        Map<UUID, Examinations.Authority> authorities = examined.isEmpty() ? Map.of() : examinations.authorities(examined.keySet());
        Map<UUID, Approval> approvals = examined.isEmpty() ? Map.of() : approvals(List.copyOf(examined.keySet()));
        Map<UUID, Map<String, Object>> clarifications = pendingClarifications(ids);
        // Each person's examination and recommendation in the summary shown with a task too: the approver approves
        // what the examination proposes (its sanctions and addressee), and GET /tasks/{id} says it.
        for (CasePerson p : r.persons()) {
            Map<String, Object> part = r.personParts().get(p.id());
            Examinations.Examination e = examined.get(p.id());
            part.put("examination", e == null ? null : examination(e, authorities.get(p.id()), approvals.get(p.id())));
            part.put("clarificationPending", clarifications.get(p.id()));
            Examinations.Recommendation rec = recommendations.get(p.id());
            Map<String, Object> recommendation = null;
            if (rec != null) {
                recommendation = new LinkedHashMap<>();
                recommendation.put("number", rec.number());
                recommendation.put("addressedTo", rec.agencyCode());
                recommendation.put("issuedAt", rec.issuedAt());
            }
            part.put("recommendation", recommendation);
        }
        if (!r.full()) {
            return;
        }
        Map<String, Object> examination = new LinkedHashMap<>();
        CasePerson first = r.firstPerson();
        Examinations.Examination e = first == null ? null : examined.get(first.id());
        Examinations.Recommendation rec = first == null ? null : recommendations.get(first.id());
        examination.put("outcome", e == null ? null : e.outcome());
        examination.put("recommendedSanction", e == null ? null : e.recommendedSanction());
        examination.put("reasoning", e == null ? null : e.reasoning());
        examination.put("forwardedAt", r.caseFile().forwardedAt());
        examination.put("recommendedAt", rec == null ? null : rec.issuedAt());
        r.out().put("examination", examination);
    }

    private static Map<String, Object> examination(Examinations.Examination e, Examinations.Authority authority, Approval approval) {
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
        m.put("authority", authority == null ? null : authority.agencyCode());
        m.put("authorityReason", authority == null ? null : authority.reason());
        m.put("examinedAt", e.examinedAt());
        // Who examined: the approver reads whose work it approves (as a decision names who decided it).
        m.put("examinedBy", e.examinedBy());
        m.put("approval", approval);
        return m;
    }
}
