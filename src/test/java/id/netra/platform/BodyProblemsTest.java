package id.netra.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a body's problem is named: the path of the value, once, whatever the value's shape. */
class BodyProblemsTest {

    record Inner(Integer days, LocalDate on) {
    }

    record Body(String name, Inner inner, List<Inner> items) {
    }

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().addHandler(new BodyProblems());

    {
        // As the application's mapper (BodyProblemsRegistration): a date is a text, never a number of days.
        mapper.configOverride(LocalDate.class).setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false));
    }

    @BeforeEach
    void request() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void done() {
        RequestContextHolder.resetRequestAttributes();
    }

    private List<String> fields(String json) throws Exception {
        BodyProblems.start();
        mapper.readValue(json, Body.class);
        return BodyProblems.finish().stream().map(FieldError::field).toList();
    }

    @Test
    void outsideABodysReadingJacksonStopsAtTheFirstProblemAsItDoes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue("{\"inner\":{\"days\":\"tiga\"}}", Body.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class);
        RequestContextHolder.resetRequestAttributes();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue("{\"numbers\":1}", Body.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class);
    }

    @Test
    void eachProblemIsNamedAtItsPathOnce() throws Exception {
        assertThat(fields("{\"inner\":{\"zz\":1}}")).containsExactly("inner.zz");
        assertThat(fields("{\"name\":\"a\",\"inner\":{\"days\":1,\"zz\":1}}")).containsExactly("inner.zz");
        assertThat(fields("{\"numbers\":{\"a\":1}}")).containsExactly("numbers");
        assertThat(fields("{\"numbers\":[1,2]}")).containsExactly("numbers");
        assertThat(fields("{\"numbers\":3}")).containsExactly("numbers");
        assertThat(fields("{\"inner\":{\"days\":\"tiga\",\"on\":\"kemarin\",\"x\":{}}}"))
                .containsExactly("inner.days", "inner.on", "inner.x");
        assertThat(fields("{\"items\":[{\"days\":[1]},{\"on\":20261127}]}")).containsExactly("items[0].days", "items[1].on");
        assertThat(fields("{\"name\":{\"first\":\"a\"},\"inner\":\"teks\"}")).containsExactly("name", "inner");
    }
}
