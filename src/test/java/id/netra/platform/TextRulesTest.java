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
class TextRulesTest {

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
}
