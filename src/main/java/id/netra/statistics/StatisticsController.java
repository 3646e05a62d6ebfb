package id.netra.statistics;

import id.netra.access.CurrentUser;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The statistics as JSON, over the caller's scope ({@link PersonFigures}, {@link CaseFigures}). */
@RestController
public class StatisticsController {

    private final PersonFigures persons;
    private final CaseFigures cases;

    StatisticsController(PersonFigures persons, CaseFigures cases) {
        this.persons = persons;
        this.cases = cases;
    }

    @GetMapping("/api/v1/statistics/persons")
    public PersonFigures.PersonTable persons(@Parameter(description = "The rows: one per value of this (case-insensitive; none: the total alone)",
                                                     schema = @Schema(allowableValues = {"none", "position", "province", "regency", "agency",
                                                             "bkn_office", "month", "violation", "sanction"}))
                                             @RequestParam(required = false) String by,
                                       @Parameter(schema = @Schema(allowableValues = {"PEMILU", "PILKADA"}))
                                       @RequestParam(required = false) String electionType,
                                       @RequestParam(required = false) String year,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String region) {
        return persons.table(CurrentUser.get(), by, electionType, year, from, to, region);
    }

    @GetMapping("/api/v1/statistics/cases")
    public CaseFigures.CaseTable cases(@Parameter(description = "The rows: one per value of this (case-insensitive)",
                                               schema = @Schema(allowableValues = {"status", "province", "regency", "month"}))
                                       @RequestParam(required = false) String by,
                                       @Parameter(schema = @Schema(allowableValues = {"PEMILU", "PILKADA"}))
                                       @RequestParam(required = false) String electionType,
                                       @RequestParam(required = false) String year,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String region) {
        return cases.cases(CurrentUser.get(), by, electionType, year, from, to, region);
    }

    @GetMapping("/api/v1/statistics/stages")
    public CaseFigures.StageTable stages(@RequestParam(required = false) String electionType,
                                         @RequestParam(required = false) String year,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String region) {
        return cases.stages(CurrentUser.get(), electionType, year, from, to, region);
    }
}
