package id.netra.statistics;

import id.netra.platform.PageFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public statistics page ({@value #PATH}, no account): one election at a time, the nation's and each province's
 * figures with small cells withheld ({@link PublicFigures}), and the same table as CSV or Excel.
 */
@Controller
class PublicStatisticsPage {

    static final String PATH = "/statistik-publik";

    private final PublicFigures figures;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    PublicStatisticsPage(PublicFigures figures, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.json = json;
        this.figures = figures;
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "pemilihan", required = false) String chosen, Model model, HttpServletResponse response,
                Locale locale) {
        List<PublicFigures.Election> elections = figures.elections();
        Optional<PublicFigures.Election> election = pick(elections, chosen);
        if (chosen != null && !chosen.isBlank() && election.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("elections", elections);
        model.addAttribute("election", election.orElse(null));
        model.addAttribute("unknownElection", chosen != null && !chosen.isBlank() && election.isEmpty());
        model.addAttribute("sheet", election.map(e -> figures.sheet(e, locale)).orElse(null));
        model.addAttribute("nation", election.map(e -> figures.nation(e, locale)).orElse(null));
        model.addAttribute("threshold", figures.threshold());
        model.addAttribute("fmt", new PageFormat(locale, ZoneId.of("Asia/Jakarta")));
        model.addAttribute("numbers", new StatisticsPage.Numbers(locale, suppressed(locale)));
        return "public/statistics";
    }

    @GetMapping(PATH + "/unduh")
    ResponseEntity<byte[]> download(@RequestParam(name = "pemilihan", required = false) String chosen,
                                    @RequestParam(required = false) String format, Locale locale) {
        String as = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("csv", "xlsx").contains(as)) {
            return StatisticsPage.problem(json, id.netra.platform.ProblemHandler.invalid(List.of(
                    id.netra.platform.FieldError.of("format", "statistics.format"))));
        }
        Optional<PublicFigures.Election> election = pick(figures.elections(), chosen);
        if (election.isEmpty()) {
            // No such election with figures: not found, the field named.
            org.springframework.http.ProblemDetail problem = id.netra.platform.ProblemHandler.problem(org.springframework.http.HttpStatus.NOT_FOUND,
                    id.netra.platform.Messages.in(locale, "problem.notFound.title"), id.netra.platform.Messages.in(locale, "statistics.public.unknown"));
            problem.setProperty("errors", List.of(id.netra.platform.FieldError.of("pemilihan", "statistics.public.unknown").in(locale)));
            return StatisticsPage.problem(json, problem);
        }
        return StatisticsPage.file(figures.sheet(election.get(), locale), as, locale, suppressed(locale),
                id.netra.platform.Messages.in(locale, "statistics.public.withheldNote", figures.threshold()));
    }

    private String suppressed(Locale locale) {
        return id.netra.platform.Messages.in(locale, "statistics.public.withheld");
    }

    /** The election asked for (TYPE-YEAR, any case), else the latest when none was asked for. */
    private static Optional<PublicFigures.Election> pick(List<PublicFigures.Election> elections, String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return elections.stream().findFirst();
        }
        String wanted = chosen.strip().toUpperCase(Locale.ROOT);
        return elections.stream().filter(e -> e.code().equals(wanted)).findFirst();
    }
}
