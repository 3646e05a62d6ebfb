package id.netra.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generic pass of {@link FormInput} over generated inputs, from declarations alone: no application. */
class FormInputProperties {

    /**
     * The valid, not future ones among the generated dates: today as the rules read it (Asia/Jakarta, through
     * {@link id.netra.platform.Today}), not the machine's zone, where an evening run in UTC is already tomorrow in WIB.
     */
    private static Set<String> validDays() {
        return Set.of("2024-02-29", id.netra.platform.Today.date().toString());
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static final List<FormField.Option> PARTIES = List.of(new FormField.Option("REPORTER", "Pelapor"),
            new FormField.Option("WITNESS", "Saksi"));

    private static List<FormField> hearingsForm(int maxItems) {
        return List.of(FormField.list("hearings", "Klarifikasi", "hearing[]", true, maxItems,
                FormField.choice("party", "Pihak", true, PARTIES),
                FormField.line("name", "Nama", true, 160),
                FormField.date("heldOn", "Tanggal", true).notInFuture(),
                FormField.text("summary", "Ringkasan", true)));
    }

    private static final List<FormField> DECISION = List.of(FormField.bool("approved", "Disetujui", true),
            FormField.text("notes", "Catatan", false).requiredIf("approved", false));

    private static FormInput input(Object body, List<FormField> fields) {
        return new FormInput(JSON.valueToTree(body), fields);
    }

    private static Set<String> paths(FormInput in) {
        return Set.copyOf(in.errors().stream().map(FieldError::field).toList());
    }

    @Property
    void notesAreRequiredExactlyWhenTheConditionHolds(@ForAll Boolean approved, @ForAll("maybeNotes") String notes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("approved", approved);
        if (notes != null) {
            body.put("notes", notes);
        }
        FormInput in = input(body, DECISION);
        boolean missing = notes == null || notes.isBlank();
        assertThat(paths(in).contains("notes")).isEqualTo(!approved && missing);
        assertThat(in.bool("approved")).isEqualTo(approved);
        assertThat(in.text("notes")).isEqualTo(missing ? null : notes.trim());
    }

    @Provide
    Arbitrary<String> maybeNotes() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("", "   "), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
    }

    @Property
    void aConditionOnAnInvalidOrMissingFieldDoesNotHold(@ForAll("notABoolean") Object approved) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (approved != null) {
            body.put("approved", approved);
        }
        FormInput in = input(body, DECISION);
        assertThat(paths(in)).containsExactly("approved");
    }

    @Provide
    Arbitrary<Object> notABoolean() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("false", "ya", 0, 1, List.of(false)));
    }

    @Property
    void allConditionsMustHold(@ForAll Boolean a, @ForAll Boolean b) {
        List<FormField> fields = List.of(FormField.bool("a", "A", true), FormField.bool("b", "B", true),
                FormField.line("why", "Why", false, 10).requiredIf("a", true).requiredIf("b", false));
        assertThat(fields.get(2).requiredWhen()).isEqualTo("a = true dan b = false");
        assertThat(paths(input(Map.of("a", a, "b", b), fields)).contains("why")).isEqualTo(a && !b);
    }

    @Property
    void aTextIsAcceptedAtItsLimitAndRefusedOneAbove(@ForAll @IntRange(min = 1, max = 400) int limit, @ForAll boolean multiline) {
        FormField field = multiline ? new FormField("t", "T", "text", true, null, null, limit, true) : FormField.line("t", "T", true, limit);
        FormInput atLimit = input(Map.of("t", "x".repeat(limit)), List.of(field));
        assertThat(atLimit.errors()).isEmpty();
        assertThat(atLimit.text("t")).hasSize(limit);
        FormInput above = input(Map.of("t", "x".repeat(limit + 1)), List.of(field));
        assertThat(above.errors()).containsExactly(new FieldError("t", "Paling panjang " + limit + " karakter."));
        assertThat(above.text("t")).isNull();
    }

    @Property
    void aOneLineTextRefusesLineBreaksAndALongTextTakesThem(@ForAll("lines") String text) {
        List<FormField> fields = List.of(FormField.line("one", "One", true, 500), FormField.text("many", "Many", true));
        FormInput in = input(Map.of("one", text, "many", text), fields);
        assertThat(paths(in)).containsExactly("one");
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).list().ofMinSize(2).ofMaxSize(4)
                .map(parts -> String.join("\n", parts));
    }

    @Property
    void undeclaredFieldsAreRefusedByName(@ForAll("unknownNames") String name) {
        FormInput in = input(Map.of("approved", true, name, "x"), DECISION);
        assertThat(in.errors()).containsExactly(new FieldError(FieldError.name(name), "Kolom ini tidak dikenal pada formulir ini."));
    }

    @Provide
    Arbitrary<String> unknownNames() {
        return Arbitraries.strings().ofMinLength(0).ofMaxLength(20).filter(s -> !s.equals("approved") && !s.equals("notes"));
    }

    @Property
    void aListTakesNItemsAndRefusesNPlusOne(@ForAll @IntRange(min = 1, max = 12) int max) {
        List<FormField> form = hearingsForm(max);
        assertThat(input(Map.of("hearings", hearings(max)), form).errors()).isEmpty();
        FormInput over = input(Map.of("hearings", hearings(max + 1)), form);
        assertThat(over.errors()).containsExactly(new FieldError("hearings", "Paling banyak " + max + " butir sekaligus."));
    }

    @Property
    void eachItemIsValidatedFromItsDeclarationUnderItsPath(@ForAll("items") List<Map<String, Object>> items) {
        FormInput in = input(Map.of("hearings", items), hearingsForm(50));
        Set<String> expected = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            String at = "hearings[" + i + "]";
            if (!PARTIES.stream().map(FormField.Option::value).toList().contains(item.get("party"))) {
                expected.add(at + ".party");
            }
            Object name = item.get("name");
            if (!(name instanceof String s) || s.isBlank() || s.trim().length() > 160) {
                expected.add(at + ".name");
            }
            Object heldOn = item.get("heldOn");
            if (!(heldOn instanceof String d) || !validDays().contains(d)) {
                expected.add(at + ".heldOn");
            }
            if (!(item.get("summary") instanceof String s) || s.isBlank()) {
                expected.add(at + ".summary");
            }
            if (item.containsKey("judge")) {
                expected.add(at + ".judge");
            }
        }
        if (items.isEmpty()) {
            expected.add("hearings");
        }
        assertThat(paths(in)).isEqualTo(expected);
        if (expected.isEmpty()) {
            assertThat(in.items("hearings")).hasSize(items.size());
            assertThat(in.items("hearings").get(0).date("heldOn")).isEqualTo(LocalDate.parse((String) items.get(0).get("heldOn")));
        } else {
            assertThatThrownBy(in::check).isInstanceOf(InvalidInputException.class);
        }
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> items() {
        Arbitrary<Object> party = Arbitraries.of("REPORTER", "WITNESS", "JUDGE", "", 3);
        Arbitrary<Object> name = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).map(s -> (Object) s),
                Arbitraries.of("", "x".repeat(161), "x".repeat(160), 7));
        LocalDate today = id.netra.platform.Today.date();
        Arbitrary<Object> heldOn = Arbitraries.of("2024-02-29", "2024-02-30", "kemarin", today.toString(),
                today.plusDays(1).toString(), "");
        Arbitrary<Object> summary = Arbitraries.of("Hadir.", "", "baris\nkedua", 5);
        return Arbitraries.maps(Arbitraries.of("party", "name", "heldOn", "summary", "judge"), Arbitraries.just(0)).ofMaxSize(5)
                .flatMap(keys -> net.jqwik.api.Combinators.combine(party, name, heldOn, summary).as((p, n, h, s) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    Map<String, Object> all = Map.of("party", p, "name", n, "heldOn", h, "summary", s, "judge", "x");
                    keys.keySet().forEach(k -> item.put(k, all.get(k)));
                    return item;
                })).list().ofMaxSize(4);
    }

    @Example
    void anItemThatIsNoObjectIsRefusedWithItsShape() {
        FormInput in = input(Map.of("hearings", List.of("x")), hearingsForm(50));
        assertThat(in.errors()).containsExactly(new FieldError("hearings[0]",
                "Setiap butir harus berupa objek JSON berisi: Pihak (party), Nama (name), Tanggal (heldOn), Ringkasan (summary)."));
        // In English the catalogue's field names (field.*), the JSON names the same.
        assertThat(in.errors().get(0).in(java.util.Locale.ENGLISH).message()).isEqualTo("Each item must be a JSON object with: "
                + "Party (party), Name of the person heard (name), Date of the hearing (heldOn), Summary of the statement (summary).");
        assertThat(input(Map.of("hearings", "x"), hearingsForm(50)).errors())
                .containsExactly(new FieldError("hearings", "Harus berupa daftar (array JSON)."));
    }

    @Example
    void choicesAndCodesAreCheckedAgainstTheDeclaredOptions() {
        List<FormField> fields = List.of(FormField.choice("c", "C", true, PARTIES), FormField.multi("m", "M", false, PARTIES)
                .requiredIf("c", "WITNESS"));
        assertThat(paths(input(Map.of("c", "WITNESS"), fields))).containsExactly("m");
        assertThat(paths(input(Map.of("c", "REPORTER"), fields))).isEmpty();
        FormInput in = input(Map.of("c", "JUDGE", "m", List.of("WITNESS", "JUDGE")), fields);
        assertThat(paths(in)).containsExactlyInAnyOrder("c", "m[1]");
        // The options by their labels, each with the code a client sends; in English the catalogue's option labels.
        FieldError unknown = input(Map.of("hearings", List.of(Map.of("party", "JUDGE", "name", "Hakim", "heldOn", "2024-02-29",
                "summary", "Hadir."))), hearingsForm(50)).errors().get(0);
        assertThat(unknown).isEqualTo(new FieldError("hearings[0].party", "Nilai tidak dikenal. Pilihan: Pelapor (REPORTER), Saksi (WITNESS)."));
        assertThat(unknown.in(java.util.Locale.ENGLISH).message()).isEqualTo("Unknown value. Choices: Reporter (REPORTER), Witness (WITNESS).");
        assertThat(in.errors()).contains(new FieldError("m[1]", "Kode tidak dikenal. Pilihan: Pelapor (REPORTER), Saksi (WITNESS)."));
        FormInput ok = input(Map.of("c", " WITNESS ", "m", List.of("WITNESS", "REPORTER", "WITNESS")), fields);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.text("c")).isEqualTo("WITNESS");
        assertThat(ok.codes("m")).containsExactly("WITNESS", "REPORTER");
    }

    @Example
    void aBodyThatIsNoObjectIsRefused() {
        assertThat(new FormInput(JSON.valueToTree(List.of(1, 2)), DECISION).errors())
                .containsExactly(new FieldError("body", "Isi permintaan harus objek JSON."));
    }

    @Example
    void theDeclarationSerializesItsConditionAndItems() throws Exception {
        JsonNode notes = JSON.valueToTree(DECISION.get(1));
        assertThat(notes.path("requiredIf").toString())
                .isEqualTo("[{\"field\":\"approved\",\"equals\":false,\"operator\":\"equals\",\"values\":[false]}]");
        // "one of the two": each required while the other is empty, as a structured condition too
        JsonNode either = JSON.valueToTree(FormField.line("a", "A", false, 5).requiredIf("b", null));
        assertThat(either.path("requiredIf").toString())
                .isEqualTo("[{\"field\":\"b\",\"equals\":null,\"operator\":\"empty\",\"values\":[]}]");
        assertThat(notes.path("requiredWhen").asText()).isEqualTo("approved = false");
        JsonNode hearings = JSON.valueToTree(hearingsForm(50).get(0));
        assertThat(hearings.path("maxItems").asInt()).isEqualTo(50);
        assertThat(hearings.path("items").findValues("name").stream().map(JsonNode::asText).toList())
                .containsExactly("party", "name", "heldOn", "summary");
        assertThat(hearings.path("items").get(2).path("notFuture").asBoolean()).isTrue();
        // An office or an agency field points at the list its codes come from; no other field names one.
        assertThat(JSON.valueToTree(FormField.line("to", "Ke", false, 5).withType("office")).path("reference").asText())
                .isEqualTo("/api/v1/reference/offices");
        assertThat(JSON.valueToTree(FormField.line("to", "Ke", false, 40).withType("agency")).path("reference").asText())
                .isEqualTo("/api/v1/reference/agencies");
        assertThat(hearings.has("reference")).isFalse();
    }

    @Example
    void theValuesAreEveryDeclaredFieldInOrderTheAnswersPayload() {
        List<FormField> fields = List.of(FormField.bool("ok", "Ok", true), FormField.date("on", "On", false),
                FormField.multi("m", "M", false, PARTIES), FormField.line("t", "T", false, 10), hearingsForm(5).get(0));
        FormInput in = input(Map.of("ok", true, "on", "2024-02-29", "m", List.of("WITNESS", "WITNESS"), "hearings",
                List.of(Map.of("party", "WITNESS", "name", " Saksi ", "heldOn", "2024-02-29", "summary", "Hadir."))), fields);
        assertThat(in.errors()).isEmpty();
        Map<String, Object> hearing = new LinkedHashMap<>();
        hearing.put("party", "WITNESS");
        hearing.put("name", "Saksi");
        hearing.put("heldOn", LocalDate.of(2024, 2, 29));
        hearing.put("summary", "Hadir.");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("ok", true);
        expected.put("on", LocalDate.of(2024, 2, 29));
        expected.put("m", List.of("WITNESS"));
        expected.put("t", null);
        expected.put("hearings", List.of(hearing));
        assertThat(in.values()).containsExactlyEntriesOf(expected);
    }

    private static List<Map<String, Object>> hearings(int n) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Map.of("party", "WITNESS", "name", "Saksi " + i, "heldOn", "2026-01-0" + (1 + i % 9), "summary", "Hadir."));
        }
        return out;
    }
    /** A fault two checks find in one field (a control character that also breaks the line) is said once. */
    @Property
    void eachRefusalIsSaidOncePerField(@ForAll("controlCharacters") char control) {
        List<FormField> fields = List.of(FormField.line("letter", "Nomor surat", true, 120));
        FormInput in = new FormInput(JSON.valueToTree(Map.of("letter", "T-1" + control + "/BKN/2026")), fields);
        in.text("letter");
        assertThatThrownBy(in::check).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).isNotEmpty();
            assertThat(e.errors().stream().map(x -> x.field() + ": " + x.message()).toList()).doesNotHaveDuplicates();
        });
    }

    @Provide
    Arbitrary<Character> controlCharacters() {
        return Arbitraries.of('\u0000', '\n', '\r', '\u2028', '\u0007', '\u001b');
    }
}
