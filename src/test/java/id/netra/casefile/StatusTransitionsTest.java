package id.netra.casefile;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The two transition tables, without a running application: what they allow, and that every status is reachable. */
class StatusTransitionsTest {

    @Test
    void aClosedCaseOrTrackGoesNowhere() {
        for (CaseStatus s : CaseStatus.values()) {
            if (s.closed()) {
                assertThat(s.next()).as(s.name()).isEmpty();
            }
        }
        for (TrackStatus s : TrackStatus.values()) {
            if (s.closed()) {
                assertThat(s.next()).as(s.name()).isEmpty();
            }
        }
    }

    @Test
    void everyCaseStatusIsReachableFromReceivedAndEveryOpenOneCanEnd() {
        Set<CaseStatus> reached = EnumSet.of(CaseStatus.RECEIVED);
        ArrayDeque<CaseStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (CaseStatus n : todo.pop().next()) {
                if (reached.add(n)) {
                    todo.add(n);
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseStatus.values());
        for (CaseStatus s : CaseStatus.values()) {
            if (!s.closed()) {
                assertThat(s.next()).as(s.name()).isNotEmpty();
            }
        }
    }

    @Test
    void theBawasluPhaseMovesOnlyForward() {
        assertThat(CaseStatus.RECEIVED.mayMoveTo(CaseStatus.REGISTERED)).isTrue();
        assertThat(CaseStatus.REGISTERED.mayMoveTo(CaseStatus.RECEIVED)).isFalse();
        assertThat(CaseStatus.REGISTERED.mayMoveTo(CaseStatus.WITHDRAWN)).as("no withdrawal after registration").isFalse();
        assertThat(CaseStatus.AWAITING_PLENARY.mayMoveTo(CaseStatus.UNDER_ASSESSMENT)).as("sent back").isTrue();
        assertThat(CaseStatus.UNDER_ASSESSMENT.mayMoveTo(CaseStatus.UNDER_EXAMINATION)).as("only the plenary forwards").isFalse();
        assertThat(CaseStatus.UNDER_EXAMINATION.mayMoveTo(CaseStatus.CLOSED_NO_VIOLATION)).isFalse();
    }

    @Test
    void aTrackIsSanctionedOnlyAfterItsFollowUpWasReported() {
        assertThat(TrackStatus.FOLLOW_UP_REPORTED.mayMoveTo(TrackStatus.CLOSED_SANCTIONED)).isTrue();
        assertThat(TrackStatus.RECOMMENDATION_ISSUED.mayMoveTo(TrackStatus.CLOSED_SANCTIONED)).isFalse();
        assertThat(TrackStatus.FOLLOW_UP_OVERDUE.mayMoveTo(TrackStatus.CLOSED_SANCTIONED)).isFalse();
        assertThat(TrackStatus.UNDER_EXAMINATION.mayMoveTo(TrackStatus.CLOSED_SANCTIONED)).isFalse();
        assertThat(TrackStatus.RECOMMENDATION_ISSUED.mayMoveTo(TrackStatus.CLOSED_NOT_PROVEN)).isFalse();
    }

    @Test
    void anObjectionWaitsForTheExaminingAgencysAnswerWhichUpholdsOrRevises() {
        assertThat(TrackStatus.RECOMMENDATION_ISSUED.mayMoveTo(TrackStatus.OBJECTION_PENDING)).isTrue();
        assertThat(TrackStatus.OBJECTION_PENDING.next()).containsExactlyInAnyOrder(TrackStatus.RECOMMENDATION_ISSUED,
                TrackStatus.UNDER_EXAMINATION, TrackStatus.CLOSED_MOOT);
        assertThat(TrackStatus.FOLLOW_UP_OVERDUE.mayMoveTo(TrackStatus.OBJECTION_PENDING)).as("no objection after the deadline").isFalse();
        assertThat(PersonTracks.summarise(java.util.List.of(TrackStatus.OBJECTION_PENDING))).isEqualTo(CaseStatus.OBJECTION_PENDING);
        assertThat(PersonTracks.summarise(java.util.List.of(TrackStatus.RECOMMENDATION_ISSUED, TrackStatus.OBJECTION_PENDING)))
                .as("the examining agency's turn comes before a PPK's on time").isEqualTo(CaseStatus.OBJECTION_PENDING);
        assertThat(PersonTracks.summarise(java.util.List.of(TrackStatus.FOLLOW_UP_OVERDUE, TrackStatus.OBJECTION_PENDING)))
                .isEqualTo(CaseStatus.FOLLOW_UP_OVERDUE);
    }
}
