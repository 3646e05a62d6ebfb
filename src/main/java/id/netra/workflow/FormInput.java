package id.netra.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.TextRules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task form's JSON input, validated from the form's declaration ({@link FormField}) when it is built: undeclared
 * fields, required and required-if, types, options, limits, one-line texts, dates, list items and their count. Every
 * problem is collected with the field's path ({@code hearings[0].summary}), so that one answer lists all that is
 * wrong; the form adds only its domain's own checks ({@link #error}) before {@link #check}. The readers
 * ({@link #text}, {@link #bool}, …) return a field's value, or null when it is absent or invalid.
 */
public final class FormInput {

    public static final int MAX_TEXT = 20000;

    /** The limit of a choice's code when the declaration names none. */
    private static final int MAX_CODE = 60;

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> invalid = new HashSet<>();
    private final List<FormField> declared;

    public FormInput(JsonNode body, Collection<FormField> declared) {
        this.body = body == null ? JsonNodeFactory.instance.objectNode() : body;
        this.declared = List.copyOf(declared);
        if (!(this.body instanceof ObjectNode)) {
            errorCode("body", "input.notObject");
            return;
        }
        // No text anywhere in the form (nested lists included) may hold a control or invalid Unicode character.
        checkCharacters(this.body, "");
        validateObject(this.body, List.copyOf(declared), "", "input.unknownField");
    }

    private void checkCharacters(JsonNode node, String path) {
        if (node.isTextual()) {
            String problem = TextRules.problem(node.textValue(), true);
            if (problem != null) {
                errorCode(path.isEmpty() ? "body" : path, problem);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> checkCharacters(e.getValue(), child(path, e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkCharacters(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private static String child(String path, String key) {
        String name = FieldError.name(key);
        return path.isEmpty() ? name : name.startsWith("[") ? path + name : path + "." + name;
    }

    // ---- the generic pass, from the declaration ----

    private void validateObject(JsonNode object, List<FormField> fields, String path, String unknownCode) {
        Set<String> names = new HashSet<>();
        fields.forEach(f -> names.add(f.name()));
        object.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                errorCode(child(path, name), unknownCode);
            }
        });
        for (FormField f : fields) {
            validate(object, f, child(path, f.name()));
        }
    }

    private void validate(JsonNode object, FormField f, String path) {
        JsonNode n = value(object, f.name());
        boolean required = f.required() || holds(object, f.requiredIf());
        if (f.items() != null) {
            list(n, f, path, required);
        } else if ("boolean".equals(f.type())) {
            if (n == null) {
                requiredError(required, path, "input.requiredBoolean");
            } else if (!n.isBoolean()) {
                errorCode(path, "input.boolean");
            }
        } else if ("enum[]".equals(f.type())) {
            codes(n, f, path, required);
        } else if ("date".equals(f.type())) {
            String v = textOf(n, path, required, 10, "input.requiredDate");
            if (v != null) {
                LocalDate date = parseDate(v);
                if (date == null) {
                    errorCode(path, "input.date");
                } else if (Boolean.TRUE.equals(f.notFuture()) && date.isAfter(id.netra.platform.Today.date())) {
                    errorCode(path, "input.dateInFuture");
                }
            }
        } else if ("enum".equals(f.type())) {
            String v = textOf(n, path, required, Integer.MAX_VALUE, "input.required");
            if (v != null && f.options() != null && f.options().stream().noneMatch(o -> o.value().equals(v))) {
                errorCode(path, "input.unknownValue", choices(f));
            }
        } else {
            if (f.maxLength() == null) {
                throw new IllegalStateException("text field " + f.name() + " is not declared with a limit");
            }
            String v = textOf(n, path, required, f.maxLength(), "input.required");
            // Said as what it holds, as a public form's one-line field in the API (SingleLine): a joiner is no line break.
            String problem = v == null || Boolean.TRUE.equals(f.multiline()) ? null : TextRules.problem(v, false);
            if (problem != null) {
                errorCode(path, problem);
            }
        }
    }

    /**
     * Too few items, said in the field's terms where the catalogue has them ({@code input.minItems.<field>}: "at least 2
     * commissioners present (the quorum)"), else as rows.
     */
    private static String tooFew(FormField f) {
        String own = "input.minItems." + f.name();
        return id.netra.platform.Messages.orNull(id.netra.platform.Messages.INDONESIAN, own, "0") != null ? own : "input.minItems";
    }

    private void list(JsonNode n, FormField f, String path, boolean required) {
        if (n == null || (n.isArray() && n.isEmpty())) {
            if (required && f.minItems() != null && f.minItems() > 1) {
                errorCode(path, tooFew(f), String.valueOf(f.minItems()));
            } else {
                requiredError(required, path, "input.requiredItems");
            }
            return;
        }
        if (!n.isArray()) {
            errorCode(path, "input.array");
            return;
        }
        int max = f.maxItems() == null ? Integer.MAX_VALUE : f.maxItems();
        if (n.size() > max) {
            errorCode(path, "input.maxItems", String.valueOf(max));
        } else if (f.minItems() != null && n.size() < f.minItems()) {
            errorCode(path, tooFew(f), String.valueOf(f.minItems()));
        }
        Object shape = id.netra.platform.Messages.joined(f.items().stream()
                .map(item -> id.netra.platform.Messages.named("field." + item.name(), item.label(), item.name())).toList());
        for (int i = 0; i < n.size() && i < max; i++) {
            String at = path + "[" + i + "]";
            if (!n.get(i).isObject()) {
                errorCode(at, "input.itemObject", shape);
            } else {
                validateObject(n.get(i), f.items(), at, "input.unknownItemField");
            }
        }
    }

    private void codes(JsonNode n, FormField f, String path, boolean required) {
        if (n == null || (n.isArray() && n.isEmpty())) {
            requiredError(required, path, "input.requiredChoice");
            return;
        }
        if (!n.isArray()) {
            errorCode(path, "input.array");
            return;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (!item.isTextual() || f.options().stream().noneMatch(o -> o.value().equals(item.asText()))) {
                errorCode(path + "[" + i + "]", "input.unknownCode", choices(f));
            }
        }
    }

    private String textOf(JsonNode n, String path, boolean required, int maxLength, String requiredCode) {
        if (n == null || (n.isTextual() && blank(n.asText()))) {
            requiredError(required, path, requiredCode);
            return null;
        }
        if (!n.isTextual()) {
            errorCode(path, "input.text");
            return null;
        }
        String v = kept(n.asText());
        if (v.length() > maxLength) {
            errorCode(path, "input.maxLength", String.valueOf(maxLength));
            return null;
        }
        return v;
    }

    private void requiredError(boolean required, String path, String code) {
        if (required) {
            errorCode(path, code);
        }
    }

    /**
     * A problem in the catalogue's words, said in the request's language: the declaration's pass ({@code input.*}), or a
     * rule of the form's domain (its package's own codes).
     */
    public void errorCode(String field, String code, Object... args) {
        errors.add(FieldError.of(field, code, args));
        invalid.add(field);
    }

    /** Whether every condition holds on the (sent) values of the same object; none declared: false. */
    static boolean holds(JsonNode object, List<FormField.Condition> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            return false;
        }
        for (FormField.Condition c : conditions) {
            JsonNode v = value(object, c.field());
            Object expected = c.equals();
            if (expected == null) {
                if (v != null && !(v.isTextual() && blank(v.asText()))) {
                    return false;
                }
                continue;
            }
            boolean holds = v != null && (expected instanceof Boolean b ? v.isBoolean() && v.booleanValue() == b
                    : expected instanceof String s ? v.isTextual() && kept(v.asText()).equals(s)
                    : expected instanceof Number x && v.isNumber()
                            && v.decimalValue().compareTo(new java.math.BigDecimal(x.toString())) == 0);
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** The options by their labels (the catalogue's {@code option.<field>.<code>} in English) with their codes. */
    private static Object choices(FormField f) {
        return id.netra.platform.Messages.joined(f.options().stream()
                .map(o -> id.netra.platform.Messages.named("option." + f.name() + "." + o.value(), o.label(), o.value())).toList());
    }

    private static JsonNode value(JsonNode object, String name) {
        JsonNode n = object.get(name);
        return n == null || n.isNull() ? null : n;
    }

    private static LocalDate parseDate(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- the readers: a valid field's value, else null ----

    public JsonNode raw() {
        return body;
    }

    private JsonNode valid(String name) {
        if (!(body instanceof ObjectNode) || invalid.contains(name)) {
            return null;
        }
        JsonNode n = value(body, name);
        return n == null || (n.isTextual() && blank(n.asText())) ? null : n;
    }

    /**
     * A text as the form keeps it: {@link TextRules#normalised} (line breaks as the browser counted them, nothing
     * invisible at its ends).
     */
    static String kept(String text) {
        return TextRules.normalised(text);
    }

    /** Whether a text is empty as kept: nothing but spaces and invisible characters is no answer. */
    private static boolean blank(String text) {
        return kept(text).isEmpty();
    }

    public String text(String name) {
        JsonNode n = valid(name);
        return n == null || !n.isTextual() ? null : kept(n.asText());
    }

    public Boolean bool(String name) {
        JsonNode n = valid(name);
        return n == null || !n.isBoolean() ? null : n.booleanValue();
    }

    public LocalDate date(String name) {
        String v = text(name);
        return v == null ? null : parseDate(v);
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        return v == null ? null : Enum.valueOf(type, v);
    }

    /** The codes chosen, each once, in the order sent. */
    public List<String> codes(String name) {
        JsonNode n = valid(name);
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(item -> {
                if (!out.contains(item.asText())) {
                    out.add(item.asText());
                }
            });
        }
        return out;
    }

    /**
     * Every declared field's value by its name, in the declaration's order (null when absent; a choice as its code, a
     * date as a date, a multiple choice as its codes, a list as its items' values): the task answer's payload.
     */
    public Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FormField f : declared) {
            out.put(f.name(), f.items() != null ? items(f.name()).stream().map(i -> i.values(f.items())).toList()
                    : "boolean".equals(f.type()) ? bool(f.name())
                    : "date".equals(f.type()) ? date(f.name())
                    : "enum[]".equals(f.type()) ? codes(f.name())
                    : text(f.name()));
        }
        return out;
    }

    /** The items of a list of objects, each read like a form of its own. */
    public List<Item> items(String name) {
        JsonNode n = valid(name);
        List<Item> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(item -> out.add(new Item(item)));
        }
        return out;
    }

    /** One item of a list: the values of its (validated) fields. */
    public record Item(JsonNode node) {

        public String text(String name) {
            JsonNode v = value(node, name);
            return v == null || !v.isTextual() || blank(v.asText()) ? null : kept(v.asText());
        }

        public LocalDate date(String name) {
            String v = text(name);
            return v == null ? null : parseDate(v);
        }

        public Boolean bool(String name) {
            JsonNode v = value(node, name);
            return v != null && v.isBoolean() ? v.booleanValue() : null;
        }

        Map<String, Object> values(List<FormField> fields) {
            Map<String, Object> out = new LinkedHashMap<>();
            fields.forEach(f -> out.put(f.name(), "date".equals(f.type()) ? date(f.name())
                    : "boolean".equals(f.type()) ? (node.path(f.name()).isBoolean() ? node.get(f.name()).booleanValue() : null)
                    : text(f.name())));
            return out;
        }
    }

    /** A problem the form finds itself, as written (said so in every language: prefer {@link #errorCode}). */
    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
        invalid.add(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws the collected problems, if any, as one 400 answer. */
    public void check() {
        if (!errors.isEmpty()) {
            // One refusal said once: two checks finding the same fault in a field (a NUL is both a control character
            // and not one line) name it once.
            Map<String, FieldError> once = new LinkedHashMap<>();
            errors.forEach(e -> once.putIfAbsent(e.field() + "\u0000" + e.message(), e));
            throw new InvalidInputException(new ArrayList<>(once.values()));
        }
    }
}
