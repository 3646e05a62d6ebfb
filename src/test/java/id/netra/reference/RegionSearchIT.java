package id.netra.reference;

import id.netra.support.Api;
import id.netra.support.TestClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public list of regions found by a part of a name however it is typed: any case, spaces of any kind and number
 * around and between its words, "Kab." for "Kabupaten", an accent too many — the regency and the city of Serang, and
 * nothing that is not a Serang; a term that is no region's finds nothing. Over HTTP, the shared application context.
 */
@JqwikSpringSupport
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class RegionSearchIT {

    @LocalServerPort
    int port;

    @Provide
    Arbitrary<String> serang() {
        return Arbitraries.of("Serang", "serang", "SERANG", "SeRaNg", "sérang", "SERÁNG", "seran", "erang");
    }

    @Provide
    Arbitrary<String> space() {
        return Arbitraries.of("", " ", "   ", "\u00a0", "\u2003", " \u3000 ");
    }

    /** Serang whole, or its start: what a regency's kind may come before. */
    @Provide
    Arbitrary<String> serangFromItsStart() {
        return Arbitraries.of("Serang", "serang", "SERANG", "sérang", "Seran");
    }

    @Provide
    Arbitrary<String> regency() {
        return Arbitraries.of("Kabupaten", "kabupaten", "KAB.", "Kab.", "kab", "Kab .");
    }

    @Provide
    Arbitrary<String> nonsense() {
        return Arbitraries.strings().withChars("qxzj").ofMinLength(5).ofMaxLength(12);
    }

    private List<String> found(String typed) {
        Api.Response r = Api.anonymous(port).get("/api/v1/reference/regions?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertThat(r.status()).as(typed + ": " + r.body()).isEqualTo(200);
        List<String> labels = new ArrayList<>();
        r.json().forEach(region -> labels.add(region.path("code").asText() + " " + region.path("label").asText()));
        return labels;
    }

    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    void serangTypedAnyWayFindsTheRegencyAndTheCityAndOnlySerangs(@ForAll("space") String before, @ForAll("serang") String name,
                                                                 @ForAll("space") String after) {
        List<String> found = found(before + name + after);
        assertThat(found).as(before + name + after).anyMatch(r -> r.startsWith("36.04 ")).anyMatch(r -> r.startsWith("36.73 "));
        assertThat(found).allMatch(r -> r.toLowerCase().contains("erang"));
    }

    @Property(tries = 20, shrinking = ShrinkingMode.OFF)
    void theRegencyOfSerangByItsKindFindsItWithoutTheCity(@ForAll("regency") String kind, @ForAll("space") String space,
                                                         @ForAll("serangFromItsStart") String name) {
        List<String> found = found(kind + " " + space + name);
        assertThat(found).as(kind + space + name).anyMatch(r -> r.startsWith("36.04 ")).noneMatch(r -> r.startsWith("36.73 "));
    }

    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void aTermNoRegionHoldsFindsNothing(@ForAll("nonsense") String typed, @ForAll("space") String around) {
        assertThat(found(around + typed + around)).isEmpty();
    }
}
