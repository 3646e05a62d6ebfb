package id.netra.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rejection a task is back for, read from the decisions of the case as its viewer reads them. */
class SentBackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    private final ObjectNode caseDetail = JSON.createObjectNode();
    private final ArrayNode decisions = caseDetail.putArray("decisions");
    private int minute;

    private SentBackTest decided(String taskKey, UUID person, String outcome, String notes) {
        ObjectNode d = decisions.addObject().put("taskKey", taskKey).put("decidedBy", "user." + taskKey)
                .put("decidedAt", Instant.parse("2026-11-27T03:00:00Z").plusSeconds(60L * minute++).toString()).put("outcome", outcome);
        d.putObject("payload").put("notes", notes);
        if (person == null) {
            d.putNull("personId");
        } else {
            d.put("personId", person.toString());
        }
        return this;
    }

    private Optional<SentBack> examination(UUID person) {
        return SentBack.find(caseDetail, "examination", "recommendationApproval", person, u -> "Name of " + u);
    }

    @Test
    void aTaskBackAfterItsCheckersRejectionSaysWhoWhenAndWhy() {
        decided("examination", A, "PROVEN", null).decided("recommendationApproval", A, "REJECTED", "Lengkapi pertimbangan.");
        assertThat(examination(A)).contains(new SentBack("recommendationApproval", "Name of user.recommendationApproval",
                Instant.parse("2026-11-27T03:01:00Z"), "Lengkapi pertimbangan.", decisions.get(0).get("payload")));
    }

    @Test
    void theAnswerSentBackIsTheTasksLastOnItsOwnTrack() {
        decided("examination", A, "PROVEN", "pertama").decided("examination", B, "NOT_PROVEN", "orang lain")
                .decided("recommendationApproval", A, "REJECTED", "Lengkapi.").decided("examination", A, "PROVEN", "kedua")
                .decided("recommendationApproval", A, "REJECTED", "Sekali lagi.");
        assertThat(examination(A).map(s -> s.answer().path("notes").asText())).contains("kedua");
        // A decision without a payload the viewer reads: back all the same, with nothing to fill the form with.
        decided("examination", A, "PROVEN", null).decided("recommendationApproval", A, "REJECTED", "Lagi.");
        ((ObjectNode) decisions.get(decisions.size() - 2)).remove("payload");
        assertThat(examination(A)).hasValueSatisfying(s -> assertThat(s.answer()).isNull());
    }

    @Test
    void aFirstTimeTaskAndWorkDoneAgainOrApprovedSinceAreNotBack() {
        assertThat(examination(A)).isEmpty();
        decided("examination", A, "PROVEN", null);
        assertThat(examination(A)).isEmpty();
        decided("recommendationApproval", A, "REJECTED", "Lengkapi.").decided("examination", A, "PROVEN", null);
        assertThat(examination(A)).as("done again, awaiting its check").isEmpty();
        decided("recommendationApproval", A, "APPROVED", null);
        assertThat(examination(A)).as("approved since").isEmpty();
        decided("examination", A, "PROVEN", null).decided("recommendationApproval", A, "REJECTED", "Sekali lagi.");
        assertThat(examination(A).map(SentBack::notes)).as("the last rejection").contains("Sekali lagi.");
    }

    @Test
    void aRejectionIsOfItsOwnTrackAndOtherStepsDecisionsDoNotCount() {
        decided("examination", A, "PROVEN", null).decided("recommendationApproval", A, "REJECTED", "Lengkapi.")
                .decided("examination", B, "PROVEN", null).decided("ppkReminder", A, "REMINDED", null);
        assertThat(examination(B)).isEmpty();
        assertThat(examination(A)).isPresent();
        // The case's own track is another one: a plenary's rejection is the assessment's.
        decided("assessment", null, "NEUTRALITY_VIOLATION", null).decided("plenaryDecision", null, "REJECTED", "Kaji ulang.")
                .decided("assessmentExtension", null, "EXTENDED", null);
        assertThat(SentBack.find(caseDetail, "assessment", "plenaryDecision", null, u -> u).map(SentBack::notes)).contains("Kaji ulang.");
        assertThat(examination(A)).isPresent();
    }

    @Test
    void aRejectionTheViewerMayNotReadIsNotThereToSay() {
        // The case rendered without its decisions (withheld, or a summary): nothing to say.
        assertThat(SentBack.find(JSON.createObjectNode(), "examination", "recommendationApproval", A, u -> u)).isEmpty();
    }
}
