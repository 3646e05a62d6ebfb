package id.netra.platform;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A handler declares that it shows the fields cleaned of refused characters by taking {@link TextProblems}; a cleaned
 * request reaching any other handler is refused (fails closed), and each cleaned field is an error in the request's
 * language.
 */
class TextProblemsTest {

    @SuppressWarnings("unused")
    static final class Controllers {
        String shows(String name, TextProblems problems) {
            return name;
        }

        String ignores(String name) {
            return name;
        }
    }

    private static HandlerMethod handler(String name, Class<?>... parameters) throws NoSuchMethodException {
        return new HandlerMethod(new Controllers(), Controllers.class.getDeclaredMethod(name, parameters));
    }

    private static MockHttpServletRequest cleaned(String... fields) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/hari-libur");
        request.setAttribute(TextProblems.ATTRIBUTE, new TextProblems(List.of(fields)));
        return request;
    }

    @Test
    void aHandlerShowsThemByTakingThem() throws NoSuchMethodException {
        assertThat(TextProblems.shownBy(handler("shows", String.class, TextProblems.class))).isTrue();
        assertThat(TextProblems.shownBy(handler("ignores", String.class))).isFalse();
        assertThat(TextProblems.shownBy(new Object())).isFalse();
        assertThat(TextProblems.shownBy(null)).isFalse();
    }

    @Test
    void aCleanedRequestReachesOnlyAHandlerThatShowsThem() throws Exception {
        TextProblemsSupport.Guard guard = new TextProblemsSupport.Guard();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        assertThat(guard.preHandle(cleaned("name"), refused, handler("ignores", String.class))).isFalse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(guard.preHandle(cleaned("name"), new MockHttpServletResponse(), new Object())).isFalse();

        assertThat(guard.preHandle(cleaned("name"), new MockHttpServletResponse(), handler("shows", String.class, TextProblems.class)))
                .isTrue();
        assertThat(guard.preHandle(cleaned(), new MockHttpServletResponse(), handler("ignores", String.class))).as("none").isTrue();
        assertThat(guard.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler("ignores", String.class)))
                .isTrue();
        MockHttpServletRequest errorPage = cleaned("name");
        errorPage.setDispatcherType(DispatcherType.ERROR);
        assertThat(guard.preHandle(errorPage, new MockHttpServletResponse(), handler("ignores", String.class))).isTrue();
    }

    @Test
    void eachCleanedFieldIsAnErrorInTheRequestsLanguage() throws Exception {
        MockHttpServletRequest request = cleaned("name", "notes");
        MethodParameter parameter = handler("shows", String.class, TextProblems.class).getMethodParameters()[1];
        TextProblemsSupport.Argument argument = new TextProblemsSupport.Argument();
        assertThat(argument.supportsParameter(parameter)).isTrue();
        TextProblems problems = (TextProblems) argument.resolveArgument(parameter, null, new ServletWebRequest(request), null);
        assertThat(problems.fields()).containsExactly("name", "notes");
        assertThat(problems.errors()).extracting(FieldError::code).containsOnly(TextProblems.REMOVED);
        assertThat(problems.byField(Locale.ENGLISH)).containsExactly(
                Map.entry("name", Messages.in(Locale.ENGLISH, TextProblems.REMOVED)),
                Map.entry("notes", Messages.in(Locale.ENGLISH, TextProblems.REMOVED)));
        assertThat(problems.byField(Messages.INDONESIAN).get("name")).startsWith("Kolom ini berisi karakter tak terlihat");
        assertThat(TextProblems.of(new MockHttpServletRequest()).isEmpty()).isTrue();
    }
}
