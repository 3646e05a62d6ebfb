package id.netra.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body's values of the wrong type, each noted instead of stopping the reading at the first: an election type
 * that names none, a date that is no date, a text where a list belongs, a field the body does not have. While a typed
 * body is read for a controller ({@link BodyProblemsAdvice}), each such value is read as absent and its problem noted;
 * the advice then refuses the body with every problem at once — these and what the body's checks say of the rest — so
 * that a body with a wrong value is never taken with that value left out. Outside such a reading (no request, another
 * use of the mapper) nothing is handled here and Jackson stops at the first problem as it does by default.
 */
public final class BodyProblems extends DeserializationProblemHandler {

    private static final String ATTRIBUTE = BodyProblems.class.getName();

    /** From now on, the problems of the body being read are noted. */
    static void start() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, new ArrayList<FieldError>(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The problems noted since {@link #start()}, in the order they were read; noting ends. */
    @SuppressWarnings("unchecked")
    static List<FieldError> finish() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return List.of();
        }
        Object noted = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return noted == null ? List.of() : List.copyOf((List<FieldError>) noted);
    }

    /** The list problems are noted in, or null when none are (Jackson then stops at the problem). */
    @SuppressWarnings("unchecked")
    private static List<FieldError> noting() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (List<FieldError>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    /** Notes {@code code} for the value being read, if problems are noted: true when it was. */
    static boolean note(JsonParser p, String code, Object... args) {
        List<FieldError> noted = noting();
        if (noted == null) {
            return false;
        }
        noted.add(FieldError.of(where(p, null), code, args));
        return true;
    }

    /**
     * The field path of the value the parser stands at ({@code reportedPersons[0].nip}); of {@code name} inside it.
     * Walked context by context: a record's object may be read through a token buffer (its creator takes the values at
     * once), whose context can stand for the very object its parent context reads, at the same field — that parent is
     * then not named again.
     */
    private static String where(JsonParser p, String name) {
        JsonStreamContext context = p.getParsingContext();
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
            context = context.getParent();
        }
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); ) {
            String field = c.getCurrentName();
            if (field != null) {
                segments.add(0, FieldError.name(field));
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                segments.add(0, "[" + c.getCurrentIndex() + "]");
            }
            JsonStreamContext parent = c.getParent();
            if (c instanceof com.fasterxml.jackson.databind.util.TokenBufferReadContext && parent != null
                    && !(parent instanceof com.fasterxml.jackson.databind.util.TokenBufferReadContext)
                    && java.util.Objects.equals(parent.getCurrentName(), field)) {
                parent = parent.getParent();
            }
            c = parent;
        }
        if (name != null && (segments.isEmpty() || !segments.get(segments.size() - 1).equals(FieldError.name(name)))) {
            segments.add(FieldError.name(name));
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append(path.isEmpty() || segment.startsWith("[") ? "" : ".").append(segment);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static boolean nullable(Class<?> type) {
        return type != null && !type.isPrimitive();
    }

    /** The value read as absent, its problem noted; or not handled (a primitive takes no absence, or nothing is noted). */
    private static Object absent(JsonParser p, Class<?> targetType, String code) {
        return nullable(targetType) && note(p, code, ProblemHandler.describe(targetType)) ? null : NOT_HANDLED;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                         String failureMsg) {
        return absent(ctxt.getParser(), targetType, "input.format");
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) {
        return absent(ctxt.getParser(), targetType, "input.type");
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) throws IOException {
        Object value = absent(p, targetType == null ? null : targetType.getRawClass(), "input.type");
        if (value != NOT_HANDLED) {
            p.skipChildren();
        }
        return value;
    }

    /** A text, a number or true/false where an object belongs ({@code "incident": "kemarin"}). */
    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                            com.fasterxml.jackson.databind.deser.ValueInstantiator valueInsta, JsonParser p,
                                            String msg) throws IOException {
        Object value = absent(p, instClass, "input.type");
        if (value != NOT_HANDLED) {
            p.skipChildren();
        }
        return value;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        List<FieldError> noted = noting();
        if (noted == null) {
            return false;
        }
        noted.add(FieldError.of(where(p, propertyName), "input.unknownProperty"));
        p.skipChildren();
        return true;
    }
}
