package id.netra.web;

import id.netra.support.Pages;
import id.netra.intake.ReportRequest;
import id.netra.support.Api;
import id.netra.support.Reports;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each text of a report takes exactly its limit and refuses one character more, naming the field, on the page and in
 * the API alike and in either language, whatever the text is made of (generated: letters of several scripts and
 * punctuation that costs 9 bytes URL-encoded, digits for the phone, a well-formed address for the email). The page's
 * form is sent URL-encoded, so every text at its limit in the costliest characters must fit the form's body limit
 * ({@code netra.limits.max-form-bytes}): a description of 20,000 curly quotes is judged as a description, not refused
 * as too large. The shared application context of the suite.
 */
@JqwikSpringSupport
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicReportLimitsIT {

    /** A text of the report: its field, its limit, and the characters a valid value of any length is made of. */
    enum Text {
        REPORTER_NAME("reporter.name", ReportRequest.MAX_NAME),
        REPORTER_ADDRESS("reporter.address", ReportRequest.MAX_ADDRESS),
        REPORTER_PHONE("reporter.phone", ReportRequest.MAX_PHONE),
        REPORTER_EMAIL("reporter.email", ReportRequest.MAX_EMAIL),
        PERSON_NAME("reportedPersons[0].name", ReportRequest.MAX_NAME),
        PERSON_POSITION("reportedPersons[0].position", ReportRequest.MAX_POSITION),
        PLACE("incident.place", ReportRequest.MAX_PLACE),
        DESCRIPTION("incident.description", ReportRequest.MAX_DESCRIPTION),
        WITNESS_NAME("witnesses[0].name", ReportRequest.MAX_NAME),
        WITNESS_CONTACT("witnesses[0].contact", ReportRequest.MAX_CONTACT);

        final String field;
        final int limit;

        Text(String field, int limit) {
            this.field = field;
            this.limit = limit;
        }

        /** A valid value of {@code length} characters drawn from {@code letters} (recycled as needed), maybe in ASCII only. */
        String of(int length, String letters, boolean ascii) {
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; sb.length() < length; i++) {
                char c = letters.charAt(i % letters.length());
                sb.append(switch (this) {
                    case REPORTER_PHONE -> (char) ('0' + c % 10);
                    // an address's domain in ASCII: its labels' lengths are then as written
                    case REPORTER_EMAIL -> (char) ('a' + c % 26);
                    default -> ascii && c > 127 ? (char) ('a' + c % 26) : c;
                });
            }
            if (this == REPORTER_EMAIL) {
                // A local part of 64, then labels of 63: the longest an address's parts may be.
                sb.setCharAt(64, '@');
                sb.setCharAt(128, '.');
                sb.setCharAt(192, '.');
            }
            return sb.toString();
        }
    }

    @LocalServerPort
    int port;

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ").withChars("éñçüÁÖåß")
                .withChars("абвгдежзийк").withChars("“”‘’–—…").ofMinLength(1).ofMaxLength(300);
    }

    private static String limitMessage(int limit, boolean english) {
        String number = String.format(Locale.ROOT, "%,d", limit);
        return english ? "At most " + number + " characters." : "Paling panjang " + number.replace(',', '.') + " karakter.";
    }

    @Property(tries = 8, shrinking = ShrinkingMode.OFF)
    void everyTextTakesItsLimitAndRefusesOneMoreByName(@ForAll("letters") String letters, @ForAll boolean englishPage) {
        for (Text text : Text.values()) {
            for (int length : List.of(text.limit, text.limit + 1)) {
                boolean over = length > text.limit;
                page(text, text.of(length, letters, false), over, englishPage);
                api(text, text.of(length, letters, false), over, !englishPage);
            }
        }
    }

    /** The report form's every text at its limit in characters of 3 UTF-8 bytes (9 URL-encoded), 50 persons and 20 witnesses. */
    @Example
    void theReportPageTakesEveryTextAtItsLimitInTheCostliestCharacters() {
        Pages session = new Pages(port);
        session.get("/lapor");
        Map<String, String> form = Reports.pageForm();
        String quotes = "“”‘’—…";
        java.util.function.IntFunction<String> text = n -> quotes.repeat(n / quotes.length() + 1).substring(0, n);
        form.put("incident.description", text.apply(ReportRequest.MAX_DESCRIPTION));
        form.put("incident.place", text.apply(ReportRequest.MAX_PLACE));
        form.put("reporter.address", text.apply(ReportRequest.MAX_ADDRESS));
        for (int i = 0; i < id.netra.casefile.CasePersons.MAX_PERSONS; i++) {
            form.put("reportedPersons[" + i + "].name", "Budi “" + i + "” " + text.apply(ReportRequest.MAX_NAME - 10));
            form.put("reportedPersons[" + i + "].position", text.apply(ReportRequest.MAX_POSITION));
            form.put("reportedPersons[" + i + "].agencyCode", "PEMDA-36.04");
            form.put("reportedPersons[" + i + "].employmentType", "PNS");
        }
        for (int i = 0; i < ReportRequest.MAX_WITNESSES; i++) {
            form.put("witnesses[" + i + "].name", "Siti “" + i + "” " + text.apply(ReportRequest.MAX_NAME - 10));
            form.put("witnesses[" + i + "].contact", text.apply(ReportRequest.MAX_CONTACT));
        }
        Pages.Page page = session.post("/lapor", form);
        assertThat(page.status()).as("filed, not refused as too large: " + page.text("problems")).isEqualTo(303);
        assertThat(session.follow(page).text("trackingNumber")).startsWith("LPR-");
        // One character more: said next to the description, the form as typed; still not too large.
        Pages again = new Pages(port);
        again.get("/lapor");
        Map<String, String> over = Reports.pageForm();
        over.put("incident.description", "“" + text.apply(ReportRequest.MAX_DESCRIPTION));
        Pages.Page refused = again.post("/lapor", over);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("incident-description-error")).isEqualTo(limitMessage(ReportRequest.MAX_DESCRIPTION, false));
    }

    private void page(Text text, String value, boolean over, boolean english) {
        Pages session = new Pages(port);
        session.get("/lapor?lang=" + (english ? "en" : "id"));
        Map<String, String> form = Reports.pageForm();
        form.put(text.field, value);
        Pages.Page page = session.post("/lapor", form);
        if (!over) {
            assertThat(page.status()).as(text + " at its limit: " + page.text("problems")).isEqualTo(303);
            assertThat(session.follow(page).text("trackingNumber")).startsWith("LPR-");
            return;
        }
        assertThat(page.status()).as(text + " over its limit").isEqualTo(400);
        String id = PublicReportPageIT.id(text.field);
        assertThat(page.text(id + "-error")).as(text.field).isEqualTo(limitMessage(text.limit, english));
        assertThat(page.body().split("<li><a href=\"#", -1)).as("one problem only").hasSize(2);
        assertThat(page.attribute(id, "value") != null ? page.attribute(id, "value") : page.text(id)).as("kept as typed").isEqualTo(value);
    }

    private void api(Text text, String value, boolean over, boolean english) {
        Map<String, Object> person = new LinkedHashMap<>(Map.of("name", "Budi Santoso", "nip", "198609262015051001",
                "position", "Camat Ciruas", "agencyCode", "PEMDA-36.04"));
        Map<String, Object> body = Reports.naming(Reports.report("36.04", "PEMDA-36.04"), new ArrayList<>(List.of(person)));
        String last = text.field.substring(text.field.lastIndexOf('.') + 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> at = switch (text.field.substring(0, text.field.lastIndexOf('.'))) {
            case "reportedPersons[0]" -> person;
            case "witnesses[0]" -> {
                Map<String, Object> witness = new LinkedHashMap<>(Map.of("name", "Siti Aminah"));
                body.put("witnesses", List.of(witness));
                yield witness;
            }
            default -> (Map<String, Object>) body.get(text.field.substring(0, text.field.indexOf('.')));
        };
        at.put(last, value);
        Api.Response r = Api.anonymous(port).post("/api/v1/public/reports", body, "Accept-Language", english ? "en" : "id");
        if (!over) {
            assertThat(r.status()).as(text + " at its limit: " + r.body()).isEqualTo(201);
            return;
        }
        assertThat(r.status()).as(text + " over its limit: " + r.body()).isEqualTo(400);
        assertThat(r.json().path("errors").findValuesAsText("field")).containsExactly(text.field);
        assertThat(r.json().path("errors").findValuesAsText("message")).containsExactly(limitMessage(text.limit, english));
    }
}
