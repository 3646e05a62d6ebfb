package id.netra.casefile;

import id.netra.casefile.CaseAccess.View;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who reads what of a case (SPEC §5), decided in one place: every withheld field of the case detail, every decision's
 * task key and every kind of status-history note has an {@link Audience}. {@code CaseQueries.render} applies it; the
 * reporter's identity is guarded besides by {@code ReporterRedactor}.
 * <ul>
 * <li>The handling office's working notes stay with it: the initial review, what a report is missing, the reporter's
 * withdrawal reason, the report's witness list with contacts.</li>
 * <li>The examining agency reads what it examines: the assessment with its analysis, the plenary's decision, the
 * hearing records with the names of those heard. The province office and RI above read the same.</li>
 * <li>A PPK reads the recommendation and its grounds (the examination's outcome, sanction and reasoning, the
 * assessment's conclusion and violation types) and the follow-up it is asked for: no hearing records, no witness
 * names, no analysis.</li>
 * </ul>
 * Anything not declared here is read by every view that sees the case; a decision of an undeclared task key is read by
 * the handling office only, so that a new task's input is withheld until someone decides its audience.
 */
public final class Visibility {

    private Visibility() {
    }

    /** The readers of a piece of a case; stored by name with each status-history note (V12). */
    public enum Audience {
        /** The handling Bawaslu office only. */
        HANDLING(EnumSet.of(View.HANDLING)),
        /** The handling office, the offices above it, and the examining agency: the examined record. */
        EXAMINING(EnumSet.of(View.HANDLING, View.OVERSIGHT, View.EXAMINING)),
        /** Everyone who sees the case, the PPK included. */
        ALL(EnumSet.of(View.HANDLING, View.OVERSIGHT, View.EXAMINING, View.PPK));

        private final Set<View> views;

        Audience(Set<View> views) {
            this.views = views;
        }

        public boolean visibleTo(View view) {
            return views.contains(view);
        }
    }

    /** Fields of the case detail that not every viewer reads; withheld, they stay in the answer as null or []. */
    public enum Field {
        TRACKING_NUMBER("trackingNumber", Audience.HANDLING),
        REPORTER("reporter", Audience.HANDLING),
        /** What of the reporter's details the initial review should weigh (a foreign citizen): the reporter's, so theirs. */
        REPORTER_ELIGIBILITY("reporterEligibility", Audience.HANDLING),
        /** The report's witness list, with their contacts. */
        WITNESSES("witnesses", Audience.HANDLING),
        /** What the initial review found missing; the reporter reads it on the public status page. */
        MISSING_ITEMS("missingItems", Audience.HANDLING),
        /** The hearing records, with the names of those heard (the reporter's masked outside the handling office). */
        HEARINGS("hearings", Audience.EXAMINING),
        ASSESSMENT_ANALYSIS("assessment.analysis", Audience.EXAMINING),
        ASSESSMENT_EXTENSION_REASON("assessment.extensionReason", Audience.EXAMINING);

        private final String path;
        private final Audience audience;

        Field(String path, Audience audience) {
            this.path = path;
            this.audience = audience;
        }

        public String path() {
            return path;
        }

        public Audience audience() {
            return audience;
        }

        public boolean visibleTo(View view) {
            return audience.visibleTo(view);
        }
    }

    /** The readers of each task's decision (its input as entered), by task key. */
    public static final Map<String, Audience> DECISIONS;

    static {
        Map<String, Audience> d = new LinkedHashMap<>();
        d.put("initialReview", Audience.HANDLING);              // requirements, missing items, internal notes
        d.put("clarification", Audience.EXAMINING);             // the hearings held
        d.put("assessmentExtension", Audience.EXAMINING);       // the reason for the one extension
        d.put("assessment", Audience.EXAMINING);                // conclusion and analysis
        d.put("plenaryDecision", Audience.EXAMINING);           // the plenary's decision and notes
        d.put("examination", Audience.ALL);                     // the recommendation and its grounds
        d.put("recommendationApproval", Audience.EXAMINING);    // the examining agency's own four-eyes
        d.put("ppkReminder", Audience.ALL);
        d.put("ppkDeadlinePassed", Audience.ALL);
        d.put("followUpConfirmation", Audience.ALL);            // the PPK's own report
        d.put("followUpVerification", Audience.ALL);            // a rejection goes back to the PPK, with its reason
        d.put("nonComplianceWarning", Audience.ALL);            // the warning is addressed to the PPK
        d.put("personnelDataBlock", Audience.ALL);              // the PPK's person is blocked
        d.put("nonComplianceEscalation", Audience.ALL);         // the PPK is the subject of the letter
        d.put("trackMoot", Audience.ALL);                       // why the track ended without a decision
        d.put("clarificationRequest", Audience.ALL);            // the questions the PPK is asked to answer
        d.put("examinationClarification", Audience.ALL);        // the PPK's own answer
        d.put("objectionAnswer", Audience.ALL);                 // the answer to the PPK's own objection
        DECISIONS = Collections.unmodifiableMap(d);
    }

    public static Audience ofDecision(String taskKey) {
        return DECISIONS.getOrDefault(taskKey, Audience.HANDLING);
    }

    /** Every note the status history is given, with its readers. A note is composed where the status changes. */
    public enum Note {
        REGISTERED(Audience.ALL),
        /** The forwarding letter's number; the letters are read by all. */
        FORWARDED(Audience.ALL),
        PLENARY_NO_VIOLATION(Audience.EXAMINING),
        FORWARDED_ELSEWHERE(Audience.EXAMINING),
        /** The plenary's reason for sending the assessment back. */
        PLENARY_SENT_BACK(Audience.EXAMINING),
        HEARINGS_RECORDED(Audience.EXAMINING),
        RECOMMENDATION_ISSUED(Audience.ALL),
        NOT_PROVEN(Audience.ALL),
        PPK_DEADLINE_PASSED(Audience.ALL),
        /** A step of the escalation (warning, block, notice to the ministry) with its letter's number: the PPK is its subject. */
        NON_COMPLIANCE(Audience.ALL),
        /** The examining agency's reason for rejecting the PPK's follow-up: the PPK must read it to act on it. */
        FOLLOW_UP_REJECTED(Audience.ALL),
        FOLLOW_UP_REPORTED(Audience.ALL),
        FOLLOW_UP_VERIFIED(Audience.ALL),
        /** The recommendation sent on to the PPK of the agency the person moved to, with the examiner's reason. */
        RECOMMENDATION_READDRESSED(Audience.ALL),
        /** The PPK's declared refusal to impose the sanction, with its stated reason: non-compliance at once. */
        FOLLOW_UP_REFUSED(Audience.ALL),
        /** The examining agency asked for clarification (of whom, the letter's number): the PPK answers it. */
        CLARIFICATION_REQUESTED(Audience.ALL),
        /** The clarification answered: the examination clock runs again, its deadline moved by the pause. */
        CLARIFICATION_ANSWERED(Audience.ALL),
        /** The PPK's objection to the recommendation, and the examining agency's answer (the letter's number). */
        OBJECTION(Audience.ALL),
        /** The person's track closed as moot (retired, resigned, died). */
        TRACK_MOOT(Audience.ALL),
        REPORT_COMPLETED(Audience.ALL),
        COMPLETION_WINDOW_PASSED(Audience.ALL),
        /** What the initial review found missing: a working note of the handling office. */
        MISSING_ITEMS(Audience.HANDLING),
        /** The reporter's withdrawal, with the reporter's reason. */
        WITHDRAWN(Audience.HANDLING);

        private final Audience audience;

        Note(Audience audience) {
            this.audience = audience;
        }

        public Audience audience() {
            return audience;
        }

        /** This kind of note with its text. */
        public NoteText text(String text) {
            return new NoteText(audience, text);
        }
    }

    /** A note as stored: its text and who reads it. */
    public record NoteText(Audience audience, String text) {
        public static final NoteText NONE = new NoteText(Audience.ALL, null);
    }

    /** The names of what is withheld from a view: fields, decisions by task key, and the notes of the history. */
    public static List<String> withheldFrom(View view) {
        List<String> out = new ArrayList<>();
        for (Field f : Field.values()) {
            if (!f.visibleTo(view)) {
                out.add(f.path());
            }
        }
        DECISIONS.forEach((key, audience) -> {
            if (!audience.visibleTo(view)) {
                out.add("decisions." + key);
            }
        });
        for (Note n : Note.values()) {
            if (!n.audience().visibleTo(view)) {
                out.add("history.note");
                break;
            }
        }
        return out;
    }
}
