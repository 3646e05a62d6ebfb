package id.netra.platform;

import jakarta.servlet.ServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a page's form whose values held characters refused everywhere ({@link TextRules}: control characters,
 * NUL, noncharacters, bidirectional overrides...): {@link RequestTextFilter} took those characters out before any
 * controller read the request, so that nothing of them reaches a controller or the database, and names the fields
 * here. A page controller that shows its form again says so by taking {@code TextProblems} as an argument of its
 * handler method; it then treats each as a validation error next to its field — the form shown again with the values
 * as cleaned, status 400, nothing saved or decided. A request to any other handler (or none: the sign-in form, which
 * the security chain reads) is refused whole, as an API request is, before it is read: the default fails closed.
 */
public final class TextProblems {

    /** The catalogue's code of the message next to a cleaned field. */
    public static final String REMOVED = "input.control.removed";

    static final String ATTRIBUTE = TextProblems.class.getName();

    private static final TextProblems NONE = new TextProblems(List.of());

    private final List<String> fields;
    /** One-line fields of a {@link OneLineForm} given back as they can be sent again, each with what was changed. */
    private final List<FieldError> oneLine;

    TextProblems(List<String> fields) {
        this(fields, List.of());
    }

    TextProblems(List<String> fields, List<FieldError> oneLine) {
        this.fields = List.copyOf(fields);
        this.oneLine = List.copyOf(oneLine);
    }

    /** The cleaned fields of this request (none when nothing was cleaned). */
    public static TextProblems of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof TextProblems problems ? problems : NONE;
    }

    /** Whether {@code handler} shows these problems on its page: it takes them as an argument. */
    static boolean shownBy(Object handler) {
        if (handler instanceof HandlerMethod method) {
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.getParameterType() == TextProblems.class) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code handler} is a {@link OneLineForm}'s. */
    static boolean oneLineForm(Object handler) {
        return handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(OneLineForm.class);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && oneLine.isEmpty();
    }

    /** The names of the cleaned fields, as posted, in the request's order. */
    public List<String> fields() {
        List<String> all = new ArrayList<>(fields);
        oneLine.stream().map(FieldError::field).filter(f -> !all.contains(f)).forEach(all::add);
        return all;
    }

    /** One error for each cleaned field; a one-line field's change after, the first said of a field first. */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        fields.forEach(f -> errors.add(FieldError.of(f, REMOVED)));
        errors.addAll(oneLine);
        return errors;
    }

    /**
     * A page's one-line field given back as it can be sent again ({@link TextRules#oneLine}): its line or paragraph
     * separators replaced by a space, its invisible characters left out, as the characters refused everywhere are
     * (the filter's); each change said next to the field ({@code problems}: {@link TextRules#LINE_BREAK_REPLACED},
     * {@link #REMOVED}), so nothing is saved until it is sent again. The API, which gives nothing back, refuses such a
     * value with what it holds ({@link SingleLine}).
     */
    public static String oneLine(String field, String value, List<FieldError> problems) {
        String kept = TextRules.oneLine(value);
        if (java.util.Objects.equals(kept, value)) {
            return value;
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        value.codePoints().mapToObj(cp -> TextRules.problem(Character.toString(cp), false)).filter(java.util.Objects::nonNull)
                .forEach(found::add);
        if (found.remove(TextRules.LINE_BREAK)) {
            problems.add(FieldError.of(field, TextRules.LINE_BREAK_REPLACED));
        }
        if (!found.isEmpty()) {
            problems.add(FieldError.of(field, REMOVED));
        }
        return kept;
    }

    /** Each cleaned field's message in {@code locale}, by field: what a page shows next to each input. */
    public Map<String, String> byField(Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors().forEach(e -> byField.putIfAbsent(e.field(), e.in(locale).message()));
        return byField;
    }

    @Override
    public String toString() {
        return "TextProblems" + fields;
    }
}
