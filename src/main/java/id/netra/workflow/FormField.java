package id.netra.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One field of a task's form, as the API describes it and as {@link FormInput} validates it — the one declaration:
 * name, type, whether required, the allowed options, for a text its limit ({@code maxLength}, which validation
 * applies and the column holds) and whether it may span lines ({@code multiline}: line breaks and tabs allowed; a
 * one-line text refuses them), when it becomes required ({@code requiredIf}: conditions on the other fields, all
 * of which must hold, for a client to evaluate; {@code requiredWhen} says the same in prose), for a date whether it
 * may lie in the future ({@code notFuture}), and for a list of objects its item fields ({@code items}) and how many
 * at most ({@code maxItems}) and at least ({@code minItems}, when more than one is needed).
 *
 * <p>{@code requiredIfAnyOf} states every rule of when the field becomes required, those {@code requiredIf} can say
 * and those it cannot (an "or", a "not"): the field is required when all the rules of any one group hold. A client
 * reads that alone; {@code requiredIf} stays for the clients of the first release.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(String name, String label, String type, boolean required, List<Option> options, String requiredWhen,
                        Integer maxLength, Boolean multiline, List<Condition> requiredIf, List<FormField> items,
                        Integer maxItems, Boolean notFuture, Integer minItems, List<List<Rule>> requiredIfAnyOf) {

    public FormField(String name, String label, String type, boolean required, List<Option> options, String requiredWhen,
                     Integer maxLength, Boolean multiline) {
        this(name, label, type, required, options, requiredWhen, maxLength, multiline, null, null, null, null, null, null);
    }

    public FormField(String name, String label, String type, boolean required, List<Option> options, String requiredWhen) {
        this(name, label, type, required, options, requiredWhen, null, null);
    }

    public record Option(String value, String label) {
    }

    /**
     * For a field that takes an office's or an agency's code, the reference list its values come from (the codes a
     * client offers; null for any other field).
     */
    @com.fasterxml.jackson.annotation.JsonProperty("reference")
    public String reference() {
        return switch (type == null ? "" : type) {
            case "office" -> "/api/v1/reference/offices";
            case "agency" -> "/api/v1/reference/agencies";
            default -> null;
        };
    }

    /**
     * The field is required when the field {@code field} of the same object holds {@code equals} (a JSON value), or,
     * with {@code equals} null, when that field is empty (not sent, null or blank): "one of the two is required" is
     * each of the two required while the other is empty.
     */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"field", "equals", "operator", "values"})
    public record Condition(String field, @JsonInclude(JsonInclude.Include.ALWAYS) Object equals) {

        /**
         * The condition as a client evaluates it without reading {@code equals}'s null: {@code "equals"} (the field
         * holds one of {@code values}) or {@code "empty"} (not sent, null or blank; {@code values} empty).
         */
        @com.fasterxml.jackson.annotation.JsonProperty("operator")
        public String operator() {
            return equals == null ? "empty" : "equals";
        }

        @com.fasterxml.jackson.annotation.JsonProperty("values")
        public List<Object> values() {
            return equals == null ? List.of() : List.of(equals);
        }

        @Override
        public String toString() {
            return equals == null ? field + " kosong" : field + " = " + equals;
        }
    }

    /**
     * One rule on another field of the same object: {@code equals} (it holds one of {@code values}), {@code notEquals}
     * (it holds none of them, or nothing), {@code empty} (not sent, null or blank) or {@code notEmpty}.
     */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"field", "operator", "values"})
    public record Rule(String field, String operator, List<Object> values) {

        public static Rule equalTo(String field, Object value) {
            return new Rule(field, "equals", List.of(value));
        }

        public static Rule notEqualTo(String field, Object value) {
            return new Rule(field, "notEquals", List.of(value));
        }

        public static Rule empty(String field) {
            return new Rule(field, "empty", List.of());
        }

        public static Rule notEmpty(String field) {
            return new Rule(field, "notEmpty", List.of());
        }

        /** Whether the rule holds of this object's field (a JSON object as the task's completion sends it). */
        public boolean holds(com.fasterxml.jackson.databind.JsonNode object) {
            com.fasterxml.jackson.databind.JsonNode v = object == null ? null : object.get(field);
            boolean empty = v == null || v.isNull() || v.isTextual() && v.asText().isBlank();
            boolean listed = !empty && values.stream().anyMatch(x -> x instanceof Boolean b ? v.isBoolean() && v.asBoolean() == b
                    : x instanceof Number n ? v.isNumber() && v.decimalValue().compareTo(new java.math.BigDecimal(n.toString())) == 0
                    : v.isTextual() && v.asText().strip().equals(String.valueOf(x)));
            return switch (operator) {
                case "equals" -> listed;
                case "notEquals" -> !listed;
                case "empty" -> empty;
                case "notEmpty" -> !empty;
                default -> throw new IllegalStateException("no such operator: " + operator);
            };
        }
    }

    /** Whether, by {@code requiredIfAnyOf}, the field is required in this object (without rules: by {@code required}). */
    public boolean requiredIn(com.fasterxml.jackson.databind.JsonNode object) {
        return required || requiredIfAnyOf != null && requiredIfAnyOf.stream().anyMatch(g -> g.stream().allMatch(r -> r.holds(object)));
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

    /** A list of objects, each with the given fields; at most {@code maxItems} of them. */
    public static FormField list(String name, String label, String type, boolean required, int maxItems, FormField... items) {
        return new FormField(name, label, type, required, null, null, null, null, null, List.of(items), maxItems, null, null, null);
    }

    /** The options of a catalogue (code → label), in its order. */
    public static List<Option> options(java.util.Map<String, String> catalogue) {
        return catalogue.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    /** A condition in prose, for a rule the form checks itself ({@link #requiredIfAny} states it for clients). */
    public FormField requiredWhen(String condition) {
        return new FormField(name, label, type, required, options, condition, maxLength, multiline, requiredIf, items, maxItems,
                notFuture, minItems, requiredIfAnyOf);
    }

    /**
     * Required when all the rules of any one of {@code groups} hold: a rule the form checks itself, stated for clients
     * to evaluate ({@code requiredIfAnyOf}); {@code requiredWhen} says it in prose.
     */
    @SafeVarargs
    public final FormField requiredIfAny(List<Rule>... groups) {
        return new FormField(name, label, type, required, options, requiredWhen, maxLength, multiline, requiredIf, items, maxItems,
                notFuture, minItems, List.of(groups).stream().map(List::copyOf).toList());
    }

    /**
     * Required when the field {@code field} holds {@code equals} (and any conditions declared before): validation
     * evaluates it, and {@code requiredWhen} says it in prose for the clients that read that.
     */
    public FormField requiredIf(String field, Object equals) {
        List<Condition> all = new ArrayList<>(requiredIf == null ? List.of() : requiredIf);
        all.add(new Condition(field, equals));
        String prose = String.join(" dan ", all.stream().map(Condition::toString).toList());
        List<Rule> rules = all.stream().map(c -> c.equals() == null ? Rule.empty(c.field()) : Rule.equalTo(c.field(), c.equals())).toList();
        return new FormField(name, label, type, required, options, prose, maxLength, multiline, List.copyOf(all), items, maxItems,
                notFuture, minItems, List.of(rules));
    }

    /** The same field with only those groups of its rules that {@code keep} keeps (none left: never required by rules). */
    public FormField keepingRules(java.util.function.Predicate<List<Rule>> keep) {
        List<List<Rule>> kept = requiredIfAnyOf == null ? null : requiredIfAnyOf.stream().filter(keep).toList();
        return new FormField(name, label, type, required, options, kept == null || kept.isEmpty() ? null : requiredWhen,
                maxLength, multiline, requiredIf, items, maxItems, notFuture, minItems, kept == null || kept.isEmpty() ? null : kept);
    }

    /** A date that may not lie after today. */
    public FormField notInFuture() {
        return new FormField(name, label, type, required, options, requiredWhen, maxLength, multiline, requiredIf, items, maxItems,
                true, minItems, requiredIfAnyOf);
    }

    /** A list that needs at least {@code min} items (a required list needs one). */
    public FormField withMinItems(int min) {
        return new FormField(name, label, type, required, options, requiredWhen, maxLength, multiline, requiredIf, items, maxItems,
                notFuture, min, requiredIfAnyOf);
    }

    public FormField withOptions(Option... newOptions) {
        return new FormField(name, label, type, required, Arrays.asList(newOptions), requiredWhen, maxLength, multiline, requiredIf,
                items, maxItems, notFuture, minItems, requiredIfAnyOf);
    }

    public FormField withType(String newType) {
        return new FormField(name, label, newType, required, options, requiredWhen, maxLength, multiline, requiredIf, items,
                maxItems, notFuture, minItems, requiredIfAnyOf);
    }
}
