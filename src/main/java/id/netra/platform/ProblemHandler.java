package id.netra.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error of the API's controllers as RFC 9457 problem details, with the invalid fields named in an {@code errors}
 * list. Bad input never becomes a 500. The pages' controllers ({@link WebPage}) are answered by {@link PageErrors}
 * first: a page, not JSON.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    public static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(title);
        return pd;
    }

    /** A 400 naming each invalid field, in the request's language (the catalogue's messages; others as written). */
    public static ProblemDetail invalid(List<FieldError> errors) {
        java.util.Locale locale = Messages.currentLocale();
        List<FieldError> said = errors.stream().map(e -> e.in(locale)).toList();
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, Messages.in(locale, "problem.invalid.title"),
                said.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        pd.setProperty("errors", said);
        return pd;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return ResponseEntity.badRequest().body(invalid(e.errors()));
    }

    /** A body or a file over its limit, found while it was read (a declared length is refused before, by the filter). */
    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        java.util.Locale locale = Messages.currentLocale();
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, Messages.in(locale, "problem.status.title.413"), e.message(locale));
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(e.field(), e.message(locale), e.code(), null)));
        }
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, Messages.current("problem.notFound.title"), e.message()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, Messages.current("problem.conflict.title"), e.message()));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
        String detail = e instanceof ForbiddenException forbidden ? forbidden.message() : Messages.current("problem.status.detail.403");
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemResponses.problem(ProblemResponses.FORBIDDEN, HttpStatus.FORBIDDEN, Messages.current("problem.forbidden.title"), detail));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.of(lastNode(v.getPropertyPath().toString()), v)).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(fe -> errors.add(error(fe.getField(), fe)));
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(error(ge.getObjectName(), ge)));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** A binding error: from the catalogue when its constraint's message is a code ({@link FieldError#of}). */
    private static FieldError error(String field, org.springframework.validation.ObjectError error) {
        return error.contains(jakarta.validation.ConstraintViolation.class)
                ? FieldError.of(field, error.unwrap(jakarta.validation.ConstraintViolation.class))
                : new FieldError(field, error.getDefaultMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        // A body that could not be read to its end (not JSON, too large): what was noted of it is not said, nor noted on.
        BodyProblems.finish();
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, Messages.current("problem.status.title.413"),
                            tooLarge.message(Messages.currentLocale())));
        }
        FieldError error;
        if (ex.getCause() instanceof TextInputModule.InvalidTextException text) {
            error = FieldError.of(path(text), text.code());
        } else if (cause instanceof JsonParseException parse && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field '")) {
            String key = parse.getOriginalMessage().substring("Duplicate field '".length());
            key = key.endsWith("'") ? key.substring(0, key.length() - 1) : key;
            String where = key;
            if (parse.getProcessor() != null) {
                where = pointerPath(parse.getProcessor().getParsingContext().pathAsPointer().toString(), key);
            }
            error = FieldError.of(where, "input.duplicateField");
        } else if (cause instanceof JsonParseException) {
            error = FieldError.of("body", "input.json");
        } else if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            error = FieldError.of(path(unknown), "input.unknownProperty");
        } else if (ex.getCause() instanceof InvalidFormatException format) {
            error = FieldError.of(path(format), "input.format", describe(format.getTargetType()));
        } else if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            error = FieldError.of(path(mismatch), "input.type", describe(mismatch.getTargetType()));
        } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            error = FieldError.of(path(mapping), "input.invalid");
        } else if (ex.getCause() instanceof JsonProcessingException) {
            error = FieldError.of("body", "input.json");
        } else {
            error = FieldError.of("body", "input.unreadable");
        }
        return ResponseEntity.badRequest().body(invalid(List.of(error)));
    }

    /** What a value of {@code type} is, said as part of the message it is in ({@code input.type.*}). */
    static org.springframework.context.MessageSourceResolvable describe(Class<?> type) {
        if (type == null) {
            return Messages.part("input.type.value");
        }
        if (type.isEnum()) {
            List<org.springframework.context.MessageSourceResolvable> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                String code = ((Enum<?>) c).name();
                names.add(c instanceof Labelled labelled ? Messages.named(labelled.labelKey(), code, code)
                        : new org.springframework.context.support.DefaultMessageSourceResolvable(new String[0], code));
            }
            return Messages.part("input.type.oneOf", Messages.joined(names));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> Messages.part("input.type.date");
            case "Boolean", "boolean" -> Messages.part("input.type.boolean");
            case "Integer", "int", "Long", "long" -> Messages.part("input.type.integer");
            case "List" -> Messages.part("input.type.list");
            case "String" -> Messages.part("input.type.text");
            default -> java.util.Collection.class.isAssignableFrom(type) || type.isArray() ? Messages.part("input.type.list")
                    : Number.class.isAssignableFrom(type) ? Messages.part("input.type.number") : Messages.part("input.type.object", "{…}");
        };
    }

    /** A JSON pointer ({@code /witnesses/0/name}) as a field path ({@code witnesses[0].name}). */
    static String pointerPath(String pointer, String fallback) {
        StringBuilder sb = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                sb.append('[').append(name).append(']');
            } else {
                String shown = FieldError.name(name);
                sb.append(sb.isEmpty() || shown.startsWith("[") ? "" : ".").append(shown);
            }
        }
        return sb.isEmpty() ? FieldError.name(fallback) : sb.toString();
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                String name = FieldError.name(ref.getFieldName());
                if (!sb.isEmpty() && !name.startsWith("[")) {
                    sb.append('.');
                }
                sb.append(name);
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        // A browser that asked for a page at an address with none: the error page, not JSON.
        if (ex instanceof org.springframework.web.servlet.resource.NoResourceFoundException
                && request instanceof org.springframework.web.context.request.ServletWebRequest web && web.getResponse() != null
                && wantsPage(web.getRequest())) {
            try {
                web.getResponse().sendError(statusCode.value());
                return null;
            } catch (java.io.IOException e) {
                // the client has gone: nothing to answer
                return null;
            }
        }
        if (body == null && ex instanceof MethodArgumentTypeMismatchException mismatch) {
            body = invalid(List.of(FieldError.of(mismatch.getName(), "input.invalid")));
        }
        // Spring MVC's own refusals (405, 406, 415, a missing header or parameter, no such path) in the request's
        // language, with the header or parameter at fault named.
        if (body == null && ex instanceof org.springframework.web.ErrorResponse response) {
            body = response.getBody();
        }
        if (body instanceof ProblemDetail pd && !Messages.current("problem.invalid.title").equals(pd.getTitle())) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            if (status != null) {
                java.util.Locale locale = Messages.currentLocale();
                pd.setTitle(ProblemErrorController.title(status, locale));
                String detail = ProblemErrorController.detail(status, locale);
                if (ex instanceof org.springframework.web.HttpMediaTypeNotSupportedException m) {
                    FieldError error = FieldError.of("Content-Type", "problem.mediaType",
                            m.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "))).in(locale);
                    detail = error.message();
                    pd.setProperty("errors", List.of(error));
                } else if (ex instanceof org.springframework.web.HttpMediaTypeNotAcceptableException) {
                    detail = Messages.in(locale, "problem.notAcceptable");
                } else if (ex instanceof org.springframework.web.bind.MissingRequestHeaderException m) {
                    detail = Messages.in(locale, "problem.missingHeader", m.getHeaderName());
                    pd.setProperty("errors", List.of(FieldError.of(m.getHeaderName(), "input.requiredHeader").in(locale)));
                } else if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException m) {
                    detail = Messages.in(locale, "problem.missingParameter", m.getParameterName());
                    pd.setProperty("errors", List.of(FieldError.of(m.getParameterName(), "input.required").in(locale)));
                }
                if (ex instanceof org.springframework.web.bind.MissingPathVariableException m) {
                    detail = Messages.in(locale, "problem.pathVariable", m.getVariableName());
                    pd.setProperty("errors", List.of(FieldError.of(m.getVariableName(), "input.invalid").in(locale)));
                }
                if (status == HttpStatus.BAD_REQUEST && (pd.getProperties() == null || !pd.getProperties().containsKey("errors"))) {
                    pd.setProperty("errors", List.of(new FieldError("request", detail)));
                }
                pd.setDetail(detail);
            }
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** A browser's request for a page: it accepts HTML and is not for the API. */
    public static boolean wantsPage(jakarta.servlet.http.HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI();
        return accept != null && accept.contains("text/html") && path != null
                && !path.startsWith(request.getContextPath() + "/api/");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(invalid(List.of(FieldError.of(e.getName(), "input.invalid"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        java.util.Locale locale = Messages.currentLocale();
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemErrorController.title(HttpStatus.INTERNAL_SERVER_ERROR, locale),
                ProblemErrorController.detail(HttpStatus.INTERNAL_SERVER_ERROR, locale)));
    }
}
