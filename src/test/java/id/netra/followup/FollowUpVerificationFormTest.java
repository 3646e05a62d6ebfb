package id.netra.followup;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.platform.InvalidInputException;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
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
    private final FollowUpVerificationForm form = new FollowUpVerificationForm(records, tracks, followUps);
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
        when(followUps.find(person)).thenReturn(Optional.of(new FollowUps.FollowUp(person, sanction != null, sanction,
                sanction == null ? null : "800/1/2026", sanction == null ? null : LocalDate.now(), "ppk.serang", Instant.now())));
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
        when(followUps.personnelDataBlocked(person)).thenReturn(false);
        decide(Map.of("accepted", false, "notes", "SK belum dilampirkan."));
        verify(tracks).change(eq(person), eq(TrackStatus.RECOMMENDATION_ISSUED), eq("examiner"), any());
        when(followUps.personnelDataBlocked(person)).thenReturn(true);
        decide(Map.of("accepted", false, "notes", "SK belum dilampirkan."));
        verify(tracks).change(eq(person), eq(TrackStatus.FOLLOW_UP_OVERDUE), eq("examiner"), any());
    }
}
