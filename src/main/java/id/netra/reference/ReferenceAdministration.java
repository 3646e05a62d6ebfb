package id.netra.reference;

import id.netra.platform.AdminChanges;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import id.netra.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators keep offices and agencies true to the world: rename an office, add a central agency or change an
 * agency's PPK, and add a new region (a daerah otonomi baru) together with its Bawaslu office and its regional
 * government, as SPEC §2 gives every region. Codes never change: cases and accounts point at them. The rules of the
 * API ({@link ReferenceAdminController}) and the administration pages alike, every change audited.
 */
@Service
public class ReferenceAdministration {

    public record NewRegion(String code, String level, String name) {
    }

    public record RegionCreated(String code, String level, String name, Office office, Agency agency) {
    }

    public record OfficeChange(String name) {
    }

    public record NewAgency(String code, String name, String regionCode, String ppkTitle) {
    }

    public record AgencyChange(String name, String ppkTitle) {
    }

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final AdminChanges changes;

    public ReferenceAdministration(JdbcClient jdbc, ReferenceData reference, AdminChanges changes) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.changes = changes;
    }

    public List<Office> offices() {
        return jdbc.sql("SELECT code, level, name, region_code, parent_code FROM office ORDER BY code = 'RI' DESC, code")
                .query((rs, n) -> new Office(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    @Transactional
    public Office renameOffice(String code, OfficeChange body) {
        Office before = reference.office(code).orElseThrow(() -> NotFoundException.of("reference.office.notFound"));
        String name = text("name", body.name(), 160, "reference.officeName");
        jdbc.sql("UPDATE office SET name = :n WHERE code = :c").param("n", name).param("c", code).update();
        changes.record("OFFICE_CHANGED", code, Map.of("before", before.name(), "after", name));
        return reference.office(code).orElseThrow();
    }

    public List<Agency> agencies() {
        return jdbc.sql("SELECT code, name, region_code, ppk_title FROM agency ORDER BY code")
                .query((rs, n) -> new Agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** A central ministry or agency ({@code PUSAT-<abbreviation>}); regional governments come with their region. */
    @Transactional
    public Agency createAgency(NewAgency body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.code() == null || !body.code().matches("PUSAT-[A-Z0-9]{2,30}")) {
            errors.add(FieldError.of("code", "reference.agency.code"));
        } else if (reference.agency(body.code()).isPresent()) {
            errors.add(FieldError.of("code", "reference.agency.codeTaken"));
        }
        collect(errors, () -> text("name", body.name(), 200, "reference.agencyName"));
        collect(errors, () -> text("ppkTitle", body.ppkTitle(), 120, "reference.ppkTitle"));
        if (body.regionCode() != null && !reference.regionExists(body.regionCode())) {
            errors.add(FieldError.of("regionCode", "reference.region.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Agency agency = new Agency(body.code(), body.name().trim(), body.regionCode(), body.ppkTitle().trim());
        insert(agency);
        changes.record("AGENCY_CREATED", agency.code(), describe(agency));
        return agency;
    }

    @Transactional
    public Agency changeAgency(String code, AgencyChange body) {
        Agency before = reference.agency(code).orElseThrow(() -> NotFoundException.of("reference.agency.notFound"));
        List<FieldError> errors = new ArrayList<>();
        String name = body.name() == null ? before.name() : collect(errors, () -> text("name", body.name(), 200, "reference.agencyName"));
        String ppkTitle = body.ppkTitle() == null ? before.ppkTitle()
                : collect(errors, () -> text("ppkTitle", body.ppkTitle(), 120, "reference.ppkTitle"));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE agency SET name = :n, ppk_title = :p WHERE code = :c").param("n", name).param("p", ppkTitle)
                .param("c", code).update();
        Agency after = reference.agency(code).orElseThrow();
        changes.record("AGENCY_CHANGED", code, Map.of("before", describe(before), "after", describe(after)));
        return after;
    }

    /**
     * A new province ({@code PP}), regency or city ({@code PP.RR}, in an existing province), with its Bawaslu office
     * (under the province office, or under RI) and its regional government {@code PEMDA-<code>}.
     */
    @Transactional
    public RegionCreated createRegion(NewRegion body) {
        List<FieldError> errors = new ArrayList<>();
        String level = body.level();
        if (level == null || !List.of("province", "regency", "city").contains(level)) {
            errors.add(FieldError.of("level", "reference.region.level"));
            level = null;
        }
        String code = body.code();
        if (code == null || !code.matches(level == null ? "\\d{2}(\\.\\d{2})?" : level.equals("province") ? "\\d{2}" : "\\d{2}\\.\\d{2}")) {
            errors.add(FieldError.of("code", "reference.region.code"));
        } else if (reference.regionExists(code)) {
            errors.add(FieldError.of("code", "reference.region.exists"));
        } else if (code.length() == 5 && !reference.provinceCodes().contains(code.substring(0, 2))) {
            errors.add(FieldError.of("code", "reference.region.noProvince", code.substring(0, 2)));
        }
        String name = collect(errors, () -> text("name", body.name(), 120, "reference.regionName"));
        if (name != null && level != null && !level.equals("province")) {
            String prefix = level.equals("regency") ? "Kabupaten " : "Kota ";
            if (!name.startsWith(prefix)) {
                errors.add(FieldError.of("name", level.equals("regency") ? "reference.region.regencyName" : "reference.region.cityName"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String province = code.substring(0, 2);
        jdbc.sql("INSERT INTO region (code, level, name, province_code) VALUES (:c, :l, :n, :p)")
                .param("c", code).param("l", level).param("n", name).param("p", province).update();
        boolean isProvince = level.equals("province");
        String bare = isProvince ? name : name.substring(name.indexOf(' ') + 1);
        Office office = new Office(code, isProvince ? "PROV" : level.equals("regency") ? "KAB" : "KOTA",
                "Bawaslu " + (isProvince ? "Provinsi " : "") + name, code, isProvince ? "RI" : province);
        jdbc.sql("INSERT INTO office (code, level, name, region_code, parent_code) VALUES (:c, :l, :n, :r, :p)")
                .param("c", office.code()).param("l", office.level()).param("n", office.name())
                .param("r", office.regionCode()).param("p", office.parentCode()).update();
        Agency agency = new Agency("PEMDA-" + code, "Pemerintah " + (isProvince ? "Provinsi " : "") + name, code,
                (isProvince ? "Gubernur " : level.equals("regency") ? "Bupati " : "Wali Kota ") + bare);
        insert(agency);
        RegionCreated created = new RegionCreated(code, level, name, office, agency);
        changes.record("REGION_CREATED", code, Map.of("level", level, "name", name, "office", office.name(), "agency", agency.code()));
        return created;
    }

    private void insert(Agency agency) {
        jdbc.sql("INSERT INTO agency (code, name, region_code, ppk_title) VALUES (:c, :n, :r, :p)")
                .param("c", agency.code()).param("n", agency.name()).param("r", agency.regionCode())
                .param("p", agency.ppkTitle()).update();
    }

    /** A required one-line text of at most {@code max} characters; {@code what} is its name's code in the catalogue. */
    private static String text(String field, String value, int max, String what) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw InvalidInputException.of(FieldError.of(field, "reference.text", Messages.part(what), String.valueOf(max)));
        }
        String problem = id.netra.platform.TextRules.problem(value, false);
        if (problem != null) {
            throw InvalidInputException.of(FieldError.of(field, problem));
        }
        return value.strip();
    }

    /** Runs a check that throws for one field, adding its error to the others instead. */
    private static String collect(List<FieldError> errors, java.util.function.Supplier<String> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static Map<String, Object> describe(Agency a) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", a.name());
        d.put("regionCode", a.regionCode());
        d.put("ppkTitle", a.ppkTitle());
        return d;
    }

}
