package id.netra.path;

import id.netra.casefile.RegisterNumber;
import id.netra.support.Api;
import id.netra.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.netra.support.Reports.finding;
import static org.assertj.core.api.Assertions.assertThat;

/** Many registrations at once in one office: register numbers are unique and leave no gap. */
class RegisterNumberConcurrencyIT extends IntegrationTest {

    @Test
    void concurrentRegistrationsInOneOfficeAreGapFreeAndUnique() throws Exception {
        int count = 48;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Api.Response>> results = new ArrayList<>();
        Api officer = api.as("bawaslu.pandeglang");
        for (int i = 0; i < count; i++) {
            results.add(pool.submit(() -> officer.post("/api/v1/findings", finding("36.01", "PEMDA-36.01"))));
        }
        List<Integer> sequences = new ArrayList<>();
        for (Future<Api.Response> f : results) {
            Api.Response r = f.get();
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            RegisterNumber n = RegisterNumber.parse(r.text("registerNumber"));
            assertThat(n.officeCode()).isEqualTo("36.01");
            sequences.add(n.sequence());
        }
        pool.shutdown();
        TreeSet<Integer> unique = new TreeSet<>(sequences);
        assertThat(unique).hasSize(count);
        // Gap-free: every number from the office's first to its last of the year is taken.
        List<Integer> all = jdbc.sql("SELECT register_number FROM case_file WHERE office_code = '36.01' AND register_number IS NOT NULL")
                .query(String.class).list().stream().map(RegisterNumber::parse)
                .filter(n -> n.year() == java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear())
                .map(RegisterNumber::sequence).sorted().toList();
        assertThat(all).first().isEqualTo(1);
        assertThat(all.get(all.size() - 1)).isEqualTo(all.size());
    }
}
