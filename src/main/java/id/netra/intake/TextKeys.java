package id.netra.intake;

import java.text.Normalizer;
import java.util.Locale;

/** How two spellings of one person's name are recognised as the same: case, accents, spacing and punctuation aside. */
final class TextKeys {

    private TextKeys() {
    }

    static String personKey(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
