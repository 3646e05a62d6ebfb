package id.netra.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One field of a task's form, as the API describes it: name, type, whether required, the allowed options. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(String name, String label, String type, boolean required, List<Option> options, String requiredWhen) {

    public record Option(String value, String label) {
    }

    public static FormField bool(String name, String label, boolean required) {
        return new FormField(name, label, "boolean", required, null, null);
    }

    public static FormField text(String name, String label, boolean required) {
        return new FormField(name, label, "text", required, null, null);
    }

    public static FormField date(String name, String label, boolean required) {
        return new FormField(name, label, "date", required, null, null);
    }

    public static FormField choice(String name, String label, boolean required, List<Option> options) {
        return new FormField(name, label, "enum", required, options, null);
    }

    public static FormField multi(String name, String label, boolean required, List<Option> options) {
        return new FormField(name, label, "enum[]", required, options, null);
    }

    /** The options of a catalogue (code → label), in its order. */
    public static List<Option> options(java.util.Map<String, String> catalogue) {
        return catalogue.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    public FormField requiredWhen(String condition) {
        return new FormField(name, label, type, required, options, condition);
    }

    public FormField withType(String newType) {
        return new FormField(name, label, newType, required, options, requiredWhen);
    }
}
