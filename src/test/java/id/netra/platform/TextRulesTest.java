package id.netra.platform;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page's form gets back ({@link TextRules#withoutRefused}) is exactly its value without the characters
 * {@link TextRules#problem} refuses in a text of several lines: every code point is tried, and any text.
 */
public class TextRulesTest {

    @Test
    void eachCodePointIsLeftOutExactlyWhenItIsRefused() {
        List<Integer> wrong = new ArrayList<>();
        int refused = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String value = "a" + Character.toString(cp) + "b";
            boolean isRefused = TextRules.problem(value, true) != null;
            refused += isRefused ? 1 : 0;
            if (!TextRules.withoutRefused(value).equals(isRefused ? "ab" : value)) {
                wrong.add(cp);
            }
        }
        assertThat(wrong).as("code points cleaned otherwise than refused").isEmpty();
        // C0 but tab and line breaks, DEL and C1, U+FDD0–U+FDEF, 34 noncharacters, 9 bidirectional controls, the BOM,
        // 2048 surrogates (each alone), 128 tag characters.
        assertThat(refused).isEqualTo(29 + 33 + 32 + 34 + 9 + 1 + 2048 + 128);
        assertThat(TextRules.withoutRefused("Catatan\u0000 rapat\r\n\tbaris\u001b[31m \uD83D\uDE00\uD800")).isEqualTo("Catatan rapat\r\n\tbaris[31m \uD83D\uDE00");
        assertThat(TextRules.withoutRefused(null)).isNull();
    }

    @Property(tries = 2000)
    void theCleanedTextIsAcceptableAndKeepsEveryAcceptableCharacterInOrder(@ForAll("texts") String value) {
        String cleaned = TextRules.withoutRefused(value);
        assertThat(TextRules.problem(cleaned, true)).isNull();
        StringBuilder kept = new StringBuilder();
        value.codePoints().filter(cp -> TextRules.acceptable(Character.toString(cp), true)).forEach(kept::appendCodePoint);
        assertThat(cleaned).isEqualTo(kept.toString());
        if (TextRules.acceptable(value, true)) {
            assertThat(cleaned).isSameAs(value);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u0000', '\u00ff').withChars('\u202a', '\u202e', '\u2066', '\u2069', '\ufeff',
                '\ufdd0', '\ufffe', '\uffff', '\ud800', '\udc00', '\ud83d', '\ude00', '\udb40', '\udc01', '\u200b').ofMaxLength(40);
    }

    /**
     * What shows nothing, as a paste brings it: the spellings of a space (the no-break, figure, narrow no-break, em and
     * ideographic space), line breaks as a browser or another system sends them, tabs, and the invisible format
     * characters (zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen, direction marks)
     * and the Hangul filler.
     */
    public static final String BLANKS = " \t\n\r\u00A0\u2007\u202F\u2003\u3000\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F\u3164";

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(BLANKS).ofMinLength(0).ofMaxLength(12);
    }

    /** A text that shows something at both ends, maybe with blanks and line breaks (CR LF, CR, LF) inside. */
    @Provide
    Arbitrary<String> shownTexts() {
        Arbitrary<String> visible = Arbitraries.strings().withChars("aZ9.,é中ب").ofMinLength(1).ofMaxLength(6);
        return Arbitraries.strings().withChars(BLANKS).withChars("aZ9.,é中").ofMaxLength(20)
                .flatMap(inside -> visible.tuple2().map(ends -> ends.get1() + inside + ends.get2()));
    }

    @Property(tries = 2000)
    void aTextIsKeptWithoutWhatShowsNothingAtItsEndsAndWithItsLineBreaksAsLf(@ForAll("blanks") String before,
                                                                              @ForAll("shownTexts") String text,
                                                                              @ForAll("blanks") String after) {
        String kept = TextRules.normalised(before + text + after);
        assertThat(kept).isEqualTo(text.replace("\r\n", "\n").replace('\r', '\n'));
        assertThat(kept).doesNotContain("\r");
        assertThat(TextRules.normalised(kept)).as("normalised once for all").isEqualTo(kept);
    }

    @Property(tries = 1000)
    void aTextOfNothingButWhatShowsNothingIsEmpty(@ForAll("blanks") String blanks) {
        assertThat(TextRules.normalised(blanks)).isEmpty();
        assertThat(TextRules.normalised(blanks + blanks)).isEmpty();
    }

    @Test
    void insideATextWhatShowsNothingStays() {
        assertThat(TextRules.normalised("\u200B Kajian\u00A0awal\u200D\uD83D\uDC68\u200D\uD83D\uDC69 \r\n\u3000"))
                .isEqualTo("Kajian\u00A0awal\u200D\uD83D\uDC68\u200D\uD83D\uDC69");
        assertThat(TextRules.normalised("Baris satu.\r\n\r\n\tBaris dua.")).isEqualTo("Baris satu.\n\n\tBaris dua.");
        assertThat(TextRules.normalised(null)).isNull();
        // A variation selector ends an emoji: it is no blank.
        assertThat(TextRules.normalised("\u2764\uFE0F")).isEqualTo("\u2764\uFE0F");
    }

    /**
     * A one-line field's value made one that can be sent again: every text comes out acceptable on one line, each run
     * of separators one space, nothing else of what showed changed.
     */
    @Property(tries = 2000)
    void aOneLineValueComesOutAcceptableWithItsSeparatorsSpaces(@ForAll("oneLineTexts") String value) {
        String kept = TextRules.oneLine(value);
        assertThat(TextRules.problem(kept, false)).isNull();
        assertThat(kept.replace(" ", "")).isEqualTo(value.codePoints().filter(cp -> TextRules.acceptable(Character.toString(cp), false))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().replace(" ", "").strip());
        if (TextRules.acceptable(value, false)) {
            assertThat(kept).isSameAs(value);
        }
    }

    @Provide
    Arbitrary<String> oneLineTexts() {
        return Arbitraries.strings().withChars("aZ9 .é中").withChars('\n', '\t', '\u2028', '\u2029', '\u200b', '\u200d', '\u2060',
                '\u00ad', '\u200e', '\u0000', '\u202e').ofMaxLength(30);
    }

    @Test
    void aOneLineValuesSeparatorsAreSpacesAndItsInvisibleCharactersGone() {
        assertThat(TextRules.oneLine("Kantor\u2028Ciruas")).isEqualTo("Kantor Ciruas");
        assertThat(TextRules.oneLine("Kantor\u2029\n\tCiruas")).isEqualTo("Kantor Ciruas");
        assertThat(TextRules.oneLine("Ahmad\u200dFauzi")).isEqualTo("AhmadFauzi");
        assertThat(TextRules.oneLine("Camat\u200b\u2028Ciruas\u2028")).isEqualTo("Camat Ciruas");
        assertThat(TextRules.oneLine(null)).isNull();
        List<FieldError> problems = new ArrayList<>();
        assertThat(TextProblems.oneLine("incident.place", "Kantor\u2028Ciruas", problems)).isEqualTo("Kantor Ciruas");
        assertThat(TextProblems.oneLine("reporter.name", "Ahmad\u200dFauzi", problems)).isEqualTo("AhmadFauzi");
        assertThat(TextProblems.oneLine("reporter.nik", "3604", problems)).isEqualTo("3604");
        assertThat(problems).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("incident.place", TextRules.LINE_BREAK_REPLACED),
                org.assertj.core.groups.Tuple.tuple("reporter.name", TextProblems.REMOVED));
    }
}
