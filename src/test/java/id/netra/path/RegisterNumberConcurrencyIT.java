package id.netra.path;

import id.netra.casefile.RegisterNumber;
import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static id.netra.support.Reports.finding;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many registrations at once in one office: register numbers are unique and leave no gap. The office is shared with other
 * tests, which register one at a time; so the test counts only the numbers its own requests got: the office's next ones,
 * one each, none skipped.
 */
class RegisterNumberConcurrencyIT extends IntegrationTest {

    @Test
    void concurrentRegistrationsInOneOfficeAreGapFreeAndUnique() throws Exception {
        int count = 48;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Api.Response>> results = new ArrayList<>();
        Api officer = api.as("bawaslu.pandeglang");
        int year = id.netra.platform.Today.date().getYear();
        int last = lastSequence("36.01", year);
        for (int i = 0; i < count; i++) {
            results.add(pool.submit(() -> officer.post("/api/v1/findings", finding("36.01", "PEMDA-36.01"))));
        }
        List<Integer> sequences = new ArrayList<>();
        for (Future<Api.Response> f : results) {
            Api.Response r = f.get();
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            RegisterNumber n = RegisterNumber.parse(r.text("registerNumber"));
            assertThat(n.officeCode()).isEqualTo("36.01");
            assertThat(n.year()).isEqualTo(year);
            sequences.add(n.sequence());
        }
        pool.shutdown();
        // Unique, and gap-free: the office's next numbers after the last it had before, each taken once.
        assertThat(sequences.stream().sorted().toList()).as("the numbers the test's registrations got")
                .isEqualTo(IntStream.rangeClosed(last + 1, last + count).boxed().toList());
        assertThat(lastSequence("36.01", year)).as("no number taken beside them").isEqualTo(last + count);
    }

    /** The office's highest register number of the year so far, 0 before its first. */
    private int lastSequence(String office, int year) {
        return jdbc.sql("SELECT register_number FROM case_file WHERE office_code = :office AND register_number IS NOT NULL")
                .param("office", office).query(String.class).list().stream().map(RegisterNumber::parse)
                .filter(n -> n.year() == year).mapToInt(RegisterNumber::sequence).max().orElse(0);
    }
}
