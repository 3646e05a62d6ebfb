package id.netra.platform;

import org.springframework.core.MethodParameter;

import java.util.List;

/**
 * What a module's service says of a request body it takes, without acting on it: asked when the body was read with
 * values of the wrong type ({@link BodyProblems}), so that the refusal names those and every other problem of the body
 * at once. A body no check supports is judged by its declared constraints.
 */
public interface BodyCheck {

    /** Whether this check judges the body of this controller's parameter. */
    boolean supports(MethodParameter parameter);

    /**
     * Every problem of {@code body}, whose values of the wrong type were read as absent: {@code typeErrors} first said
     * for their fields, then what the service says of the others, in the order the body declares its fields.
     */
    List<FieldError> problems(Object body, List<FieldError> typeErrors, MethodParameter parameter);

    /** The errors of {@code others} that are not about a field whose value had the wrong type, or a field inside it. */
    static List<FieldError> beside(List<FieldError> typeErrors, List<FieldError> others) {
        List<FieldError> out = new java.util.ArrayList<>(typeErrors);
        for (FieldError e : others) {
            boolean covered = typeErrors.stream().anyMatch(t -> e.field().equals(t.field())
                    || e.field().startsWith(t.field() + ".") || e.field().startsWith(t.field() + "["));
            if (!covered && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
