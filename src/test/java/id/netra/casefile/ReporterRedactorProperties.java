package id.netra.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporter's details are scrubbed however a person writes them: generated reporters, generated ways of writing
 * each detail (grouping and separators for digits, prefixes for phones, case and white space for words), embedded in
 * generated text that has no digits of its own. And what is not the reporter's stays.
 *
 * <p>Decided here: a run of digits longer than the NIK or the phone, with the value inside it and no separator
 * before the extra digit, is another number (an 18-digit NIP, an account number) and is not masked; a digit set off
 * by a separator is a separate group, and the value next to it is masked.
 */
class ReporterRedactorProperties {

    record Written(Reporter reporter, String value, String written) {
    }

    // ---------------------------------------------------------------- generators: reporters

    /** Valid-looking: a province, regency and district, a birth date (day + 40 for women), a sequence. */
    static Arbitrary<String> niks() {
        Arbitrary<String> province = Arbitraries.of("11", "12", "31", "32", "33", "35", "36", "51", "64", "73", "94");
        Arbitrary<String> district = Arbitraries.integers().between(101, 9999).map(i -> String.format("%04d", i))
                .filter(s -> !s.startsWith("00") && !s.startsWith("00", 2));
        Arbitrary<String> birth = Combinators.combine(Arbitraries.integers().between(1, 28), Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 99))
                .as((d, female, m, y) -> String.format("%02d%02d%02d", female ? d + 40 : d, m, y));
        Arbitrary<String> sequence = Arbitraries.integers().between(1, 9999).map(i -> String.format("%04d", i));
        return Combinators.combine(province, district, birth, sequence).as((a, b, c, d) -> a + b + c + d);
    }

    /** Indonesian mobile numbers, as the national significant number: 8, an operator digit, 7 to 10 digits. */
    static Arbitrary<String> nationalPhones() {
        return Combinators.combine(Arbitraries.of("1", "2", "3", "5", "7", "8", "9"),
                        Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(10))
                .as((operator, rest) -> "8" + operator + rest);
    }

    static Arbitrary<String> words() {
        Arbitrary<Character> first = Arbitraries.chars().range('A', 'Z');
        Arbitrary<String> rest = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéü").ofMinLength(2).ofMaxLength(8);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    static Arbitrary<String> names() {
        return words().list().ofMinSize(2).ofMaxSize(4).map(w -> String.join(" ", w));
    }

    static Arbitrary<String> addresses() {
        return Combinators.combine(Arbitraries.of("Jl.", "Jalan", "Gg.", "Perum", "Kp."), words().list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.integers().between(1, 250), Arbitraries.of("RT 02/RW 05,", "No.", "Blok C2 No.", ""),
                        words())
                .as((street, name, number, unit, town) -> street + " " + String.join(" ", name) + " " + unit + " " + number + ", " + town)
                .map(a -> a.replaceAll(" +", " "));
    }

    static Arbitrary<String> emails() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10);
        return Combinators.combine(part, Arbitraries.of("", ".", "_"), part, part, Arbitraries.of("id", "com", "co.id", "net"))
                .as((a, sep, b, domain, tld) -> a + sep + b + "@" + domain + "." + tld);
    }

    /** The phone as the reporter typed it into the form. */
    static Arbitrary<String> storedPhone(String national) {
        return Arbitraries.of("0", "+62", "62", "+62 ", "0062").map(prefix -> prefix + national);
    }

    static Arbitrary<Reporter> anyReporter() {
        return Combinators.combine(names(), niks(), addresses(), nationalPhones(), emails(), Arbitraries.of("0", "+62", "62", "0062"))
                .as((name, nik, address, national, email, prefix) -> new Reporter(name, nik, address, prefix + national, email));
    }

    // ---------------------------------------------------------------- generators: how a person writes them

    static final List<String> DIGIT_SEPARATORS = List.of("", "", " ", "  ", ".", "-", " - ", "/", "\u00A0", "\u200B", "\t",
            ") ", " (", "\u2013", "\n", ", ", "_", "\u202F");
    static final List<String> SPACES = List.of(" ", "  ", "\t", "\n", "\r\n", "\u00A0", " \u00A0 ", "\u2003", "\u3000",
            "\u200B", " \t ");
    static final List<String> PHONE_PREFIXES = List.of("", "0", "+62", "62", "0062", "+62 ", "+62-", "(0", "0 ", "+62 (0)",
            "62 ", "+ 62 ", "00 62 ");

    /** The digits in groups of 1 to 6, with a separator (perhaps none) between groups. */
    static String grouped(String digits, Random random) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < digits.length()) {
            int size = 1 + random.nextInt(6);
            if (i > 0) {
                out.append(DIGIT_SEPARATORS.get(random.nextInt(DIGIT_SEPARATORS.size())));
            }
            out.append(digits, i, Math.min(digits.length(), i + size));
            i += size;
        }
        return out.toString();
    }

    static String randomCase(String s, Random random) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.appendCodePoint(random.nextBoolean() ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
        return out.toString();
    }

    static String respaced(String s, Random random) {
        StringBuilder out = new StringBuilder();
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(SPACES.get(random.nextInt(SPACES.size())));
            }
            out.append(words[i]);
        }
        return out.toString();
    }

    /** Letters, spaces and punctuation, never a digit. */
    static Arbitrary<String> surroundings() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,;:!?'\"()-/\n")
                .ofMaxLength(40);
    }

    static Arbitrary<String> embedded(Arbitrary<String> written) {
        return Combinators.combine(surroundings(), written, surroundings()).as((before, w, after) -> before + w + after);
    }

    @Provide
    Arbitrary<Written> nikWritten() {
        return Combinators.combine(anyReporter(), Arbitraries.randoms())
                .flatAs((r, random) -> embedded(Arbitraries.just(grouped(r.nik(), random))).map(t -> new Written(r, r.nik(), t)));
    }

    @Provide
    Arbitrary<Written> phoneWritten() {
        return Combinators.combine(anyReporter(), Arbitraries.randoms(), Arbitraries.of(PHONE_PREFIXES)).flatAs((r, random, prefix) -> {
            String national = ReporterRedactor.nationalNumber(r.phone(), r.phone().replaceAll("\\D", ""));
            return embedded(Arbitraries.just(prefix + grouped(national, random))).map(t -> new Written(r, national, t));
        });
    }

    @Provide
    Arbitrary<Written> nameWritten() {
        return Combinators.combine(anyReporter(), Arbitraries.randoms())
                .flatAs((r, random) -> embedded(Arbitraries.just(respaced(randomCase(r.name(), random), random)))
                        .map(t -> new Written(r, r.name(), t)));
    }

    @Provide
    Arbitrary<Written> addressWritten() {
        return Combinators.combine(anyReporter(), Arbitraries.randoms())
                .flatAs((r, random) -> embedded(Arbitraries.just(respaced(randomCase(r.address(), random), random)))
                        .map(t -> new Written(r, r.address(), t)));
    }

    @Provide
    Arbitrary<Written> emailWritten() {
        return Combinators.combine(anyReporter(), Arbitraries.randoms())
                .flatAs((r, random) -> embedded(Arbitraries.just(randomCase(r.email(), random))).map(t -> new Written(r, r.email(), t)));
    }

    // ---------------------------------------------------------------- what is looked for in the scrubbed text

    static String digitsOnly(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
    }

    /** Lower case, invisible characters dropped, every run of white space one space. */
    static String canonical(String s) {
        // A zero-width space is one of the texts' word separators (SPACES): a space here too, as the redactor reads it;
        // the other format characters are nothing.
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("\u200B", " ")
                .replaceAll("\\p{Cf}", "").replaceAll("[\\s\\p{Z}]+", " ");
    }

    // ---------------------------------------------------------------- masked, in any form

    @Property(tries = 300)
    void aNikIsMaskedHoweverItIsGrouped(@ForAll("nikWritten") Written w) {
        String scrubbed = new ReporterRedactor(w.reporter()).scrub(w.written());
        assertThat(digitsOnly(scrubbed)).as(w.written()).doesNotContain(w.value());
        assertThat(scrubbed).contains(ReporterRedactor.MASK);
    }

    @Property(tries = 300)
    void aPhoneIsMaskedWithAnyPrefixAndGrouping(@ForAll("phoneWritten") Written w) {
        String scrubbed = new ReporterRedactor(w.reporter()).scrub(w.written());
        assertThat(digitsOnly(scrubbed)).as(w.written()).doesNotContain(w.value());
    }

    @Property(tries = 300)
    void aNameIsMaskedInAnyCaseAndSpacing(@ForAll("nameWritten") Written w) {
        String scrubbed = new ReporterRedactor(w.reporter()).scrub(w.written());
        assertThat(canonical(scrubbed)).as(w.written()).doesNotContain(canonical(w.value()));
    }

    @Property(tries = 300)
    void anAddressIsMaskedInAnyCaseAndSpacing(@ForAll("addressWritten") Written w) {
        String scrubbed = new ReporterRedactor(w.reporter()).scrub(w.written());
        assertThat(canonical(scrubbed)).as(w.written()).doesNotContain(canonical(w.value()));
    }

    @Property(tries = 300)
    void anEmailIsMaskedInAnyCase(@ForAll("emailWritten") Written w) {
        String scrubbed = new ReporterRedactor(w.reporter()).scrub(w.written());
        assertThat(scrubbed.toLowerCase(Locale.ROOT)).as(w.written()).doesNotContain(w.value().toLowerCase(Locale.ROOT));
    }

    @Property(tries = 200)
    void everyVersionIsMaskedInOneText(@ForAll("reporters") Reporter first, @ForAll("reporters") Reporter second,
                                       @ForAll Random random) {
        List<String> parts = new ArrayList<>();
        for (Reporter r : List.of(first, second)) {
            parts.add(respaced(randomCase(r.name(), random), random));
            parts.add(grouped(r.nik(), random));
            parts.add(respaced(randomCase(r.address(), random), random));
            parts.add(PHONE_PREFIXES.get(random.nextInt(PHONE_PREFIXES.size()))
                    + grouped(ReporterRedactor.nationalNumber(r.phone(), r.phone().replaceAll("\\D", "")), random));
            parts.add(randomCase(r.email(), random));
        }
        Collections.shuffle(parts, random);
        String text = "Pelapor: " + String.join("; dan ", parts) + ".";
        JsonNode json = new ObjectMapper().createObjectNode().put("summary", text).set("notes",
                new ObjectMapper().createArrayNode().add(text));
        JsonNode scrubbed = new ReporterRedactor(List.of(first, second)).scrub(json);
        for (JsonNode node : List.of(scrubbed.get("summary"), scrubbed.get("notes").get(0))) {
            String out = node.asText();
            for (Reporter r : List.of(first, second)) {
                assertThat(digitsOnly(out)).as(text).doesNotContain(r.nik())
                        .doesNotContain(ReporterRedactor.nationalNumber(r.phone(), r.phone().replaceAll("\\D", "")));
                assertThat(canonical(out)).as(text).doesNotContain(canonical(r.name())).doesNotContain(canonical(r.address()))
                        .doesNotContain(r.email());
            }
        }
    }

    @Property(tries = 100)
    void scrubbingTwiceChangesNothingMore(@ForAll("nikWritten") Written w) {
        ReporterRedactor redactor = new ReporterRedactor(w.reporter());
        String once = redactor.scrub(w.written());
        assertThat(redactor.scrub(once)).isEqualTo(once);
    }

    // ---------------------------------------------------------------- not masked

    /** The same digits up to some point, then one digit differs: another person's number. */
    static String sharingAPrefix(String digits, int at) {
        char other = (char) ('0' + (digits.charAt(at) - '0' + 1 + at % 9) % 10);
        return digits.substring(0, at) + other + digits.substring(at + 1);
    }

    @Property(tries = 200)
    void anotherNikThatSharesAPrefixStays(@ForAll("reporters") Reporter r, @ForAll Random random,
                                           @ForAll("surroundings") String before, @ForAll("surroundings") String after) {
        String other = sharingAPrefix(r.nik(), 3 + random.nextInt(13));
        String text = before + grouped(other, random) + after;
        assertThat(new ReporterRedactor(r).scrub(text)).isEqualTo(text);
    }

    @Property(tries = 200)
    void anotherPhoneThatSharesAPrefixStays(@ForAll("reporters") Reporter r, @ForAll Random random,
                                             @ForAll("surroundings") String before, @ForAll("surroundings") String after) {
        String national = ReporterRedactor.nationalNumber(r.phone(), r.phone().replaceAll("\\D", ""));
        String other = sharingAPrefix(national, 2 + random.nextInt(national.length() - 2));
        String text = before + PHONE_PREFIXES.get(random.nextInt(PHONE_PREFIXES.size())) + grouped(other, random) + after;
        assertThat(new ReporterRedactor(r).scrub(text)).isEqualTo(text);
    }

    /** Decided: a longer run of digits that contains the NIK, with nothing between, is another number. */
    @Property(tries = 200)
    void aLongerDigitRunContainingTheNikStays(@ForAll("reporters") Reporter r, @ForAll("surroundings") String before,
                                              @ForAll("surroundings") String after, @ForAll Random random) {
        String digit = Integer.toString(random.nextInt(10));
        String run = random.nextBoolean() ? digit + r.nik() : r.nik() + digit;
        String text = before + run + after;
        assertThat(new ReporterRedactor(r).scrub(text)).isEqualTo(text);
    }

    /** The reported ASN may share a word with the reporter: only the reporter's whole name is theirs, the ASN's name stays. */
    @Property(tries = 200)
    void theReportedAsnsNameStays(@ForAll("reporters") Reporter r, @ForAll("names") String asn, @ForAll Random random,
                                  @ForAll("surroundings") String before, @ForAll("surroundings") String after) {
        String shared = r.name().split(" ")[0] + " " + asn;
        String text = before + " Terlapor " + respaced(randomCase(shared, random), random) + " " + after;
        Assume.that(!canonical(text).contains(canonical(r.name())));
        // Every word of the text that is the reporter's is the ASN's too.
        Assume.that(wordsOf(text).stream().noneMatch(w -> nameWords(r).contains(w) && !wordsOf(shared).contains(w)));
        Assume.that(!alnum(text).contains(alnum(r.email().substring(0, r.email().indexOf('@')))));
        assertThat(new ReporterRedactor(List.of(r), List.of(shared)).scrub(text)).isEqualTo(text);
    }

    // ---------------------------------------------------------------- parts of the name, the address as written, disguised e-mails

    static final List<String> HONORIFICS = List.of("", "Sdr. ", "Sdri. ", "Saudara ", "Pak ", "Bu ", "Ibu ", "Bapak ", "H. ",
            "Hj. ", "Pak H. ", "Bu Hj. ");
    static final List<String> NAME_JOINS = List.of(" ", ", ", " dan ", " / ", "; ", " - ", "\n", " (", ") ");
    static final List<String> LETTER_SEPARATORS = List.of(" ", ".", ". ", "-", " - ", "_", "\u200B", "/", "  ", "*");
    static final List<String> FILLERS = List.of("hadir", "menyatakan", "pada sidang klarifikasi", "keterangan", "bahwa", "tidak",
            "mengetahui", "unggahan", "tersebut", "menurut", "di kantor", "kemarin");

    /** The name's words, lower case. */
    static List<String> nameWords(Reporter r) {
        return wordsOf(r.name());
    }

    static List<String> wordsOf(String s) {
        return Arrays.stream(canonical(s).split("[^\\p{L}\\p{M}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Lower case, letters and digits only. */
    static String alnum(String s) {
        return canonical(s).replaceAll("[^\\p{L}\\p{M}\\p{N}]", "");
    }

    /**
     * Whether a text made around the name is free of it also as the redactor reads it, combining marks dropped (it
     * takes them as invisible): a filler "o V Ü" is "ovu" to it, and a sample whose filler spells a name word so
     * cannot tell a missed mask from a coincidence.
     */
    static boolean cleanAsRead(String text, String value) {
        return clean(text, value) && !java.text.Normalizer.normalize(alnum(text), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").contains(java.text.Normalizer.normalize(alnum(value), java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", ""));
    }

    /** No piece of the text between masks has the value in it, letters and digits only. */
    static boolean clean(String text, String value) {
        for (String segment : text.split(Pattern.quote(ReporterRedactor.MASK))) {
            if (alnum(segment).contains(alnum(value))) {
                return false;
            }
        }
        return true;
    }

    static String spelled(String word, Random random) {
        StringBuilder out = new StringBuilder();
        int[] cps = word.codePoints().toArray();
        String separator = LETTER_SEPARATORS.get(random.nextInt(LETTER_SEPARATORS.size()));
        for (int i = 0; i < cps.length; i++) {
            if (i > 0) {
                out.append(random.nextInt(4) == 0 ? LETTER_SEPARATORS.get(random.nextInt(LETTER_SEPARATORS.size())) : separator);
            }
            out.appendCodePoint(cps[i]);
        }
        return out.toString();
    }

    static String filler(Random random) {
        return FILLERS.get(random.nextInt(FILLERS.size()));
    }

    /** A text made of pieces, some of them the reporter's: as written, and as it should come out (those pieces masked). */
    record Pieces(String written, String ideal) {
        static Pieces of(List<String[]> pieces) {
            StringBuilder written = new StringBuilder();
            StringBuilder ideal = new StringBuilder();
            for (String[] p : pieces) {
                written.append(p[0]);
                ideal.append(p.length > 1 ? ReporterRedactor.MASK : p[0]);
            }
            return new Pieces(written.toString(), ideal.toString());
        }
    }

    /** Found by the property: a name word with a diacritic, spelled out, its mark written apart or not. */
    @Example
    void aNameWithADiacriticSpelledOutIsMasked() {
        Reporter r = new Reporter("Aovü Ovu", "1101014101000001", "Jl. Aaa RT 02/RW 05, 1, Aaa", "0810000000", "aaaaaa@aaa.id");
        for (String text : List.of("Menurut menyatakan Ibu oVu (a. o V Ü unggahan.", "Menurut Ibu oVu (a. o V U\u0308 unggahan.",
                "Ibu A-o-v-ü hadir.", "Ibu a o v u\u0308 hadir.")) {
            String scrubbed = new ReporterRedactor(r).scrub(text);
            assertThat(cleanAsRead(scrubbed, "Aovü")).as(text + " -> " + scrubbed).isTrue();
            assertThat(cleanAsRead(scrubbed, "Ovu")).as(text + " -> " + scrubbed).isTrue();
        }
    }

    @Property(tries = 300)
    void anyPartOfTheNameInAnyOrderIsMasked(@ForAll("reporters") Reporter r, @ForAll Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(r.name().split(" ")));
        Assume.that(words.stream().noneMatch(w -> ReporterRedactor.COMMON_WORDS.contains(w.toLowerCase(Locale.ROOT))));
        Collections.shuffle(words, random);
        List<String> chosen = words.subList(0, 1 + random.nextInt(words.size()));
        List<String[]> pieces = new ArrayList<>();
        pieces.add(new String[]{"Menurut " + filler(random) + " " + HONORIFICS.get(random.nextInt(HONORIFICS.size()))});
        for (int i = 0; i < chosen.size(); i++) {
            if (i > 0) {
                pieces.add(new String[]{NAME_JOINS.get(random.nextInt(NAME_JOINS.size()))});
            }
            String word = randomCase(chosen.get(i), random);
            boolean spellOut = word.length() >= 4 && random.nextBoolean();
            pieces.add(new String[]{spellOut ? spelled(word, random) : word, "masked"});
        }
        pieces.add(new String[]{" " + filler(random) + "."});
        Pieces text = Pieces.of(pieces);
        for (String word : chosen) {
            Assume.that(cleanAsRead(text.ideal(), word));
        }
        String scrubbed = new ReporterRedactor(r).scrub(text.written());
        for (String word : chosen) {
            assertThat(cleanAsRead(scrubbed, word)).as("%s in %s -> %s", word, text.written(), scrubbed).isTrue();
        }
    }

    record Address(List<String> street, String streetName, String number, String town) {
    }

    static Arbitrary<Address> structuredAddresses() {
        return Combinators.combine(Arbitraries.of(ReporterRedactor.ABBREVIATIONS.get(0), ReporterRedactor.ABBREVIATIONS.get(2),
                                ReporterRedactor.ABBREVIATIONS.get(8)),
                        words().list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w)),
                        Arbitraries.integers().between(1, 250).map(String::valueOf), words())
                .as(Address::new);
    }

    static String anyForm(List<String> group, Random random) {
        return randomCase(group.get(random.nextInt(group.size())), random);
    }

    static final List<String> ADDRESS_SEPARATORS = List.of(" ", "  ", ". ", ".", ", ", " - ", "-", "\n", " / ", "\u00A0");

    static String address(Address a, boolean withStreetType, boolean withTown, Random random) {
        List<String> tokens = new ArrayList<>();
        if (withStreetType) {
            tokens.add(anyForm(a.street(), random));
        }
        tokens.addAll(Arrays.asList(randomCase(a.streetName(), random).split(" ")));
        tokens.add(anyForm(ReporterRedactor.ABBREVIATIONS.get(1), random));
        tokens.add(a.number());
        if (withTown) {
            tokens.add(randomCase(a.town(), random));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                boolean digit = Character.isDigit(tokens.get(i).charAt(0));
                out.append(digit && random.nextInt(3) == 0 ? "" : ADDRESS_SEPARATORS.get(random.nextInt(ADDRESS_SEPARATORS.size())));
            }
            out.append(tokens.get(i));
        }
        return out.toString();
    }

    @Property(tries = 300)
    void theAddressIsMaskedWithOtherAbbreviationsCaseAndPunctuation(@ForAll("structured") Address a, @ForAll Random random,
                                                                   @ForAll("names") String name) {
        String stored = a.street().get(random.nextInt(a.street().size())) + ". " + a.streetName() + " No. " + a.number() + ", " + a.town();
        Reporter r = new Reporter(name, null, stored, null, null);
        boolean streetType = random.nextBoolean();
        boolean town = random.nextBoolean();
        String written = address(a, streetType, town, random);
        Pieces text = Pieces.of(List.of(new String[]{"Rumah di "}, new String[]{written, "masked"},
                new String[]{(town ? "" : ", " + a.town()) + " " + filler(random) + "."}));
        String streetAndNumber = a.streetName() + a.number();
        Assume.that(clean(text.ideal(), streetAndNumber));
        String scrubbed = new ReporterRedactor(r).scrub(text.written());
        assertThat(clean(scrubbed, streetAndNumber)).as("%s -> %s", text.written(), scrubbed).isTrue();
    }

    /** Address words are names of streets and regions everyone uses: not masked on their own, nor the street without its number. */
    @Property(tries = 200)
    void theAddressWordsAndTheStreetStay(@ForAll("structured") Address a, @ForAll("names") String name, @ForAll Random random) {
        String stored = a.street().get(0) + " " + a.streetName() + " No. " + a.number() + ", " + a.town();
        Assume.that(wordsOf(name).stream().noneMatch(w -> wordsOf(stored).contains(w)));
        ReporterRedactor redactor = new ReporterRedactor(new Reporter(name, null, stored, null, null));
        for (String text : List.of("Kantor Kecamatan " + a.town() + " ramai.", "Di " + a.streetName() + " dekat pasar.",
                "Sepanjang " + anyForm(a.street(), random) + " " + a.streetName() + " macet.",
                "Rumah nomor " + a.number() + " di " + a.town() + ".")) {
            assertThat(redactor.scrub(text)).isEqualTo(text);
        }
    }

    static final List<String> ATS = List.of("(at)", "[at]", " at ", " @ ", "@", " (at) ", " [at] ", "(AT)", " @", "{at}");
    static final List<String> DOTS = List.of("(dot)", " . ", ".", "[dot]", " dot ", " (dot) ", "(titik)");

    @Property(tries = 300)
    void aDisguisedEmailLosesItsLocalPart(@ForAll("reporters") Reporter r, @ForAll Random random) {
        String email = r.email();
        String local = email.substring(0, email.indexOf('@'));
        String domain = email.substring(email.indexOf('@') + 1);
        Assume.that(!ReporterRedactor.GENERIC_MAILBOXES.contains(local));
        String writtenLocal = randomCase(random.nextInt(4) == 0 ? local.replace(".", DOTS.get(random.nextInt(DOTS.size()))) : local, random);
        String writtenDomain = domain.replace(".", DOTS.get(random.nextInt(DOTS.size())));
        Pieces text = Pieces.of(List.of(new String[]{"Surel pelapor: "}, new String[]{writtenLocal, "masked"},
                new String[]{ATS.get(random.nextInt(ATS.size())) + writtenDomain + " " + filler(random)}));
        Assume.that(clean(text.ideal(), local));
        String scrubbed = new ReporterRedactor(r).scrub(text.written());
        assertThat(clean(scrubbed, local)).as("%s -> %s", text.written(), scrubbed).isTrue();
    }

    /** A word that merely contains a name word (Ahmadiyah) is another word. */
    @Property(tries = 200)
    void aWordContainingANameWordStays(@ForAll("reporters") Reporter r, @ForAll Random random,
                                       @ForAll("affixes") String prefix, @ForAll("affixes") String suffix) {
        Assume.that(!prefix.isEmpty() || !suffix.isEmpty());
        String word = nameWords(r).get(random.nextInt(nameWords(r).size()));
        String longer = prefix + randomCase(word, random) + suffix;
        String text = "Jemaah " + longer + " hadir.";
        Assume.that(wordsOf(text).stream().noneMatch(nameWords(r)::contains));
        Assume.that(!wordsOf(text).contains(alnum(r.email().substring(0, r.email().indexOf('@')))));
        assertThat(new ReporterRedactor(r).scrub(text)).isEqualTo(text);
    }

    /**
     * Values under the fields Netra writes (a region's, an office's, an agency's name, a user name) stay as they are at
     * any depth, even when made of the reporter's name; the same text under any other field — and a field of that name
     * in an object inside a typed text's sibling — is masked.
     */
    @Property(tries = 200)
    void netraWrittenFieldsStayAndTypedOnesAreMasked(@ForAll("reporters") Reporter r, @ForAll Random random) {
        List<String> written = new ArrayList<>(CaseQueries.NETRA_WRITTEN);
        String key = written.get(random.nextInt(written.size()));
        List<String> typedFields = List.of("notes", "summary", "analysis", "reasoning", "name", "description", "position");
        String typed = typedFields.get(random.nextInt(typedFields.size()));
        String value = "Kabupaten " + r.name();
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode inner = mapper.createObjectNode().put(key, value).put(typed, value);
        com.fasterxml.jackson.databind.node.ObjectNode tree = mapper.createObjectNode().put(key, value).put(typed, value);
        tree.set("history", mapper.createArrayNode().add(inner));
        tree.set(key + "s", mapper.createObjectNode().put("nested", value));

        JsonNode scrubbed = new ReporterRedactor(List.of(r), List.of()).scrub(tree, CaseQueries.NETRA_WRITTEN);

        assertThat(scrubbed.get(key).asText()).isEqualTo(value);
        assertThat(scrubbed.get("history").get(0).get(key).asText()).isEqualTo(value);
        for (JsonNode masked : List.of(scrubbed.get(typed), scrubbed.get("history").get(0).get(typed),
                scrubbed.get(key + "s").get("nested"))) {
            assertThat(canonical(masked.asText())).as(key + "/" + typed).doesNotContain(canonical(r.name()))
                    .contains(canonical(ReporterRedactor.MASK));
        }
    }

    @Provide("affixes")
    Arbitrary<String> affixes() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(4);
    }

    @Provide("structured")
    Arbitrary<Address> providedAddresses() {
        return structuredAddresses();
    }

    @Provide("reporters")
    Arbitrary<Reporter> providedReporters() {
        return anyReporter();
    }

    @Provide("names")
    Arbitrary<String> providedNames() {
        return names();
    }

    @Provide("surroundings")
    Arbitrary<String> providedSurroundings() {
        return surroundings();
    }

    // ---------------------------------------------------------------- examples from the report of the attack

    @Example
    void theAttackersForms() {
        Reporter r = new Reporter("Ahmad Fauzi Rahman", "3604015508900002", "Jl. Raya Serang-Jakarta KM 5 No. 17, Ciruas",
                "081234567890", "ahmad.fauzi@contoh.id");
        ReporterRedactor redactor = new ReporterRedactor(r);
        for (String form : List.of("3604 0155 0890 0002", "3604.0155.0890.0002", "3604-0155-0890-0002", "36 04 01 5508 900 002",
                "0812-3456-7890", "+62 812 3456 7890", "62 812-3456-7890", "(0812) 3456 7890", "+628123456789 0", "0062 812 34567890",
                "+62 (0)812 3456 7890", "８１２３４５６７８９０", "ahmad  fauzi\trahman", "AHMAD\u00A0FAUZI\nRAHMAN", "Ahmad Fau\u200Bzi Rahman",
                "jl. raya serang-jakarta  km 5 no. 17,\nciruas", "Ahmad.Fauzi@Contoh.ID")) {
            // A parenthesis before the number is left, as any separator before or after it.
            String left = form.startsWith("(") ? "(" : "";
            assertThat(redactor.scrub("Menurut x " + form + " y.")).as(form).isEqualTo("Menurut x " + left + ReporterRedactor.MASK + " y.");
        }
        assertThat(redactor.scrub("NIP 198609262015051001, telepon kantor 0254 280123")).isEqualTo("NIP 198609262015051001, telepon kantor 0254 280123");
        assertThat(redactor.scrub("1 3604 0155 0890 0002")).isEqualTo("1 " + ReporterRedactor.MASK);
        assertThat(redactor.scrub("136040155089000021")).isEqualTo("136040155089000021");
    }

    @Example
    void theSecondAttackersForms() {
        ReporterRedactor ahmad = new ReporterRedactor(List.of(new Reporter("Ahmad Fauzi Rahman", "3604015508900002",
                "Jl. Raya Serang No. 1", "081234567890", "ahmad@example.id")), List.of("Budi Santoso"));
        for (String form : List.of("Sdr. Ahmad hadir", "Pak Fauzi menyatakan", "Fauzi, Ahmad", "Fauzi Ahmad", "A h m a d Fauzi",
                "A.h.m.a.d", "R-a-h-m-a-n", "Jalan Raya Serang Nomor 1", "JL RAYA SERANG NO 1", "jl raya serang no 1",
                "JL RAYA SERANG NO 1, Ciruas", "Raya Serang No 1", "raya serang no.1", "ahmad(at)example(dot)id",
                "ahmad [at] example.id", "ahmad @ example . id", "AHMAD's", "Ahm\u200Bad")) {
            String out = ahmad.scrub("Menurut " + form + " kemarin.");
            for (String word : List.of("ahmad", "fauzi", "rahman", "rayaserang1")) {
                assertThat(clean(out, word)).as("%s -> %s", form, out).isTrue();
            }
        }
        assertThat(ahmad.scrub("Sdr. Ahmad hadir")).isEqualTo("Sdr. " + ReporterRedactor.MASK + " hadir");
        assertThat(ahmad.scrub("Fauzi Ahmad hadir")).isEqualTo(ReporterRedactor.MASK + " hadir");
        assertThat(ahmad.scrub("ahmad(at)example(dot)id")).isEqualTo(ReporterRedactor.MASK + "(at)example(dot)id");
        assertThat(ahmad.scrub("JL RAYA SERANG NO 1, Ciruas")).isEqualTo(ReporterRedactor.MASK + ", Ciruas");
        for (String stays : List.of("Jemaah Ahmadiyah", "Terlapor Budi Santoso, Camat Ciruas", "Kabupaten Serang",
                "Jl. Raya Serang macet", "Raya Serang No 12", "Jl. Raya Serang No. 10", "Rahmani", "Muhammad", "Bapak Haji",
                "Bawaslu Provinsi Banten", "S.H., M.Kom", "NEUTRALITY_VIOLATION")) {
            assertThat(ahmad.scrub(stays)).isEqualTo(stays);
        }

        ReporterRedactor dewi = new ReporterRedactor(List.of(new Reporter("Dewi Lestari", null, "Jl. Ahmad Yani No. 9", null, null)),
                List.of("Budi Santoso"));
        for (String form : List.of("Bu Dewi", "Lestari", "D e w i", "jl ahmad yani no 9", "JALAN AHMAD YANI NOMOR 9", "Ahmad Yani 9")) {
            String out = dewi.scrub("Menurut " + form + " kemarin.");
            for (String word : List.of("dewi", "lestari", "ahmadyani9")) {
                assertThat(clean(out, word)).as("%s -> %s", form, out).isTrue();
            }
        }
        assertThat(dewi.scrub("Jl. Ahmad Yani ramai")).isEqualTo("Jl. Ahmad Yani ramai");
    }

    @Example
    void aWordSharedWithTheReportedAsnIsMaskedOnlyInTheWholeName() {
        ReporterRedactor redactor = new ReporterRedactor(List.of(new Reporter("Budi Rahman", null, null, null, "budi@surel.id")),
                List.of("Budi Santoso"));
        assertThat(redactor.scrub("Terlapor Budi Santoso; Pak Budi")).isEqualTo("Terlapor Budi Santoso; Pak Budi");
        assertThat(redactor.scrub("Pelapor Budi Rahman")).isEqualTo("Pelapor " + ReporterRedactor.MASK);
        assertThat(redactor.scrub("Rahman")).isEqualTo(ReporterRedactor.MASK);
    }

    @Example
    void shortValuesAreNotPatternsAndNothingIsNothing() {
        ReporterRedactor redactor = new ReporterRedactor(new Reporter("Al", "12", "Jl", "0", "a@"));
        assertThat(redactor.scrub("Al di Jl 12, 0, a@b")).isEqualTo("Al di Jl 12, 0, a@b");
        assertThat(new ReporterRedactor((Reporter) null).scrub("apa saja")).isEqualTo("apa saja");
        assertThat(new ReporterRedactor(List.of()).scrub((String) null)).isNull();
    }

    @Example
    void overlappingVersionsLeaveNoFragment() {
        ReporterRedactor redactor = new ReporterRedactor(List.of(new Reporter("Ahmad Fauzi", "3604015508900002", "Jl. Melati 3", null, null),
                new Reporter("Fauzi Rahman", "3604015508900002", "Jl. Melati 3", null, null)));
        assertThat(redactor.scrub("oleh Ahmad Fauzi Rahman.")).isEqualTo("oleh " + ReporterRedactor.MASK + ".");
    }

    @net.jqwik.api.Example
    void idsAndDatesInTheCaseJsonAreNeverMasked() {
        ReporterRedactor redactor = new ReporterRedactor(new Reporter("Dede Abba", "3604011505850003", "Jl. Cafe No. 1",
                "081234567890", "dede@contoh.id"));
        com.fasterxml.jackson.databind.node.ObjectNode json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        json.put("id", "0dede000-abba-4ead-beef-00000000cafe");
        json.put("at", "2026-11-26T15:30:00.123Z");
        json.put("note", "Sdr. Dede hadir");
        redactor.scrub(json);
        org.assertj.core.api.Assertions.assertThat(json.path("id").asText()).isEqualTo("0dede000-abba-4ead-beef-00000000cafe");
        org.assertj.core.api.Assertions.assertThat(json.path("at").asText()).isEqualTo("2026-11-26T15:30:00.123Z");
        org.assertj.core.api.Assertions.assertThat(json.path("note").asText()).doesNotContainIgnoringCase("dede");
    }

    @net.jqwik.api.Property
    void aNameWithInvisibleOrCombiningCharactersInsideIsStillMasked(
            @ForAll("invisibles") String invisible, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 5) int at) {
        ReporterRedactor redactor = new ReporterRedactor(new Reporter("Rahmat Hidayat", "3604011505850003", "Jl. Cafe No. 1",
                "081234567890", "rahmat@contoh.id"));
        String typed = "Rahmat".substring(0, at) + invisible + "Rahmat".substring(at);
        String out = redactor.scrub("Keterangan Sdr. " + typed + " dicatat; " + typed + "nya hadir.");
        org.assertj.core.api.Assertions.assertThat(ReporterRedactor.skeleton(out).toLowerCase()).doesNotContain("rahmat");
    }

    @Provide
    Arbitrary<String> invisibles() {
        return Arbitraries.of("\uFE0F", "\u034F", "\u17B4", "\u115F", "\u3164", "\uFE00", "\uDB40\uDD00", "\u0300", "\u0301",
                "\u200D", "\u200C", "\u2060", "\u00AD", "\u200E", "\u180E", "\u2062", "\uD834\uDD73");
    }

    @Property
    void aNameWrittenWithLookAlikeCyrillicOrGreekLettersIsStillMasked(@ForAll("lookAlikeNames") String typed) {
        ReporterRedactor redactor = new ReporterRedactor(new Reporter("Rahmat Hidayat", "3604011505850003", "Jl. Cafe No. 1",
                "081234567890", "rahmat@contoh.id"));
        String out = redactor.scrub("Keterangan Sdr. " + typed + " dicatat.");
        org.assertj.core.api.Assertions.assertThat(ReporterRedactor.skeleton(out).toLowerCase())
                .doesNotContain("rahmat").doesNotContain("hidayat");
    }

    @Provide
    Arbitrary<String> lookAlikeNames() {
        java.util.Map<Character, String> lookAlikes = java.util.Map.of('a', "\u0430\u03b1", 'o', "\u043e\u03bf", 'e', "\u0435",
                'y', "\u0443", 'i', "\u0456\u03b9", 'H', "\u041d\u0397", 'R', "R", 'd', "\u0501", 'h', "\u04bb", 't', "t");
        return Arbitraries.integers().between(1, Integer.MAX_VALUE).map(seed -> {
            java.util.Random random = new java.util.Random(seed);
            StringBuilder sb = new StringBuilder();
            for (char c : "Rahmat Hidayat".toCharArray()) {
                String options = lookAlikes.get(c);
                sb.append(options != null && random.nextBoolean() ? options.charAt(random.nextInt(options.length())) : c);
            }
            return sb.toString();
        });
    }
}
