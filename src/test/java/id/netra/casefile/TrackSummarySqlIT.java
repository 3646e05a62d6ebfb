package id.netra.casefile;

import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The case's summary of its tracks in SQL (a PPK's status filter) says what the Java one says, for every mix of up to three. */
class TrackSummarySqlIT extends IntegrationTest {

    @Test
    void sqlAndJavaAgreeOnEveryMixOfUpToThreeTracks() {
        List<List<TrackStatus>> mixes = new ArrayList<>();
        for (TrackStatus a : TrackStatus.values()) {
            mixes.add(List.of(a));
            for (TrackStatus b : TrackStatus.values()) {
                mixes.add(List.of(a, b));
                for (TrackStatus c : TrackStatus.values()) {
                    mixes.add(List.of(a, b, c));
                }
            }
        }
        for (List<TrackStatus> mix : mixes) {
            String values = mix.stream().map(s -> "('" + s.name() + "')").collect(Collectors.joining(", "));
            String sql = jdbc.sql("SELECT " + PersonTracks.summariseSql("(VALUES " + values + ") t(status)"))
                    .query(String.class).single();
            assertThat(sql).as(mix.toString()).isEqualTo(PersonTracks.summarise(mix).name());
        }
        assertThat(jdbc.sql("SELECT " + PersonTracks.summariseSql("person_track t WHERE FALSE")).query(String.class).optional())
                .as("no tracks: no status").isEmpty();
    }
}
