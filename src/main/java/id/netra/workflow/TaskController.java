package id.netra.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.access.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/tasks")
public class TaskController {

    private final TaskInbox inbox;
    private final TaskActions actions;

    public TaskController(TaskInbox inbox, TaskActions actions) {
        this.inbox = inbox;
        this.actions = actions;
    }

    @GetMapping
    public List<TaskView> inbox() {
        return inbox.withCaseSummaries(CurrentUser.get(), inbox.tasks(CurrentUser.get()));
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
