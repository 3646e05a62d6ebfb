package id.netra.examination;

import id.netra.access.NetraUser;
import id.netra.casefile.CaseEvent;
import id.netra.casefile.CasePersons;
import id.netra.casefile.PersonActions;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.PersonTracks;
import id.netra.casefile.TrackStatus;
import id.netra.casefile.Visibility;
import id.netra.casefile.Wording;
import id.netra.platform.ConflictException;
import id.netra.platform.FieldError;
import id.netra.platform.InvalidInputException;
import id.netra.platform.Today;
import id.netra.workflow.CaseProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The examining agency's requests for clarification during an examination (SPEC §4): asked of the PPK, the person's
 * superior or the person — through the PPK of the person's agency, whose officers see the person's track from then on
 * (SPEC §5) and record the answer (task {@code examinationClarification}, {@link ExaminationClarificationForm}). The
 * examination clock pauses while a request is pending: on the answer the examination's deadline moves by the days it
 * was pending, in the clock's unit. One request pending per person at a time.
 */
@Service
public class Clarifications {

    /** Whom the examining agency asks. */
    public enum Addressee implements id.netra.platform.Labelled {
        PPK, SUPERIOR, PERSON;

        @Override
        public String labelKey() {
            return "case.clarificationAddressee." + name();
        }
    }

    public record Request(UUID id, UUID personId, Addressee addressee, String letterNumber, String questions, LocalDate requestedOn) {
    }

    public static final int MAX_LETTER = 120;
    public static final int MAX_QUESTIONS = 4000;
    /** The request's step name on the case (a step outside any task). */
    public static final String STEP = "clarificationRequest";

    private final JdbcClient jdbc;
    private final PersonActions actions;
    private final CasePersons persons;
    private final PersonTracks tracks;
    private final CaseRecords records;
    private final CaseProcess process;
    private final ApplicationEventPublisher events;

    public Clarifications(JdbcClient jdbc, PersonActions actions, CasePersons persons, PersonTracks tracks, CaseRecords records,
                          CaseProcess process, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.persons = persons;
        this.tracks = tracks;
        this.records = records;
        this.process = process;
        this.events = events;
    }

    /** Asks for clarification; refused (403, 404, 409, or 400 naming each field) when it may not be. */
    @Transactional
    public Addressee request(NetraUser user, UUID caseId, UUID personId, String addressee, String letterNumber, String questions) {
        actions.examiningAgencys(user, caseId, personId, "examination.clarification");
        if (tracks.status(personId).orElse(null) != TrackStatus.UNDER_EXAMINATION) {
            throw ConflictException.of("examination.clarification.notUnderExamination");
        }
        if (pending(personId).isPresent()) {
            throw ConflictException.of("examination.clarification.pending");
        }
        List<FieldError> errors = new ArrayList<>();
        Addressee to = PersonActions.code(Addressee.class, addressee);
        if (to == null) {
            errors.add(FieldError.of("addressee", "examination.clarification.addresseeRequired"));
        }
        String letter = letterNumber == null ? "" : letterNumber.strip();
        if (letter.isEmpty()) {
            errors.add(FieldError.of("letterNumber", "examination.clarification.letterRequired"));
        } else if (letter.length() > MAX_LETTER) {
            errors.add(FieldError.of("letterNumber", "input.maxLength", MAX_LETTER));
        } else if (letter.contains("\n") || letter.contains("\t")) {
            errors.add(FieldError.of("letterNumber", "input.lineBreak"));
        }
        String asked = questions == null ? "" : questions.strip();
        if (asked.isEmpty()) {
            errors.add(FieldError.of("questions", "examination.clarification.questionsRequired"));
        } else if (asked.length() > MAX_QUESTIONS) {
            errors.add(FieldError.of("questions", "input.maxLength", MAX_QUESTIONS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO examination_clarification (id, person_id, case_id, addressee, letter_number, questions,
                                                               requested_by, requested_on, requested_at)
                        VALUES (:id, :p, :c, :to, :letter, :q, :by, :on, :at)""")
                .param("id", id).param("p", personId).param("c", caseId).param("to", to.name()).param("letter", letter)
                .param("q", asked).param("by", user.username()).param("on", Today.date())
                .param("at", Today.timestamp()).update();
        if (tracks.addressee(personId).isEmpty()) {
            // The PPK of the person's agency sees the track from the request on (SPEC §5) and holds the answer's task.
            tracks.addressTo(personId, persons.get(personId).agencyCode());
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("addressee", to.name());
        payload.put("letterNumber", letter);
        payload.put("questions", asked);
        records.decision(caseId, personId, STEP, null, user.username(), "REQUESTED", payload);
        records.letter(caseId, personId, "CLARIFICATION_REQUEST", letter, user.username());
        tracks.note(personId, user.username(), Visibility.Note.CLARIFICATION_REQUESTED.text(
                Wording.CLARIFICATION_REQUESTED.stored(to.name(), letter)));
        if (!process.requestClarification(caseId, personId)) {
            throw ConflictException.of("examination.clarification.processCannot");
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("personId", personId.toString());
        detail.put("addressee", to.name());
        detail.put("letterNumber", letter);
        events.publishEvent(new CaseEvent(user.username(), CaseEvent.CLARIFICATION_REQUESTED, caseId, detail));
        return to;
    }

    /** The person's request still awaiting its answer. */
    public Optional<Request> pending(UUID personId) {
        return jdbc.sql("""
                        SELECT id, person_id, addressee, letter_number, questions, requested_on FROM examination_clarification
                        WHERE person_id = :p AND answered_on IS NULL""")
                .param("p", personId)
                .query((rs, n) -> new Request(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Addressee.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate()))
                .optional();
    }

    /** The person's request that went out under this letter number. */
    public Optional<Request> byLetter(UUID personId, String letterNumber) {
        return jdbc.sql("""
                        SELECT id, person_id, addressee, letter_number, questions, requested_on FROM examination_clarification
                        WHERE person_id = :p AND letter_number = :n ORDER BY requested_at DESC LIMIT 1""")
                .param("p", personId).param("n", letterNumber)
                .query((rs, n) -> new Request(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Addressee.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate()))
                .optional();
    }

    /** The pending request answered on {@code answeredOn}; the examination paused {@code pausedDays} for it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void answered(UUID requestId, LocalDate answeredOn, String answer, String by, int pausedDays) {
        jdbc.sql("""
                        UPDATE examination_clarification SET answered_on = :on, answer = :answer, answered_by = :by,
                               answered_at = :at, paused_days = :paused WHERE id = :id AND answered_on IS NULL""")
                .param("on", answeredOn).param("answer", answer).param("by", by).param("at", Today.timestamp())
                .param("paused", pausedDays).param("id", requestId).update();
    }

    /** The days the person's examination has paused for clarification, all answered requests together. */
    int pausedDays(UUID personId) {
        return jdbc.sql("SELECT coalesce(sum(paused_days), 0) FROM examination_clarification WHERE person_id = :p")
                .param("p", personId).query(Integer.class).single();
    }
}
