package id.netra.reference;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Administrators rename offices, add and change agencies and add regions; the rules are
 * {@link ReferenceAdministration}'s, shared with the pages.
 */
@RestController
@RequestMapping("/api/v1/admin")
public class ReferenceAdminController {

    private final ReferenceAdministration reference;

    public ReferenceAdminController(ReferenceAdministration reference) {
        this.reference = reference;
    }

    @GetMapping("/offices")
    public List<Office> offices() {
        return reference.offices();
    }

    @PatchMapping("/offices/{code}")
    public Office renameOffice(@PathVariable String code, @RequestBody ReferenceAdministration.OfficeChange body) {
        return reference.renameOffice(code, body);
    }

    @GetMapping("/agencies")
    public List<Agency> agencies() {
        return reference.agencies();
    }

    /** A central ministry or agency ({@code PUSAT-<abbreviation>}); regional governments come with their region. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/agencies")
    public ResponseEntity<Agency> createAgency(@RequestBody ReferenceAdministration.NewAgency body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reference.createAgency(body));
    }

    @PatchMapping("/agencies/{code}")
    public Agency changeAgency(@PathVariable String code, @RequestBody ReferenceAdministration.AgencyChange body) {
        return reference.changeAgency(code, body);
    }

    /**
     * A new province ({@code PP}), regency or city ({@code PP.RR}, in an existing province), with its Bawaslu office
     * (under the province office, or under RI) and its regional government {@code PEMDA-<code>}.
     */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/regions")
    public ResponseEntity<ReferenceAdministration.RegionCreated> createRegion(@RequestBody ReferenceAdministration.NewRegion body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reference.createRegion(body));
    }
}
