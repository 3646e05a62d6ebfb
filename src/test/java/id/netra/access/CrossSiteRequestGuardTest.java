package id.netra.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes count as cross-site: Netra's own origin and configured ones pass, anything else a browser marks fails. */
class CrossSiteRequestGuardTest {

    private final CrossSiteRequestGuard guard = new CrossSiteRequestGuard(new ObjectMapper(), List.of("https://Netra.Example/"));

    @ParameterizedTest(name = "{0} {1} / {2} → cross-site {3}")
    @CsvSource(nullValues = "-", value = {
            "http,  8080, -,                          -,           false",
            "http,  8080, http://localhost:8080,      same-origin, false",
            "http,  8080, HTTP://LOCALHOST:8080,      -,           false",
            "https, 443,  https://localhost,          -,           false",
            "https, 443,  https://localhost:443,      -,           true",
            "http,  8080, http://localhost:8081,      -,           true",
            "http,  8080, https://localhost:8080,     -,           true",
            "http,  8080, null,                       -,           true",
            "http,  8080, https://netra.example,      same-site,   false",
            "http,  8080, https://netra.example.evil, -,           true",
            "http,  8080, -,                          cross-site,  true",
            "http,  8080, -,                          same-site,   true",
            "http,  8080, -,                          none,        false",
            "http,  8080, -,                          same-origin, false"})
    void aChangeIsCrossSiteUnlessItComesFromNetraOrAConfiguredOrigin(String scheme, int port, String origin, String fetchSite,
                                                                     boolean crossSite) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tasks/x/claim");
        request.setScheme(scheme);
        request.setServerName("localhost");
        request.setServerPort(port);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        assertThat(guard.crossSite(request)).isEqualTo(crossSite);
    }
}
