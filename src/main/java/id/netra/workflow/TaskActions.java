package id.netra.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.access.NetraUser;
import id.netra.access.UserRepository;
import id.netra.casefile.CaseAccess;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseQueries;
import id.netra.casefile.CaseRepository;
import id.netra.platform.ConflictException;
import id.netra.platform.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import id.netra.casefile.CaseEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The generic task API: find, claim, unclaim and complete a task, dispatching the completion to the task's form.
 * A task the user may not work answers 404; one claimed by someone else or already completed answers 409.
 */
@Service
public class TaskActions implements id.netra.casefile.UndecidableChecks {

    /**
     * A task as the API answers it: the task, its form's fields as offered, the case's summary; for a task that is back,
     * why ({@code sentBack}: the check, who, when, the notes, the work rejected), and for a task the caller may see but
     * not decide, the reason ({@code refusal}: the four-eyes rule), said before they try.
     */
    public record TaskDetail(TaskView task, List<FormField> fields, JsonNode caseSummary,
                             @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                             SentBack sentBack,
                             @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                             String refusal) {

        public TaskDetail(TaskView task, List<FormField> fields, JsonNode caseSummary) {
            this(task, fields, caseSummary, null, null);
        }
    }

    private final TaskService tasks;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskForms forms;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final CaseQueries queries;
    private final ApplicationEventPublisher events;
    private final CaseTracks caseTracks;
    private final id.netra.casefile.CasePersons persons;
    private final UserRepository accounts;
    private final TaskInbox inbox;
    private final id.netra.casefile.CaseRecords records;

    public TaskActions(TaskService tasks, HistoryService history, RuntimeService runtime,
                       TaskForms forms, CaseRepository cases, CaseAccess access, CaseQueries queries,
                       ApplicationEventPublisher events, CaseTracks caseTracks, id.netra.casefile.CasePersons persons,
                       UserRepository accounts, TaskInbox inbox, id.netra.casefile.CaseRecords records) {
        this.records = records;
        this.accounts = accounts;
        this.inbox = inbox;
        this.caseTracks = caseTracks;
        this.persons = persons;
        this.events = events;
        this.tasks = tasks;
        this.history = history;
        this.runtime = runtime;
        this.forms = forms;
        this.cases = cases;
        this.access = access;
        this.queries = queries;
    }

    private record Found(Task task, CaseFile caseFile, UUID personId) {
    }

    @Transactional(readOnly = true)
    public TaskDetail get(NetraUser user, String taskId) {
        Found f = find(user, taskId);
        TaskDetail d = detail(user, f, false);
        SentBack back = null;
        if (d.task().sentBack()) {
            // Why it is back: read from the case in full as the caller reads it (only for a task that is back).
            String key = f.task().getTaskDefinitionKey();
            JsonNode full = queries.renderWithoutRelated(f.caseFile(), user, access.viewOf(user, f.caseFile()), true);
            back = forms.checkerOf(key).flatMap(checker -> SentBack.find(full, key, checker, f.personId(), this::nameOf))
                    .map(b -> b.answer() == null ? b : b.withAnswer(form(f.task()).fromEarlierRelease(b.answer(), f.personId())))
                    .orElse(null);
        }
        return new TaskDetail(d.task(), d.fields(), d.caseSummary(), back, refusal(user, f).orElse(null));
    }

    private TaskDetail detail(NetraUser user, Found f, boolean fullCase) {
        TaskForm form = form(f.task());
        CaseAccess.View view = access.viewOf(user, f.caseFile());
        return new TaskDetail(view(f), TaskPage.inLanguage(f.task().getTaskDefinitionKey(), form.offered(f.caseFile(), f.personId()),
                id.netra.platform.Messages.currentLocale()), queries.render(f.caseFile(), user, view, fullCase));
    }

    /**
     * What a task's page shows: the task with the case in full as this user may read it (the summary beside the form
     * and what is being decided, rendered once), why the user may not decide it (if so), whom they may hand it to, and
     * the colleague who holds it when that is not this user ({@link #nameOf}; only the holder may complete it), and the
     * rejection that sent it back, when it is back (its decider named as a colleague), and the values its form opens
     * with when nothing was typed ({@link TaskForm#defaults}), and the check this user would then be kept from
     * deciding because they may decide it otherwise (a commissioner writing the assessment, an approver examining).
     */
    public record PageView(TaskDetail detail, Optional<String> refusal, List<NetraUser> assignees, Optional<String> heldBy,
                           Optional<SentBack> sentBack, Optional<String> nobodyToCheck, boolean nobodyMayDecide,
                           java.util.Map<String, String> defaults, Optional<String> keptFromCheck) {
    }

    /** The task's page, with the task looked up once. */
    @Transactional(readOnly = true)
    public PageView page(NetraUser user, String taskId) {
        Found f = find(user, taskId);
        String assignee = f.task().getAssignee();
        TaskDetail detail = detail(user, f, true);
        String key = f.task().getTaskDefinitionKey();
        return new PageView(detail, refusal(user, f), assignees(user, f),
                assignee == null || assignee.equals(user.username()) ? Optional.empty() : Optional.of(nameOf(assignee)),
                forms.checkerOf(key).flatMap(checker -> SentBack.find(detail.caseSummary(), key, checker, f.personId(), this::nameOf))
                        // An answer decided before an upgrade comes back in the form's fields of today.
                        .map(back -> back.answer() == null ? back
                                : back.withAnswer(form(f.task()).fromEarlierRelease(back.answer(), f.personId()))),
                forms.checkerOf(key).filter(CHECKERS::containsKey)
                        .filter(checker -> deciders(checker, f.caseFile(), f.personId(), user.username()).isEmpty()),
                CHECKERS.containsKey(key) && deciders(key, f.caseFile(), f.personId(), null).isEmpty(),
                form(f.task()).defaults(f.caseFile(), f.personId()),
                forms.checkerOf(key).filter(checker -> CHECKERS.get(checker) == user.role()));
    }

    /**
     * The role that decides each check under the four-eyes rule: the plenary the office's commissioners, the
     * recommendation's approval the examining agency's approvers.
     */
    private static final Map<String, id.netra.access.Role> CHECKERS = Map.of(
            FlowNodes.PLENARY_DECISION, id.netra.access.Role.BAWASLU_COMMISSIONER,
            FlowNodes.RECOMMENDATION_APPROVAL, id.netra.access.Role.EXAMINER_APPROVER);

    /**
     * Who could decide the check {@code checkKey} (one of {@link #CHECKERS}) of this case and person: the enabled accounts
     * of its role, of the case's office or the examining agency, who may read the case and whom the four-eyes rule does
     * not bar — now ({@code author} null: the one who did the work checked left out), or once {@code author} has done
     * it (only they left out). Empty: the check waits for nobody, until an administrator adds or enables another.
     */
    private List<NetraUser> deciders(String checkKey, CaseFile c, UUID personId, String author) {
        id.netra.access.Role role = CHECKERS.get(checkKey);
        TaskForm check = form(checkKey);
        return accounts.enabledOfUnit(role == id.netra.access.Role.BAWASLU_COMMISSIONER ? c.officeCode() : null, null).stream()
                .filter(r -> r.role() == role && !r.username().equals(author))
                .map(r -> new NetraUser(r.username(), r.displayName(), r.role(), r.officeCode(), r.agencyCode()))
                .filter(u -> access.viewOf(u, c) != CaseAccess.View.NONE)
                .filter(u -> {
                    if (author != null) {
                        return true;
                    }
                    try {
                        check.checkMayDecide(c, personId, u);
                        return true;
                    } catch (id.netra.platform.ForbiddenException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The checks of a case's open tasks that nobody may decide ({@link #deciders} empty), for the case page. */
    @Override
    @Transactional(readOnly = true)
    public List<Check> of(NetraUser user, UUID caseId) {
        CaseFile c = cases.find(caseId).orElse(null);
        if (c == null || access.viewOf(user, c) == CaseAccess.View.NONE) {
            return List.of();
        }
        List<Check> out = new java.util.ArrayList<>();
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKeyIn(CHECKERS.keySet().toArray(String[]::new)).list()) {
            UUID personId = caseTracks.personOf(t.getTaskDefinitionKey(), tasks.getVariableLocal(t.getId(), CaseTracks.PERSON_ID), caseId);
            if (personId != null && access.visiblePersons(user, access.viewOf(user, c), persons.of(caseId)).stream()
                    .noneMatch(p -> p.id().equals(personId))) {
                continue;
            }
            // Said to the unit that works the check (the office, the examining agency), which can have it taken.
            boolean theirs = CHECKERS.get(t.getTaskDefinitionKey()) == id.netra.access.Role.EXAMINER_APPROVER
                    ? user.groups().contains(NetraUser.EXAMINER_GROUP) : c.officeCode().equals(user.officeCode());
            if (theirs && deciders(t.getTaskDefinitionKey(), c, personId, null).isEmpty()) {
                out.add(new Check(t.getTaskDefinitionKey(), personId == null ? null : persons.get(personId).name()));
            }
        }
        return out;
    }

    /** A colleague as the pages name them: by their display name and user name ("Rina Petugas (rina)"). */
    private String nameOf(String username) {
        return accounts.find(username).map(a -> a.user().displayName() + " (" + username + ")").orElse(username);
    }

    /** Why the user may see but not decide this task (the four-eyes rule), said before they try; empty if they may. */
    private Optional<String> refusal(NetraUser user, Found f) {
        try {
            form(f.task()).checkMayDecide(f.caseFile(), f.personId(), user);
            return Optional.empty();
        } catch (id.netra.platform.ForbiddenException e) {
            return Optional.of(e.message());
        }
    }

    @Transactional
    public TaskView claim(NetraUser user, String taskId) {
        Found f = find(user, taskId);
        String assignee = f.task().getAssignee();
        if (assignee != null && !assignee.equals(user.username())) {
            throw ConflictException.of("workflow.task.claimedBy", assignee);
        }
        form(f.task()).checkMayDecide(f.caseFile(), f.personId(), user);
        if (assignee == null) {
            tasks.claim(taskId, user.username());
        }
        publish(user, CaseEvent.TASK_CLAIMED, f, Map.of());
        return view(new Found(tasks.createTaskQuery().taskId(taskId).singleResult(), f.caseFile(), f.personId()));
    }

    private void publish(NetraUser user, String action, Found f, Map<String, Object> detail) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        all.put("taskId", f.task().getId());
        all.put("taskKey", f.task().getTaskDefinitionKey());
        if (f.personId() != null) {
            all.put("personId", f.personId().toString());
        }
        all.putAll(detail);
        events.publishEvent(new CaseEvent(user.username(), action, f.caseFile().id(), all));
    }

    @Transactional
    public TaskView unclaim(NetraUser user, String taskId) {
        Found f = find(user, taskId);
        String assignee = f.task().getAssignee();
        if (assignee != null && !assignee.equals(user.username())) {
            throw ConflictException.of("workflow.task.heldBy", assignee);
        }
        if (assignee != null) {
            tasks.setAssignee(taskId, null);
            publish(user, CaseEvent.TASK_UNCLAIMED, f, Map.of());
        }
        return view(new Found(tasks.createTaskQuery().taskId(taskId).singleResult(), f.caseFile(), f.personId()));
    }

    /** The roles that lead an office's or the agency's work and may hand a task to a colleague. */
    static final java.util.Set<id.netra.access.Role> REASSIGNERS = java.util.EnumSet.of(id.netra.access.Role.BAWASLU_COMMISSIONER,
            id.netra.access.Role.EXAMINER_APPROVER);

    /** Whether the user may hand tasks to colleagues (a commissioner, an approver). */
    public boolean mayReassign(NetraUser user) {
        return REASSIGNERS.contains(user.role());
    }

    /**
     * The colleagues the user may hand this task to: enabled accounts of one of the task's candidate groups (so of the
     * same office, agency or the examining agency), who may see the case and may decide the task under the four-eyes
     * rule; the current assignee and the user themselves left out (claiming is how one takes a task). Empty for a user
     * who may not reassign.
     */
    private List<NetraUser> assignees(NetraUser user, Found f) {
        if (!mayReassign(user)) {
            return List.of();
        }
        List<String> candidateGroups = candidateGroups(f.task().getId());
        TaskForm form = form(f.task());
        // Colleagues of the user's own office or agency (a reassigner works the task, so shares its unit): not every account.
        return accounts.enabledOfUnit(user.officeCode(), user.agencyCode()).stream()
                .map(r -> new NetraUser(r.username(), r.displayName(), r.role(), r.officeCode(), r.agencyCode()))
                .filter(u -> !u.username().equals(f.task().getAssignee()) && !u.username().equals(user.username()))
                .filter(u -> u.groups().stream().anyMatch(candidateGroups::contains))
                .filter(u -> access.viewOf(u, f.caseFile()) != CaseAccess.View.NONE)
                .filter(u -> {
                    try {
                        form.checkMayDecide(f.caseFile(), f.personId(), u);
                        return true;
                    } catch (id.netra.platform.ForbiddenException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The colleagues the user may hand this task to ({@link #assignees}); empty when they may not, or not see it. */
    @Transactional(readOnly = true)
    public List<NetraUser> assignees(NetraUser user, String taskId) {
        if (!mayReassign(user)) {
            return List.of();
        }
        try {
            return assignees(user, find(user, taskId));
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /**
     * Hands the task to a colleague, whoever holds it now (the one who claimed it may be away): only a commissioner or
     * an approver who may work the task, only to one of {@link #assignees}. Audited with who held it and who holds it.
     */
    @Transactional
    public TaskView reassign(NetraUser user, String taskId, String toUsername) {
        Found f = find(user, taskId);
        if (!mayReassign(user)) {
            throw id.netra.platform.ForbiddenException.of("workflow.reassign.notAllowed");
        }
        String to = toUsername == null ? "" : UserRepository.normalise(toUsername);
        NetraUser target = assignees(user, f).stream().filter(u -> u.username().equals(to)).findFirst()
                .orElseThrow(() -> id.netra.platform.InvalidInputException.of(id.netra.platform.FieldError.of("assignee",
                        to.isEmpty() ? "workflow.reassign.choose" : "workflow.reassign.refused")));
        String from = f.task().getAssignee();
        tasks.setAssignee(taskId, target.username());
        Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("from", from);
        detail.put("to", target.username());
        publish(user, CaseEvent.TASK_REASSIGNED, f, detail);
        return view(new Found(tasks.createTaskQuery().taskId(taskId).singleResult(), f.caseFile(), f.personId()));
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * What a completion led to, as the one who completed it reads the case: its status now (null, with no tasks, when
     * the case left their scope — a transfer) and the case's open tasks they may work next.
     */
    public record Outcome(UUID caseId, String status, String statusLabel, List<TaskView> openTasks) {
    }

    @Transactional
    public UUID complete(NetraUser user, String taskId, JsonNode body) {
        Found f = find(user, taskId);
        String assignee = f.task().getAssignee();
        if (assignee != null && !assignee.equals(user.username())) {
            throw ConflictException.of("workflow.task.claimedBy", assignee);
        }
        TaskForm form = form(f.task());
        form.checkMayDecide(f.caseFile(), f.personId(), user);
        FormInput input = new FormInput(form.fromEarlierRelease(body, f.personId()), form.fields());
        ActorContext.as(user.username(), () -> {
            if (assignee == null) {
                tasks.claim(taskId, user.username());
            }
            Variables variables = form.complete(new TaskContext(taskId, f.task().getTaskDefinitionKey(), f.caseFile(), f.personId(), user), input);
            tasks.complete(taskId, variables.asMap());
            // The decision as routed: the routing variables and the outcome recorded (a code: a clarification's answer
            // routes nothing, yet is ANSWERED), never free text (which may name the reporter).
            Map<String, Object> detail = new java.util.LinkedHashMap<>();
            detail.put("decision", variables.asMap());
            records.outcomeOf(f.caseFile().id(), taskId).ifPresent(o -> detail.put("outcome", o));
            publish(user, CaseEvent.TASK_COMPLETED, f, detail);
            return null;
        });
        return f.caseFile().id();
    }

    /**
     * What a completion led to, read after it committed: asked for by the API's answer only (the task page goes on to
     * its next page and needs none of it), so that a page's completion does not render the case for nothing.
     */
    @Transactional(readOnly = true)
    public Outcome outcome(NetraUser user, UUID caseId) {
        CaseFile c = cases.find(caseId).orElse(null);
        CaseAccess.View view = c == null ? CaseAccess.View.NONE : access.viewOf(user, c);
        if (view == CaseAccess.View.NONE) {
            return new Outcome(caseId, null, null, List.of());
        }
        JsonNode summary = queries.renderWithoutRelated(c, user, view, false);
        List<TaskView> open = new java.util.ArrayList<>();
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString()).active().orderByTaskCreateTime().asc().list()) {
            try {
                Found found = find(user, t.getId());
                // The tasks the caller may work next: one the four-eyes rule keeps from them is not among them.
                if (refusal(user, found).isEmpty()) {
                    open.add(view(found));
                }
            } catch (NotFoundException notTheirs) {
                // another's task, or a person they do not read: not theirs to see
            }
        }
        return new Outcome(caseId, summary.path("status").asText(null), summary.path("statusLabel").asText(null), open);
    }

    private TaskForm form(Task task) {
        return form(task.getTaskDefinitionKey());
    }

    private TaskForm form(String key) {
        return forms.get(key).orElseThrow(() -> new IllegalStateException("no form for task " + key));
    }

    /**
     * The task as a user who may work it reaches it (its case, its person's track, its key), to attach something to it:
     * 404 as for {@link #get} otherwise.
     */
    @Transactional(readOnly = true)
    public TaskContext workedBy(NetraUser user, String taskId) {
        Found f = find(user, taskId);
        return new TaskContext(taskId, f.task().getTaskDefinitionKey(), f.caseFile(), f.personId(), user);
    }

    private Found find(NetraUser user, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            if (completedTaskWasTheirs(user, taskId)) {
                throw ConflictException.of("workflow.task.completed");
            }
            throw NotFoundException.of("workflow.task.notFound");
        }
        CaseFile c = caseOf(task.getProcessInstanceId()).orElse(null);
        CaseAccess.View view = c == null ? CaseAccess.View.NONE : access.viewOf(user, c);
        if (view == CaseAccess.View.NONE || !mayWork(user, task)) {
            throw NotFoundException.of("workflow.task.notFound");
        }
        UUID personId = caseTracks.personOf(task.getTaskDefinitionKey(),
                tasks.getVariableLocal(task.getId(), CaseTracks.PERSON_ID), c.id());
        // A PPK works only the tracks of the persons addressed to them.
        if (personId != null && access.visiblePersons(user, view, persons.of(c.id())).stream()
                .noneMatch(p -> p.id().equals(personId))) {
            throw NotFoundException.of("workflow.task.notFound");
        }
        return new Found(task, c, personId);
    }

    private boolean mayWork(NetraUser user, Task task) {
        if (user.username().equals(task.getAssignee())) {
            return true;
        }
        List<String> groups = user.groups();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A task completed meanwhile, as the page that posted to it shows it: the task (named with its person, assigned to
     * whoever completed it), its form's fields and the case as this user reads it, who completed it (as a colleague is
     * named, {@link #nameOf}) and when. Empty when this user could not have worked it, or may no longer read it.
     */
    public record Completed(TaskView task, List<FormField> fields, JsonNode caseSummary, String by, java.time.Instant at) {
    }

    @Transactional(readOnly = true)
    public Optional<Completed> completed(NetraUser user, String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (done == null || !completedTaskWasTheirs(user, done)) {
            return Optional.empty();
        }
        CaseFile c = caseOfHistoric(done.getProcessInstanceId()).orElseThrow();
        CaseAccess.View view = access.viewOf(user, c);
        var tagged = history.createHistoricVariableInstanceQuery().taskIdIn(taskId).variableName(CaseTracks.PERSON_ID)
                .singleResult();
        UUID personId = caseTracks.personOf(done.getTaskDefinitionKey(), tagged == null ? null : tagged.getValue(), c.id());
        if (personId != null && access.visiblePersons(user, view, persons.of(c.id())).stream().noneMatch(p -> p.id().equals(personId))) {
            return Optional.empty();
        }
        TaskForm form = forms.get(done.getTaskDefinitionKey()).orElse(null);
        if (form == null) {
            return Optional.empty();
        }
        TaskView task = new TaskView(done.getId(), done.getTaskDefinitionKey(), done.getName(), c.id(), c.registerNumber(),
                done.getAssignee(), done.getStartTime() == null ? null : done.getStartTime().toInstant(),
                done.getDueDate() == null ? null : done.getDueDate().toInstant(), personId,
                personId == null ? null : persons.get(personId).name(), false,
                c.registerNumber() == null ? c.trackingNumber() : null, c.createdAt());
        return Optional.of(new Completed(task, form.fields(), queries.render(c, user, view, true),
                done.getAssignee() == null ? null : nameOf(done.getAssignee()),
                done.getEndTime() == null ? null : done.getEndTime().toInstant()));
    }

    private boolean completedTaskWasTheirs(NetraUser user, String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        return done != null && completedTaskWasTheirs(user, done);
    }

    private boolean completedTaskWasTheirs(NetraUser user, HistoricTaskInstance done) {
        String taskId = done.getId();
        Optional<CaseFile> c = caseOfHistoric(done.getProcessInstanceId());
        if (c.isEmpty() || access.viewOf(user, c.get()) == CaseAccess.View.NONE) {
            return false;
        }
        if (user.username().equals(done.getAssignee())) {
            return true;
        }
        List<String> groups = user.groups();
        for (HistoricIdentityLinkLog log : history.createHistoricIdentityLinkLogQuery().taskId(taskId)
                .type(IdentityLinkType.CANDIDATE).list()) {
            if (log.getGroupId() != null && groups.contains(log.getGroupId())) {
                return true;
            }
        }
        return false;
    }

    private Optional<CaseFile> caseOf(String processInstanceId) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return pi == null ? Optional.empty() : cases.find(UUID.fromString(pi.getBusinessKey()));
    }

    private Optional<CaseFile> caseOfHistoric(String processInstanceId) {
        var hpi = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return hpi == null || hpi.getBusinessKey() == null ? Optional.empty() : cases.find(UUID.fromString(hpi.getBusinessKey()));
    }

    private TaskView view(Found f) {
        Task t = f.task();
        CaseFile c = f.caseFile();
        return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), c.id(), c.registerNumber(), t.getAssignee(),
                t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant(), f.personId(),
                f.personId() == null ? null : persons.get(f.personId()).name(),
                inbox.sentBack(c.id(), f.personId(), t.getTaskDefinitionKey()),
                c.registerNumber() == null ? c.trackingNumber() : null, c.createdAt());
    }
}
