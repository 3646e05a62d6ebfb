package id.netra.casefile;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The case's status as the summary of its tracks, over generated sets of tracks (1-50 persons). */
class TrackSummaryProperties {

    @Property
    void theCaseIsClosedExactlyWhenEveryTrackHasEnded(@ForAll @Size(min = 1, max = 50) List<TrackStatus> tracks) {
        CaseStatus summary = PersonTracks.summarise(tracks);
        assertThat(summary.closed()).isEqualTo(tracks.stream().allMatch(TrackStatus::closed));
    }

    @Property
    void theOrderOfThePersonsDoesNotMatter(@ForAll @Size(min = 1, max = 50) List<TrackStatus> tracks) {
        List<TrackStatus> reversed = new ArrayList<>(tracks);
        Collections.reverse(reversed);
        assertThat(PersonTracks.summarise(reversed)).isEqualTo(PersonTracks.summarise(tracks));
    }

    @Property
    void anOverduePpkShowsOnTheCaseWhateverTheOthersDo(@ForAll @Size(max = 49) List<TrackStatus> others) {
        List<TrackStatus> tracks = new ArrayList<>(others);
        tracks.add(TrackStatus.FOLLOW_UP_OVERDUE);
        assertThat(PersonTracks.summarise(tracks)).isEqualTo(CaseStatus.FOLLOW_UP_OVERDUE);
    }

    @Property
    void endedCasesAreSanctionedIfAnyoneWasSanctionedElseNotProvenIfAnyoneWasElseMoot(
            @ForAll @Size(min = 1, max = 50) List<TrackStatus> any) {
        List<TrackStatus> ended = any.stream().filter(TrackStatus::closed).toList();
        if (ended.isEmpty()) {
            return;
        }
        assertThat(PersonTracks.summarise(ended)).isEqualTo(ended.contains(TrackStatus.CLOSED_SANCTIONED) ? CaseStatus.CLOSED_SANCTIONED
                : ended.contains(TrackStatus.CLOSED_NOT_PROVEN) ? CaseStatus.CLOSED_NOT_PROVEN : CaseStatus.CLOSED_MOOT);
    }

    @Property
    void theSummaryIsAlwaysAStatusTheCaseMayReachFromTheTrackPhase(@ForAll @Size(min = 1, max = 50) List<TrackStatus> tracks) {
        CaseStatus summary = PersonTracks.summarise(tracks);
        assertThat(summary == CaseStatus.UNDER_EXAMINATION || CaseStatus.UNDER_EXAMINATION.mayMoveTo(summary)).isTrue();
    }
}
