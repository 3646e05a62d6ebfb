package id.netra.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netra.access.CurrentUser;
import id.netra.access.KeptForm;
import id.netra.access.NetraUser;
import id.netra.casefile.CasePage;
import id.netra.platform.ConflictException;
import id.netra.platform.ForbiddenException;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Messages;
import id.netra.platform.NotFoundException;
import id.netra.platform.TextProblems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's page: its form rendered from the same declaration the API serves ({@link FormField}s: types, options,
 * limits, required-when), the case summary beside it, the four-eyes rule said before the user tries; posted, the
 * fields become the API's JSON body and {@link TaskActions} decides, each error shown next to its field.
 */
@Controller
@id.netra.platform.WebPage
public class TaskPage {

    private final TaskActions actions;
    private final ObjectMapper json;
    private final id.netra.deadline.BusinessCalendar calendar;
    private final id.netra.reference.ReferenceData reference;
    private final id.netra.reference.SanctionCatalogue sanctions;
    private final id.netra.casefile.RelatedCasesProperties related;

    public TaskPage(TaskActions actions, ObjectMapper json, id.netra.deadline.BusinessCalendar calendar,
                    id.netra.reference.ReferenceData reference, id.netra.reference.SanctionCatalogue sanctions,
                    id.netra.casefile.RelatedCasesProperties related) {
        this.related = related;
        this.reference = reference;
        this.sanctions = sanctions;
        this.actions = actions;
        this.json = json;
        this.calendar = calendar;
    }

    @GetMapping("/tugas/{id}")
    public String show(@PathVariable String id, Model model, jakarta.servlet.http.HttpServletRequest request,
                       HttpServletResponse response) {
        // Sent after the session ended, then signed in again: the form as it was typed, to be checked and sent again.
        var kept = KeptForm.take(request, CurrentUser.get().username());
        if (kept.isPresent()) {
            MultiValueMap<String, String> typed = new LinkedMultiValueMap<>(kept.get());
            model.addAttribute("kept", true);
            return render(id, typed, rows(typed), Map.of(), null, model, response);
        }
        // Nothing typed yet: a task sent back shows the answer it rejected, to be corrected rather than typed again.
        return render(id, null, Map.of(), Map.of(), null, model, response);
    }

    @PostMapping("/tugas/{id}")
    public String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, TextProblems problems,
                         Model model, HttpServletResponse response) {
        NetraUser me = CurrentUser.get();
        String action = params.getFirst("action") == null ? "complete" : params.getFirst("action");
        // The field the form was sent from (Enter in it; the page's script sends its id): the page that comes back without
        // an error puts the keyboard there again.
        String from = params.getFirst(FOCUS);
        model.addAttribute(FOCUS, from != null && FIELD_ID.matcher(from).matches() ? from : null);
        Map<String, Integer> rows = rows(params);
        // A one-line field's line breaks and separators made spaces, its invisible characters left out, as on the
        // public forms: given back as it can be sent again, the change said next to it.
        List<id.netra.platform.FieldError> oneLine = new java.util.ArrayList<>();
        try {
            params = oneLine(actions.get(me, id).fields(), params, oneLine);
        } catch (NotFoundException | ConflictException | ForbiddenException e) {
            // no form to give back: the page says why below
        }
        if (!problems.isEmpty() || !oneLine.isEmpty()) {
            // Characters taken out of a field: the page as typed with the error next to it, nothing claimed or decided.
            java.util.Locale locale = Messages.currentLocale();
            Map<String, String> errors = new LinkedHashMap<>(problems.byField(locale));
            oneLine.forEach(e -> errors.putIfAbsent(e.field(), e.in(locale).message()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(id, params, rows, errors, null, model, response);
        }
        try {
            switch (action) {
                case "claim" -> actions.claim(me, id);
                case "unclaim" -> actions.unclaim(me, id);
                case "stay" -> {
                    // Enter pressed in a field: the page as typed, nothing decided.
                    return render(id, params, rows, Map.of(), null, model, response);
                }
                case "reassign" -> {
                    actions.reassign(me, id, params.getFirst("assignee"));
                    return "redirect:/tugas/" + id + "?dialihkan";
                }
                default -> {
                    if (action.startsWith("addRow:")) {
                        rows.merge(action.substring(7), 1, Integer::sum);
                        return render(id, params, rows, Map.of(), null, model, response);
                    }
                    if (!action.equals("complete")) {
                        // No button of this page: the page as typed, nothing decided.
                        return render(id, params, rows, Map.of(), null, model, response);
                    }
                    TaskActions.TaskDetail detail = actions.get(me, id);
                    actions.complete(me, id, body(detail.fields(), params, rows));
                    return "redirect:/kotak-masuk?selesai";
                }
            }
            return "redirect:/tugas/" + id;
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            // A page's words where the API's would not fit ("Pilih Ya atau Tidak", not "true atau false").
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.code() != null && Messages.orNull(locale, "page." + f.code()) != null
                    ? Messages.in(locale, "page." + f.code(), f.args()) : f.in(locale).message()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(id, params, rows, errors, null, model, response);
        } catch (ConflictException | ForbiddenException e) {
            response.setStatus(e instanceof ConflictException ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_FORBIDDEN);
            return render(id, params, rows, Map.of(), e.message(), model, response);
        }
    }

    /**
     * The posted values with each one-line text of the form ({@link FormField#line}: {@code multiline} false, a list's
     * item fields too) as it can be sent again ({@link TextProblems#oneLine}), each change in {@code problems}.
     */
    static MultiValueMap<String, String> oneLine(List<FormField> fields, MultiValueMap<String, String> params,
                                                 List<id.netra.platform.FieldError> problems) {
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
        params.forEach((name, values) -> {
            FormField f = declared(fields, name);
            out.put(name, f == null || !Boolean.FALSE.equals(f.multiline()) ? values
                    : values.stream().map(v -> TextProblems.oneLine(name, v, problems)).toList());
        });
        return out;
    }

    /** The field a posted name stands for: a field's own name, or a list's item field ({@code hearings[0].name}). */
    private static FormField declared(List<FormField> fields, String param) {
        java.util.regex.Matcher m = ITEM.matcher(param);
        for (FormField f : fields) {
            if (f.name().equals(param)) {
                return f;
            }
            if (f.items() != null && m.matches() && f.name().equals(m.group(1))) {
                return f.items().stream().filter(i -> i.name().equals(m.group(2))).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** The form's field naming the element the form was sent from. */
    static final String FOCUS = "focus";

    /** An element id of a task's form (a field's name with [ ] . made dashes). */
    private static final java.util.regex.Pattern FIELD_ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,100}");

    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("(\\w+)\\[\\d+]\\.(\\w+)");

    /** The row count of each list as the page posts it ({@code rows.<list>}), kept between 0 and 50. */
    static Map<String, Integer> rows(MultiValueMap<String, String> params) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("rows.")) {
                try {
                    rows.put(k.substring(5), Math.max(0, Math.min(50, Integer.parseInt(v.get(0)))));
                } catch (NumberFormatException e) {
                    // a row count that is not a number: the declared minimum
                }
            }
        });
        return rows;
    }

    /**
     * The page with {@code values} in its fields, as posted ({@code null}: nothing typed yet, so a task sent back shows
     * the answer its check rejected, {@link SentBack#answer}, mapped back to the page's fields by {@link #params}).
     */
    @SuppressWarnings("unchecked")
    private String render(String id, MultiValueMap<String, String> values, Map<String, Integer> rows, Map<String, String> errors,
                          String problem, Model model, HttpServletResponse response) {
        NetraUser me = CurrentUser.get();
        model.addAttribute("me", me);
        try {
            TaskActions.PageView view = actions.page(me, id);
            TaskActions.TaskDetail detail = view.detail();
            boolean typed = values != null && typedAny(detail.fields(), values);
            boolean prefilled = false;
            if (values == null) {
                JsonNode answer = view.sentBack().map(SentBack::answer).orElse(null);
                values = answer == null ? new LinkedMultiValueMap<>() : params(detail.fields(), answer);
                rows = rows(values);
                prefilled = !values.isEmpty();
                // What the form opens with beside that (the addressee of a person who moved, on a re-examination).
                for (Map.Entry<String, String> d : view.defaults().entrySet()) {
                    values.putIfAbsent(d.getKey(), new java.util.ArrayList<>(List.of(d.getValue())));
                }
            }
            model.addAttribute("prefilled", prefilled);
            // The case beside the form, and what is being decided: the case as this officer may read it (the assessment
            // before the plenary; the person's examination, recommendation and follow-up on a track's step).
            Map<String, Object> full = form(model, detail.task(), detail.fields(), detail.caseSummary(), values, rows, errors);
            model.addAttribute("d", full);
            Map<String, Object> person = detail.task().personId() == null ? null
                    : ((List<Map<String, Object>>) full.getOrDefault("reportedPersons", List.of())).stream()
                    .filter(p -> detail.task().personId().toString().equals(String.valueOf(p.get("id")))).findFirst().orElse(null);
            model.addAttribute("person", person);
            penalties(model, detail.fields(), person == null ? null : (String) person.get("employmentType"));
            id.netra.platform.PageFormat fmt = new id.netra.platform.PageFormat(
                    org.springframework.context.i18n.LocaleContextHolder.getLocale(), calendar.zone());
            model.addAttribute("fmt", fmt);
            // The other cases naming the same NIPs, beside the form as on the case page (the case's answer holds them).
            model.addAttribute("relatedWithinDays", related.closedWithin().toDays());
            model.addAttribute("due", due(detail.task(), detail.caseSummary(), fmt));
            // The PPK a recommendation is addressed to, by its name as on the case page.
            model.addAttribute("agencyNames", CasePage.agencyNames(detail.caseSummary(), reference));
            model.addAttribute("refusal", view.refusal().orElse(null));
            // The four-eyes rule with nobody else to check: said before the work is done, and on the check that waits.
            model.addAttribute("nobodyToCheck", view.nobodyToCheck().orElse(null));
            model.addAttribute("nobodyMayDecide", view.nobodyMayDecide());
            model.addAttribute("keptFromCheck", view.keptFromCheck().orElse(null));
            model.addAttribute("assignees", view.assignees());
            model.addAttribute("heldBy", view.heldBy().orElse(null));
            model.addAttribute("sentBack", view.sentBack().orElse(null));
            model.addAttribute("prompt", prompt(detail.task(), detail.caseSummary(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            // Typed, then refused because a colleague took the task meanwhile (or the four-eyes rule bars this user):
            // no form to complete, but what was typed is given back to be copied.
            model.addAttribute("typed", typed);
            List<Problem> problems = problems(detail.task().key(), detail.fields(), errors,
                    ((List<Map<String, Object>>) full.getOrDefault("reportedPersons", List.of())).stream()
                            .map(p -> String.valueOf(p.get("name"))).toList(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale());
            model.addAttribute("problems", problems);
            // The keyboard, as the page loads: on the summary of the errors, as on every form that has one (the public
            // report and status, the administration), each of its lines a link to its field; without errors, where the
            // form was sent from (autofocus: the page needs no script for it).
            if (!problems.isEmpty()) {
                model.addAttribute(FOCUS, null);
            }
            model.addAttribute("problem", problem);
            return "officer/task";
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "officer/not-found";
        } catch (ConflictException e) {
            // Back, reload or a second tab after the task was completed: said so, with the way back. A form posted to it
            // (a colleague completed the task while this officer typed) is given back read-only, so that nothing typed is
            // lost, with who completed it and the way to the case.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            java.util.Optional<TaskActions.Completed> done = values == null ? java.util.Optional.empty() : actions.completed(me, id);
            if (done.isPresent() && typedAny(done.get().fields(), values)) {
                TaskActions.Completed gone = done.get();
                form(model, gone.task(), gone.fields(), gone.caseSummary(), values, rows, Map.of());
                model.addAttribute("by", gone.by());
                model.addAttribute("at", gone.at());
                model.addAttribute("fmt", new id.netra.platform.PageFormat(org.springframework.context.i18n.LocaleContextHolder.getLocale(),
                        calendar.zone()));
                return "officer/task-gone";
            }
            model.addAttribute("message", e.message());
            return "officer/not-found";
        }
    }

    /**
     * A list of disciplinary penalties (every option a penalty of the catalogue) as the page offers it: only the person's
     * employment type's ({@code offered}, by field; a PNS is not offered a PPPK's penalty), each option marked with its
     * level ({@code optionOf}), and the field choosing the level it is narrowed by ({@code narrowedBy}: the last field
     * before it offering every level of its penalties), which the page's script narrows it to. The server still refuses
     * a penalty of another level or employment type, as a page without the script may send it.
     */
    void penalties(Model model, List<FormField> fields, String employmentType) {
        Map<String, java.util.Set<String>> offered = new LinkedHashMap<>();
        Map<String, String> optionOf = new LinkedHashMap<>();
        Map<String, String> narrowedBy = new LinkedHashMap<>();
        Map<String, id.netra.reference.SanctionCatalogue.Penalty> penalties = new LinkedHashMap<>();
        sanctions.penalties().forEach(p -> penalties.put(p.code(), p));
        for (int i = 0; i < fields.size(); i++) {
            FormField f = fields.get(i);
            if (f.options() == null || f.options().isEmpty()
                    || !f.options().stream().allMatch(o -> penalties.containsKey(o.value()))) {
                continue;
            }
            List<id.netra.reference.SanctionCatalogue.Penalty> of = f.options().stream().map(o -> penalties.get(o.value())).toList();
            offered.put(f.name(), of.stream().filter(p -> employmentType == null || p.employmentType().equals(employmentType))
                    .map(id.netra.reference.SanctionCatalogue.Penalty::code).collect(java.util.stream.Collectors.toSet()));
            // Every penalty's level, those the list does not offer too (one posted all the same is shown with it).
            penalties.values().forEach(p -> optionOf.put(p.code(), p.sanctionClass()));
            java.util.Set<String> levels = of.stream().map(id.netra.reference.SanctionCatalogue.Penalty::sanctionClass)
                    .collect(java.util.stream.Collectors.toSet());
            for (int j = i - 1; j >= 0; j--) {
                FormField level = fields.get(j);
                if (level.options() != null && level.items() == null
                        && level.options().stream().map(FormField.Option::value).toList().containsAll(levels)) {
                    narrowedBy.put(f.name(), level.name());
                    break;
                }
            }
        }
        model.addAttribute("offered", offered);
        model.addAttribute("optionOf", optionOf);
        model.addAttribute("narrowedBy", narrowedBy);
    }

    /**
     * A task's deadline as its page shows it: the due day, the days left (negative: overdue) and the inbox's urgency,
     * and its basis ({@code null} where the case keeps none for it) in the reader's language.
     */
    public record Due(java.time.Instant at, long daysLeft, String urgency, String basis) {
    }

    /**
     * The task's deadline, or null when it has none. Its basis is the case's deadline that set it: of the task's track
     * (its person's) or of the case, still running at this step, due the task's day.
     */
    static Due due(TaskView task, JsonNode caseSummary, id.netra.platform.PageFormat fmt) {
        if (task.due() == null) {
            return null;
        }
        long left = fmt.daysUntil(task.due());
        String day = task.due().atZone(fmt.zone()).toLocalDate().toString();
        JsonNode deadlines = caseSummary.path("deadlines");
        java.util.function.Predicate<id.netra.casefile.DeadlineKind> running;
        if (task.personId() != null) {
            JsonNode track = java.util.stream.StreamSupport.stream(caseSummary.path("reportedPersons").spliterator(), false)
                    .filter(p -> task.personId().toString().equals(p.path("id").asText())).findFirst()
                    .map(p -> p.path("track")).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
            deadlines = track.path("deadlines");
            id.netra.casefile.TrackStatus status = track.path("status").isTextual()
                    ? id.netra.casefile.TrackStatus.valueOf(track.path("status").asText()) : null;
            running = k -> k.perTrack() && status != null && k.runsWhile(status);
        } else {
            id.netra.casefile.CaseStatus status = id.netra.casefile.CaseStatus.valueOf(caseSummary.path("status").asText());
            running = k -> !k.perTrack() && k.runsWhile(status);
        }
        String basis = null;
        for (JsonNode d : deadlines) {
            if (day.equals(d.path("dueOn").asText()) && running.test(id.netra.casefile.DeadlineKind.valueOf(d.path("kind").asText()))) {
                basis = d.path("rule").asText(null);
                break;
            }
        }
        return new Due(task.due(), left, id.netra.platform.PageFormat.urgency(left), basis);
    }

    /**
     * What the form's fields are drawn from (officer/fields.html): the task, its fields with the values and errors, each
     * list's rows (at least one where required), when each conditional field is required, the offices to choose from,
     * and the case as this user reads it ({@code c}, which is returned).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> form(Model model, TaskView task, List<FormField> fields, JsonNode caseSummary,
                                     MultiValueMap<String, String> values, Map<String, Integer> rows, Map<String, String> errors) {
        model.addAttribute("task", task);
        model.addAttribute("fields", fields);
        // An office field (the initial review's transfer) is chosen from the offices by name, its code sent.
        model.addAttribute("offices", fields.stream().anyMatch(f -> "office".equals(f.type())) ? reference.offices() : List.of());
        // An agency field (the authority a recommendation is addressed to) likewise, from the agencies by name: those the
        // form offers (its options, the default first), else all.
        model.addAttribute("agencies", fields.stream().filter(f -> "agency".equals(f.type())).findFirst()
                .map(f -> f.options() == null ? reference.agencies() : f.options().stream().map(o -> reference.agency(o.value()))
                        .flatMap(java.util.Optional::stream).toList())
                .orElse(List.of()));
        Map<String, Object> full = json.convertValue(caseSummary, Map.class);
        model.addAttribute("c", full);
        Map<String, Integer> shownRows = new LinkedHashMap<>();
        for (FormField f : fields) {
            if (f.items() != null) {
                int least = Math.max(f.required() ? 1 : 0, f.minItems() == null ? 0 : f.minItems());
                shownRows.put(f.name(), Math.max(rows.getOrDefault(f.name(), least), least));
            }
        }
        model.addAttribute("rows", shownRows);
        model.addAttribute("whens", whens(task.key(), fields, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return full;
    }

    /**
     * When each conditionally required field becomes required, said with the labels the page shows ("Wajib bila
     * Kesimpulan kajian: Pelanggaran netralitas ASN"), not the API's field names and codes.
     */
    static Map<String, String> whens(String taskKey, List<FormField> fields, java.util.Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        collectWhens(taskKey, fields, locale, out);
        return out;
    }

    private static void collectWhens(String taskKey, List<FormField> fields, java.util.Locale locale, Map<String, String> out) {
        Map<String, FormField> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        for (FormField f : fields) {
            if (f.items() != null) {
                collectWhens(taskKey, f.items(), locale, out);
            }
            // A rule said in the catalogue's words (one the form checks itself, or more than its declared conditions
            // say) is said in those; else the declared conditions are spelled out.
            String prose = f.requiredWhen() == null ? null : Messages.orNull(locale, "when." + taskKey + "." + f.name());
            if (prose != null) {
                out.put(f.name(), prose);
                continue;
            }
            if (f.requiredIf() == null || f.requiredIf().isEmpty()) {
                continue;
            }
            List<String> parts = new java.util.ArrayList<>();
            for (FormField.Condition c : f.requiredIf()) {
                FormField on = byName.get(c.field());
                String label = on == null ? c.field() : label(taskKey, on, locale);
                if (c.equals() == null) {
                    parts.add(Messages.in(locale, "form.conditionEmpty", label));
                    continue;
                }
                String value = String.valueOf(c.equals());
                if (c.equals() instanceof Boolean b) {
                    value = Messages.in(locale, b ? "form.yes" : "form.no");
                } else if (on != null && on.options() != null) {
                    String code = value;
                    value = on.options().stream().filter(o -> o.value().equals(code)).findFirst()
                            .map(o -> java.util.Objects.requireNonNullElse(
                                    Messages.orNull(locale, "option." + on.name() + "." + o.value()), o.label()))
                            .orElse(code);
                }
                parts.add(Messages.in(locale, "form.condition", label, value));
            }
            out.put(f.name(), String.join(Messages.in(locale, "form.and"), parts));
        }
    }

    /**
     * An entry of the error summary above the form: the field's label as the page shows it (null for a name the form
     * does not declare), the id of the element its link goes to (the field, a choice's first option, a row), the message.
     */
    public record Problem(String anchor, String label, String message) {
    }

    private static final java.util.regex.Pattern ERROR_PATH = java.util.regex.Pattern.compile("(\\w+)(?:\\[(\\d+)](?:\\.(\\w+))?)?");

    /**
     * The errors as the summary lists them, each naming its field as the page labels it and linking to it: a row's field
     * by the list, its row (a person's finding by the person's name) and its own label ("Ringkasan keterangan
     * (Klarifikasi yang dilakukan, Baris 1)"); {@code personNames} are the persons of the case in the form's order.
     */
    static List<Problem> problems(String taskKey, List<FormField> fields, Map<String, String> errors, List<String> personNames,
                                  java.util.Locale locale) {
        Map<String, FormField> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        List<Problem> out = new java.util.ArrayList<>();
        // In the form's order (a list's rows in theirs), as the reader meets the fields — not the order they were checked.
        List<String> names = new java.util.ArrayList<>(byName.keySet());
        List<Map.Entry<String, String>> ordered = new java.util.ArrayList<>(errors.entrySet());
        ordered.sort(java.util.Comparator.comparingLong(e -> {
            java.util.regex.Matcher m = ERROR_PATH.matcher(e.getKey());
            int field = m.matches() && names.contains(m.group(1)) ? names.indexOf(m.group(1)) : names.size();
            int row = m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : -1;
            return field * 100_000L + row + 1;
        }));
        ordered.forEach(entry -> {
            String path = entry.getKey();
            String message = entry.getValue();
            String id = path.replace("[", "-").replace("]", "").replace(".", "-");
            java.util.regex.Matcher m = ERROR_PATH.matcher(path);
            FormField f = m.matches() ? byName.get(m.group(1)) : null;
            if (f == null) {
                // The reassignment's choice, beside the form; anything else undeclared is linked by its name alone.
                out.add(new Problem(id, "assignee".equals(path) ? Messages.in(locale, "task.reassign.to") : null, message));
            } else if (m.group(2) == null) {
                out.add(new Problem(f.items() != null ? firstOfList(f, id) : target(f, id), label(taskKey, f, locale), message));
            } else {
                int row = Integer.parseInt(m.group(2));
                String rowName = "personFinding[]".equals(f.type()) && row < personNames.size() ? personNames.get(row)
                        : Messages.in(locale, "task.item", row + 1);
                String list = label(taskKey, f, locale) + ", " + rowName;
                FormField sub = m.group(3) == null || f.items() == null ? null
                        : f.items().stream().filter(i -> i.name().equals(m.group(3))).findFirst().orElse(null);
                // A row's hidden field (a person's id) has no element of its own: its row is linked.
                out.add(sub == null || "personId".equals(sub.name())
                        ? new Problem(f.name() + "-" + row, list, message)
                        : new Problem(target(sub, id), label(taskKey, sub, locale) + " (" + list + ")", message));
            }
        });
        return out;
    }

    /** The element a field's link goes to: a choice's first option, else the field itself. */
    /**
     * Where an error of a whole list leads (too few commissioners present): into its first row's first field the page
     * draws (a list's fieldset takes no keyboard), else the list.
     */
    private static String firstOfList(FormField f, String id) {
        return f.items().stream().filter(i -> !"personId".equals(i.name())).findFirst()
                .map(i -> target(i, id + "-0-" + i.name())).orElse(id);
    }

    private static String target(FormField f, String id) {
        if ("boolean".equals(f.type())) {
            return id + "-true";
        }
        if ("enum[]".equals(f.type()) && f.options() != null && !f.options().isEmpty()) {
            return id + "-" + f.options().get(0).value();
        }
        return id;
    }

    /** A field's label as the page shows it: the catalogue's for this task or field, else the declaration's. */
    /**
     * A form's fields as the reader's language says them: each label and option from the catalogue (the declaration's
     * own words where it has none), list items too. The names, types, limits and conditions are the declaration's;
     * {@code requiredWhen} stays as declared (clients read its conditions from {@code requiredIf}).
     */
    static List<FormField> inLanguage(String taskKey, List<FormField> fields, java.util.Locale locale) {
        return fields.stream().map(f -> new FormField(f.name(), label(taskKey, f, locale), f.type(), f.required(),
                f.options() == null ? null : f.options().stream().map(o -> new FormField.Option(o.value(), java.util.Objects.requireNonNullElse(
                        optionLabel(f, o.value(), locale), o.label()))).toList(),
                whenInLanguage(taskKey, f, locale), f.maxLength(), f.multiline(), f.requiredIf(),
                f.items() == null ? null : inLanguage(taskKey, f.items(), locale), f.maxItems(), f.notFuture(), f.minItems(),
                f.requiredIfAnyOf())).toList();
    }

    /** A rule said in prose, in the reader's language where the catalogue says it ({@code when.<task>.<field>}). */
    private static String whenInLanguage(String taskKey, FormField f, java.util.Locale locale) {
        if (f.requiredWhen() == null) {
            return null;
        }
        return java.util.Objects.requireNonNullElse(Messages.orNull(locale, "when." + taskKey + "." + f.name()), f.requiredWhen());
    }

    /** An option's label: the field's own, or for a list's options those of its item field that offers them. */
    private static String optionLabel(FormField f, String value, java.util.Locale locale) {
        String own = Messages.orNull(locale, "option." + f.name() + "." + value);
        if (own != null || f.items() == null) {
            return own;
        }
        return f.items().stream().filter(i -> i.options() != null && i.options().stream().anyMatch(o -> o.value().equals(value)))
                .map(i -> Messages.orNull(locale, "option." + i.name() + "." + value)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    static String label(String taskKey, FormField f, java.util.Locale locale) {
        String own = Messages.orNull(locale, "field." + taskKey + "." + f.name());
        String any = own != null ? own : Messages.orNull(locale, "field." + f.name());
        return any != null ? any : f.label();
    }

    /**
     * The inverse of {@link #body}: an answer in the API's JSON (a decision's payload) as the page's parameters — each
     * field under its input's name ({@code hearings[0].summary}), a yes/no as {@code true}/{@code false}, a multiple
     * choice as one value per code, a date as {@code yyyy-MM-dd}, a list's row count under {@code rows.<list>} — so that
     * the form shows it as if typed. A field the answer leaves out or null stays empty.
     */
    static MultiValueMap<String, String> params(List<FormField> fields, JsonNode answer) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (FormField f : fields) {
            JsonNode value = answer.get(f.name());
            if (f.items() == null) {
                param(params, f.name(), value);
            } else if (value != null && value.isArray()) {
                params.add("rows." + f.name(), String.valueOf(value.size()));
                for (int i = 0; i < value.size(); i++) {
                    for (FormField sub : f.items()) {
                        param(params, f.name() + "[" + i + "]." + sub.name(), value.get(i).get(sub.name()));
                    }
                }
            }
        }
        return params;
    }

    private static void param(MultiValueMap<String, String> params, String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(v -> {
                if (v.isValueNode() && !v.isNull()) {
                    params.add(name, v.asText());
                }
            });
        } else if (value.isValueNode()) {
            params.add(name, value.asText());
        }
    }

    /** Whether any field of the form was typed in (a list's hidden person ids do not count). */
    private static boolean typedAny(List<FormField> fields, MultiValueMap<String, String> values) {
        return values.entrySet().stream()
                .filter(e -> !e.getKey().endsWith(".personId"))
                .filter(e -> fields.stream().anyMatch(f -> e.getKey().equals(f.name()) || e.getKey().startsWith(f.name() + "[")))
                .anyMatch(e -> e.getValue().stream().anyMatch(v -> v != null && !v.isBlank()));
    }

    /** The posted fields as the API's JSON body, typed by their declaration. */
    JsonNode body(List<FormField> fields, MultiValueMap<String, String> params, Map<String, Integer> rows) {
        ObjectNode body = json.createObjectNode();
        for (FormField f : fields) {
            if (f.items() != null) {
                ArrayNode items = body.putArray(f.name());
                for (int i = 0; i < rows.getOrDefault(f.name(), 0); i++) {
                    ObjectNode item = json.createObjectNode();
                    boolean any = false;
                    for (FormField sub : f.items()) {
                        // A person's id is a hidden field of every row: a row counts when the officer decided it.
                        boolean given = put(item, sub, params, f.name() + "[" + i + "]." + sub.name());
                        any |= given && !"personId".equals(sub.name());
                    }
                    if (any) {
                        items.add(item);
                    }
                }
                if (items.isEmpty()) {
                    body.remove(f.name());
                }
            } else {
                put(body, f, params, f.name());
            }
        }
        return body;
    }

    private static boolean put(ObjectNode target, FormField f, MultiValueMap<String, String> params, String param) {
        List<String> values = params.get(param);
        String value = values == null || values.isEmpty() ? null : values.get(0);
        if ("enum[]".equals(f.type())) {
            if (values == null || values.isEmpty()) {
                return false;
            }
            ArrayNode list = target.putArray(f.name());
            values.stream().filter(v -> !v.isBlank()).forEach(list::add);
            return true;
        }
        if (value == null || value.isBlank()) {
            return false;
        }
        if ("boolean".equals(f.type())) {
            target.put(f.name(), Boolean.parseBoolean(value));
        } else {
            target.put(f.name(), value);
        }
        return true;
    }

    /** The decision a task answers: what it was asked, by whom and when, in the words recorded. */
    public record Prompt(String step, String by, java.time.Instant at, String note) {
    }

    /**
     * For a task that answers another's decision on the same person — the clarification's answer (the request), the
     * objection's answer (the objection), the follow-up after an objection upheld (the answer and its letter), the verification (the PPK's report, its reasons for a lighter sanction), the
     * escalation (a declared refusal) — that decision, the latest of its kind the reader may read; else null.
     */
    static Prompt prompt(TaskView task, com.fasterxml.jackson.databind.JsonNode caseSummary, java.util.Locale locale) {
        if (task.personId() == null) {
            return null;
        }
        String step;
        java.util.Set<String> outcomes;
        switch (task.key()) {
            case FlowNodes.EXAMINATION_CLARIFICATION -> { step = "clarificationRequest"; outcomes = java.util.Set.of("REQUESTED"); }
            case FlowNodes.OBJECTION_ANSWER -> { step = FlowNodes.FOLLOW_UP_CONFIRMATION; outcomes = java.util.Set.of("OBJECTED"); }
            // The follow-up after its objection was answered upheld: the examining agency's answer and its letter.
            case FlowNodes.FOLLOW_UP_CONFIRMATION -> { step = FlowNodes.OBJECTION_ANSWER; outcomes = java.util.Set.of("UPHELD"); }
            case FlowNodes.FOLLOW_UP_VERIFICATION -> { step = FlowNodes.FOLLOW_UP_CONFIRMATION; outcomes = java.util.Set.of("IMPOSED", "NOT_IMPOSED"); }
            case FlowNodes.NON_COMPLIANCE_WARNING, FlowNodes.PERSONNEL_DATA_BLOCK, FlowNodes.NON_COMPLIANCE_ESCALATION -> {
                step = FlowNodes.FOLLOW_UP_CONFIRMATION;
                outcomes = java.util.Set.of("REFUSED");
            }
            default -> {
                return null;
            }
        }
        com.fasterxml.jackson.databind.JsonNode last = null;
        for (com.fasterxml.jackson.databind.JsonNode d : caseSummary.path("decisions")) {
            if (step.equals(d.path("taskKey").asText()) && outcomes.contains(d.path("outcome").asText())
                    && task.personId().toString().equals(d.path("personId").asText())) {
                last = d;
            }
        }
        if (last == null) {
            return null;
        }
        String note = id.netra.casefile.CasePage.note(step, last.path("payload"), locale);
        java.time.Instant at;
        try {
            at = java.time.Instant.parse(last.path("decidedAt").asText());
        } catch (java.time.format.DateTimeParseException e) {
            at = null;
        }
        return new Prompt(step, last.path("decidedBy").asText(), at, note);
    }
}
