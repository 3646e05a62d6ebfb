package id.netra.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** One catalogue in two languages: the same keys in both, each message a valid pattern with the same arguments. */
class MessageCatalogueTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(MessageCatalogueTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** Every action of the audit trail has its words on the case's audit page, in both languages (never a raw name). */
    @Test
    void everyAuditActionIsNamed() throws IOException {
        for (String file : java.util.List.of("messages_id.properties", "messages_en.properties")) {
            Properties p = load(file);
            for (id.netra.audit.AuditLog.Action a : id.netra.audit.AuditLog.Action.values()) {
                org.assertj.core.api.Assertions.assertThat(p.getProperty("case.audit.action." + a.name())).as(file + " " + a).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyIsSaidInBothLanguagesWithTheSameArguments() throws IOException {
        Properties id = load("messages_id.properties");
        Properties en = load("messages_en.properties");
        // Task field labels and options fall back to the form's declaration in Indonesian: English only.
        assertThat(id.stringPropertyNames().stream().filter(k -> !en.containsKey(k))).as("missing in English").isEmpty();
        assertThat(en.stringPropertyNames().stream().filter(k -> !id.containsKey(k) && !k.startsWith("field.") && !k.startsWith("option.")))
                .as("missing in Indonesian").isEmpty();
        for (String key : id.stringPropertyNames()) {
            if (en.containsKey(key)) {
                int idArgs = new MessageFormat(id.getProperty(key), Locale.ROOT).getFormatsByArgumentIndex().length;
                int enArgs = new MessageFormat(en.getProperty(key), Locale.ROOT).getFormatsByArgumentIndex().length;
                assertThat(enArgs).as("arguments of " + key).isEqualTo(idArgs);
            }
        }
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        // A second line with the same key silently replaces the first: two sections (or two merged branches) must
        // not both define one.
        for (String name : java.util.List.of("messages_id.properties", "messages_en.properties")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (var in = new java.io.BufferedReader(new InputStreamReader(MessageCatalogueTest.class.getResourceAsStream("/" + name),
                    StandardCharsets.UTF_8))) {
                in.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).trim()).filter(k -> !seen.add(k)).forEach(twice::add);
            }
            assertThat(twice).as("keys written twice in " + name).isEmpty();
        }
    }

    @Test
    void aQuoteIsWrittenAsEachMessageIsRead() throws IOException {
        // With arguments a message is a MessageFormat pattern (a quote is written ''); without, it is read as written.
        for (Properties p : java.util.List.of(load("messages_id.properties"), load("messages_en.properties"))) {
            for (String key : p.stringPropertyNames()) {
                String m = p.getProperty(key);
                boolean arguments = new MessageFormat(m, Locale.ROOT).getFormatsByArgumentIndex().length > 0;
                assertThat(arguments ? m.replace("''", "").contains("'") : m.contains("''")).as(key + "=" + m).isFalse();
            }
        }
    }

    @Test
    void labelsAndRefusalsComeFromTheCatalogueAndOutsideARequestInIndonesian() {
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        assertThat(id.netra.casefile.CaseStatus.RECEIVED.label()).isEqualTo("Diterima");
        assertThat(id.netra.casefile.CaseStatus.RECEIVED.label(Locale.ENGLISH)).isEqualTo("Received");
        assertThat(id.netra.casefile.TrackStatus.CLOSED_MOOT.label()).isEqualTo("Selesai: tidak dapat dilanjutkan");
        assertThat(id.netra.casefile.DeadlineKind.EXAMINATION.label()).isEqualTo("Batas waktu pemeriksaan");
        // No request (a timer, a listener): Indonesian, whatever the server's own language.
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.currentLocale()).isEqualTo(Messages.INDONESIAN);
            assertThat(Messages.current("workflow.task.completed")).isEqualTo("Tugas ini sudah diselesaikan.");
        } finally {
            Locale.setDefault(server);
        }
        ConflictException conflict = ConflictException.of("workflow.task.claimedBy", "bawaslu.serang");
        assertThat(conflict.getMessage()).as("the logs' words").isEqualTo("Tugas ini sudah diambil oleh bawaslu.serang.");
        assertThat(conflict.message(Locale.ENGLISH)).isEqualTo("This task has already been claimed by bawaslu.serang.");
        assertThat(new ConflictException("Tertulis.").message(Locale.ENGLISH)).isEqualTo("Tertulis.");
        // A part of a message is said in the message's language.
        FieldError format = FieldError.of("heldOn", "input.format", Messages.part("input.type.date"));
        assertThat(format.message()).isEqualTo("Format tidak valid: tanggal YYYY-MM-DD.");
        assertThat(format.in(Locale.ENGLISH).message()).isEqualTo("Invalid format: a date YYYY-MM-DD.");
    }

    @Test
    void validationMessagesComeFromTheCatalogueInTheAskedLanguage() {
        FieldError e = FieldError.of("notes", "input.maxLength", "4000");
        assertThat(e.message()).isEqualTo("Paling panjang 4000 karakter.");
        assertThat(e.in(Locale.ENGLISH).message()).isEqualTo("At most 4000 characters.");
        assertThat(e.in(Locale.forLanguageTag("id")).message()).isEqualTo(e.message());
        assertThat(e.in(Locale.GERMAN).message()).as("other languages: Indonesian").isEqualTo(e.message());
        assertThat(new FieldError("x", "Tertulis.").in(Locale.ENGLISH).message()).isEqualTo("Tertulis.");
    }

    @Test
    void theApiFollowsAcceptLanguageAndDefaultsToIndonesian() {
        assertThat(WebPages.prefersEnglish("en-US,en;q=0.9")).isTrue();
        assertThat(WebPages.prefersEnglish("id-ID,id;q=0.9,en;q=0.8")).isFalse();
        assertThat(WebPages.prefersEnglish("fr;q=0.9,en;q=0.8")).isTrue();
        assertThat(WebPages.prefersEnglish("en;q=0.1,id;q=0.5")).isFalse();
        assertThat(WebPages.prefersEnglish(null)).isFalse();
        assertThat(WebPages.prefersEnglish(";;;q=x")).isFalse();
        assertThat(WebPages.prefersEnglish("*")).isFalse();
    }
}
