package id.netra.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Report bodies as the public form sends them. */
public final class Reports {

    public static final String REPORTER_NAME = "Ahmad Fauzi Rahman";
    public static final String REPORTER_NIK = "3604011505850003";
    public static final String REPORTER_ADDRESS = "Jl. Raya Serang-Jakarta KM 5 No. 17, Ciruas";
    public static final String REPORTER_PHONE = "081234567890";
    public static final String REPORTER_EMAIL = "ahmad.fauzi@contoh.id";

    private Reports() {
    }

    public static Map<String, Object> report(String regionCode, String agencyCode) {
        Map<String, Object> body = finding(regionCode, agencyCode);
        body.put("reporter", new LinkedHashMap<>(Map.of("name", REPORTER_NAME, "nik", REPORTER_NIK, "address", REPORTER_ADDRESS,
                "phone", REPORTER_PHONE, "email", REPORTER_EMAIL)));
        body.put("witnesses", new ArrayList<>(List.of(Map.of("name", "Siti Aminah", "contact", "0812 1111 2222"))));
        Map<String, Object> incident = (Map<String, Object>) body.get("incident");
        incident.put("description", "Saya, " + REPORTER_NAME + ", melihat ASN tersebut mengunggah foto dukungan kepada "
                + "pasangan calon di Instagram dan mengajak pegawai memilih. Hubungi saya di " + REPORTER_PHONE + ".");
        return body;
    }

    public static Map<String, Object> finding(String regionCode, String agencyCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("electionType", "PILKADA");
        body.put("reported", new LinkedHashMap<>(Map.of("name", "Budi Santoso", "nip", "198609262015051001",
                "position", "Camat Ciruas", "agencyCode", agencyCode)));
        LocalDate today = LocalDate.now();
        body.put("incident", new LinkedHashMap<>(Map.of("date", today.minusDays(2).toString(), "knownOn", today.minusDays(1).toString(),
                "place", "Kantor Kecamatan Ciruas", "regionCode", regionCode,
                "description", "ASN memberikan dukungan kepada pasangan calon melalui media sosial.")));
        return body;
    }
}
