package id.netra.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.access.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/tasks")
public class TaskController {

    private final TaskInbox inbox;
    private final TaskActions actions;

    private final TaskForms forms;

    public TaskController(TaskInbox inbox, TaskActions actions, TaskForms forms) {
        this.forms = forms;
        this.inbox = inbox;
        this.actions = actions;
    }

    /**
     * The inbox, filtered and paged as the inbox page is: every criterion optional, each that names nothing refused with
     * its choices, all of them at once.
     */
    @GetMapping
    public List<TaskView> inbox(@RequestParam(required = false) String task, @RequestParam(required = false) String status,
                                @RequestParam(required = false) String electionType, @RequestParam(required = false) InboxQuery.Due due,
                                @RequestParam(required = false) InboxQuery.Claim claim, @RequestParam(required = false) InboxQuery.Sort sort,
                                @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "" + InboxQuery.MAX_SIZE) int size) {
        List<id.netra.platform.FieldError> errors = new java.util.ArrayList<>();
        if (task != null && !forms.keys().contains(task)) {
            errors.add(id.netra.platform.FieldError.of("task", "input.unknownValue", String.join(", ", forms.keys().stream().sorted().toList())));
        }
        var s = status == null ? null : InboxQuery.parse(id.netra.casefile.CaseStatus.class, status);
        var e = electionType == null ? null : InboxQuery.parse(id.netra.deadline.ElectionType.class, electionType);
        if (status != null && s == null) {
            errors.add(id.netra.platform.FieldError.of("status", "input.unknownValue", String.join(", ",
                    java.util.Arrays.stream(id.netra.casefile.CaseStatus.values()).map(Enum::name).toList())));
        }
        if (electionType != null && e == null) {
            errors.add(id.netra.platform.FieldError.of("electionType", "input.unknownValue", String.join(", ",
                    java.util.Arrays.stream(id.netra.deadline.ElectionType.values()).map(Enum::name).toList())));
        }
        if (offset < 0 || offset > InboxQuery.MAX_OFFSET) {
            errors.add(id.netra.platform.FieldError.of("offset", "tasks.offset", InboxQuery.MAX_OFFSET));
        }
        if (size < 1 || size > InboxQuery.MAX_SIZE) {
            errors.add(id.netra.platform.FieldError.of("size", "tasks.size", InboxQuery.MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new id.netra.platform.InvalidInputException(errors);
        }
        InboxQuery q = new InboxQuery(task, s == null ? null : s.name(), e == null ? null : e.name(), due, claim, sort, offset, size);
        List<TaskView> page = inbox.tasks(CurrentUser.get(), q);
        // The statement reads one task more to tell a further page: not the caller's.
        return inbox.withCaseSummaries(CurrentUser.get(), page.size() > size ? page.subList(0, size) : page);
    }

    @GetMapping("/{id}")
    public TaskActions.TaskDetail task(@PathVariable String id) {
        return actions.get(CurrentUser.get(), id);
    }

    @PostMapping("/{id}/claim")
    public TaskView claim(@PathVariable String id) {
        return actions.claim(CurrentUser.get(), id);
    }

    @PostMapping("/{id}/unclaim")
    public TaskView unclaim(@PathVariable String id) {
        return actions.unclaim(CurrentUser.get(), id);
    }

    /** A commissioner or approver hands the task to a colleague: {@code {"assignee": "<username>"}}. */
    @PostMapping("/{id}/assign")
    public TaskView assign(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        String to = body == null || !body.path("assignee").isTextual() ? null : body.path("assignee").asText();
        return actions.reassign(CurrentUser.get(), id, to);
    }

    /** 200 with what the completion led to: the case's status as the caller reads it, and the tasks open to them on it. */
    @PostMapping("/{id}/complete")
    public TaskActions.Outcome complete(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        return actions.outcome(CurrentUser.get(), actions.complete(CurrentUser.get(), id, body));
    }
}
