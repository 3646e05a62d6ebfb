package id.netra.workflow;

import id.netra.access.CurrentUser;
import id.netra.access.NetraUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The officer's inbox page: the tasks {@link TaskInbox} finds for them (one query), each with the case's register
 * number, the reported persons it concerns (one more query for the whole page), the task, its age and its due date
 * marked by urgency.
 */
@Controller
public class InboxPage {

    /** A due date this close is inside the reminder window. */
    static final Duration SOON = Duration.ofDays(id.netra.platform.PageFormat.SOON_DAYS);

    public record Row(TaskView task, String persons, String urgency, long ageDays) {
    }

    private final TaskInbox inbox;
    private final JdbcClient jdbc;

    public InboxPage(TaskInbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/kotak-masuk";
    }

    @GetMapping("/kotak-masuk")
    public String inbox(Model model) {
        NetraUser me = CurrentUser.get();
        List<TaskView> tasks = inbox.tasks(me);
        Map<UUID, String> personsOfCase = new HashMap<>();
        List<UUID> caseIds = tasks.stream().filter(t -> t.personId() == null).map(TaskView::caseId).distinct().toList();
        if (!caseIds.isEmpty()) {
            jdbc.sql("""
                            SELECT p.case_id, string_agg(p.name || ' (' || a.name || ')', '; ' ORDER BY p.ordinal)
                            FROM case_person p JOIN agency a ON a.code = p.agency_code
                            WHERE p.case_id IN (:ids) GROUP BY p.case_id""")
                    .param("ids", caseIds)
                    .query((rs, n) -> personsOfCase.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        Instant now = Instant.now();
        List<Row> rows = tasks.stream().map(t -> new Row(t,
                t.personId() != null ? t.personName() : personsOfCase.getOrDefault(t.caseId(), ""),
                t.due() == null ? "none" : t.due().isBefore(now) ? "overdue" : t.due().isBefore(now.plus(SOON)) ? "soon" : "ontime",
                t.created() == null ? 0 : Duration.between(t.created(), now).toDays())).toList();
        model.addAttribute("me", me);
        model.addAttribute("rows", rows);
        return "officer/inbox";
    }
}
