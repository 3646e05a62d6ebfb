package id.netra.workflow;

import id.netra.access.CurrentUser;
import id.netra.access.NetraUser;
import id.netra.casefile.CaseStatus;
import id.netra.deadline.ElectionType;
import id.netra.platform.ConflictException;
import id.netra.platform.ForbiddenException;
import id.netra.platform.Messages;
import id.netra.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The officer's inbox page: one page of the tasks {@link TaskInbox} finds for them (one query), filtered by task, case
 * status, election type and due date, sorted and paged; each row with the case's register number, the reported
 * persons it concerns and their agencies (one more query for the whole page), the task (marked when it is back after
 * its check rejected the work, which the same query tells), its age and its due date marked by urgency. Tasks are
 * claimed and released here, one or several at once.
 */
@Controller
@id.netra.platform.WebPage
public class InboxPage {

    /** The rules' zone, in which due days are shown. */
    private static final java.time.ZoneId JAKARTA = java.time.ZoneId.of("Asia/Jakarta");

    /** Rows a page shows. */
    static final int PAGE_SIZE = 50;

    /** The user tasks of the path, in its order: the task filter's options. */
    static final List<String> TASK_KEYS = List.of(FlowNodes.INITIAL_REVIEW, FlowNodes.CLARIFICATION, FlowNodes.ASSESSMENT,
            FlowNodes.PLENARY_DECISION, FlowNodes.EXAMINATION, FlowNodes.EXAMINATION_CLARIFICATION, FlowNodes.RECOMMENDATION_APPROVAL,
            FlowNodes.FOLLOW_UP_CONFIRMATION, FlowNodes.OBJECTION_ANSWER, FlowNodes.FOLLOW_UP_VERIFICATION,
            FlowNodes.NON_COMPLIANCE_WARNING, FlowNodes.PERSONNEL_DATA_BLOCK, FlowNodes.NON_COMPLIANCE_ESCALATION);

    /** The tasks a role works, for its task filter (a commissioner also an officer's, an approver also an examiner's). */
    static List<String> tasksOf(id.netra.access.Role role) {
        List<String> officer = List.of(FlowNodes.INITIAL_REVIEW, FlowNodes.CLARIFICATION, FlowNodes.ASSESSMENT);
        List<String> examiner = List.of(FlowNodes.EXAMINATION, FlowNodes.OBJECTION_ANSWER, FlowNodes.FOLLOW_UP_VERIFICATION,
                FlowNodes.NON_COMPLIANCE_WARNING, FlowNodes.PERSONNEL_DATA_BLOCK, FlowNodes.NON_COMPLIANCE_ESCALATION);
        java.util.Set<String> mine = new java.util.HashSet<>(switch (role) {
            case BAWASLU_OFFICER -> officer;
            case BAWASLU_COMMISSIONER -> java.util.stream.Stream.concat(officer.stream(), java.util.stream.Stream.of(FlowNodes.PLENARY_DECISION)).toList();
            case EXAMINER -> examiner;
            case EXAMINER_APPROVER -> java.util.stream.Stream.concat(examiner.stream(), java.util.stream.Stream.of(FlowNodes.RECOMMENDATION_APPROVAL)).toList();
            case PPK -> List.of(FlowNodes.EXAMINATION_CLARIFICATION, FlowNodes.FOLLOW_UP_CONFIRMATION);
            case ADMIN -> List.<String>of();
        });
        return TASK_KEYS.stream().filter(mine::contains).toList();
    }

    /**
     * A row as the page shows it: its texts put together here, once, in the page's language (a template expression per
     * cell and row — message lookups inside lookups, a date formatter built per row — was most of the page's time).
     */
    public record Row(TaskView task, String persons, String urgency, long ageDays, boolean mine, String taskLabel,
                      String registerText, String unregisteredText, String ageText, String dueText, String urgencyLabel,
                      String selectLabel, String sentBackLabel, List<NetraUser> assignees, String reassignLabel) {

        /**
         * A row; a case not yet registered by its tracking number, marked "not registered yet" with the minute it was
         * received, so that two such rows are told apart.
         */
        static Row of(TaskView t, String persons, InboxQuery.Due urgency, long ageDays, boolean mine, Locale locale,
                      DateTimeFormatter dueFormat, DateTimeFormatter receivedFormat) {
            String taskLabel = Messages.in(locale, "task." + t.key());
            boolean registered = t.registerNumber() != null;
            return new Row(t, persons, urgency.name().toLowerCase(Locale.ROOT), ageDays, mine, taskLabel,
                    registered ? t.registerNumber() : t.trackingNumber() != null ? t.trackingNumber()
                            : Messages.in(locale, "inbox.notRegistered"),
                    registered ? null : t.receivedAt() == null ? Messages.in(locale, "inbox.notRegistered")
                            : Messages.in(locale, "inbox.notRegistered.received", receivedFormat.format(t.receivedAt().atZone(JAKARTA))),
                    Messages.in(locale, "inbox.ageDays", ageDays),
                    t.due() == null ? null : dueFormat.format(t.due().atZone(JAKARTA)),
                    Messages.in(locale, "urgency." + urgency.name().toLowerCase(Locale.ROOT)),
                    Messages.in(locale, "inbox.selectTask", taskLabel, persons),
                    t.sentBack() ? Messages.in(locale, "inbox.sentBack") : null, List.of(),
                    Messages.in(locale, "inbox.reassignTask", taskLabel, persons));
        }

        /** This row with the colleagues its task may be handed to (its reassign control). */
        Row handedTo(List<NetraUser> to) {
            return new Row(task, persons, urgency, ageDays, mine, taskLabel, registerText, unregisteredText, ageText, dueText,
                    urgencyLabel, selectLabel, sentBackLabel, List.copyOf(to), reassignLabel);
        }

        /** Whether the row may be claimed: nobody holds its task (its checkbox, the bulk claim's). */
        public boolean claimable() {
            return task.assignee() == null;
        }
    }

    /** The criteria as the page's form holds them (lower case), parsed once; anything unknown is no criterion. */
    public record Criteria(String task, String status, String election, String due, String claim, String sort, int page) {

        static Criteria of(String task, String status, String election, String due, String claim, String sort, String page) {
            String t = task != null && TASK_KEYS.contains(task) ? task : null;
            CaseStatus s = InboxQuery.parse(CaseStatus.class, status);
            ElectionType e = InboxQuery.parse(ElectionType.class, election);
            InboxQuery.Due d = InboxQuery.parse(InboxQuery.Due.class, due);
            InboxQuery.Claim c = InboxQuery.parse(InboxQuery.Claim.class, claim);
            InboxQuery.Sort o = InboxQuery.parse(InboxQuery.Sort.class, sort);
            int p = 1;
            try {
                p = page == null ? 1 : Math.max(1, Math.min(InboxQuery.MAX_OFFSET / PAGE_SIZE + 1, Integer.parseInt(page.trim())));
            } catch (NumberFormatException ignored) {
                // not a number: the first page
            }
            return new Criteria(t, s == null ? null : s.name(), e == null ? null : e.name(), d == null ? null : d.name(),
                    (c == null ? InboxQuery.Claim.MINE_AND_OPEN : c).name(), (o == null ? InboxQuery.Sort.DUE : o).name(), p);
        }

        InboxQuery query() {
            return new InboxQuery(task, status, election, InboxQuery.parse(InboxQuery.Due.class, due),
                    InboxQuery.Claim.valueOf(claim), InboxQuery.Sort.valueOf(sort), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }

        /** This inbox's address on another page. */
        public String url(int onPage) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/kotak-masuk");
            Map<String, String> p = new LinkedHashMap<>();
            p.put("task", task);
            p.put("status", status);
            p.put("election", election);
            p.put("due", due);
            p.put("claim", InboxQuery.Claim.MINE_AND_OPEN.name().equals(claim) ? null : claim);
            p.put("sort", InboxQuery.Sort.DUE.name().equals(sort) ? null : sort);
            p.put("page", onPage == 1 ? null : String.valueOf(onPage));
            p.forEach((k, v) -> {
                if (v != null) {
                    b.queryParam(k, v);
                }
            });
            return b.build().encode().toUriString();
        }
    }

    private final TaskInbox inbox;
    private final TaskActions actions;
    private final JdbcClient jdbc;

    public InboxPage(TaskInbox inbox, TaskActions actions, JdbcClient jdbc) {
        this.inbox = inbox;
        this.actions = actions;
        this.jdbc = jdbc;
    }

    @GetMapping("/")
    public String home() {
        // An administrator works no cases: their start is the administration.
        return CurrentUser.get().role() == id.netra.access.Role.ADMIN ? "redirect:/admin" : "redirect:/kotak-masuk";
    }

    @GetMapping("/kotak-masuk")
    public String inbox(@RequestParam(required = false) String task, @RequestParam(required = false) String status,
                        @RequestParam(required = false) String election, @RequestParam(required = false) String due,
                        @RequestParam(required = false) String claim, @RequestParam(required = false) String sort,
                        @RequestParam(required = false) String page, Model model) {
        NetraUser me = CurrentUser.get();
        if (me.role() == id.netra.access.Role.ADMIN) {
            return "redirect:/admin";
        }
        Criteria criteria = Criteria.of(task, status, election, due, claim, sort, page);
        List<TaskView> tasks = new ArrayList<>(inbox.tasks(me, criteria.query()));
        boolean more = tasks.size() > PAGE_SIZE;
        if (more) {
            tasks.remove(tasks.size() - 1);
        }
        // One query for the page: each person of its cases with their agency; a track's task names its person, a task on
        // the whole case all of them.
        Map<UUID, String> personsOfCase = new HashMap<>();
        Map<UUID, String> personWithAgency = new HashMap<>();
        List<UUID> caseIds = tasks.stream().map(TaskView::caseId).distinct().toList();
        if (!caseIds.isEmpty()) {
            jdbc.sql("""
                            SELECT p.case_id, p.id, p.name || ' (' || a.name || ')'
                            FROM case_person p JOIN agency a ON a.code = p.agency_code
                            WHERE p.case_id IN (:ids) ORDER BY p.case_id, p.ordinal""")
                    .param("ids", caseIds)
                    .query((rs, n) -> {
                        UUID caseId = rs.getObject(1, UUID.class);
                        personWithAgency.put(rs.getObject(2, UUID.class), rs.getString(3));
                        personsOfCase.merge(caseId, rs.getString(3), (a, b) -> a + "; " + b);
                        return caseId;
                    }).list();
        }
        Instant now = id.netra.platform.Today.now();
        Locale locale = Messages.currentLocale();
        DateTimeFormatter dueFormat = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        DateTimeFormatter receivedFormat = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", locale);
        List<Row> rows = tasks.stream().map(t -> Row.of(t,
                t.personId() != null ? personWithAgency.getOrDefault(t.personId(), t.personName()) : personsOfCase.getOrDefault(t.caseId(), ""),
                InboxQuery.urgency(t.due(), now),
                t.created() == null ? 0 : Duration.between(t.created(), now).toDays(),
                me.username().equals(t.assignee()), locale, dueFormat, receivedFormat))
                // A task a colleague holds: a commissioner or an approver may hand it on from here (as on its page).
                .map(r -> r.task().assignee() != null && !r.mine() && actions.mayReassign(me)
                        ? r.handedTo(actions.assignees(me, r.task().id())) : r)
                .toList();
        model.addAttribute("me", me);
        model.addAttribute("rows", rows);
        model.addAttribute("criteria", criteria);
        model.addAttribute("filtered", criteria.task() != null || criteria.status() != null || criteria.election() != null
                || criteria.due() != null || !InboxQuery.Claim.MINE_AND_OPEN.name().equals(criteria.claim()));
        model.addAttribute("more", more);
        model.addAttribute("claimable", rows.stream().anyMatch(Row::claimable));
        model.addAttribute("taskKeys", tasksOf(me.role()));
        model.addAttribute("statuses", Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
        model.addAttribute("elections", Arrays.stream(ElectionType.values()).map(Enum::name).toList());
        model.addAttribute("dues", Arrays.stream(InboxQuery.Due.values()).map(Enum::name).toList());
        model.addAttribute("claims", Arrays.stream(InboxQuery.Claim.values()).map(Enum::name).toList());
        model.addAttribute("sorts", Arrays.stream(InboxQuery.Sort.values()).map(Enum::name).toList());
        return "officer/inbox";
    }

    /**
     * Claims or releases one task ({@code action=claim:<id>}, {@code unclaim:<id>}) or claims every selected one
     * ({@code action=claimSelected}, {@code selected=<id>…}); each refusal (taken meanwhile, the four-eyes rule) is
     * said by task, the others are done; or hands one task to a colleague ({@code action=reassign:<id>},
     * {@code assignee.<id>=<username>}), as its page does. Back to the same inbox page.
     */
    @PostMapping("/kotak-masuk")
    public String act(@RequestParam(required = false) String action, @RequestParam(required = false) List<String> selected,
                      @RequestParam Map<String, String> form,
                      @RequestParam(required = false) String task, @RequestParam(required = false) String status,
                      @RequestParam(required = false) String election, @RequestParam(required = false) String due,
                      @RequestParam(required = false) String claim, @RequestParam(required = false) String sort,
                      @RequestParam(required = false) String page, RedirectAttributes redirect) {
        NetraUser me = CurrentUser.get();
        Criteria criteria = Criteria.of(task, status, election, due, claim, sort, page);
        String a = action == null ? "" : action;
        if (a.startsWith("reassign:")) {
            String id = a.substring(9);
            try {
                TaskView handed = actions.reassign(me, id, form.get("assignee." + id));
                redirect.addFlashAttribute("reassigned", handed.assignee());
            } catch (id.netra.platform.InvalidInputException e) {
                redirect.addFlashAttribute("reassignRefused", e.errors().get(0).in(Messages.currentLocale()).message());
            } catch (ConflictException | ForbiddenException | NotFoundException e) {
                redirect.addFlashAttribute("reassignRefused", e.message());
            }
            return "redirect:" + criteria.url(criteria.page());
        }
        List<String> ids = a.startsWith("claim:") || a.startsWith("unclaim:") ? List.of(a.substring(a.indexOf(':') + 1))
                : "claimSelected".equals(a) && selected != null ? selected.stream().distinct().limit(PAGE_SIZE).toList() : List.of();
        boolean release = a.startsWith("unclaim:");
        int done = 0;
        List<String> refused = new ArrayList<>();
        for (String id : ids) {
            try {
                if (release) {
                    actions.unclaim(me, id);
                } else {
                    actions.claim(me, id);
                }
                done++;
            } catch (ConflictException | ForbiddenException | NotFoundException e) {
                refused.add(e.message());
            }
        }
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("noneSelected", true);
        }
        redirect.addFlashAttribute(release ? "released" : "claimed", done);
        redirect.addFlashAttribute("refused", refused);
        return "redirect:" + criteria.url(criteria.page());
    }
}
