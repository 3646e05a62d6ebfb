package id.netra.followup;

import id.netra.casefile.CasePerson;
import id.netra.casefile.CaseSection;
import id.netra.examination.Examinations;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Sanction;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PPK's part of the case detail: each person's follow-up — each sanction imposed beside the one recommended
 * ({@code sanctions}), and the earlier releases' one sanction and decree — and whether their personnel data is
 * blocked, and the first release's single {@code followUp} object and {@code reported.personnelDataBlocked}, of the
 * first person the viewer reads.
 */
@Component
@Order(30)
class FollowUpSection implements CaseSection {

    private final FollowUps followUps;
    private final Examinations examinations;
    private final SanctionCatalogue catalogue;

    FollowUpSection(FollowUps followUps, Examinations examinations, SanctionCatalogue catalogue) {
        this.followUps = followUps;
        this.examinations = examinations;
        this.catalogue = catalogue;
    }

    @Override
    public void contribute(Rendering r) {
        for (CasePerson p : r.persons()) {
            Map<String, Object> part = r.personParts().get(p.id());
            part.put("personnelDataBlocked", followUps.personnelDataBlocked(p.id()));
            if (r.full()) {
                part.put("followUp", followUps.find(p.id()).map(this::followUp).orElse(null));
            }
        }
        CasePerson first = r.firstPerson();
        boolean blocked = first != null && followUps.personnelDataBlocked(first.id());
        r.topLevel("reported").put("personnelDataBlocked", blocked);
        if (r.full()) {
            FollowUps.Reported f = first == null ? null : followUps.find(first.id()).map(FollowUps.FollowUp::first).orElse(null);
            Map<String, Object> followUp = new LinkedHashMap<>();
            followUp.put("imposedSanction", f == null ? null : f.sanctionClass());
            followUp.put("decreeNumber", f == null ? null : f.decreeNumber());
            followUp.put("decreeDate", f == null ? null : f.decreeDate());
            followUp.put("personnelDataBlocked", blocked);
            r.out().put("followUp", followUp);
        }
    }

    private Map<String, Object> followUp(FollowUps.FollowUp f) {
        Map<String, Object> m = new LinkedHashMap<>();
        FollowUps.Reported first = f.first();
        m.put("sanctionImposed", f.sanctionImposed());
        m.put("imposedSanction", first == null ? null : first.sanctionClass());
        m.put("decreeNumber", first == null ? null : first.decreeNumber());
        m.put("decreeDate", first == null ? null : first.decreeDate());
        m.put("reportedAt", f.reportedAt());
        m.put("sanctions", sanctions(f));
        return m;
    }

    /** Each kind recommended or reported: the sanction recommended beside the one imposed, and whether it is lighter. */
    private List<Map<String, Object>> sanctions(FollowUps.FollowUp f) {
        Map<Kind, Sanction> recommended = examinations.sanctions(f.personId());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Sanction rec = recommended.get(kind);
            FollowUps.Reported rep = f.sanctions().get(kind);
            if (rec == null && rep == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind.name());
            m.put("recommended", rec == null ? null : rec.sanctionClass());
            m.put("recommendedPenalty", rec == null ? null : rec.penalty());
            m.put("imposed", rep != null && rep.imposed());
            m.put("sanction", rep == null ? null : rep.sanctionClass());
            m.put("penalty", rep == null ? null : rep.penalty());
            m.put("decreeNumber", rep == null ? null : rep.decreeNumber());
            m.put("decreeDate", rep == null ? null : rep.decreeDate());
            m.put("lighter", catalogue.lighter(rec, rep == null ? null : rep.sanction()));
            out.add(m);
        }
        return out;
    }
}
