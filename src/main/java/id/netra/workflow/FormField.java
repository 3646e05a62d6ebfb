package id.netra.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One field of a task's form, as the API describes it: name, type, whether required, the allowed options, and for a
 * text its one declared limit ({@code maxLength}, which validation applies and the column holds) and whether it may
 * span lines ({@code multiline}: line breaks and tabs allowed; a one-line text refuses them).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(String name, String label, String type, boolean required, List<Option> options, String requiredWhen,
                        Integer maxLength, Boolean multiline) {

    public FormField(String name, String label, String type, boolean required, List<Option> options, String requiredWhen) {
        this(name, label, type, required, options, requiredWhen, null, null);
    }

    public record Option(String value, String label) {
    }

    public static FormField bool(String name, String label, boolean required) {
        return new FormField(name, label, "boolean", required, null, null);
    }

    /** A long text (a note, an analysis): several lines, up to {@link FormInput#MAX_TEXT} characters. */
    public static FormField text(String name, String label, boolean required) {
        return new FormField(name, label, "text", required, null, null, FormInput.MAX_TEXT, true);
    }

    /** A one-line text (a number, a code) of at most {@code maxLength} characters. */
    public static FormField line(String name, String label, boolean required, int maxLength) {
        return new FormField(name, label, "text", required, null, null, maxLength, false);
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
        return new FormField(name, label, type, required, options, condition, maxLength, multiline);
    }

    public FormField withType(String newType) {
        return new FormField(name, label, newType, required, options, requiredWhen, maxLength, multiline);
    }
}
