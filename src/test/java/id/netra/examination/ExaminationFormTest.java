package id.netra.examination;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.platform.InvalidInputException;
import id.netra.casefile.CasePerson;
import id.netra.casefile.CasePersons;
import id.netra.reference.ReferenceData;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Sanction;
import id.netra.reference.SanctionCatalogueProperties;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
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
    private final CasePersons persons = mock(CasePersons.class);
    private final ExaminationForm form;
    private final TaskContext ctx;

    ExaminationFormTest() {
        when(reference.violationTypes()).thenReturn(Map.of("SOCIAL_MEDIA", "Media sosial"));
        when(persons.get(person)).thenReturn(new CasePerson(person, caseId, 1, "Budi Santoso", CasePerson.EmploymentType.PNS, null,
                "Camat", null, "PEMDA-36.04"));
        ExaminationService service = mock(ExaminationService.class);
        when(service.currentAddressee(person)).thenReturn("PEMDA-36.04");
        form = new ExaminationForm(examinations, records, reference, SanctionCatalogueProperties.CATALOGUE, persons,
                mock(Clarifications.class), service);
        CaseFile caseFile = mock(CaseFile.class);
        when(caseFile.id()).thenReturn(caseId);
        ctx = new TaskContext("t1", "examination", caseFile, person, new NetraUser("examiner", "E", Role.EXAMINER, null, null));
    }

    private Map<String, Object> decide(Map<String, Object> body) {
        return form.complete(ctx, new FormInput(form.fromEarlierRelease(JSON.valueToTree(body), person), form.fields())).asMap();
    }

    private static Map<Kind, Sanction> sanctions(String moral, String discipline, String penalty) {
        Map<Kind, Sanction> out = new EnumMap<>(Kind.class);
        if (moral != null) {
            out.put(Kind.MORAL, new Sanction(moral, null));
        }
        if (discipline != null) {
            out.put(Kind.DISCIPLINARY, new Sanction(discipline, penalty));
        }
        return out;
    }

    @Test
    void aProvenExaminationIsRecordedOnItsPersonsTrackWithBothSanctions() {
        assertThat(decide(Map.of("outcome", "PROVEN", "moralSanction", "MORAL_OPEN", "disciplinarySanction", "DISCIPLINE_MEDIUM",
                "disciplinaryPenalty", "PNS_ALLOWANCE_CUT_9M", "violationTypes", List.of("SOCIAL_MEDIA"), "reasoning", "Terbukti.")))
                .containsEntry("examinationOutcome", "PROVEN");
        verify(examinations).record(person, caseId, ExaminationForm.Outcome.PROVEN,
                sanctions("MORAL_OPEN", "DISCIPLINE_MEDIUM", "PNS_ALLOWANCE_CUT_9M"), List.of("SOCIAL_MEDIA"), "Terbukti.", "examiner");
        verify(records).decision(eq(caseId), eq(person), eq("examination"), eq("t1"), eq("examiner"), eq("PROVEN"), any());
    }

    @Test
    void anEarlierReleasesSanctionClassIsTheSanctionOfItsKind() {
        decide(Map.of("outcome", "PROVEN", "sanctionClass", "DISCIPLINE_MEDIUM", "reasoning", "Terbukti."));
        verify(examinations).record(person, caseId, ExaminationForm.Outcome.PROVEN, sanctions(null, "DISCIPLINE_MEDIUM", null),
                List.of(), "Terbukti.", "examiner");
        decide(Map.of("outcome", "PROVEN", "sanctionClass", "MORAL_CLOSED", "reasoning", "Terbukti."));
        verify(examinations).record(person, caseId, ExaminationForm.Outcome.PROVEN, sanctions("MORAL_CLOSED", null, null),
                List.of(), "Terbukti.", "examiner");
    }

    @Test
    void dismissalTakesTheOnlyPenaltyOfThePersonsEmployment() {
        decide(Map.of("outcome", "PROVEN", "disciplinarySanction", "DISMISSAL", "reasoning", "Anggota partai politik."));
        verify(examinations).record(person, caseId, ExaminationForm.Outcome.PROVEN, sanctions(null, "DISMISSAL", "PNS_DISMISSAL"),
                List.of(), "Anggota partai politik.", "examiner");
    }

    @Test
    void aPenaltyOfAnotherLevelOrEmploymentIsRefused() {
        assertThatThrownBy(() -> decide(Map.of("outcome", "PROVEN", "disciplinarySanction", "DISCIPLINE_HEAVY",
                "disciplinaryPenalty", "PNS_ALLOWANCE_CUT_6M", "reasoning", "x"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(f -> f.code()).containsExactly("examination.penaltyOfOtherLevel"));
        assertThatThrownBy(() -> decide(Map.of("outcome", "PROVEN", "disciplinarySanction", "DISCIPLINE_HEAVY",
                "disciplinaryPenalty", "PPPK_CONTRACT_ENDED", "reasoning", "x"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(f -> f.code()).containsExactly("examination.penaltyOfOtherEmployment"));
    }

    @Test
    void notProvenKeepsNoSanctionAndProvenNeedsOneOfEitherKind() {
        decide(Map.of("outcome", "NOT_PROVEN", "reasoning", "Tidak cukup bukti."));
        verify(examinations).record(person, caseId, ExaminationForm.Outcome.NOT_PROVEN, Map.of(), List.of(), "Tidak cukup bukti.", "examiner");
        assertThatThrownBy(() -> decide(Map.of("outcome", "PROVEN", "reasoning", "Terbukti."))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactly("moralSanction", "disciplinarySanction"));
        verify(examinations, never()).record(any(), any(), eq(ExaminationForm.Outcome.PROVEN), any(), any(), anyString(), anyString());
    }

    @Test
    void aSanctionBesideAnOutcomeNotProvenIsRefusedNamingEachField() {
        for (String outcome : List.of("NOT_PROVEN", "NOT_APPLICABLE")) {
            assertThatThrownBy(() -> decide(Map.of("outcome", outcome, "moralSanction", "MORAL_OPEN",
                    "disciplinarySanction", "DISCIPLINE_LIGHT", "disciplinaryPenalty", "PNS_ORAL_REPRIMAND", "reasoning", "Tidak.")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field() + ":" + f.code())
                            .containsExactly("moralSanction:examination.sanction.notProven",
                                    "disciplinarySanction:examination.sanction.notProven",
                                    "disciplinaryPenalty:examination.sanction.notProven"));
            // An earlier release's one sanction is refused as the field it stands for.
            assertThatThrownBy(() -> decide(Map.of("outcome", outcome, "sanctionClass", "MORAL_OPEN", "reasoning", "Tidak.")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                            .containsExactly("moralSanction"));
        }
        verify(examinations, never()).record(any(), any(), any(), any(), any(), anyString(), anyString());
    }
}
