package id.netra.platform;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a typed request body noting each value of the wrong type ({@link BodyProblems}) and, when there were any,
 * refuses the body with all of them and every other problem the body's check finds ({@link BodyCheck}; else its
 * declared constraints) — one answer, not one problem at a time. Bodies read as JSON trees or text are checked by
 * their own readers.
 */
@ControllerAdvice
public class BodyProblemsAdvice extends RequestBodyAdviceAdapter {

    private final List<BodyCheck> checks;
    private final Validator validator;

    public BodyProblemsAdvice(List<BodyCheck> checks, Validator validator) {
        this.checks = checks;
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        Class<?> raw = ResolvableType.forType(targetType).resolve(Object.class);
        return !JsonNode.class.isAssignableFrom(raw) && raw != String.class && raw != Object.class
                && !java.util.Map.class.isAssignableFrom(raw);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) {
        BodyProblems.start();
        return input;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldError> typeErrors = BodyProblems.finish();
        if (typeErrors.isEmpty()) {
            return body;
        }
        List<FieldError> all;
        try {
            BodyCheck check = checks.stream().filter(c -> c.supports(parameter)).findFirst().orElse(null);
            all = check != null ? check.problems(body, typeErrors, parameter) : BodyCheck.beside(typeErrors, declared(body));
        } catch (ForbiddenException e) {
            // The caller may not send this body at all: that is the answer, whatever its values.
            throw e;
        } catch (RuntimeException e) {
            // A check that cannot judge a body with values missing: the values of the wrong type are refused alone.
            all = typeErrors;
        }
        throw new InvalidInputException(all);
    }

    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                  Class<? extends HttpMessageConverter<?>> converterType) {
        BodyProblems.finish();
        return body;
    }

    private List<FieldError> declared(Object body) {
        List<FieldError> errors = new ArrayList<>();
        if (body != null) {
            for (ConstraintViolation<Object> v : validator.validate(body)) {
                errors.add(FieldError.of(v.getPropertyPath().toString(), v));
            }
        }
        return errors;
    }
}
