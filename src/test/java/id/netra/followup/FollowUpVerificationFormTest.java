package id.netra.followup;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.examination.Examinations;
import id.netra.platform.InvalidInputException;
import id.netra.reference.SanctionCatalogue.Kind;
import id.netra.reference.SanctionCatalogue.Sanction;
import id.netra.reference.SanctionCatalogueProperties;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The examining agency's verification of one person's follow-up, without a running application. */
class FollowUpVerificationFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final UUID person = UUID.randomUUID();
    private final CaseRecords records = mock(CaseRecords.class);
    private final PersonTracks tracks = mock(PersonTracks.class);
    private final FollowUps followUps = mock(FollowUps.class);
    private final Examinations examinations = mock(Examinations.class);
    private final FollowUpVerificationForm form = new FollowUpVerificationForm(records, tracks, followUps, examinations,
            SanctionCatalogueProperties.CATALOGUE);
    private final TaskContext ctx;

    FollowUpVerificationFormTest() {
        CaseFile caseFile = mock(CaseFile.class);
        when(caseFile.id()).thenReturn(UUID.randomUUID());
        ctx = new TaskContext("t1", "followUpVerification", caseFile, person, new NetraUser("examiner", "E", Role.EXAMINER, null, null));
    }

    private Map<String, Object> decide(Map<String, Object> body) {
        return form.complete(ctx, new FormInput(JSON.valueToTree(body), form.fields())).asMap();
    }

    private void reported(String sanction) {
        Map<Kind, FollowUps.Reported> sanctions = new EnumMap<>(Kind.class);
        if (sanction != null) {
            Kind kind = sanction.startsWith("MORAL") ? Kind.MORAL : Kind.DISCIPLINARY;
            sanctions.put(kind, new FollowUps.Reported(kind, true, sanction, null, "800/1/2026", id.netra.platform.Today.date()));
        }
        when(followUps.find(person)).thenReturn(Optional.of(new FollowUps.FollowUp(person, sanction != null, sanctions,
                "ppk.serang", Instant.now())));
    }

    private void recommended(String sanction) {
        Kind kind = sanction.startsWith("MORAL") ? Kind.MORAL : Kind.DISCIPLINARY;
        when(examinations.sanctions(person)).thenReturn(Map.of(kind, new Sanction(sanction, null)));
    }

    @Test
    void aLighterSanctionIsAcceptedOnlyWithTheReasonAndAHeavierOneWithout() {
        recommended("DISCIPLINE_HEAVY");
        reported("DISCIPLINE_MEDIUM");
        assertThatThrownBy(() -> decide(Map.of("accepted", true))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field() + " " + f.code())
                        .containsExactly("notes followup.verification.lighterWithoutReason"));
        assertThat(decide(Map.of("accepted", true, "notes", "SK sudah final; PPK mempertimbangkan masa kerja.")))
                .containsEntry("followUpAccepted", true);
        recommended("DISCIPLINE_LIGHT");
        assertThat(decide(Map.of("accepted", true))).containsEntry("followUpAccepted", true);
    }

    @Test
    void aSanctionImposedMayBeAcceptedAndTheTrackMovesOnlyInTheProcess() {
        reported("DISCIPLINE_MEDIUM");
        assertThat(decide(Map.of("accepted", true))).containsEntry("followUpAccepted", true).containsEntry("followUpReported", true);
        verify(tracks, never()).change(any(), any(), any(), any());
    }

    @Test
    void noSanctionImposedCannotBeAccepted() {
        reported(null);
        assertThatThrownBy(() -> decide(Map.of("accepted", true))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("accepted"));
        when(followUps.find(person)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> decide(Map.of("accepted", true))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRejectionSendsTheTrackBackToWhereItsDeadlineLeftIt() {
        reported("MORAL_OPEN");
        when(tracks.overdueOnItsRecommendation(person)).thenReturn(false);
        decide(Map.of("accepted", false, "notes", "SK belum dilampirkan."));
        verify(tracks).change(eq(person), eq(TrackStatus.RECOMMENDATION_ISSUED), eq("examiner"), any());
        when(tracks.overdueOnItsRecommendation(person)).thenReturn(true);
        decide(Map.of("accepted", false, "notes", "SK belum dilampirkan."));
        verify(tracks).change(eq(person), eq(TrackStatus.FOLLOW_UP_OVERDUE), eq("examiner"), any());
    }
}
