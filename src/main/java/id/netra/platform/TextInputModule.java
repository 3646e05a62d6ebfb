package id.netra.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Every string of every JSON body is checked as it is read: a control character or an invalid Unicode character is
 * a 400 naming the field (its JSON path), never a 500 from the database; so is a number or a boolean where a text
 * belongs. Line breaks and tabs pass here; short fields refuse them by validation ({@code @SingleLine}). Each text is
 * read {@link TextRules#normalised} (a password as it came). Task forms arrive as JSON trees and are checked, and read
 * normalised, by {@code workflow.FormInput}.
 */
@Component
public class TextInputModule extends SimpleModule {

    /** Thrown while reading a string; {@link ProblemHandler} names the field from its path. */
    public static final class InvalidTextException extends JsonMappingException {
        private final String code;

        InvalidTextException(JsonParser parser, String code) {
            super(parser, Messages.id(code));
            this.code = code;
        }

        /** The problem's code in the catalogue ({@link TextRules}). */
        public String code() {
            return code;
        }
    }

    public TextInputModule() {
        super("netra-text-input");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != null && p.currentToken().isScalarValue() && p.currentToken() != JsonToken.VALUE_STRING) {
                    // A number or true/false where a text belongs is the client's mistake, not a text to guess.
                    return (String) ctxt.handleUnexpectedToken(String.class, p);
                }
                String value = super.deserialize(p, ctxt);
                String problem = TextRules.problem(value, true);
                if (problem != null) {
                    // Noted beside the body's other problems while a controller's body is read (BodyProblems).
                    if (BodyProblems.note(p, problem)) {
                        return null;
                    }
                    throw new InvalidTextException(p, problem);
                }
                // Kept as a page's form keeps it (RequestTextFilter): the same text, the same length, the same row.
                return TextRules.verbatim(p.currentName()) ? value : TextRules.normalised(value);
            }
        });
    }
}
