package id.netra.deadline;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Administrators maintain the holiday table (national holidays, cuti bersama), one by one or by CSV import; the rules
 * are {@link HolidayAdministration}'s, shared with the pages.
 */
@RestController
@RequestMapping("/api/v1/admin/holidays")
public class HolidayAdminController {

    public record HolidayName(String name) {
    }

    private final HolidayAdministration holidays;

    public HolidayAdminController(HolidayAdministration holidays) {
        this.holidays = holidays;
    }

    @GetMapping
    public List<HolidayAdministration.Holiday> list(@RequestParam(required = false) Integer year) {
        return holidays.list(year);
    }

    @PutMapping("/{day}")
    public HolidayAdministration.Holiday put(@PathVariable String day, @RequestBody HolidayName body) {
        return holidays.put(day, body.name());
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "Done, nothing to answer", useReturnTypeSchema = true)
    @DeleteMapping("/{day}")
    public ResponseEntity<Void> delete(@PathVariable String day) {
        holidays.delete(day);
        return ResponseEntity.noContent().build();
    }

    /** CSV with a header line {@code date,name}; every line is checked before any is written. */
    @PostMapping(value = "/import", consumes = "text/csv")
    public HolidayAdministration.ImportResult importCsv(@RequestBody String csv) {
        return holidays.importCsv(csv);
    }
}
