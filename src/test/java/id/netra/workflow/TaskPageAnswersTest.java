package id.netra.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer put back into a task page's fields ({@link TaskPage#params}) is posted by the page as the same answer
 * ({@link TaskPage#body}): plain texts, yes/no, choices, several choices, dates, and lists of rows.
 */
class TaskPageAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<FormField.Option> CODES = List.of(new FormField.Option("A", "a"), new FormField.Option("B", "b"),
            new FormField.Option("C", "c"));

    private final TaskPage page = new TaskPage(null, JSON, null, null, null, null);

    private JsonNode roundTrip(List<FormField> fields, Map<String, Object> answer) {
        MultiValueMap<String, String> params = TaskPage.params(fields, JSON.valueToTree(answer));
        return page.body(fields, params, TaskPage.rows(params));
    }

    @Test
    void everyKindOfFieldComesBackAsItWasAnswered() {
        List<FormField> fields = List.of(FormField.bool("imposed", "x", true), FormField.choice("kind", "x", false, CODES),
                FormField.multi("types", "x", false, CODES), FormField.date("on", "x", false),
                FormField.line("number", "x", false, 120), FormField.text("notes", "x", false));
        Map<String, Object> answer = Map.of("imposed", false, "kind", "B", "types", List.of("C", "A"), "on", "2026-11-20",
                "number", "800/77/2026", "notes", "Baris satu.\nBaris dua, \"dikutip\" & <b>tebal</b>.");
        assertThat(roundTrip(fields, answer)).isEqualTo(JSON.valueToTree(answer));
        MultiValueMap<String, String> params = TaskPage.params(fields, JSON.valueToTree(answer));
        assertThat(params.get("types")).containsExactly("C", "A");
        assertThat(params.getFirst("imposed")).isEqualTo("false");
    }

    @Test
    void aListComesBackRowByRowWithItsRowCount() {
        FormField hearings = FormField.list("hearings", "x", "hearing[]", true, 50,
                FormField.choice("party", "x", true, CODES), FormField.line("name", "x", true, 160),
                FormField.date("heldOn", "x", true), FormField.text("summary", "x", true));
        Map<String, Object> answer = Map.of("hearings", List.of(
                Map.of("party", "A", "name", "Budi", "heldOn", "2026-11-01", "summary", "Hadir."),
                Map.of("party", "C", "name", "Siti", "heldOn", "2026-11-02", "summary", "Tidak hadir.")));
        MultiValueMap<String, String> params = TaskPage.params(List.of(hearings), JSON.valueToTree(answer));
        assertThat(params.getFirst("rows.hearings")).isEqualTo("2");
        assertThat(params.getFirst("hearings[1].summary")).isEqualTo("Tidak hadir.");
        assertThat(roundTrip(List.of(hearings), answer)).isEqualTo(JSON.valueToTree(answer));
    }

    @Test
    void whatTheAnswerLeftOutOrNullStaysEmpty() {
        List<FormField> fields = List.of(FormField.choice("kind", "x", false, CODES), FormField.multi("types", "x", false, CODES),
                FormField.text("notes", "x", false), FormField.list("rows", "x", "row[]", false, 5, FormField.text("t", "x", true)));
        java.util.Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("kind", null);
        answer.put("types", List.of());
        assertThat(TaskPage.params(fields, JSON.valueToTree(answer))).isEmpty();
    }
}
