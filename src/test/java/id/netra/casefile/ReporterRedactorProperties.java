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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

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
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\p{Cf}", "")
                .replaceAll("[\\s\\p{Z}]+", " ");
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

    @Property(tries = 200)
    void theReportedAsnsDifferentNameStays(@ForAll("reporters") Reporter r, @ForAll("names") String asn, @ForAll Random random,
                                           @ForAll("surroundings") String before, @ForAll("surroundings") String after) {
        String reporterName = canonical(r.name());
        Assume.that(!canonical(asn).contains(reporterName) && !canonical(r.address()).contains(canonical(asn)));
        // The ASN may share a word with the reporter: only the reporter's whole name is theirs.
        String shared = r.name().split(" ")[0] + " " + asn;
        String text = before + " Terlapor " + respaced(randomCase(shared, random), random) + " " + after;
        Assume.that(!canonical(text).contains(reporterName));
        assertThat(new ReporterRedactor(r).scrub(text)).isEqualTo(text);
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
}
