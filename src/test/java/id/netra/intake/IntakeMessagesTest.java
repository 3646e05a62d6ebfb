package id.netra.intake;

import id.netra.platform.FieldError;
import id.netra.platform.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake package says everything through the catalogue: every code its sources name is in both languages, every
 * key of its section is used, and its keys stand together in the one section {@code # intake} at the end of each file.
 */
class IntakeMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/id/netra/intake");
    private static final Pattern CODE = Pattern.compile("[\"{](intake\\.[A-Za-z0-9.]*[A-Za-z0-9])[\"}]");

    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static List<String> lines(String catalogue) throws IOException {
        return Files.readAllLines(Path.of("src/main/resources", catalogue), StandardCharsets.UTF_8);
    }

    @Test
    void everyCodeTheSourcesNameIsSaidInBothLanguagesAndEveryKeyIsUsed() throws IOException {
        Set<String> codes = codesInSources();
        assertThat(codes).as("the sources name their messages by code").hasSizeGreaterThan(50);
        for (String catalogue : List.of("messages_id.properties", "messages_en.properties")) {
            Set<String> keys = new TreeSet<>();
            lines(catalogue).stream().filter(l -> l.startsWith("intake.")).forEach(l -> keys.add(l.substring(0, l.indexOf('='))));
            assertThat(keys).as(catalogue).isEqualTo(codes);
        }
        for (String code : codes) {
            assertThat(Messages.in(Locale.ENGLISH, code)).as(code).isNotEqualTo(Messages.id(code));
        }
    }

    @Test
    void theKeysStandTogetherInOneSectionAtTheEnd() throws IOException {
        for (String catalogue : List.of("messages_id.properties", "messages_en.properties")) {
            List<String> lines = lines(catalogue);
            int section = lines.indexOf("# intake");
            assertThat(section).as(catalogue).isPositive();
            List<String> after = new ArrayList<>(lines.subList(section + 1, lines.size()));
            after.removeIf(l -> l.startsWith("#"));
            assertThat(after).as(catalogue + " after # intake").allMatch(l -> l.startsWith("intake."));
            assertThat(lines.subList(0, section)).as(catalogue + " before # intake").noneMatch(l -> l.startsWith("intake."));
        }
    }

    @Test
    void limitsAreSaidAsEachLanguageWritesNumbers() {
        FieldError e = FieldError.of("incident.description", "intake.maxLength", ReportRequest.MAX_DESCRIPTION);
        assertThat(e.message()).isEqualTo("Paling panjang 20.000 karakter.");
        assertThat(e.in(Locale.ENGLISH).message()).isEqualTo("At most 20,000 characters.");
        assertThat(FieldError.of("reporter.name", "intake.maxLength", ReportRequest.MAX_NAME).message())
                .isEqualTo("Paling panjang 160 karakter.");
        assertThat(Messages.id("intake.incident.date.beforeEarliest", String.valueOf(IntakeService.EARLIEST_YEAR)))
                .isEqualTo("Tanggal kejadian tidak boleh sebelum tahun 2000.");
    }

    @Test
    void anIdentifiersRefusalIsSaidInEitherLanguage() {
        InvalidIdentifierException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Nip.parse("198609261980051001"), InvalidIdentifierException.class);
        assertThat(e).hasMessage("Bulan pengangkatan pada NIP harus setelah tanggal lahir.");
        assertThat(e.of("reported.nip").in(Locale.ENGLISH).message())
                .isEqualTo("The month of appointment in the NIP must be after the date of birth.");
    }
}
