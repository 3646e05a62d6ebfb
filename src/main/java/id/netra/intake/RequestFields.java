package id.netra.intake;

import id.netra.platform.FieldError;
import id.netra.platform.SingleLine;
import jakarta.validation.constraints.Size;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a request record as the API names them ({@code reporter.name}, {@code reportedPersons.name} for every
 * item of a list), read from the record itself: their order, the longest text each takes by its {@code @Size}, and which
 * must be one line ({@code @SingleLine}). So the page's {@code maxlength} is the limit the server checks, a one-line
 * input comes back as it can be sent again, and a list of errors follows the form.
 */
final class RequestFields {

    private static final Pattern SEGMENT = Pattern.compile("([^\\[\\]]*)(?:\\[(\\d{1,6})])?");
    private static final Map<Class<?>, RequestFields> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<String> paths = new ArrayList<>();
    private final Map<String, Integer> maxLengths = new LinkedHashMap<>();
    private final java.util.Set<String> singleLine = new java.util.LinkedHashSet<>();

    private RequestFields() {
    }

    static RequestFields of(Class<?> type) {
        return KNOWN.computeIfAbsent(type, t -> {
            RequestFields fields = new RequestFields();
            fields.walk("", t);
            return fields;
        });
    }

    private void walk(String prefix, Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + c.getName();
            paths.add(path);
            Size size = c.getAccessor().getAnnotation(Size.class);
            if (size != null && c.getType() == String.class) {
                maxLengths.put(path, size.max());
            }
            if (c.getAccessor().isAnnotationPresent(SingleLine.class)) {
                singleLine.add(path);
            }
            Class<?> item = c.getType();
            if (List.class.isAssignableFrom(item) && c.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                item = element;
            }
            if (item.isRecord()) {
                walk(path + ".", item);
            }
        }
    }

    /**
     * The same fields in a page's order where it differs from the record's: the paths of {@code order} first, in its
     * order (a list's items by their path without indexes), then the record's others in its order.
     */
    RequestFields reordered(List<String> order) {
        RequestFields fields = new RequestFields();
        fields.paths.addAll(order);
        paths.stream().filter(path -> !order.contains(path)).forEach(fields.paths::add);
        fields.maxLengths.putAll(maxLengths);
        fields.singleLine.addAll(singleLine);
        return fields;
    }

    /** The longest text of each field that has a limit, by its path without list indexes. */
    Map<String, Integer> maxLengths() {
        return java.util.Collections.unmodifiableMap(maxLengths);
    }

    /** The fields that must be one line ({@link SingleLine}), by their paths without list indexes. */
    java.util.Set<String> singleLine() {
        return java.util.Collections.unmodifiableSet(singleLine);
    }

    /** Errors in the order the record declares their fields, a list's items in their order; other fields last. */
    Comparator<FieldError> order() {
        return Comparator.comparing(e -> key(e.field()));
    }

    private String key(String field) {
        StringBuilder key = new StringBuilder();
        String path = "";
        for (String segment : field.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            boolean indexed = m.matches() && m.group(2) != null;
            path = path.isEmpty() ? (indexed ? m.group(1) : segment) : path + "." + (indexed ? m.group(1) : segment);
            int rank = paths.indexOf(path);
            key.append(String.format("%04d", rank < 0 ? 9999 : rank));
            if (indexed) {
                key.append(':').append(String.format("%06d", Integer.parseInt(m.group(2))));
            }
            key.append('/');
        }
        return key.toString();
    }
}
