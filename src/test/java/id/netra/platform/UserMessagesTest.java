package id.netra.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What users read comes from the message catalogue, so that it can be said in English too: no Indonesian sentence is
 * written into the code. A string literal with an Indonesian word is allowed only where Indonesian is the source, not
 * a message: the logs, a form's declaration (the source of its labels; English in {@code field.*}/{@code option.*}),
 * and text written into the case's record (history notes, a deadline's basis, new offices' and agencies' names).
 */
class UserMessagesTest {

    /** Words of Indonesian sentences that English code and its SQL do not use. */
    private static final Pattern INDONESIAN = Pattern.compile("(?i)\\b(tidak|wajib|harus|belum|sudah|yang|dan|atau|untuk|dengan|"
            + "dari|pada|ini|itu|tanpa|hanya|boleh|paling|silakan|bila|diisi|dikenal|ditemukan|ditolak|terlalu|melebihi|kolom|nilai|"
            + "karakter|tanggal|berisi|gagal|sesi|kata sandi|akun|tugas|perkara)\\b");

    /** Statements whose texts are Indonesian by design (see the class comment). */
    private static final Pattern SOURCE_STATEMENT = Pattern.compile("\\blog\\.(trace|debug|info|warn|error)\\(|FormField\\.|"
            + "new FourEyesApproval\\(|Visibility\\.Note\\.\\w+\\.text\\(|deadlines\\.set(ForTrack)?\\(");

    /**
     * Literals allowed one by one, each with its reason: file name and the literal's start.
     */
    private static final Set<String> ALLOWED = Set.of(
            // The audit trail's actor for a failed sign-in with an unknown name: written into the trail.
            "AuditListener.java:(akun tidak dikenal)",
            // Refused at deployment, to the operator who deploys a model with a script: no user reads it.
            "EngineLockdown.java:Netra tidak menerima skrip",
            "EngineLockdown.java:); gunakan delegate",
            // A form's declaration: the prose of its conditions for the API's clients ("a = x dan b = y").
            "FormField.java: dan ",
            // What an administrator's import changed, written into the audit trail.
            "HolidayAdministration.java: tanggal",
            // The import file's column names in Indonesian: a file format a spreadsheet writes, not a message.
            "HolidayAdministration.java:tanggal,nama",
            // The masks put into the case's own (Indonesian) texts.
            "ReporterRedactor.java:");

    /** An address, a query parameter or a redirect: Indonesian words, but no message. */
    private static final Pattern ADDRESS = Pattern.compile("(/|\\?|redirect:).*|[a-z]+(-[a-z]+)+");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void noIndonesianMessageIsWrittenInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                found.addAll(indonesianLiterals(file.getFileName().toString(), Files.readString(file)));
            }
        }
        assertThat(found).as("Indonesian literals: put them in messages_id/en.properties").isEmpty();
    }

    @Test
    void theScanFindsAMessageAndPassesTheLogsAndTheFormsDeclarations() {
        String source = """
                class X {
                    /* "tidak" in a comment */
                    void a() {
                        log.warn("Tugas {} tidak ditemukan", id); // "sudah" too
                        List.of(FormField.bool("approved", "Hasil pemeriksaan disetujui", true),
                                FormField.text("notes", "Catatan yang wajib", false));
                        throw new ConflictException("Tugas ini sudah diselesaikan.");
                        return "redirect:/tugas/" + id + "?terlalu-besar";
                    }
                    String b() {
                        return "SELECT id FROM case_file WHERE status = 'RECEIVED' AND office_code = :office";
                    }
                }
                """;
        assertThat(indonesianLiterals("X.java", source)).containsExactly("X.java: \"Tugas ini sudah diselesaikan.\"");
    }

    /** The literals of {@code source} that read as Indonesian outside the allowed statements. */
    static List<String> indonesianLiterals(String fileName, String source) {
        String code = withoutComments(source);
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            String text = m.group(1);
            if (!INDONESIAN.matcher(text).find() || ADDRESS.matcher(text).matches() || allowed(fileName, text)) {
                continue;
            }
            if (!SOURCE_STATEMENT.matcher(statement(code, m.start(), m.end())).find()) {
                out.add(fileName + ": \"" + text + "\"");
            }
        }
        return out;
    }

    private static boolean allowed(String fileName, String text) {
        return ALLOWED.stream().anyMatch(a -> a.startsWith(fileName + ":") && text.startsWith(a.substring(fileName.length() + 1)));
    }

    /** The statement around a literal: from the previous statement's end or block's start to its own end. */
    private static String statement(String code, int start, int end) {
        String blanked = LITERAL.matcher(code).replaceAll(r -> "\"" + "x".repeat(r.group().length() - 2) + "\"");
        int from = Math.max(Math.max(blanked.lastIndexOf(';', start), blanked.lastIndexOf('{', start)), blanked.lastIndexOf('}', start));
        int to = blanked.indexOf(';', end);
        return code.substring(from + 1, to < 0 ? code.length() : to);
    }

    /** The source with its comments blanked out (string literals kept: a {@code "//"} inside one is no comment). */
    private static String withoutComments(String source) {
        StringBuilder sb = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' && source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                int stop = close < 0 ? source.length() : close + 3;
                sb.append(source, i, stop);
                i = stop;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                int stop = Math.min(j + 1, source.length());
                sb.append(source, i, stop);
                i = stop;
            } else if (source.startsWith("//", i)) {
                int stop = source.indexOf('\n', i);
                i = stop < 0 ? source.length() : stop;
            } else if (source.startsWith("/*", i)) {
                int stop = source.indexOf("*/", i + 2);
                int end = stop < 0 ? source.length() : stop + 2;
                sb.append(source.substring(i, end).replaceAll("[^\\n]", " "));
                i = end;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
