package id.netra.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.access.CurrentUser;
import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.deadline.BusinessCalendar;
import id.netra.platform.Messages;
import id.netra.platform.NotFoundException;
import id.netra.platform.PageFormat;
import id.netra.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The case page: the same detail the API answers ({@link CaseQueries#detail}: who sees what, the reporter's identity
 * and other PPKs' persons kept out), laid out for reading and printing — decisions, deadlines counting down while their
 * step runs, every day and time in the rules' zone and the reader's language, every code by its label — and, for the
 * handling office and administrators, the case's audit trail ({@link CaseAuditTrail}, the API's rule). Outside the
 * user's scope: a 404 page; an administrator, who reads no case, reads its audit trail alone.
 */
@Controller
@id.netra.platform.WebPage
public class CasePage {

    /**
     * A deadline as the page shows it: counting down while its step runs ({@code urgency} as the inbox's), else kept;
     * with its basis (the rule it was counted by) in the reader's language, null where none was kept.
     */
    public record DeadlineRow(DeadlineKind kind, String startsOn, String dueOn, boolean running, long daysLeft, String urgency,
                              String basis) {
    }

    /** A recorded decision: its task, outcome, who and when, whose track, and its words (notes, reason, what was missing). */
    public record DecisionRow(String taskKey, String outcome, String by, String at, String person, String note) {
    }

    /**
     * A row of the audit trail: the task, person, number and view it names, where it names them, a completion's
     * outcome (approved or rejected, the conclusion...) and a hand-over's from whom to whom, in the reader's language.
     */
    public record AuditRow(String at, String actor, String action, String task, String person, String number, String view,
                           String outcome, String handOver, String client) {
    }

    private final CaseQueries queries;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final CaseAuditTrail auditTrail;
    private final BusinessCalendar calendar;
    private final ReferenceData reference;
    private final CasePersons persons;
    private final UndecidableChecks undecidable;
    private final RelatedCasesProperties related;

    public CasePage(CaseQueries queries, ObjectMapper json, ApplicationEventPublisher events, CaseAuditTrail auditTrail,
                    BusinessCalendar calendar, ReferenceData reference, CasePersons persons, UndecidableChecks undecidable,
                    RelatedCasesProperties related) {
        this.related = related;
        this.persons = persons;
        this.undecidable = undecidable;
        this.queries = queries;
        this.json = json;
        this.events = events;
        this.auditTrail = auditTrail;
        this.calendar = calendar;
        this.reference = reference;
    }

    /**
     * The agencies a case detail names by code, by their names: each person's agency and the PPK each recommendation is
     * addressed to (from the reference data when it is not a person's agency), for the pages that lay the detail out.
     */
    public static Map<String, String> agencyNames(JsonNode detail, ReferenceData reference) {
        Map<String, String> agencyNames = new LinkedHashMap<>();
        for (JsonNode p : detail.path("reportedPersons")) {
            agencyNames.put(p.path("agencyCode").asText(), p.path("agencyName").asText());
        }
        for (JsonNode p : detail.path("reportedPersons")) {
            // The PPK a recommendation is addressed to, and the authority an examination chose before it is issued.
            for (JsonNode code : List.of(p.path("recommendation").path("addressedTo"), p.path("examination").path("authority"))) {
                String addressedTo = code.isTextual() ? code.asText() : null;
                if (addressedTo != null && !agencyNames.containsKey(addressedTo)) {
                    agencyNames.put(addressedTo, reference.agency(addressedTo).map(a -> a.name()).orElse(addressedTo));
                }
            }
        }
        return agencyNames;
    }

    /** How many of the audit trail's newest rows the case page shows. */
    static final int AUDIT_ROWS_SHOWN = 20;

    /** How many rows a page of the whole audit trail shows. */
    static final int AUDIT_PAGE_ROWS = 200;

    /** Which rows of the whole trail a page shows: page {@code page} of {@code pages}, rows {@code first}–{@code last} of all. */
    public record AuditSpan(int page, int pages, long first, long last, long total) {
    }

    /**
     * A case's whole audit trail, {@value #AUDIT_PAGE_ROWS} rows a page newest first ({@code ?halaman=N}; every read of
     * the case is a row, so a busy case's trail runs to thousands and each must stay reachable), for whom the API lets
     * read it: the handling office, with the reported persons' names, and administrators, with their places in the report.
     */
    @GetMapping("/perkara/{id}/jejak-audit")
    public String audit(@PathVariable String id, @RequestParam(name = "halaman", required = false) String halaman, Model model,
                        HttpServletResponse response, Locale locale) {
        NetraUser me = CurrentUser.get();
        model.addAttribute("me", me);
        model.addAttribute("fmt", new PageFormat(locale, calendar.zone()));
        UUID caseId = caseId(id);
        if (caseId == null || !auditPage(me, caseId, pageNumber(halaman), model, locale)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "officer/not-found";
        }
        return "officer/case-audit";
    }

    /** A page number from the address: anything but a positive number is the first page; past the last, the last. */
    static int pageNumber(String halaman) {
        try {
            return halaman == null ? 1 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, Long.parseLong(halaman.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A case id from the address; null when it is none. */
    private static UUID caseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A page of the whole audit trail into the model when this user may read it (past the last page: the last): the
     * persons by name for the handling office, by their place in the report for an administrator (who the reported
     * persons are is the case's content).
     */
    private boolean auditPage(NetraUser me, UUID caseId, int requested, Model model, Locale locale) {
        int page = requested;
        Optional<CaseAuditTrail.Rows> trail = auditTrail.readableBy(me, caseId, offset(page), AUDIT_PAGE_ROWS);
        if (trail.isEmpty()) {
            return false;
        }
        int pages = (int) Math.max(1, (trail.get().total() + AUDIT_PAGE_ROWS - 1) / AUDIT_PAGE_ROWS);
        if (page > pages) {
            page = pages;
            trail = auditTrail.readableBy(me, caseId, offset(page), AUDIT_PAGE_ROWS);
            if (trail.isEmpty()) {
                return false;
            }
        }
        List<CaseAuditTrail.Entry> rows = trail.get().rows();
        boolean admin = me.role() == Role.ADMIN;
        Map<String, String> names = new LinkedHashMap<>();
        persons.of(caseId).forEach(p -> names.put(p.id().toString(),
                admin ? Messages.in(locale, "case.audit.person", p.ordinal()) : p.name()));
        model.addAttribute("caseId", caseId);
        model.addAttribute("adminOnly", admin);
        model.addAttribute("audit", auditRows(rows, names, locale));
        model.addAttribute("auditSpan", new AuditSpan(page, pages, rows.isEmpty() ? 0 : offset(page) + 1L,
                offset(page) + (long) rows.size(), trail.get().total()));
        return true;
    }

    /** The rows before a page of the whole trail. */
    private static int offset(int page) {
        return (int) Math.min(Integer.MAX_VALUE, (page - 1L) * AUDIT_PAGE_ROWS);
    }

    @GetMapping("/perkara/{id}")
    public String show(@PathVariable String id, Model model, HttpServletResponse response, Locale locale) {
        NetraUser me = CurrentUser.get();
        model.addAttribute("me", me);
        PageFormat fmt = new PageFormat(locale, calendar.zone());
        model.addAttribute("fmt", fmt);
        UUID caseId = caseId(id);
        if (caseId == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "officer/not-found";
        }
        JsonNode detail;
        try {
            detail = queries.detail(me, caseId);
        } catch (NotFoundException e) {
            // Administrators read no case, but read its audit trail, as through the API.
            if (auditPage(me, caseId, 1, model, locale)) {
                return "officer/case-audit";
            }
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "officer/not-found";
        }
        // A read of a case is audited, as the API's.
        events.publishEvent(new CaseEvent(me.username(), CaseEvent.READ, caseId, Map.of("view", detail.path("view").asText())));
        @SuppressWarnings("unchecked")
        Map<String, Object> c = json.convertValue(detail, Map.class);
        model.addAttribute("c", c);
        // Each letter's document (PDF) when it has one, by its kind and number: a link in the letters' table.
        Map<String, String> letterDocuments = new LinkedHashMap<>();
        detail.path("letterDocuments").forEach(d -> letterDocuments.put(d.path("kind").asText() + "|" + d.path("number").asText(),
                d.path("href").asText()));
        model.addAttribute("letterDocuments", letterDocuments);
        model.addAttribute("relatedWithinDays", related.closedWithin().toDays());
        // A check only its author could decide waits for nobody: said with what to do, not left to be found out.
        model.addAttribute("undecidable", undecidable.of(me, caseId));

        Map<String, String> personNames = new LinkedHashMap<>();
        Map<String, List<DeadlineRow>> trackDeadlines = new LinkedHashMap<>();
        for (JsonNode p : detail.path("reportedPersons")) {
            personNames.put(p.path("id").asText(), p.path("name").asText());
            JsonNode track = p.path("track");
            if (track.isObject()) {
                TrackStatus status = TrackStatus.valueOf(track.path("status").asText());
                trackDeadlines.put(p.path("id").asText(), deadlines(track.path("deadlines"), k -> true, k -> k.runsWhile(status), fmt));
            }
        }
        Map<String, String> agencyNames = agencyNames(detail, reference);
        CaseStatus status = CaseStatus.valueOf(detail.path("status").asText());
        // The case's own clocks; a track's are shown with its person (the first person's are also at the top level,
        // for the first release's readers).
        model.addAttribute("deadlines", deadlines(detail.path("deadlines"), k -> !k.perTrack(), k -> k.runsWhile(status), fmt));
        model.addAttribute("trackDeadlines", trackDeadlines);
        model.addAttribute("personNames", personNames);
        model.addAttribute("agencyNames", agencyNames);
        // The handling office may extend the assessment's deadline once, while the assessment runs (SPEC §3).
        model.addAttribute("mayExtend", "HANDLING".equals(detail.path("view").asText())
                && java.util.Set.of("REGISTERED", "UNDER_ASSESSMENT", "AWAITING_PLENARY").contains(detail.path("status").asText(""))
                && !detail.path("assessment").path("extended").asBoolean(false));
        // The examining agency may send a recommendation on to the PPK of the agency its person moved to: chosen by name.
        boolean mayReaddress = me.role().isExaminingAgency();
        model.addAttribute("mayReaddress", mayReaddress);
        model.addAttribute("mayCloseMoot", mayReaddress);
        model.addAttribute("agencies", mayReaddress ? reference.agencies() : List.of());

        List<DecisionRow> decisions = new ArrayList<>();
        for (JsonNode d : detail.path("decisions")) {
            String personId = d.path("personId").asText(null);
            decisions.add(new DecisionRow(d.path("taskKey").asText(), d.path("outcome").asText(), d.path("decidedBy").asText(),
                    d.path("decidedAt").asText(), personId == null ? null : personNames.get(personId),
                    note(d.path("taskKey").asText(), d.path("payload"), locale)));
        }
        model.addAttribute("decisions", decisions);
        // The newest rows of the trail (every read of the case is one: a busy case's trail runs to hundreds); the whole
        // trail on its own page.
        Optional<CaseAuditTrail.Rows> newest = auditTrail.readableBy(me, caseId, 0, AUDIT_ROWS_SHOWN);
        model.addAttribute("audit", newest.map(t -> auditRows(t.rows(), personNames, locale)).orElse(null));
        model.addAttribute("auditTotal", newest.map(CaseAuditTrail.Rows::total).orElse(0L));
        model.addAttribute("auditMore", newest.map(t -> t.total() > t.rows().size()).orElse(false));
        return "officer/case";
    }

    private static List<DeadlineRow> deadlines(JsonNode list, Predicate<DeadlineKind> shown, Predicate<DeadlineKind> running,
                                               PageFormat fmt) {
        List<DeadlineRow> rows = new ArrayList<>();
        for (JsonNode d : list) {
            DeadlineKind kind = DeadlineKind.valueOf(d.path("kind").asText());
            if (!shown.test(kind)) {
                continue;
            }
            boolean runs = running.test(kind);
            long left = fmt.daysUntil(d.path("dueOn").asText());
            rows.add(new DeadlineRow(kind, d.path("startsOn").asText(null), d.path("dueOn").asText(), runs, left,
                    runs ? PageFormat.urgency(left) : "none", d.path("rule").asText(null)));
        }
        return rows;
    }

    private static List<AuditRow> auditRows(List<CaseAuditTrail.Entry> trail, Map<String, String> personNames, Locale locale) {
        return trail.stream().map(e -> {
            JsonNode d = e.detail();
            String personId = d == null ? null : d.path("personId").asText(null);
            List<String> outcomes = e.outcomes().stream()
                    .map(code -> java.util.Objects.requireNonNullElse(Messages.orNull(locale, "case.outcome." + code), code)).toList();
            return new AuditRow(e.at().toString(), e.actor(), e.action(), d == null ? null : d.path("taskKey").asText(null),
                    personId == null ? null : personNames.get(personId),
                    d == null ? null : firstText(d, "registerNumber", "letterNumber", "recommendationNumber"),
                    d == null ? null : d.path("view").asText(null), outcomes.isEmpty() ? null : String.join(", ", outcomes),
                    handOver(e, locale), e.client());
        }).toList();
    }

    /**
     * A task handed over ({@code TASK_REASSIGNED}): from whom (nobody, when no one had claimed it) to whom, as recorded;
     * null for any other row.
     */
    private static String handOver(CaseAuditTrail.Entry e, Locale locale) {
        JsonNode d = e.detail();
        if (!CaseEvent.TASK_REASSIGNED.equals(e.action()) || d == null || !d.path("to").isTextual()) {
            return null;
        }
        String from = d.path("from").asText(null);
        return from == null || from.isBlank() ? Messages.in(locale, "case.audit.handOver.unclaimed", d.path("to").asText())
                : Messages.in(locale, "case.audit.handOver", from, d.path("to").asText());
    }

    /**
     * A decision's words: its notes (or reason, or what was missing), after the record of the meeting that took it when
     * it was one (a plenary: its minutes, the commissioners present, a parallel forwarding to the Gakkumdu centre).
     */
    /** What a recorded decision says, as a page shows it beside the step: its words, and what the step recorded. */
    public static String note(String taskKey, JsonNode payload, Locale locale) {
        List<String> parts = new ArrayList<>();
        switch (taskKey) {
            // A person's track closed as moot: the reason's words and the day it took effect.
            case "trackMoot" -> parts.add(Messages.in(locale, "case.moot.record", Messages.in(locale,
                    "case.mootReason." + payload.path("reason").asText()), day(payload.path("effectiveOn").asText(), locale)));
            // A request for clarification: to whom, by which letter, what is asked.
            case "clarificationRequest" -> parts.add(Messages.in(locale, "case.clarification.record", Messages.in(locale,
                    "case.clarificationAddressee." + payload.path("addressee").asText()), payload.path("letterNumber").asText()));
            default -> { }
        }
        String said = firstText(payload, "questions", "answer", "objection");
        if (said != null) {
            parts.add(said);
        }
        String answerLetter = firstText(payload, "answerLetterNumber", "warningLetterNumber", "blockLetterNumber", "escalationLetterNumber");
        if (answerLetter != null) {
            parts.add(Messages.in(locale, "case.letter.numbered", answerLetter));
        }
        String words = firstText(payload, "notes", "trackMoot".equals(taskKey) ? "-" : "reason", "missingItems");
        if (!parts.isEmpty()) {
            if (words != null) {
                parts.add(words);
            }
            return String.join(" ", parts);
        }
        String minutes = firstText(payload, "minutesNumber");
        if (minutes == null) {
            return words;
        }
        List<String> present = new ArrayList<>();
        payload.path("commissionersPresent").forEach(c -> present.add(c.path("name").asText()));
        StringBuilder sb = new StringBuilder(Messages.in(locale, "case.plenary.record", minutes, String.join(", ", present)));
        if (payload.path("gakkumduForwarded").asBoolean(false)) {
            sb.append(' ').append(Messages.in(locale, "case.plenary.gakkumdu", payload.path("gakkumduLetterNumber").asText("")));
        }
        if (words != null) {
            sb.append(' ').append(words);
        }
        return sb.toString();
    }

    /** An ISO day as people write it in {@code locale} ("5 Januari 2027"); as it is when it is none. */
    private static String day(String iso, Locale locale) {
        try {
            return java.time.LocalDate.parse(iso).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", locale));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.path(f);
            if (v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }
}
