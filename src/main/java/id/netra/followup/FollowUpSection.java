package id.netra.followup;

import id.netra.casefile.CasePerson;
import id.netra.casefile.CaseSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PPK's part of the case detail: each person's follow-up and whether their personnel data is blocked, and the
 * first release's single {@code followUp} object and {@code reported.personnelDataBlocked}, of the first person the
 * viewer reads.
 */
@Component
@Order(30)
class FollowUpSection implements CaseSection {

    private final FollowUps followUps;

    FollowUpSection(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public void contribute(Rendering r) {
        for (CasePerson p : r.persons()) {
            Map<String, Object> part = r.personParts().get(p.id());
            part.put("personnelDataBlocked", followUps.personnelDataBlocked(p.id()));
            if (r.full()) {
                part.put("followUp", followUps.find(p.id()).map(FollowUpSection::followUp).orElse(null));
            }
        }
        CasePerson first = r.firstPerson();
        boolean blocked = first != null && followUps.personnelDataBlocked(first.id());
        r.topLevel("reported").put("personnelDataBlocked", blocked);
        if (r.full()) {
            FollowUps.FollowUp f = first == null ? null : followUps.find(first.id()).orElse(null);
            Map<String, Object> followUp = new LinkedHashMap<>();
            followUp.put("imposedSanction", f == null ? null : f.imposedSanction());
            followUp.put("decreeNumber", f == null ? null : f.decreeNumber());
            followUp.put("decreeDate", f == null ? null : f.decreeDate());
            followUp.put("personnelDataBlocked", blocked);
            r.out().put("followUp", followUp);
        }
    }

    private static Map<String, Object> followUp(FollowUps.FollowUp f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sanctionImposed", f.sanctionImposed());
        m.put("imposedSanction", f.imposedSanction());
        m.put("decreeNumber", f.decreeNumber());
        m.put("decreeDate", f.decreeDate());
        m.put("reportedAt", f.reportedAt());
        return m;
    }
}
