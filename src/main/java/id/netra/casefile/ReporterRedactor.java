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
 * notes, the analysis, the examination reasoning).
 *
 * <p>What is matched:
 * <ul>
 *     <li>NIK and phone are digit sequences: they match across any separators between the digits (white space of any
 *     kind, dots, dashes, slashes, parentheses, commas, zero-width characters), but never inside a longer run of
 *     digits — a digit directly before or after the match makes it another number (an 18-digit NIP, an account
 *     number). A digit set off by a separator is a separate group, so the sequence in "1 3604 …" is masked.</li>
 *     <li>A phone is its national significant number (the digits after {@code +62}, {@code 62}, {@code 0062} or
 *     {@code 0}, and an optional {@code (0)} after the country code): it matches with any of those prefixes or none,
 *     so {@code 0812-3456-7890}, {@code +62 812 3456 7890} and {@code 62 (0)812…} are one number.</li>
 *     <li>The whole name, the whole address and the whole e-mail match as stored, regardless of case (Unicode);
 *     between words any run of white space matches any other, and zero-width characters inside a word are passed
 *     over.</li>
 *     <li><b>Name words.</b> Every word of the name (a run of letters and digits; apostrophes inside it optional) of at
 *     least 3 letters also matches on its own, as a whole word: not when a letter or digit touches it ("Ahmad" is
 *     masked in "Sdr. Ahmad hadir", "Fauzi, Ahmad", "Ahmad's", not in "Ahmadiyah" or "Ahmad2"), so any part or order
 *     of the name is masked. A word of 4 or more letters also matches spelled out, with up to 3 white-space,
 *     punctuation or symbol characters between its letters ({@code A h m a d}, {@code A.h.m.a.d}, {@code A-h-m-a-d}).
 *     Not on their own (the whole name still is): a word of a name the redactor is told to keep (the reported ASN's),
 *     and the words of {@link #COMMON_WORDS} — honorifics, academic titles and name prefixes that identify nobody.</li>
 *     <li><b>Addresses.</b> An address matches as its sequence of tokens (runs of letters, runs of digits) with any
 *     non-alphanumeric characters between them — at least one between two letter runs or two digit runs, none needed
 *     where a letter meets a digit — with the usual abbreviations interchangeable ({@link #ABBREVIATIONS}: Jl/Jln/Jalan,
 *     No/Nomor/Nmr/Nomer, Gg/Gang, Kel/Kelurahan, Kec/Kecamatan, Kab/Kabupaten, Ds/Desa, Dsn/Dusun,
 *     Perum/Perumahan, Blk/Blok, Kp/Kampung, Komp/Kompleks/Komplek), not touching another letter or digit. Matched
 *     are the whole address, and, when it has a number in it, the address up to and including its house number (the
 *     number after No/Nomor, and its last number), each also without a leading street-type word (Jl, Gg, Perum, Kp,
 *     Komp and their long forms): "Jl. Raya Serang No. 1, Ciruas" is masked as {@code JL RAYA SERANG NO 1},
 *     {@code Jalan Raya Serang Nomor 1}, {@code raya serang no.1}; the No/Nomor before a house number may be
 *     left out ({@code Jl. Ahmad Yani 9}). The words of an address are never masked on their
 *     own (they are names of streets and regions everyone uses), nor an address without its number.</li>
 *     <li><b>E-mails.</b> The local part (before the {@code @}), when it has at least 3 letters or digits, matches on
 *     its own as a whole word, its pieces joined by any 1 to 3 non-alphanumeric characters or by a spelled-out
 *     "dot"/"titik": so {@code ahmad(at)example(dot)id}, {@code ahmad [at] example.id} and
 *     {@code ahmad @ example . id} lose the local part. The domain is not identifying on its own and stays. Not on
 *     its own: a local part in {@link #GENERIC_MAILBOXES} (info, admin, …) or that is a word of a name to keep.</li>
 *     <li>Texts are also read in Unicode compatibility form (NFKC), so full-width digits or letters match too; a text
 *     that matches only in that form is returned in it.</li>
 *     <li>Values shorter than 3 characters (digits, for NIK and phone) are not patterns.</li>
 * </ul>
 * All matches of all patterns are found on the text as it is, and overlapping or touching ones — or ones with only
 * white space between them — are masked together, so one version's name inside another's address cannot leave a
 * fragment behind, and "Fauzi Ahmad" becomes one mask.
 *
 * <p>What is not matched: a name written without spaces or glued to other letters ("ahmadfauzi"), misspelt or
 * transliterated ("Achmad"), initials ("A. F. Rahman" keeps "A. F."), the name words that are also the reported
 * ASN's or in {@link #COMMON_WORDS}; an address without its number, with its words reordered, or with other
 * abbreviations than those listed; an e-mail with a generic local part written disguised (its domain stays); a
 * description of the reporter that names nothing ("the village head's nephew"). A reporter's name word that is also
 * an ordinary word or a place name ("Indah", "Serang") is masked wherever it stands in a typed text; the values Netra
 * writes itself (a region's, an office's or an agency's name, a user name: {@code CaseQueries.NETRA_WRITTEN}) are
 * passed over by {@link #scrub(JsonNode, Set)}.
 */
public final class ReporterRedactor {

    public static final String MASK = "[identitas pelapor]";
    /** The mask of a reported person the viewer does not read. */
    public static final String OTHER_PERSON = "[terlapor lain]";

    private static final int SHORTEST = 3;
    /** White space of any kind, and the invisible format characters (zero-width space, joiners, soft hyphen...). */
    private static final String SPACE = "[\\s\\p{Z}\\p{Cf}\\u0085]";
    /** What may stand between the digits of a number written by hand. */
    private static final String DIGIT_SEPARATOR = "[\\s\\p{Z}\\p{Cf}\\p{Pd}\\u0085./\\\\()\\[\\],_]*";
    private static final String PHONE_PREFIX = "(?:(?:(?:\\+|0" + DIGIT_SEPARATOR + "0)" + DIGIT_SEPARATOR + ")?6"
            + DIGIT_SEPARATOR + "2(?:" + DIGIT_SEPARATOR + "0)?|0)" + DIGIT_SEPARATOR;

    /** Word characters: a match never starts or ends next to one of these. */
    private static final String WORD = "[\\p{L}\\p{M}\\p{N}]";
    private static final String NOT_WORD = "[^\\p{L}\\p{M}\\p{N}]";
    private static final String WORD_START = "(?<!" + WORD + "\\p{Cf}{0,4})";
    private static final String WORD_END = "(?!\\p{Cf}*" + WORD + ")";
    /** What may stand between the letters of a word spelled out: white space, punctuation, symbols. */
    private static final String SPELLING_SEPARATOR = "[\\s\\p{Z}\\p{Cf}\\p{P}\\p{S}\\u0085]{0,3}";
    private static final String APOSTROPHES = "'\u2019\u02BC`";

    /**
     * Never masked on their own (lower case, without dots): honorifics and forms of address, academic titles as their
     * pieces split at the dots (S.Kom: "kom"), name prefixes too common to identify anyone, and the words of
     * {@link #MASK}. Words shorter than 3 letters are never masked on their own anyway; they are listed for the record.
     */
    static final Set<String> COMMON_WORDS = Set.of(
            "bin", "binti", "bt", "haji", "hajah", "hajjah", "hj", "h", "pak", "bu", "ibu", "bapak", "sdr", "sdri",
            "saudara", "saudari", "tuan", "nyonya", "nona", "mas", "mbak", "kak", "bang", "abang", "adik",
            "muhammad", "mohammad", "muhamad", "mohamad", "mochammad", "moch", "moh", "muh", "mhd", "md",
            "abdul", "abd", "siti", "nur", "raden", "teuku", "tengku", "andi", "kyai", "ustadz", "ustaz", "almarhum",
            "almarhumah", "alm", "st", "sh", "spd", "dr", "drs", "dra", "ir", "prof", "amd", "kom", "sos", "kep", "ked",
            "hum", "kes", "psi", "sip", "mpd", "msi", "mkom", "mh", "mm", "se", "ak", "ag", "pd", "si",
            "pelapor", "terlapor", "saksi", "identitas");

    /** Mailbox names that identify nobody: their local part is not masked on its own (the whole address still is). */
    static final Set<String> GENERIC_MAILBOXES = Set.of("info", "admin", "mail", "email", "surel", "kontak", "contact",
            "office", "kantor", "humas", "pengaduan", "lapor", "noreply", "user", "test");

    /** Address abbreviations: each form of a group matches every other. */
    static final List<List<String>> ABBREVIATIONS = List.of(
            List.of("jalan", "jln", "jl"), List.of("nomor", "nomer", "nmr", "no"), List.of("gang", "gg"),
            List.of("kelurahan", "kel"), List.of("kecamatan", "kec"), List.of("kabupaten", "kab"), List.of("desa", "ds"),
            List.of("dusun", "dsn"), List.of("perumahan", "perum"), List.of("blok", "blk"), List.of("kampung", "kp"),
            List.of("kompleks", "komplek", "komp"));
    /** The groups an address may start with that name the kind of street, not the street. */
    private static final Set<String> STREET_TYPES = Set.of("jalan", "jln", "jl", "gang", "gg", "perumahan", "perum",
            "kampung", "kp", "kompleks", "komplek", "komp");
    private static final Set<String> HOUSE_NUMBER_WORDS = Set.of("nomor", "nomer", "nmr", "no");
    private static final Pattern ADDRESS_TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|\\p{N}+");
    private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}" + APOSTROPHES + "]+");
    private static final Pattern MAIL_TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private final List<Pattern> patterns;
    private final String maskText;

    private record Key(List<Reporter> versions, List<String> namesToKeep, String maskText) {
    }

    /**
     * Redactors built lately, by what they were built from: a case's answer is read again and again (a task's page, its
     * case page, the inbox's summaries) and compiling its patterns costs more than the database's reads. A reporter's
     * corrected details make another key; an entry is dropped after ten minutes unused.
     */
    private static final com.github.benmanes.caffeine.cache.Cache<Key, ReporterRedactor> RECENT =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_000)
                    .expireAfterAccess(java.time.Duration.ofMinutes(10)).build();

    /** {@link #ReporterRedactor(Collection, Collection, String)}, built once for the same details while in use. */
    public static ReporterRedactor of(List<Reporter> versions, List<String> namesToKeep, String maskText) {
        Key key = new Key(versions.stream().filter(java.util.Objects::nonNull).toList(),
                namesToKeep.stream().filter(java.util.Objects::nonNull).toList(), maskText);
        return RECENT.get(key, k -> new ReporterRedactor(k.versions(), k.namesToKeep(), k.maskText()));
    }

    /** One version of the reporter's details ({@code null}: nothing to scrub). */
    public ReporterRedactor(Reporter reporter) {
        this(reporter == null ? List.of() : List.of(reporter));
    }

    /** Every version of the reporter's details the case has held; {@code null} elements are passed over. */
    public ReporterRedactor(Collection<Reporter> versions) {
        this(versions, List.of());
    }

    /**
     * Every version of the reporter's details the case has held, and the names of others in the case (the reported
     * ASN's) whose words are not to be masked on their own; {@code null} elements are passed over.
     */
    public ReporterRedactor(Collection<Reporter> versions, Collection<String> namesToKeep) {
        this(versions, namesToKeep, MASK);
    }

    /**
     * As above, masking with {@code maskText}: the same rules serve to keep from a PPK the other reported persons it
     * does not read (their names and NIPs given as "versions", with {@link #OTHER_PERSON}).
     */
    public ReporterRedactor(Collection<Reporter> versions, Collection<String> namesToKeep, String maskText) {
        this.maskText = maskText;
        Set<String> keep = new java.util.HashSet<>();
        for (String name : namesToKeep == null ? List.<String>of() : namesToKeep) {
            if (name != null) {
                for (String form : List.of(name, skeleton(name))) {
                    Matcher m = NAME_TOKEN.matcher(fold(form));
                    while (m.find()) {
                        keep.add(withoutApostrophes(m.group()));
                    }
                }
            }
        }
        Set<String> regexes = new LinkedHashSet<>();
        for (Reporter r : versions == null ? List.<Reporter>of() : versions) {
            if (r == null) {
                continue;
            }
            addWords(regexes, r.name());
            addNameWords(regexes, r.name(), keep);
            // And as a text is read without its marks ("Aovü" spelled "a. o V U\u0308" reads "aovu"): the skeleton's
            // words too, so a name with a diacritic is masked however its letters are written.
            if (r.name() != null && !skeleton(r.name()).equals(r.name())) {
                addWords(regexes, skeleton(r.name()));
                addNameWords(regexes, skeleton(r.name()), keep);
            }
            addWords(regexes, r.address());
            addAddress(regexes, r.address());
            addWords(regexes, r.email());
            addLocalPart(regexes, r.email(), keep);
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
        // Read as it shows on a screen: without combining marks, format characters, variation selectors and fillers
        // that an officer (or a copy and paste) may have put inside a name ("Rah\u034Fmat" reads "Rahmat").
        // The name as written (its compatibility forms folded) is masked first: its skeleton may read as a common word
        // ("Ibü" reads "Ibu", an honorific the skeleton's pass leaves alone) and would then stay beside another masked word.
        String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String first = mask(folded);
        String skeleton = skeleton(first);
        if (!skeleton.equals(first)) {
            String masked = mask(skeleton);
            if (masked != skeleton) {
                return masked;
            }
        }
        if (first != folded) {
            return first;
        }
        return mask(text);
    }

    /** Every text in the tree, at any depth. */
    public JsonNode scrub(JsonNode node) {
        return scrub(node, Set.of());
    }

    /**
     * Every text in the tree except the values of the fields named in {@code netraWritten} (at any depth, with all
     * they hold): values Netra writes from its reference data and accounts — a region's, an office's or an agency's
     * name, a status label, an officer's user name — that nobody types into a case. A reporter whose name shares a word
     * with them ("Serang") must not turn "Kabupaten Serang" into a mask in every view of the case.
     */
    public JsonNode scrub(JsonNode node, Set<String> netraWritten) {
        if (patterns.isEmpty() || node == null) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                if (!netraWritten.contains(e.getKey())) {
                    object.set(e.getKey(), scrub(e.getValue(), netraWritten));
                }
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, scrub(array.get(i), netraWritten));
            }
            return array;
        }
        if (node.isTextual()) {
            return structured(node.asText()) ? node : TextNode.valueOf(scrub(node.asText()));
        }
        return node;
    }

    /**
     * A whole value that is an id or a date/time: written by Netra, never typed by an officer, and a name word made of
     * hex letters ("Dede") must not mask part of a case id that clients use.
     */
    private static final Pattern STRUCTURED = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                    + "|\\d{4}-\\d{2}-\\d{2}(?:T[0-9:.]+(?:Z|[+-]\\d{2}:\\d{2})?)?");

    private static boolean structured(String value) {
        return STRUCTURED.matcher(value).matches();
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
            for (i++; i < spans.size() && (spans.get(i)[0] <= end || onlySpace(text, end, spans.get(i)[0])); i++) {
                end = Math.max(end, spans.get(i)[1]);
            }
            out.append(text, written, start).append(maskText);
            written = end;
        }
        return out.append(text, written, text.length()).toString();
    }

    private static final Pattern ONLY_SPACE = Pattern.compile(SPACE + "*");

    private static boolean onlySpace(String text, int from, int to) {
        return ONLY_SPACE.matcher(text).region(from, to).matches();
    }

    /** NFKC, lower case, invisible characters dropped. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{M}\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u17B4\\u17B5]");

    /**
     * Cyrillic and Greek letters that look like Latin ones (Unicode's confusables for the letters of Indonesian
     * names): "Rаhmаt" with Cyrillic а reads "Rahmat".
     */
    private static final String LOOK_ALIKES = "аАвВеЕкКмМнНоОрРсСтТуУхХіІјЈѕЅԁһӏԛԝαΑβΒεΕηΗιΙκΚμΜνΝοΟρΡτΤυΥχΧζΖ";
    private static final String LATIN = "aABBeEkKMMHHoOpPcCTTyYxXiIjJsSdhlqwaABBeEnHiIkKuMvNoOpPTTuYxXZZ";

    /** The text as a reader sees it: compatibility forms folded, marks and invisible characters gone, look-alikes Latin. */
    static String skeleton(String text) {
        String folded = Normalizer.normalize(INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll(""),
                Normalizer.Form.NFKC);
        StringBuilder sb = null;
        for (int i = 0; i < folded.length(); i++) {
            int at = LOOK_ALIKES.indexOf(folded.charAt(i));
            if (at >= 0) {
                if (sb == null) {
                    sb = new StringBuilder(folded);
                }
                sb.setCharAt(i, LATIN.charAt(at));
            }
        }
        return sb == null ? folded : sb.toString();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "").toLowerCase(Locale.ROOT);
    }

    private static String withoutApostrophes(String word) {
        return word.replaceAll("[" + APOSTROPHES + "]", "");
    }

    private static long letters(String word) {
        return word.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** A literal code point, or a regex escape for anything else. */
    private static String literal(int cp) {
        return Character.isLetterOrDigit(cp) ? Character.toString(cp) : "\\x{" + Integer.toHexString(cp) + "}";
    }

    /** A word's letters, zero-width characters passed over between them. */
    private static String compact(String word, String between) {
        List<String> chars = new ArrayList<>();
        word.codePoints().forEach(cp -> chars.add(literal(cp)));
        return String.join(between, chars);
    }

    /**
     * Each word of the name of at least 3 letters on its own, as a whole word; of 4 or more letters also spelled out.
     * Not the words of the names to keep, nor the common words.
     */
    private static void addNameWords(Set<String> regexes, String name, Set<String> keep) {
        if (name == null) {
            return;
        }
        Matcher m = NAME_TOKEN.matcher(fold(name));
        while (m.find()) {
            String word = withoutApostrophes(m.group());
            if (letters(word) < SHORTEST || keep.contains(word) || COMMON_WORDS.contains(word)) {
                continue;
            }
            String between = letters(word) >= 4 ? SPELLING_SEPARATOR : "[\\p{Cf}" + APOSTROPHES + "]*";
            // Indonesian clitics glue to a name: "Rahmatnya", "Fauzilah".
            regexes.add(WORD_START + compact(word, between) + "(?:nya|lah|kah|pun)?" + WORD_END);
        }
    }

    /** The alternatives of an address token: its abbreviation group, or itself. */
    private static String addressToken(String token) {
        for (List<String> group : ABBREVIATIONS) {
            if (group.contains(token)) {
                return "(?:" + String.join("|", group) + ")";
            }
        }
        return compact(token, "\\p{Cf}*");
    }

    private static boolean isDigits(String token) {
        return !Character.isLetter(token.codePointAt(0)) && Character.getType(token.codePointAt(0)) != Character.NON_SPACING_MARK;
    }

    private static boolean isAbbreviation(String token) {
        return ABBREVIATIONS.stream().anyMatch(g -> g.contains(token));
    }

    /** Tokens with any non-alphanumeric characters between them (at least one unless a letter meets a digit). */
    private static String addressSequence(List<String> tokens) {
        StringBuilder regex = new StringBuilder(WORD_START);
        for (int i = 0; i < tokens.size(); i++) {
            boolean optional = i > 0 && i + 1 < tokens.size() && HOUSE_NUMBER_WORDS.contains(tokens.get(i))
                    && isDigits(tokens.get(i + 1));
            if (optional) {
                // The house number's No/Nomor may be left out: "Jl. Ahmad Yani 9".
                regex.append(NOT_WORD).append("+(?:").append(addressToken(tokens.get(i))).append(NOT_WORD).append("*)?");
                continue;
            }
            if (i > 0 && !(HOUSE_NUMBER_WORDS.contains(tokens.get(i - 1)) && i > 1 && isDigits(tokens.get(i)))) {
                regex.append(isDigits(tokens.get(i - 1)) == isDigits(tokens.get(i)) ? NOT_WORD + "+" : NOT_WORD + "*");
            }
            regex.append(addressToken(tokens.get(i)));
        }
        return regex.append(WORD_END).toString();
    }

    /**
     * The whole address; and, when it has a number, the address up to and including its house number (the number
     * after No/Nomor, and its last number); each also without a leading street-type word when a number is left in it.
     */
    private static void addAddress(Set<String> regexes, String address) {
        if (address == null) {
            return;
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = ADDRESS_TOKEN.matcher(fold(address));
        while (m.find()) {
            tokens.add(m.group());
        }
        if (String.join("", tokens).length() < SHORTEST) {
            return;
        }
        regexes.add(addressSequence(tokens));
        Set<Integer> ends = new java.util.TreeSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (isDigits(tokens.get(i)) && i > 0 && HOUSE_NUMBER_WORDS.contains(tokens.get(i - 1))) {
                ends.add(i + 1);
            }
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (isDigits(tokens.get(i))) {
                ends.add(i + 1);
                break;
            }
        }
        ends.add(tokens.size());
        int from = STREET_TYPES.contains(tokens.get(0)) ? 1 : 0;
        for (int end : ends) {
            for (int start : from == 1 ? List.of(0, 1) : List.of(0)) {
                List<String> part = tokens.subList(start, end);
                boolean whole = start == 0 && end == tokens.size();
                boolean named = part.stream().anyMatch(t -> !isDigits(t) && !isAbbreviation(t));
                boolean numbered = part.stream().anyMatch(ReporterRedactor::isDigits);
                if (whole || (part.size() >= 2 && named && numbered)) {
                    regexes.add(addressSequence(part));
                }
            }
        }
    }

    /**
     * The e-mail's local part on its own, as a whole word, its pieces joined by any 1 to 3 non-alphanumeric characters
     * or a spelled-out dot; not a generic mailbox or a word of a name to keep.
     */
    private static void addLocalPart(Set<String> regexes, String email, Set<String> keep) {
        if (email == null || email.indexOf('@') < 0) {
            return;
        }
        String local = fold(email.substring(0, email.lastIndexOf('@'))).strip();
        List<String> tokens = new ArrayList<>();
        Matcher m = MAIL_TOKEN.matcher(local);
        while (m.find()) {
            tokens.add(m.group());
        }
        String joined = String.join("", tokens);
        if (joined.length() < SHORTEST || GENERIC_MAILBOXES.contains(joined) || (tokens.size() == 1 && keep.contains(joined))) {
            return;
        }
        String separator = "(?:" + NOT_WORD + "{1,3}|" + NOT_WORD + "{0,3}(?:dot|titik)" + NOT_WORD + "{0,3})";
        List<String> parts = new ArrayList<>();
        for (String token : tokens) {
            parts.add(compact(token, "\\p{Cf}*"));
        }
        regexes.add(WORD_START + String.join(separator, parts) + WORD_END);
    }

    /**
     * Words: any case, any white space between them, zero-width characters inside them passed over; not next to a digit
     * where the value starts or ends with one.
     */
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
        // A digit next to a value that starts or ends with one makes it another number ("No. 1" is not in "No. 10").
        String joined = String.join("", words);
        if (Character.isDigit(joined.codePointAt(0))) {
            regex = "(?<![0-9])" + regex;
        }
        if (Character.isDigit(joined.codePointBefore(joined.length()))) {
            regex = regex + "(?![0-9])";
        }
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

    /**
     * Officers' and the reporter's words as a reader outside the handling office may read them: the reporter's identity
     * masked ({@link #MASK}, the persons' names kept), and the case's persons that reader does not read masked as
     * {@link #OTHER_PERSON} — what the case's answer does to its texts, for a text alone (an evidence file's name, a
     * letter's questions).
     */
    public static java.util.function.UnaryOperator<String> forOutsider(List<Reporter> versions, List<CasePerson> all,
                                                                       Set<java.util.UUID> shown) {
        ReporterRedactor reporter = of(versions, all.stream().map(CasePerson::name).toList(), MASK);
        List<Reporter> hidden = all.stream().filter(p -> !shown.contains(p.id()))
                .map(p -> new Reporter(p.name(), p.nip(), null, null, null)).toList();
        ReporterRedactor others = hidden.isEmpty() ? null
                : of(hidden, all.stream().filter(p -> shown.contains(p.id())).map(CasePerson::name).toList(), OTHER_PERSON);
        return text -> {
            String out = reporter.scrub(text);
            return others == null ? out : others.scrub(out);
        };
    }
}
