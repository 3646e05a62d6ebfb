package id.netra.deadline;

import id.netra.access.CurrentUser;
import id.netra.platform.InvalidInputException;
import id.netra.platform.NotFoundException;
import id.netra.platform.PageNotice;
import id.netra.platform.TextProblems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The holidays' page ({@code /admin/hari-libur?tahun=}): a year's holidays with a year to choose, a day added or
 * renamed, a day deleted, and a CSV file imported with a multipart form — refused whole, each bad line named, as the
 * API's import. {@link HolidayAdministration} decides, as for the API.
 */
@Controller
@id.netra.platform.WebPage
@id.netra.platform.OneLineForm
@RequestMapping("/admin/hari-libur")
public class HolidayPages {

    private final HolidayAdministration holidays;
    private final RulesProperties rules;
    private final MessageSource messages;
    private final long maxBytes;

    public HolidayPages(HolidayAdministration holidays, RulesProperties rules, MessageSource messages,
                        @Value("${netra.limits.max-upload-bytes}") long maxBytes) {
        this.holidays = holidays;
        this.rules = rules;
        this.messages = messages;
        this.maxBytes = maxBytes;
    }

    @GetMapping
    public String list(@RequestParam(defaultValue = "") String tahun, Model model) {
        return page(year(tahun), Map.of(), Map.of(), List.of(), null, model);
    }

    @PostMapping
    public String put(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String name,
                      @RequestParam(defaultValue = "") String tahun, TextProblems problems, Locale locale, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            // Characters taken out of a field: next to it, nothing saved until the form comes again.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(year(tahun), Map.of("day", day, "name", name), problems.byField(locale), List.of(), null, model);
        }
        try {
            HolidayAdministration.Holiday saved = holidays.put(day, name);
            return PageNotice.redirect(redirect, "/admin/hari-libur?tahun=" + saved.day().getYear(), "admin.holidays.saved",
                    said(saved.day(), locale));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(year(tahun), Map.of("day", day, "name", name), e.byField(), List.of(), null, model);
        }
    }

    /**
     * Deletes a day once confirmed: the first press shows the day, its name and what deleting it changes, with the
     * button that deletes it ({@code confirm=ya}) and a way back.
     */
    @PostMapping("/hapus")
    public String delete(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String tahun,
                         @RequestParam(defaultValue = "") String confirm,
                         Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!confirm.equals("ya")) {
                HolidayAdministration.Holiday h = holidays.get(day);
                model.addAttribute("confirm", h);
                return page(h.day().getYear(), Map.of(), Map.of(), List.of(), null, model);
            }
            LocalDate deleted = holidays.get(day).day();
            holidays.delete(day);
            return PageNotice.redirect(redirect, "/admin/hari-libur?tahun=" + year(tahun), "admin.holidays.deleted",
                    said(deleted, locale));
        } catch (InvalidInputException | NotFoundException e) {
            response.setStatus(e instanceof NotFoundException ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
            String problem = e instanceof NotFoundException notFound ? notFound.message(locale)
                    : ((InvalidInputException) e).errors().get(0).in(locale).message();
            return page(year(tahun), Map.of(), Map.of(), List.of(), problem, model);
        }
    }

    /** A CSV file ({@code date,name}), imported whole or not at all. */
    @PostMapping("/impor")
    public String importCsv(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String tahun,
                            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        int year = year(tahun);
        String refusal = null;
        List<String> lineErrors = new ArrayList<>();
        if (file == null || file.isEmpty()) {
            refusal = messages.getMessage("admin.error.noFile", null, locale);
        } else if (file.getSize() > maxBytes) {
            refusal = tooBig(locale);
        } else {
            try {
                String csv = utf8(file.getBytes());
                HolidayAdministration.ImportResult imported = holidays.importCsv(csv);
                // The year the file was about (the first of its years), not the one the page happened to show.
                int shown = imported.years().isEmpty() ? year : imported.years().first();
                return PageNotice.redirect(redirect, "/admin/hari-libur?tahun=" + shown, "admin.holidays.imported",
                        imported.imported());
            } catch (CharacterCodingException e) {
                refusal = messages.getMessage("admin.error.notText", null, locale);
            } catch (InvalidInputException e) {
                // Each bad line, in the file's order, numbered as the API names them ("line 3").
                e.errors().forEach(f -> lineErrors.add(messages.getMessage("admin.holidays.line",
                        new Object[]{f.field().replaceFirst("^line ", ""), f.in(locale).message()}, locale)));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(year, Map.of(), Map.of(), refusal == null ? lineErrors : List.of(refusal), null, model);
    }

    /** The import's address opened as a page (typed, or a bookmark): the holidays' page. */
    @GetMapping("/impor")
    public String importRefused() {
        return "redirect:/admin/hari-libur";
    }

    /** Fewer days than this in a year: its joint decree's movable holidays and cuti bersama are not yet entered. */
    static final int FEW_HOLIDAYS = 10;

    /** The page of a year's holidays; {@code errors} are the add form's, {@code importErrors} the file's. */
    private String page(int year, Map<String, String> form, Map<String, String> errors, List<String> importErrors, String problem,
                        Model model) {
        model.addAttribute("me", CurrentUser.get());
        List<HolidayAdministration.Holiday> all = holidays.list(null);
        TreeSet<Integer> years = new TreeSet<>();
        int now = id.netra.platform.Today.date().getYear();
        for (int y = now - 1; y <= now + 2; y++) {
            years.add(y);
        }
        all.forEach(h -> years.add(h.day().getYear()));
        years.add(year);
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("holidays", all.stream().filter(h -> h.day().getYear() == year).toList());
        // This year and the next, while they hold fewer days than a year's decree sets (the fixed-date five alone, say):
        // the deadlines running into them count the movable holidays and cuti bersama as working days until added.
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        for (int y = now; y <= now + 1; y++) {
            int of = y;
            long n = all.stream().filter(h -> h.day().getYear() == of).count();
            if (n < FEW_HOLIDAYS) {
                counts.put(y, n);
            }
        }
        model.addAttribute("incompleteYears", counts);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("importErrors", importErrors);
        model.addAttribute("problem", problem);
        return "admin/holidays";
    }

    /** A day as the page's table shows it, in the reader's language ("3 Maret 2097"), never as ISO text. */
    private static String said(LocalDate day, Locale locale) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }

    /** The year asked for, or this year when it is not one a calendar of Netra's reaches. */
    private int year(String typed) {
        if (typed.matches("[0-9]{4}")) {
            int y = Integer.parseInt(typed);
            if (y >= HolidayAdministration.MIN_YEAR && y <= HolidayAdministration.MAX_YEAR) {
                return y;
            }
        }
        return id.netra.platform.Today.date().getYear();
    }

    private String tooBig(Locale locale) {
        return messages.getMessage("admin.error.tooBig", new Object[]{maxBytes / 1024}, locale);
    }

    /** The file's text: UTF-8 only (a byte-order mark, as spreadsheets write it, left out). */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
