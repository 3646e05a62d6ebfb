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

    /**
     * The same report as the public page's form sends it ({@code /lapor}): one person and one witness, each input under
     * its field's path; {@code action=submit}.
     */
    public static Map<String, String> pageForm() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("electionType", "PILKADA");
        form.put("reporter.name", REPORTER_NAME);
        form.put("reporter.nik", REPORTER_NIK);
        form.put("reporter.address", REPORTER_ADDRESS);
        form.put("reporter.phone", REPORTER_PHONE);
        form.put("reporter.email", REPORTER_EMAIL);
        form.put("reportedPersons[0].name", "Budi Santoso");
        form.put("reportedPersons[0].nip", "19860926 201505 1 001");
        form.put("reportedPersons[0].position", "Camat Ciruas");
        form.put("reportedPersons[0].employmentType", "PNS");
        form.put("reportedPersons[0].positionCategory", "CAMAT_LURAH");
        form.put("reportedPersons[0].agencyCode", "PEMDA-36.04");
        form.put("incident.date", today.minusDays(2).toString());
        form.put("incident.knownOn", today.minusDays(1).toString());
        form.put("incident.regionCode", "36.04");
        form.put("incident.place", "Kantor Kecamatan Ciruas");
        form.put("incident.description", "ASN memberikan dukungan kepada pasangan calon melalui media sosial.");
        form.put("witnesses[0].name", "Siti Aminah");
        form.put("witnesses[0].contact", "0812 1111 2222");
        form.put("action", "submit");
        return form;
    }

    public static Map<String, Object> finding(String regionCode, String agencyCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("electionType", "PILKADA");
        body.put("reported", new LinkedHashMap<>(Map.of("name", "Budi Santoso", "nip", "198609262015051001",
                "position", "Camat Ciruas", "agencyCode", agencyCode)));
        LocalDate today = id.netra.platform.Today.date();
        body.put("incident", new LinkedHashMap<>(Map.of("date", today.minusDays(2).toString(), "knownOn", today.minusDays(1).toString(),
                "place", "Kantor Kecamatan Ciruas", "regionCode", regionCode,
                "description", "ASN memberikan dukungan kepada pasangan calon melalui media sosial.")));
        return body;
    }

    public static final String CAMAT = "Budi Santoso";
    public static final String LURAH_1 = "Rina Marlina";
    public static final String LURAH_2 = "Dedi Kurniawan";

    /**
     * The persons of "How it will be tried": a camat of Kabupaten Serang and two lurah of Kota Serang, named at one
     * event (in Kabupaten Serang, so Bawaslu Kabupaten Serang handles the case).
     */
    public static List<Map<String, Object>> camatAndTwoLurah() {
        return new ArrayList<>(List.of(
                new LinkedHashMap<>(Map.of("name", CAMAT, "nip", "198609262015051001", "position", "Camat Ciruas",
                        "positionCategory", "CAMAT_LURAH", "employmentType", "PNS", "agencyCode", "PEMDA-36.04")),
                new LinkedHashMap<>(Map.of("name", LURAH_1, "nip", "199001012015032001", "position", "Lurah Cipare",
                        "positionCategory", "CAMAT_LURAH", "employmentType", "PNS", "agencyCode", "PEMDA-36.73")),
                new LinkedHashMap<>(Map.of("name", LURAH_2, "nip", "198805122014021003", "position", "Lurah Sumurpecung",
                        "positionCategory", "CAMAT_LURAH", "employmentType", "PNS", "agencyCode", "PEMDA-36.73"))));
    }

    /** A body naming these persons instead of the one {@code reported}. */
    public static Map<String, Object> naming(Map<String, Object> body, List<Map<String, Object>> persons) {
        body.remove("reported");
        body.put("reportedPersons", persons);
        return body;
    }

    /** A body whose incident the reporter learnt of on {@code knownOn}, the day after it happened. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> knownOn(Map<String, Object> body, java.time.LocalDate knownOn) {
        Map<String, Object> incident = (Map<String, Object>) body.get("incident");
        incident.put("date", knownOn.minusDays(1).toString());
        incident.put("knownOn", knownOn.toString());
        return body;
    }
}
