package id.netra.examination;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.platform.InvalidInputException;
import id.netra.reference.ReferenceData;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The examination of one person's track, without a running application. */
class ExaminationFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final UUID caseId = UUID.randomUUID();
    private final UUID person = UUID.randomUUID();
    private final Examinations examinations = mock(Examinations.class);
    private final CaseRecords records = mock(CaseRecords.class);
    private final ReferenceData reference = mock(ReferenceData.class);
    private final ExaminationForm form;
    private final TaskContext ctx;

    ExaminationFormTest() {
        when(reference.sanctionClasses()).thenReturn(Map.of("MORAL_OPEN", "Pernyataan terbuka", "DISCIPLINE_MEDIUM", "Disiplin sedang"));
        when(reference.violationTypes()).thenReturn(Map.of("SOCIAL_MEDIA", "Media sosial"));
        form = new ExaminationForm(examinations, records, reference);
        CaseFile caseFile = mock(CaseFile.class);
        when(caseFile.id()).thenReturn(caseId);
        ctx = new TaskContext("t1", "examination", caseFile, person, new NetraUser("examiner", "E", Role.EXAMINER, null, null));
    }

    private Map<String, Object> decide(Map<String, Object> body) {
        return form.complete(ctx, new FormInput(JSON.valueToTree(body), form.fields())).asMap();
    }

    @Test
    void aProvenExaminationIsRecordedOnItsPersonsTrackWithItsSanction() {
        assertThat(decide(Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM", "violationTypes", List.of("SOCIAL_MEDIA"),
                "reasoning", "Terbukti."))).containsEntry("examinationOutcome", "PROVEN");
        verify(examinations).record(person, caseId, ExaminationForm.Outcome.PROVEN, "DISCIPLINE_MEDIUM", List.of("SOCIAL_MEDIA"),
                "Terbukti.", "examiner");
        verify(records).decision(eq(caseId), eq(person), eq("examination"), eq("t1"), eq("examiner"), eq("PROVEN"), any());
    }

    @Test
    void notProvenKeepsNoSanctionAndProvenNeedsOne() {
        decide(Map.of("outcome", "NOT_PROVEN", "sanctionClass", "MORAL_OPEN", "reasoning", "Tidak cukup bukti."));
        verify(examinations).record(person, caseId, ExaminationForm.Outcome.NOT_PROVEN, null, List.of(), "Tidak cukup bukti.", "examiner");
        assertThatThrownBy(() -> decide(Map.of("outcome", "PROVEN", "reasoning", "Terbukti."))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("sanctionClass"));
        verify(examinations, never()).record(any(), any(), eq(ExaminationForm.Outcome.PROVEN), any(), any(), anyString(), anyString());
    }
}
