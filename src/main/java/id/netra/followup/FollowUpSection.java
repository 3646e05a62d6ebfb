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
import java.util.Set;
import java.util.UUID;

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

    /** Reads each table once for all the persons shown. */
    @Override
    public void contribute(Rendering r) {
        List<UUID> ids = r.persons().stream().map(CasePerson::id).toList();
        Set<UUID> blocked = followUps.blockedOf(ids);
        Map<UUID, FollowUps.FollowUp> reported = r.full() ? followUps.findAll(ids) : Map.of();
        Map<UUID, Map<Kind, Sanction>> recommended = reported.isEmpty() ? Map.of() : examinations.sanctionsOf(reported.keySet());
        for (CasePerson p : r.persons()) {
            Map<String, Object> part = r.personParts().get(p.id());
            part.put("personnelDataBlocked", blocked.contains(p.id()));
            if (r.full()) {
                FollowUps.FollowUp f = reported.get(p.id());
                part.put("followUp", f == null ? null : followUp(f, recommended.getOrDefault(f.personId(), Map.of())));
            }
        }
        CasePerson first = r.firstPerson();
        boolean firstBlocked = first != null && blocked.contains(first.id());
        r.topLevel("reported").put("personnelDataBlocked", firstBlocked);
        if (r.full()) {
            FollowUps.FollowUp ff = first == null ? null : reported.get(first.id());
            FollowUps.Reported f = ff == null ? null : ff.first();
            Map<String, Object> followUp = new LinkedHashMap<>();
            followUp.put("imposedSanction", f == null ? null : f.sanctionClass());
            followUp.put("decreeNumber", f == null ? null : f.decreeNumber());
            followUp.put("decreeDate", f == null ? null : f.decreeDate());
            followUp.put("personnelDataBlocked", firstBlocked);
            r.out().put("followUp", followUp);
        }
    }

    private Map<String, Object> followUp(FollowUps.FollowUp f, Map<Kind, Sanction> recommended) {
        Map<String, Object> m = new LinkedHashMap<>();
        FollowUps.Reported first = f.first();
        m.put("sanctionImposed", f.sanctionImposed());
        m.put("imposedSanction", first == null ? null : first.sanctionClass());
        m.put("decreeNumber", first == null ? null : first.decreeNumber());
        m.put("decreeDate", first == null ? null : first.decreeDate());
        m.put("reportedAt", f.reportedAt());
        m.put("sanctions", sanctions(f, recommended));
        return m;
    }

    /** Each kind recommended or reported: the sanction recommended beside the one imposed, and whether it is lighter. */
    private List<Map<String, Object>> sanctions(FollowUps.FollowUp f, Map<Kind, Sanction> recommended) {
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
