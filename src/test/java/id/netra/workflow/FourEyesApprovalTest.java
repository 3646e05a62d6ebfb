package id.netra.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRecords;
import id.netra.platform.ForbiddenException;
import id.netra.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class FourEyesApprovalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final UUID caseId = UUID.randomUUID();
    private final CaseRecords records = mock(CaseRecords.class);
    private final CaseFile caseFile = mock(CaseFile.class);
    private final FourEyesApproval approval = new FourEyesApproval(records, "examination", "Disetujui", "Catatan",
            "examination.approval.fourEyes");

    FourEyesApprovalTest() {
        when(caseFile.id()).thenReturn(caseId);
    }

    private static NetraUser user(String name) {
        return new NetraUser(name, name, Role.EXAMINER_APPROVER, null, null);
    }

    private FormInput input(Map<String, Object> body) {
        return new FormInput(JSON.valueToTree(body), approval.fields());
    }

    @Test
    void whoWroteTheWorkMayNotApproveIt() {
        when(records.lastDecider(caseId, null, "examination")).thenReturn(Optional.of("examiner"));
        assertThatThrownBy(() -> approval.checkMayDecide(caseFile, null, user("examiner")))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Prinsip empat mata: persetujuan harus diberikan oleh orang lain dari pemeriksa.")
                .satisfies(e -> assertThat(((ForbiddenException) e).message(java.util.Locale.ENGLISH))
                        .isEqualTo("Four-eyes principle: the approval must be given by someone other than the examiner."));
        assertThatCode(() -> approval.checkMayDecide(caseFile, null, user("examiner.approver"))).doesNotThrowAnyException();
    }

    @Test
    void onAPersonsTrackTheAuthorIsWhoExaminedThatPerson() {
        java.util.UUID camat = java.util.UUID.randomUUID();
        java.util.UUID lurah = java.util.UUID.randomUUID();
        when(records.lastDecider(caseId, camat, "examination")).thenReturn(Optional.of("examiner"));
        when(records.lastDecider(caseId, lurah, "examination")).thenReturn(Optional.of("examiner.dua"));
        assertThatThrownBy(() -> approval.checkMayDecide(caseFile, camat, user("examiner"))).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> approval.checkMayDecide(caseFile, lurah, user("examiner"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> approval.checkMayDecide(caseFile, lurah, user("examiner.dua"))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void noAuthorYetMeansAnyoneMayDecide() {
        when(records.lastDecider(caseId, null, "examination")).thenReturn(Optional.empty());
        assertThatCode(() -> approval.checkMayDecide(caseFile, null, user("examiner"))).doesNotThrowAnyException();
    }

    @Test
    void declaresApprovedAndNotesRequiredWhenNotApproved() {
        assertThat(approval.fields()).extracting(FormField::name).containsExactly("approved", "notes");
        assertThat(approval.fields().get(0).required()).isTrue();
        FormField notes = approval.fields().get(1);
        assertThat(notes.required()).isFalse();
        assertThat(notes.requiredIf()).containsExactly(new FormField.Condition("approved", false));
        assertThat(notes.requiredWhen()).isEqualTo("approved = false");
        assertThat(notes.maxLength()).isEqualTo(FormInput.MAX_TEXT);
    }

    @Test
    void aRejectionWithoutNotesIsRefusedAndNothingIsRecorded() {
        TaskContext ctx = new TaskContext("t1", "recommendationApproval", caseFile, null, user("approver"));
        assertThatThrownBy(() -> approval.decide(ctx, input(Map.of("approved", false))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("notes"));
        verify(records, never()).decision(any(), any(), anyString(), anyString(), anyString(), anyString(), any());
    }

    @Test
    void recordsTheDecisionUnderTheTaskWithItsOutcome() {
        TaskContext ctx = new TaskContext("t1", "recommendationApproval", caseFile, null, user("approver"));
        FourEyesApproval.Decision rejected = approval.decide(ctx, input(Map.of("approved", false, "notes", " Kurang bukti. ")));
        assertThat(rejected).isEqualTo(new FourEyesApproval.Decision(false, "Kurang bukti."));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("approved", false);
        payload.put("notes", "Kurang bukti.");
        verify(records).decision(caseId, null, "recommendationApproval", "t1", "approver", "REJECTED", payload);

        FourEyesApproval.Decision approved = approval.decide(ctx, input(Map.of("approved", true)));
        assertThat(approved.outcome()).isEqualTo("APPROVED");
        Map<String, Object> approvedPayload = new LinkedHashMap<>();
        approvedPayload.put("approved", true);
        approvedPayload.put("notes", null);
        verify(records).decision(caseId, null, "recommendationApproval", "t1", "approver", "APPROVED", approvedPayload);
    }
}
