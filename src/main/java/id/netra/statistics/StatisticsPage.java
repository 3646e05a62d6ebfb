package id.netra.statistics;

import id.netra.access.CurrentUser;
import id.netra.access.NetraUser;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import id.netra.platform.PageFormat;
import id.netra.reference.CodeLabel;
import id.netra.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statistics dashboard ({@code /statistik}): the reader's own scope, filtered by election, year, period and region —
 * the persons by a chosen breakdown, the cases by status and the open cases by stage, each with a bar chart drawn on the
 * server (SVG) and downloadable as CSV and as an Excel workbook ({@code /statistik/unduh}).
 */
@Controller
@id.netra.platform.WebPage
class StatisticsPage {

    /** The criteria under the API's parameter names, in the form's order. */
    static final List<String> CRITERIA = List.of("electionType", "year", "from", "to", "region", "by");

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final PersonFigures persons;
    private final CaseFigures cases;
    private final ReferenceData reference;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    StatisticsPage(PersonFigures persons, CaseFigures cases, ReferenceData reference, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.json = json;
        this.persons = persons;
        this.cases = cases;
        this.reference = reference;
    }

    @GetMapping("/statistik")
    String dashboard(@RequestParam Map<String, String> params, Model model, HttpServletResponse response, Locale locale) {
        NetraUser me = CurrentUser.get();
        Map<String, String> values = values(params);
        String by = values.getOrDefault("by", regencyOffice(me) ? "POSITION" : provinceOffice(me) ? "REGENCY" : "PROVINCE");
        Map<String, String> errors = new LinkedHashMap<>();
        List<StatisticsSheet> sheets = new ArrayList<>();
        try {
            sheets.add(StatisticsSheet.of(persons.table(me, by, values.get("electionType"), values.get("year"), values.get("from"),
                    values.get("to"), values.get("region")), locale));
            sheets.add(StatisticsSheet.of(cases.cases(me, "STATUS", values.get("electionType"), values.get("year"), values.get("from"),
                    values.get("to"), values.get("region")), locale));
            sheets.add(StatisticsSheet.of(cases.stages(me, values.get("electionType"), values.get("year"), values.get("from"),
                    values.get("to"), values.get("region")), locale));
        } catch (InvalidInputException e) {
            e.byField().forEach(errors::putIfAbsent);
            sheets.clear();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("me", me);
        model.addAttribute("values", values);
        model.addAttribute("by", by.toUpperCase(Locale.ROOT));
        model.addAttribute("errors", errors);
        model.addAttribute("sheets", sheets);
        // Each table's download carries the filters, and the persons' the breakdown shown (the cases' are by status).
        Map<String, String> filters = new LinkedHashMap<>(values);
        filters.remove("by");
        model.addAttribute("queries", Map.of("persons", query(values, by), "cases", query(filters, null), "stages", query(filters, null)));
        model.addAttribute("fmt", new PageFormat(locale, ZoneId.of("Asia/Jakarta")));
        model.addAttribute("numbers", new Numbers(locale, ""));
        model.addAttribute("breakdowns", Arrays.stream(PersonFigures.By.values())
                .map(Enum::name).toList());
        model.addAttribute("regions", regions(me, values.get("region")));
        return "officer/statistics";
    }

    /** A table of the dashboard as a file: {@code tabel} persons, cases or stages; {@code format} csv or xlsx. */
    @GetMapping("/statistik/unduh")
    ResponseEntity<byte[]> download(@RequestParam Map<String, String> params, Locale locale) {
        NetraUser me = CurrentUser.get();
        Map<String, String> values = values(params);
        String table = params.getOrDefault("tabel", "").strip();
        String format = params.getOrDefault("format", "").strip().toLowerCase(Locale.ROOT);
        List<id.netra.platform.FieldError> errors = new ArrayList<>();
        if (!List.of("persons", "cases", "stages").contains(table)) {
            errors.add(id.netra.platform.FieldError.of("tabel", "statistics.table"));
        }
        if (!List.of("csv", "xlsx").contains(format)) {
            errors.add(id.netra.platform.FieldError.of("format", "statistics.format"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        StatisticsSheet sheet = switch (table) {
            case "persons" -> StatisticsSheet.of(persons.table(me, values.get("by"), values.get("electionType"), values.get("year"),
                    values.get("from"), values.get("to"), values.get("region")), locale);
            case "cases" -> StatisticsSheet.of(cases.cases(me, values.get("by") == null ? "STATUS" : values.get("by"), values.get("electionType"),
                    values.get("year"), values.get("from"), values.get("to"), values.get("region")), locale);
            default -> StatisticsSheet.of(cases.stages(me, values.get("electionType"), values.get("year"), values.get("from"),
                    values.get("to"), values.get("region")), locale);
        };
        return file(sheet, format, locale, "", filtersNote(me, values, locale));
    }

    /** What a downloaded table was made of: its filters, by their labels, and whose scope. */
    private String filtersNote(NetraUser me, Map<String, String> values, Locale locale) {
        List<String> said = new ArrayList<>();
        values.forEach((k, v) -> {
            if (!k.equals("by")) {
                String value = k.equals("region") ? reference.regionName(v) + " (" + v + ")"
                        : k.equals("electionType") ? Messages.in(locale, "election." + v.toUpperCase(Locale.ROOT)) : v;
                said.add(Messages.in(locale, "statistics.field." + k) + " " + value);
            }
        });
        String scope = me.role().isBawaslu() ? reference.office(me.officeCode()).map(id.netra.reference.Office::name).orElse(me.officeCode())
                : me.role() == id.netra.access.Role.PPK ? reference.agency(me.agencyCode()).map(id.netra.reference.Agency::name).orElse(me.agencyCode())
                : Messages.in(locale, "unit.examiningAgency");
        return Messages.in(locale, "statistics.filtersNote", said.isEmpty() ? Messages.in(locale, "statistics.filtersNone")
                : String.join(", ", said), scope);
    }

    /**
     * A download's bad criteria: a problem naming each field (RFC 9457), whatever the client accepts — a link followed
     * by hand, a script — not an error page that names none. The dashboard says them next to its fields itself.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(InvalidInputException.class)
    ResponseEntity<byte[]> invalid(InvalidInputException e) {
        return problem(json, id.netra.platform.ProblemHandler.invalid(e.errors()));
    }

    /** A problem as its JSON, written here so that no content negotiation can turn it into an error page. */
    static ResponseEntity<byte[]> problem(com.fasterxml.jackson.databind.ObjectMapper json, org.springframework.http.ProblemDetail problem) {
        try {
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(json.writeValueAsBytes(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sheet as a download in the given format, named by its table and cut-off. */
    static ResponseEntity<byte[]> file(StatisticsSheet sheet, String format, Locale locale, String suppressed, String filters) {
        String code = Messages.in(locale, "statistics.col.key");
        String name = Messages.in(locale, "statistics.col.label");
        byte[] body = format.equals("csv") ? StatisticsFiles.csv(sheet, code, name, suppressed)
                : StatisticsFiles.xlsx(sheet, code, name, suppressed,
                sheet.note(locale, new PageFormat(locale, ZoneId.of("Asia/Jakarta")).dateTime(sheet.cutOff())), filters);
        return ResponseEntity.ok()
                .contentType(format.equals("csv") ? CSV : XLSX)
                // The name is ASCII: given plain, as every client reads it.
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(StatisticsFiles.fileName(sheet, format)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private static Map<String, String> values(Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String k : CRITERIA) {
            String v = params.get(k);
            if (v != null && !v.isBlank()) {
                values.put(k, v.strip());
            }
        }
        return values;
    }

    /** The criteria as a query string for the download links (the breakdown as shown). */
    private static String query(Map<String, String> values, String by) {
        Map<String, String> all = new LinkedHashMap<>(values);
        if (by != null) {
            all.put("by", by);
        }
        StringBuilder q = new StringBuilder();
        all.forEach((k, v) -> q.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }

    /**
     * The regions a reader may narrow to: a regency's office none (its own region is its scope), a province's office its
     * regencies and cities, anyone else the provinces and, once one is chosen, its regencies and cities.
     */
    private List<CodeLabel> regions(NetraUser me, String chosen) {
        List<ReferenceData.Region> all = reference.regions();
        if (regencyOffice(me)) {
            return List.of();
        }
        String province = provinceOffice(me) ? me.officeCode()
                : chosen != null && chosen.length() >= 2 ? chosen.substring(0, 2) : null;
        List<CodeLabel> out = new ArrayList<>();
        for (ReferenceData.Region r : all) {
            boolean isProvince = "province".equals(r.level());
            if (provinceOffice(me)) {
                if (r.provinceCode().equals(province)) {
                    out.add(new CodeLabel(r.code(), r.name()));
                }
            } else if (isProvince || r.provinceCode().equals(province)) {
                out.add(new CodeLabel(r.code(), isProvince ? r.name() : "— " + r.name()));
            }
        }
        return out;
    }

    private static boolean provinceOffice(NetraUser me) {
        return me.role().isBawaslu() && me.officeCode() != null && me.officeCode().matches("\\d{2}");
    }

    private static boolean regencyOffice(NetraUser me) {
        return me.role().isBawaslu() && me.officeCode() != null && me.officeCode().contains(".");
    }

    /** Figures written as the reader's language writes them: 2.007 and 88,5 % in Indonesian. */
    public static final class Numbers {
        private final Locale locale;
        private final String suppressed;

        Numbers(Locale locale, String suppressed) {
            this.locale = locale;
            this.suppressed = suppressed;
        }

        public String of(Object v) {
            if (v == null) {
                return "–";
            }
            if (v == StatisticsSheet.SUPPRESSED) {
                return suppressed;
            }
            if (v instanceof java.math.BigDecimal d) {
                java.text.NumberFormat f = java.text.NumberFormat.getPercentInstance(locale);
                f.setMaximumFractionDigits(1);
                f.setMinimumFractionDigits(1);
                return f.format(d);
            }
            return java.text.NumberFormat.getIntegerInstance(locale).format(v);
        }
    }
}
