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

    TextProblems(List<String> fields) {
        this.fields = List.copyOf(fields);
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

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The names of the cleaned fields, as posted, in the request's order. */
    public List<String> fields() {
        return fields;
    }

    /** One error for each cleaned field. */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        fields.forEach(f -> errors.add(FieldError.of(f, REMOVED)));
        return errors;
    }

    /** Each cleaned field's message in {@code locale}, by field: what a page shows next to each input. */
    public Map<String, String> byField(Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors().forEach(e -> byField.put(e.field(), e.in(locale).message()));
        return byField;
    }

    @Override
    public String toString() {
        return "TextProblems" + fields;
    }
}
