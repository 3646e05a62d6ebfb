package id.netra.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.TextRules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a task form's JSON input field by field and collects every problem with the field's name, so that one
 * answer lists all that is wrong. Fields the form does not declare are refused.
 */
public final class FormInput {

    public static final int MAX_TEXT = 20000;

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();
    private final java.util.Map<String, FormField> declared = new java.util.HashMap<>();

    public FormInput(JsonNode body, Collection<FormField> declared) {
        this.body = body == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
        declared.forEach(f -> this.declared.put(f.name(), f));
        if (!(this.body instanceof ObjectNode)) {
            errors.add(new FieldError("body", "Isi permintaan harus objek JSON."));
            return;
        }
        // No text anywhere in the form (nested lists included) may hold a control or invalid Unicode character.
        checkCharacters(this.body, "");
        Set<String> names = new java.util.HashSet<>();
        declared.forEach(f -> names.add(f.name()));
        Iterator<String> it = this.body.fieldNames();
        while (it.hasNext()) {
            String name = it.next();
            if (!names.contains(name)) {
                errors.add(new FieldError(FieldError.name(name), "Kolom ini tidak dikenal pada formulir ini."));
            }
        }
    }

    private void checkCharacters(JsonNode node, String path) {
        if (node.isTextual()) {
            String problem = TextRules.problem(node.textValue(), true);
            if (problem != null) {
                error(path.isEmpty() ? "body" : path, problem);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String name = FieldError.name(e.getKey());
                checkCharacters(e.getValue(), path.isEmpty() ? name : name.startsWith("[") ? path + name : path + "." + name);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkCharacters(node.get(i), path + "[" + i + "]");
            }
        }
    }

    /**
     * A text field as the form declares it: its limit and whether it may span lines come from the declaration, so
     * that what the form tells a client and what is accepted cannot differ.
     */
    public String text(String name, boolean required) {
        FormField field = declared.get(name);
        if (field == null || field.maxLength() == null) {
            throw new IllegalStateException("text field " + name + " is not declared with a limit");
        }
        String v = text(name, required, field.maxLength());
        if (v != null && !Boolean.TRUE.equals(field.multiline()) && !TextRules.acceptable(v, false)) {
            error(name, TextRules.LINE_BREAK_MESSAGE);
            return null;
        }
        return v;
    }

    public JsonNode raw() {
        return body;
    }

    private JsonNode node(String name) {
        JsonNode n = body.get(name);
        return n == null || n.isNull() ? null : n;
    }

    public boolean present(String name) {
        JsonNode n = node(name);
        return n != null && !(n.isTextual() && n.asText().isBlank());
    }

    public Boolean bool(String name, boolean required) {
        JsonNode n = node(name);
        if (n == null) {
            if (required) {
                error(name, "Wajib diisi: true atau false.");
            }
            return null;
        }
        if (!n.isBoolean()) {
            error(name, "Harus true atau false.");
            return null;
        }
        return n.booleanValue();
    }

    public String text(String name, boolean required, int maxLength) {
        JsonNode n = node(name);
        if (n == null || (n.isTextual() && n.asText().isBlank())) {
            if (required) {
                error(name, "Wajib diisi.");
            }
            return null;
        }
        if (!n.isTextual()) {
            error(name, "Harus berupa teks.");
            return null;
        }
        String v = n.asText().trim();
        if (v.length() > maxLength) {
            error(name, "Paling panjang " + maxLength + " karakter.");
            return null;
        }
        return v;
    }

    public LocalDate date(String name, boolean required) {
        String v = text(name, required, 10);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(name, "Harus tanggal yang valid dengan format YYYY-MM-DD.");
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type, boolean required) {
        String v = text(name, required, 60);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            error(name, "Nilai tidak dikenal. Pilihan: " + String.join(", ", names(type)) + ".");
            return null;
        }
    }

    public String code(String name, Set<String> allowed, boolean required) {
        String v = text(name, required, 60);
        if (v != null && !allowed.contains(v)) {
            error(name, "Kode tidak dikenal. Pilihan: " + String.join(", ", allowed) + ".");
            return null;
        }
        return v;
    }

    public List<String> codes(String name, Set<String> allowed, boolean required) {
        JsonNode n = node(name);
        if (n == null || (n.isArray() && n.isEmpty())) {
            if (required) {
                error(name, "Pilih sekurang-kurangnya satu.");
            }
            return List.of();
        }
        if (!n.isArray()) {
            error(name, "Harus berupa daftar (array JSON).");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (!item.isTextual() || !allowed.contains(item.asText())) {
                error(name + "[" + i + "]", "Kode tidak dikenal. Pilihan: " + String.join(", ", allowed) + ".");
            } else if (!out.contains(item.asText())) {
                out.add(item.asText());
            }
        }
        return out;
    }

    public JsonNode array(String name, boolean required) {
        JsonNode n = node(name);
        if (n == null || (n.isArray() && n.isEmpty())) {
            if (required) {
                error(name, "Wajib diisi, sekurang-kurangnya satu.");
            }
            return null;
        }
        if (!n.isArray()) {
            error(name, "Harus berupa daftar (array JSON).");
            return null;
        }
        return n;
    }

    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws the collected problems, if any, as one 400 answer. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(e.name());
        }
        return out;
    }
}
