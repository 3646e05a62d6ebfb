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
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
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

    /** A refusal's words in the request's language. */
    private static String said(CatalogueException e) {
        return e.in(org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, Messages.current("problem.notFound.title"), said(e)));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, Messages.current("problem.conflict.title"), said(e)));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
        String detail = e instanceof ForbiddenException f ? said(f) : "Anda tidak berwenang melakukan tindakan ini.";
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemResponses.problem(ProblemResponses.FORBIDDEN, HttpStatus.FORBIDDEN, Messages.current("problem.forbidden.title"), detail));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
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
        ex.getBindingResult().getFieldErrors()
                .forEach(fe -> errors.add(new FieldError(fe.getField(), fe.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors()
                .forEach(ge -> errors.add(new FieldError(ge.getObjectName(), ge.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Terlalu besar", tooLarge.getMessage()));
        }
        FieldError error;
        if (ex.getCause() instanceof TextInputModule.InvalidTextException text) {
            error = new FieldError(path(text), text.getOriginalMessage());
        } else if (cause instanceof JsonParseException parse && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field '")) {
            String key = parse.getOriginalMessage().substring("Duplicate field '".length());
            key = key.endsWith("'") ? key.substring(0, key.length() - 1) : key;
            String where = key;
            if (parse.getProcessor() != null) {
                where = pointerPath(parse.getProcessor().getParsingContext().pathAsPointer().toString(), key);
            }
            error = new FieldError(where, "Kolom ini diisi lebih dari sekali.");
        } else if (cause instanceof JsonParseException) {
            error = new FieldError("body", "JSON tidak valid atau terpotong.");
        } else if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            error = new FieldError(path(unknown), "Kolom ini tidak dikenal.");
        } else if (ex.getCause() instanceof InvalidFormatException format) {
            error = new FieldError(path(format), "Format tidak valid: " + describe(format.getTargetType()) + ".");
        } else if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            error = new FieldError(path(mismatch), "Tipe data tidak sesuai: " + describe(mismatch.getTargetType()) + ".");
        } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            error = new FieldError(path(mapping), "Nilai tidak valid.");
        } else if (ex.getCause() instanceof JsonProcessingException) {
            error = new FieldError("body", "JSON tidak valid atau terpotong.");
        } else {
            error = new FieldError("body", "Isi permintaan kosong atau tidak dapat dibaca.");
        }
        return ResponseEntity.badRequest().body(invalid(List.of(error)));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "nilai";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) {
                names.add(((Enum<?>) c).name());
            }
            return "salah satu dari " + String.join(", ", names);
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "tanggal YYYY-MM-DD";
            case "Boolean", "boolean" -> "true atau false";
            case "Integer", "int", "Long", "long" -> "bilangan bulat";
            case "List" -> "daftar (array JSON)";
            case "String" -> "teks";
            default -> java.util.Collection.class.isAssignableFrom(type) || type.isArray() ? "daftar (array JSON)"
                    : Number.class.isAssignableFrom(type) ? "angka" : "objek JSON {…}";
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
            body = invalid(List.of(new FieldError(mismatch.getName(), "Nilai tidak valid.")));
        }
        // Spring MVC's own refusals (405, 406, 415, a missing header or parameter, no such path) in Indonesian, with the
        // header or parameter at fault named.
        if (body == null && ex instanceof org.springframework.web.ErrorResponse response) {
            body = response.getBody();
        }
        if (body instanceof ProblemDetail pd && !Messages.current("problem.invalid.title").equals(pd.getTitle())) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            if (status != null) {
                pd.setTitle(ProblemErrorController.title(status));
                String detail = ProblemErrorController.detail(status);
                if (ex instanceof org.springframework.web.HttpMediaTypeNotSupportedException m) {
                    detail = "Jenis isi (Content-Type) tidak didukung di alamat ini. Yang diterima: "
                            + m.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", ")) + ".";
                    pd.setProperty("errors", List.of(new FieldError("Content-Type", detail)));
                } else if (ex instanceof org.springframework.web.HttpMediaTypeNotAcceptableException) {
                    detail = "Jenis jawaban yang diminta (Accept) tidak tersedia.";
                } else if (ex instanceof org.springframework.web.bind.MissingRequestHeaderException m) {
                    detail = "Header " + m.getHeaderName() + " wajib diisi.";
                    pd.setProperty("errors", List.of(new FieldError(m.getHeaderName(), "Header wajib diisi.")));
                } else if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException m) {
                    detail = "Parameter " + m.getParameterName() + " wajib diisi.";
                    pd.setProperty("errors", List.of(new FieldError(m.getParameterName(), "Wajib diisi.")));
                }
                if (ex instanceof org.springframework.web.bind.MissingPathVariableException m) {
                    detail = "Nilai " + m.getVariableName() + " pada alamat tidak valid.";
                    pd.setProperty("errors", List.of(new FieldError(m.getVariableName(), "Nilai tidak valid.")));
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
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(e.getName(), "Nilai tidak valid."))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Kesalahan sistem", "Terjadi kesalahan pada sistem. Permintaan tidak diproses; silakan coba lagi."));
    }
}
