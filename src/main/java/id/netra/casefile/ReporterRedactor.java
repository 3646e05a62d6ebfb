package id.netra.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last guard of the reporter's identity: before anything about a case leaves for someone outside the handling
 * office, every text in it is scrubbed of the reporter's name, NIK, address, phone and e-mail — of every version of
 * them the case has held — wherever and however an officer may have typed them (descriptions, hearing summaries,
 * notes).
 *
 * <ul>
 *     <li>NIK and phone are digit sequences: they match across any separators between the digits (white space of any
 *     kind, dots, dashes, slashes, parentheses, commas, zero-width characters), but never inside a longer run of
 *     digits — a digit directly before or after the match makes it another number (an 18-digit NIP, an account
 *     number). A digit set off by a separator is a separate group, so the sequence in "1 3604 …" is masked.</li>
 *     <li>A phone is its national significant number (the digits after {@code +62}, {@code 62}, {@code 0062} or
 *     {@code 0}, and an optional {@code (0)} after the country code): it matches with any of those prefixes or none,
 *     so {@code 0812-3456-7890}, {@code +62 812 3456 7890} and {@code 62 (0)812…} are one number.</li>
 *     <li>Names, addresses and e-mails match regardless of case (Unicode); between words any run of white space
 *     matches any other, and zero-width characters inside a word are passed over.</li>
 *     <li>Texts are also read in Unicode compatibility form (NFKC), so full-width digits or letters match too; a text
 *     that matches only in that form is returned in it.</li>
 *     <li>Values shorter than 3 characters (digits, for NIK and phone) are not patterns.</li>
 * </ul>
 * All matches of all patterns are found on the text as it is, and overlapping or touching ones are masked together,
 * so one version's name inside another's address cannot leave a fragment behind.
 */
public final class ReporterRedactor {

    public static final String MASK = "[identitas pelapor]";

    private static final int SHORTEST = 3;
    /** White space of any kind, and the invisible format characters (zero-width space, joiners, soft hyphen...). */
    private static final String SPACE = "[\\s\\p{Z}\\p{Cf}\\u0085]";
    /** What may stand between the digits of a number written by hand. */
    private static final String DIGIT_SEPARATOR = "[\\s\\p{Z}\\p{Cf}\\p{Pd}\\u0085./\\\\()\\[\\],_]*";
    private static final String PHONE_PREFIX = "(?:(?:(?:\\+|0" + DIGIT_SEPARATOR + "0)" + DIGIT_SEPARATOR + ")?6"
            + DIGIT_SEPARATOR + "2(?:" + DIGIT_SEPARATOR + "0)?|0)" + DIGIT_SEPARATOR;

    private final List<Pattern> patterns;

    /** One version of the reporter's details ({@code null}: nothing to scrub). */
    public ReporterRedactor(Reporter reporter) {
        this(reporter == null ? List.of() : List.of(reporter));
    }

    /** Every version of the reporter's details the case has held; {@code null} elements are passed over. */
    public ReporterRedactor(Collection<Reporter> versions) {
        Set<String> regexes = new LinkedHashSet<>();
        for (Reporter r : versions == null ? List.<Reporter>of() : versions) {
            if (r == null) {
                continue;
            }
            addWords(regexes, r.name());
            addWords(regexes, r.address());
            addWords(regexes, r.email());
            addNumber(regexes, r.nik(), false);
            addNumber(regexes, r.phone(), true);
        }
        List<Pattern> compiled = new ArrayList<>();
        for (String regex : regexes) {
            compiled.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        this.patterns = List.copyOf(compiled);
    }

    public String scrub(String text) {
        if (text == null || patterns.isEmpty()) {
            return text;
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
            String masked = mask(folded);
            if (masked != folded) {
                return masked;
            }
        }
        return mask(text);
    }

    public JsonNode scrub(JsonNode node) {
        if (patterns.isEmpty() || node == null) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                object.set(e.getKey(), scrub(e.getValue()));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, scrub(array.get(i)));
            }
            return array;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(scrub(node.asText()));
        }
        return node;
    }

    /** The text with every match masked; the same instance when nothing matched. */
    private String mask(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    spans.add(new int[]{m.start(), m.end()});
                }
            }
        }
        if (spans.isEmpty()) {
            return text;
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder(text.length());
        int written = 0;
        int i = 0;
        while (i < spans.size()) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            for (i++; i < spans.size() && spans.get(i)[0] <= end; i++) {
                end = Math.max(end, spans.get(i)[1]);
            }
            out.append(text, written, start).append(MASK);
            written = end;
        }
        return out.append(text, written, text.length()).toString();
    }

    /** Words: any case, any white space between them, zero-width characters inside them passed over. */
    private static void addWords(Set<String> regexes, String value) {
        if (value == null) {
            return;
        }
        List<String> words = Arrays.stream(Normalizer.normalize(value, Normalizer.Form.NFKC).split(SPACE + "+"))
                .filter(w -> !w.isEmpty()).toList();
        if (String.join(" ", words).length() < SHORTEST) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (String word : words) {
            List<String> chars = new ArrayList<>();
            word.codePoints().forEach(cp -> chars.add(Character.isLetterOrDigit(cp)
                    ? Character.toString(cp) : "\\x{" + Integer.toHexString(cp) + "}"));
            parts.add(String.join("\\p{Cf}*", chars));
        }
        String regex = String.join(SPACE + "+", parts);
        regexes.add(regex);
    }

    /**
     * A NIK or a phone: its digits with any separators between them, not touching another digit. A value with
     * letters in it (not a number as the forms accept them) is also matched as words.
     */
    private static void addNumber(Set<String> regexes, String value, boolean phone) {
        if (value == null) {
            return;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        if (text.codePoints().anyMatch(Character::isLetter)) {
            addWords(regexes, text);
        }
        String digits = text.replaceAll("[^0-9]", "");
        if (phone) {
            String national = nationalNumber(text, digits);
            if (national.length() >= SHORTEST) {
                regexes.add("(?<![0-9])(?:" + PHONE_PREFIX + ")?" + digitSequence(national) + "(?![0-9])");
            }
            if (national.length() < SHORTEST) {
                addDigits(regexes, digits);
            }
        } else {
            addDigits(regexes, digits);
        }
    }

    private static void addDigits(Set<String> regexes, String digits) {
        if (digits.length() >= SHORTEST) {
            regexes.add("(?<![0-9])" + digitSequence(digits) + "(?![0-9])");
        }
    }

    /** The national significant number: without {@code +62}, {@code 0062}, {@code 62} (and a {@code (0)} after it) or {@code 0}. */
    static String nationalNumber(String text, String digits) {
        String n;
        if (digits.startsWith("0062")) {
            n = digits.substring(4);
        } else if (digits.startsWith("62")) {
            n = digits.substring(2);
        } else if (text.startsWith("+")) {
            return digits;
        } else if (digits.startsWith("0")) {
            return digits.substring(1);
        } else {
            return digits;
        }
        return n.startsWith("0") ? n.substring(1) : n;
    }

    private static String digitSequence(String digits) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                regex.append(DIGIT_SEPARATOR);
            }
            regex.append(digits.charAt(i));
        }
        return regex.toString();
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).trim();
    }
}
