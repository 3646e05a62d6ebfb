package id.netra.statistics;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BKN's regional offices (Kantor Regional I–XIV) and the provinces each serves, from
 * {@code reference/bkn-regional-offices.csv}; an agency without a region (instansi pusat) is served by BKN's head office.
 */
@Component
class BknOffices {

    static final String HEAD_OFFICE = "PUSAT";

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> officeOfProvince = new LinkedHashMap<>();

    BknOffices() {
        try (var in = new ClassPathResource("reference/bkn-regional-offices.csv").getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank()).toList();
            for (String line : lines) {
                int firstComma = line.indexOf(',');
                int lastComma = line.lastIndexOf(',');
                String code = line.substring(0, firstComma);
                String name = line.substring(firstComma + 1, lastComma).replace("\"", "");
                names.put(code, name);
                for (String province : line.substring(lastComma + 1).trim().split("\\s+")) {
                    if (!province.isEmpty() && officeOfProvince.put(province, code) != null) {
                        throw new IllegalStateException("Province " + province + " is served by two BKN regional offices");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The office serving an agency of this province (two digits); the head office for none or an unknown one. */
    String officeOf(String province) {
        return province == null || province.isEmpty() ? HEAD_OFFICE : officeOfProvince.getOrDefault(province, HEAD_OFFICE);
    }

    String name(String office) {
        return names.getOrDefault(office, office);
    }

    Map<String, String> provinces() {
        return Collections.unmodifiableMap(officeOfProvince);
    }
}
