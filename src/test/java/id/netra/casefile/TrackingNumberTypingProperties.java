package id.netra.casefile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tracking number typed back however spelt — any case, its parts joined by dashes, spaces (of any kind), both or
 * nothing, spaces around it — is the number as issued; what is not one stays as typed, trimmed and in upper case.
 */
class TrackingNumberTypingProperties {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    @Provide
    Arbitrary<String> issued() {
        return Combinators.combine(Arbitraries.of("LPR", "TM"), Arbitraries.integers().between(2000, 2100),
                Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(8)).as((p, y, c) -> p + "-" + y + "-" + c);
    }

    @Provide
    Arbitrary<String> separator() {
        return Arbitraries.of("-", "", " ", "  ", " - ", "\u00a0", "\u2013", "\t", "--");
    }

    @Provide
    Arbitrary<String> around() {
        return Arbitraries.of("", " ", "  ", "\u00a0", "\t");
    }

    @Property(tries = 500)
    void aTrackingNumberSpeltAnyWayIsTheOneIssued(@ForAll("issued") String issued, @ForAll("separator") String first,
                                                   @ForAll("separator") String second, @ForAll("around") String around,
                                                   @ForAll long caseBits) {
        String[] parts = issued.split("-");
        String joined = parts[0] + first + parts[1] + second + parts[2];
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char ch = joined.charAt(i);
            typed.append((caseBits >>> (i % 64) & 1) == 1 ? Character.toLowerCase(ch) : ch);
        }
        assertThat(TrackingNumber.typedBack(around + typed + around)).isEqualTo(issued);
        assertThat(TrackingNumber.typedBack(issued)).isEqualTo(issued);
    }

    @Property(tries = 300)
    void whatIsNoTrackingNumberStaysAsTypedTrimmedInUpperCase(@ForAll("notANumber") String typed, @ForAll("around") String around) {
        assertThat(TrackingNumber.typedBack(around + typed + around)).isEqualTo(typed.strip().toUpperCase(Locale.ROOT));
    }

    @Provide
    Arbitrary<String> notANumber() {
        // A prefix and year with a code of another length, or any text of letters, digits, dashes and spaces that does
        // not begin with a prefix.
        Arbitrary<String> wrongLength = Combinators.combine(Arbitraries.of("LPR-", "TM "), Arbitraries.integers().between(2000, 2100),
                Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(12).filter(c -> c.length() != 8))
                .as((p, y, c) -> p + y + "-" + c);
        Arbitrary<String> other = Arbitraries.strings().alpha().numeric().withChars('-', ' ').ofMaxLength(30)
                .filter(s -> !s.replaceAll("[- ]", "").toUpperCase(Locale.ROOT).matches("(LPR|TM).*"));
        return Arbitraries.oneOf(wrongLength, other);
    }
}
