package id.netra.intake;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A reporter types the access code back as they like: case, spaces and dashes do not matter. */
class AccessCodeTypingProperties {

    @Provide
    Arbitrary<String> spacing() {
        return Arbitraries.of("", " ", "  ", "\t");
    }

    @Property(tries = 300)
    void anAccessCodeTypedAnyWayIsTheOneIssued(@ForAll("spacing") String around, @ForAll boolean lower, @ForAll boolean dashes) {
        String issued = AccessCodes.accessCode();
        String typed = issued;
        if (!dashes) {
            typed = typed.replace("-", "");
        }
        if (lower) {
            typed = typed.toLowerCase(Locale.ROOT);
        }
        assertThat(AccessCodes.typedBack(around + typed + around)).isEqualTo(issued);
        assertThat(AccessCodes.typedBack(issued)).isEqualTo(issued);
    }

    /** A tracking number as issued reads back by the rule the pages read it with (casefile's TrackingNumberTypingProperties). */
    @Property(tries = 100)
    void anIssuedTrackingNumberIsReadBackAsIssued(@ForAll("spacing") String between) {
        String issued = AccessCodes.trackingNumber();
        assertThat(id.netra.casefile.TrackingNumber.typedBack(issued.toLowerCase(Locale.ROOT).replace("-", between))).isEqualTo(issued);
    }

    @Property(tries = 200)
    void anythingElseIsOnlyTrimmedAndUpperCased(@ForAll("notACode") String typed) {
        assertThat(AccessCodes.typedBack(typed)).isEqualTo(typed.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
    }

    @Provide
    Arbitrary<String> notACode() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(0).ofMaxLength(30).filter(s -> s.length() != 12);
    }
}
