package id.netra.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last guard of the reporter's identity: before anything about a case leaves for someone outside the handling
 * office, every text in it is scrubbed of the reporter's name, NIK, address, phone and e-mail, wherever an officer
 * may have typed them (descriptions, hearing summaries, notes).
 */
public final class ReporterRedactor {

    public static final String MASK = "[identitas pelapor]";

    private final List<Pattern> patterns = new ArrayList<>();

    public ReporterRedactor(Reporter reporter) {
        if (reporter == null) {
            return;
        }
        for (String value : new String[]{reporter.name(), reporter.nik(), reporter.address(), reporter.phone(), reporter.email()}) {
            if (value != null && value.trim().length() >= 3) {
                patterns.add(Pattern.compile(Pattern.quote(value.trim()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        if (reporter.phone() != null) {
            String digits = reporter.phone().replaceAll("\\D", "");
            if (digits.length() >= 6) {
                patterns.add(Pattern.compile(Pattern.quote(digits)));
            }
        }
    }

    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(MASK);
        }
        return out;
    }

    public JsonNode scrub(JsonNode node) {
        if (patterns.isEmpty() || node == null) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                object.set(e.getKey(), scrub(e.getValue()));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, scrub(array.get(i)));
            }
            return array;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(scrub(node.asText()));
        }
        return node;
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).trim();
    }
}
