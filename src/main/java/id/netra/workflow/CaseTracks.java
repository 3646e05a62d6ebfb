package id.netra.workflow;

import id.netra.casefile.CasePerson;
import id.netra.casefile.CasePersons;
import id.netra.casefile.DeadlineKind;
import id.netra.casefile.PersonTracks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * What the model's per-person track reads ({@code ${caseTracks...}}): the persons forwarded (the multi-instance
 * collection), each track's PPK and deadlines, and the person a track's task belongs to, kept on the task as the local
 * variable {@code personId} so that the inbox and the forms know it.
 */
@Component("caseTracks")
public class CaseTracks {

    /** The process variable (the multi-instance element) and the task-local variable naming the track's person. */
    public static final String PERSON_ID = "personId";

    private final PersonTracks tracks;
    private final CasePersons persons;
    private final id.netra.casefile.CaseDeadlines deadlines;

    public CaseTracks(PersonTracks tracks, CasePersons persons, id.netra.casefile.CaseDeadlines deadlines) {
        this.tracks = tracks;
        this.persons = persons;
        this.deadlines = deadlines;
    }

    /** The persons whose tracks were opened on forwarding, in the order the case names them. */
    public List<String> forwarded(String caseId) {
        return tracks.of(UUID.fromString(caseId)).stream().map(t -> t.personId().toString()).toList();
    }

    /**
     * The agency whose PPK follows up the person's recommendation: the one it is addressed to (the person's own, or the
     * authority the examiner chose), else — before a recommendation — the person's.
     */
    public String agency(String personId) {
        UUID person = UUID.fromString(personId);
        return tracks.addressee(person).orElseGet(() -> persons.get(person).agencyCode());
    }

    public Date due(String personId, String kind) {
        return deadlines.trackDue(UUID.fromString(personId), DeadlineKind.valueOf(kind));
    }

    public Date timer(String personId, String kind) {
        return deadlines.trackTimer(UUID.fromString(personId), DeadlineKind.valueOf(kind));
    }

    /** A track's task keeps its person (create listener). */
    public void tag(DelegateTask task) {
        Object person = task.getVariable(PERSON_ID);
        if (person != null) {
            task.setVariableLocal(PERSON_ID, person.toString());
        }
    }

    /** The person of the track a service task runs in (the previous model version: the case's first person). */
    public UUID personOf(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        Object person = execution.getVariable(PERSON_ID);
        return person != null ? UUID.fromString(person.toString())
                : persons.first(ServiceTasks.caseId(execution)).id();
    }

    /**
     * The person of a track's task: the one it was tagged with, or for a task of the previous model version (whose
     * cases name one person) the case's first person. Null for a task on the whole case.
     */
    UUID personOf(String taskKey, Object taggedPerson, UUID caseId) {
        if (!FlowNodes.TRACK_TASK_KEYS.contains(taskKey)) {
            return null;
        }
        if (taggedPerson != null) {
            return UUID.fromString(taggedPerson.toString());
        }
        CasePerson first = persons.first(caseId);
        return first.id();
    }
}
