package id.netra.notification;

import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.access.UserRepository;
import id.netra.access.UserRepository.Recipient;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CaseRepository;
import id.netra.casefile.CaseStatusChanged;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.Reporter;
import id.netra.examination.RecommendationIssued;
import id.netra.followup.PpkDeadlinePassed;
import id.netra.followup.PpkReminderDue;
import id.netra.letter.LetterProperties;
import id.netra.platform.Messages;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.TaskArrived;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What Netra tells by mail, composed after the case's transaction commits from its domain events (each listener's
 * publication kept in the event publication registry until it has run, published again at the next start if it
 * failed), one message per event and recipient (composed once: {@link MailOutbox#compose}), in Indonesian:
 * <ul>
 * <li>a case or a person's track reaching a group's desk ({@link TaskArrived} for the tasks of {@link #DESK}): each
 * enabled member of the group's own role with an address;</li>
 * <li>the recommendation to the PPK of the agency it is addressed to, its letter attached, and again to the PPK it is
 * sent on to when the person moved;</li>
 * <li>the reminder before the PPK's deadline, and the deadline passed (the escalation begins), to that PPK;</li>
 * <li>every change of the report's status to the reporter who gave an address — the status's label and the tracking
 * number, never a reported person.</li>
 * </ul>
 * Bodies carry numbers, labels and links, not the case's contents: mail leaves Netra.
 */
@Component
class Notifications {

    /** The tasks whose arrival is told: where a case or a track passes to another group's desk. */
    static final Set<String> DESK = Set.of(FlowNodes.INITIAL_REVIEW, FlowNodes.PLENARY_DECISION, FlowNodes.EXAMINATION,
            FlowNodes.RECOMMENDATION_APPROVAL, FlowNodes.EXAMINATION_CLARIFICATION, FlowNodes.OBJECTION_ANSWER,
            FlowNodes.FOLLOW_UP_VERIFICATION, FlowNodes.NON_COMPLIANCE_WARNING);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.INDONESIAN);

    private final MailOutbox outbox;
    private final UserRepository users;
    private final CaseRepository cases;
    private final PersonTracks tracks;
    private final JdbcClient jdbc;
    private final String site;
    private final id.netra.reference.ReferenceData reference;
    private final id.netra.casefile.CaseDeadlines deadlines;

    Notifications(MailOutbox outbox, UserRepository users, CaseRepository cases, PersonTracks tracks, JdbcClient jdbc,
                  LetterProperties letters, id.netra.reference.ReferenceData reference, id.netra.casefile.CaseDeadlines deadlines) {
        this.reference = reference;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.users = users;
        this.cases = cases;
        this.tracks = tracks;
        this.jdbc = jdbc;
        String base = letters.publicUrl().toString();
        this.site = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @ApplicationModuleListener
    void taskArrived(TaskArrived task) {
        if (!DESK.contains(task.taskKey())) {
            return;
        }
        CaseFile c = cases.get(task.caseId());
        String label = Messages.id("task." + task.taskKey());
        Map<String, Recipient> to = new LinkedHashMap<>();
        task.groups().forEach(g -> members(g).forEach(r -> to.putIfAbsent(r.username(), r)));
        for (Recipient r : to.values()) {
            outbox.compose("task:" + task.taskId() + ":" + r.username(), c.id(), r.email(),
                    Messages.id("mail.task.subject", label, number(c)),
                    Messages.id("mail.task.body", number(c), office(c), label, site + "/tugas/" + task.taskId()), null);
        }
    }

    @ApplicationModuleListener
    void recommended(RecommendationIssued issued) {
        CaseFile c = cases.get(issued.caseId());
        Long letter = recommendation(issued.personId(), issued.recommendationNumber()).map(RecommendationLetter::id).orElse(null);
        String due = day(issued.followUpDueOn());
        for (Recipient r : users.recipients(Role.PPK, null, issued.ppkAgencyCode())) {
            outbox.compose("recommendation:" + issued.personId() + ":" + issued.recommendationNumber() + ":" + r.username(), c.id(), r.email(),
                    Messages.id("mail.recommendation.subject", issued.recommendationNumber(), due),
                    Messages.id("mail.recommendation.body", issued.recommendationNumber(), number(c), due, site + "/perkara/" + c.id()),
                    letter);
        }
    }

    /** The recommendation sent on to the PPK of the agency the person moved to: that PPK is told, the letter attached. */
    @ApplicationModuleListener
    void readdressed(id.netra.examination.RecommendationReaddressed moved) {
        CaseFile c = cases.get(moved.caseId());
        var letter = recommendation(moved.personId(), null);
        if (letter.isEmpty()) {
            return;
        }
        String number = letter.get().number();
        String due = deadlines.trackDueOn(moved.personId(), id.netra.casefile.DeadlineKind.PPK_FOLLOW_UP)
                .map(DAY::format).orElse("-");
        for (Recipient r : users.recipients(Role.PPK, null, moved.toAgency())) {
            outbox.compose("readdressed:" + moved.personId() + ":" + moved.toAgency() + ":" + moved.at().toEpochMilli() + ":" + r.username(),
                    c.id(), r.email(), Messages.id("mail.readdressed.subject", number, due),
                    Messages.id("mail.readdressed.body", number, number(c), due, site + "/perkara/" + c.id()), letter.get().id());
        }
    }

    @ApplicationModuleListener
    void reminded(PpkReminderDue due) {
        ppk(due.caseId(), due.personId(), "reminder:" + due.personId() + ":" + due.dueOn(), "mail.reminder", due.dueOn());
    }

    @ApplicationModuleListener
    void overdue(PpkDeadlinePassed passed) {
        ppk(passed.caseId(), passed.personId(), "overdue:" + passed.personId() + ":" + passed.followUpDueOn(), "mail.overdue",
                passed.followUpDueOn());
    }

    @ApplicationModuleListener
    void statusChanged(CaseStatusChanged changed) {
        CaseFile c = cases.get(changed.caseId());
        if (!c.isReport()) {
            return;
        }
        List<Reporter> versions = cases.reporterVersions(c.id());
        String email = versions.isEmpty() ? null : versions.get(versions.size() - 1).email();
        if (email == null || email.isBlank()) {
            return;
        }
        String label = Messages.id("case.status." + changed.to().name());
        outbox.compose("status:" + c.id() + ":" + changed.to().name() + ":" + changed.at().toEpochMilli(), c.id(), email.strip(),
                Messages.id("mail.status.subject", c.trackingNumber(), label),
                Messages.id("mail.status.body", c.trackingNumber(), label, site + "/lapor/status"), null);
    }

    /** A mail to the PPK the person's track is addressed to, about its recommendation and deadline. */
    private void ppk(UUID caseId, UUID personId, String key, String message, String dueOn) {
        CaseFile c = cases.get(caseId);
        String recommendation = recommendation(personId, null).map(RecommendationLetter::number).orElse("-");
        String agency = tracks.addressee(personId).orElse(null);
        if (agency == null) {
            return;
        }
        for (Recipient r : users.recipients(Role.PPK, null, agency)) {
            outbox.compose(key + ":" + r.username(), c.id(), r.email(),
                    Messages.id(message + ".subject", recommendation, day(dueOn)),
                    Messages.id(message + ".body", recommendation, number(c), day(dueOn), site + "/perkara/" + c.id()), null);
        }
    }

    private record RecommendationLetter(long id, String number) {
    }

    /**
     * A person's recommendation letter of this number, or ({@code number} null) the one in force: the last issued on
     * the track (a revision replaces the one before).
     */
    private java.util.Optional<RecommendationLetter> recommendation(UUID personId, String number) {
        return jdbc.sql("""
                        SELECT id, number FROM case_letter WHERE person_id = :p AND kind = 'RECOMMENDATION'
                        AND (CAST(:n AS text) IS NULL OR number = :n) ORDER BY id DESC LIMIT 1""")
                .param("p", personId).param("n", number, java.sql.Types.VARCHAR)
                .query((rs, n) -> new RecommendationLetter(rs.getLong(1), rs.getString(2))).optional();
    }

    /** The members of a task's candidate group who receive its mail: the group's own role (of its office or agency). */
    private List<Recipient> members(String group) {
        if (group.startsWith(NetraUser.OFFICER_GROUP)) {
            return users.recipients(Role.BAWASLU_OFFICER, group.substring(NetraUser.OFFICER_GROUP.length()), null);
        }
        if (group.startsWith(NetraUser.COMMISSIONER_GROUP)) {
            return users.recipients(Role.BAWASLU_COMMISSIONER, group.substring(NetraUser.COMMISSIONER_GROUP.length()), null);
        }
        if (group.startsWith(NetraUser.PPK_GROUP)) {
            return users.recipients(Role.PPK, null, group.substring(NetraUser.PPK_GROUP.length()));
        }
        return switch (group) {
            case NetraUser.EXAMINER_GROUP -> users.recipients(Role.EXAMINER, null, null);
            case NetraUser.APPROVER_GROUP -> users.recipients(Role.EXAMINER_APPROVER, null, null);
            default -> List.of();
        };
    }

    /** The case as its officers know it: its register number, else its tracking number. */
    private static String number(CaseFile c) {
        return c.registerNumber() != null ? c.registerNumber() : c.trackingNumber();
    }

    private String office(CaseFile c) {
        return reference.office(c.officeCode()).map(o -> o.name()).orElse(c.officeCode());
    }

    private static String day(String isoDate) {
        try {
            return DAY.format(LocalDate.parse(isoDate));
        } catch (RuntimeException notADay) {
            return isoDate;
        }
    }
}
