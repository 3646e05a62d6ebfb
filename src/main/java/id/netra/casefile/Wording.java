package id.netra.casefile;

import id.netra.platform.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed wordings Netra writes into the case file itself — status-history notes and deadlines' bases — each a code of
 * the message catalogue. They are stored as they always were, in Indonesian: the catalogue's words with their
 * arguments ({@link #stored}); and read back in the reader's language ({@link #note}, {@link #basis}), recognised by
 * those same words, so that rows written by earlier releases, in the same words, read in English too. A stored text
 * that is no wording of Netra's (an officer's words) is read as it was written. So is the marker Netra writes into a
 * report's description when the reporter completes it ({@link #completionMarker}, {@link #description}).
 */
public enum Wording {

    REGISTERED(Kind.NOTE, "note.registered"),
    FORWARDED(Kind.NOTE, "note.forwarded"),
    PLENARY_NO_VIOLATION(Kind.NOTE, "note.plenaryNoViolation"),
    /** Its argument is the route's code, read as the route's name. */
    FORWARDED_ELSEWHERE(Kind.NOTE, "note.forwardedElsewhere",
            (code, locale) -> java.util.Objects.requireNonNullElse(Messages.orNull(locale, "case.otherRoute." + code), code)),
    PLENARY_SENT_BACK(Kind.NOTE, "note.plenarySentBack"),
    HEARINGS_RECORDED(Kind.NOTE, "note.hearingsRecorded"),
    RECOMMENDATION_ISSUED(Kind.NOTE, "note.recommendationIssued"),
    NOT_PROVEN(Kind.NOTE, "note.notProven"),
    NOT_APPLICABLE(Kind.NOTE, "note.notApplicable"),
    /** As releases before the escalation's steps wrote it: the block at the deadline. */
    PPK_DEADLINE_PASSED(Kind.NOTE, "note.ppkDeadlinePassed"),
    PPK_OVERDUE(Kind.NOTE, "note.ppkOverdue"),
    /** Each step's argument is its letter's number. */
    NON_COMPLIANCE_WARNED(Kind.NOTE, "note.nonComplianceWarned"),
    PERSONNEL_DATA_BLOCKED(Kind.NOTE, "note.personnelDataBlocked"),
    MINISTRY_NOTIFIED(Kind.NOTE, "note.ministryNotified"),
    FOLLOW_UP_REJECTED(Kind.NOTE, "note.followUpRejected"),
    FOLLOW_UP_REPORTED(Kind.NOTE, "note.followUpReported"),
    FOLLOW_UP_NOT_IMPOSED(Kind.NOTE, "note.followUpNotImposed"),
    FOLLOW_UP_VERIFIED(Kind.NOTE, "note.followUpVerified"),
    RECOMMENDATION_READDRESSED(Kind.NOTE, "note.recommendationReaddressed"),
    FOLLOW_UP_REFUSED(Kind.NOTE, "note.followUpRefused"),
    /** Its first argument is the addressee's code (PPK, SUPERIOR, PERSON), read as its words; the second the letter's number. */
    CLARIFICATION_REQUESTED(Kind.NOTE, "note.clarificationRequested",
            (code, locale) -> java.util.Objects.requireNonNullElse(Messages.orNull(locale, "case.clarificationAddressee." + code), code)),
    CLARIFICATION_ANSWERED(Kind.NOTE, "note.clarificationAnswered", Wording::term),
    OBJECTION_RAISED(Kind.NOTE, "note.objectionRaised"),
    OBJECTION_UPHELD(Kind.NOTE, "note.objectionUpheld"),
    OBJECTION_REVISED(Kind.NOTE, "note.objectionRevised"),
    /** Its argument is the reason's code (RETIRED, RESIGNED, DIED), read as the reason's words. */
    TRACK_MOOT(Kind.NOTE, "note.trackMoot",
            (code, locale) -> java.util.Objects.requireNonNullElse(Messages.orNull(locale, "case.mootReason." + code), code)),
    REPORT_COMPLETED(Kind.NOTE, "note.reportCompleted"),
    COMPLETION_WINDOW_PASSED(Kind.NOTE, "note.completionWindowPassed"),
    WITHDRAWN(Kind.NOTE, "note.withdrawn"),
    WITHDRAWN_BECAUSE(Kind.NOTE, "note.withdrawnBecause"),

    // A basis's argument is its clock's term as Term.inWords writes it ("14 hari kerja", "3 hari").
    REPORT_FILING_BASIS(Kind.BASIS, "deadline.basis.reportFiling", Wording::term),
    FINDING_BASIS(Kind.BASIS, "deadline.basis.finding", Wording::term),
    INITIAL_REVIEW_BASIS(Kind.BASIS, "deadline.basis.initialReview", Wording::term),
    INITIAL_REVIEW_COMPLETED_BASIS(Kind.BASIS, "deadline.basis.initialReviewCompleted", Wording::term),
    INITIAL_REVIEW_TRANSFERRED_BASIS(Kind.BASIS, "deadline.basis.initialReviewTransferred", Wording::term),
    COMPLETION_BASIS(Kind.BASIS, "deadline.basis.completion", Wording::term),
    ASSESSMENT_BASIS(Kind.BASIS, "deadline.basis.assessment", Wording::term),
    ASSESSMENT_EXTENDED_BASIS(Kind.BASIS, "deadline.basis.assessmentExtended", Wording::term),
    EXAMINATION_BASIS(Kind.BASIS, "deadline.basis.examination", Wording::term),
    EXAMINATION_PAUSED_BASIS(Kind.BASIS, "deadline.basis.examinationPaused", Wording::term),
    EXAMINATION_REVISED_BASIS(Kind.BASIS, "deadline.basis.examinationRevised", Wording::term),
    PPK_FOLLOW_UP_BASIS(Kind.BASIS, "deadline.basis.ppkFollowUp", Wording::term),
    PPK_REMINDER_BASIS(Kind.BASIS, "deadline.basis.ppkReminder", Wording::term),
    PPK_UPHELD_BASIS(Kind.BASIS, "deadline.basis.ppkUpheld", Wording::term),
    PPK_REFUSED_BASIS(Kind.BASIS, "deadline.basis.ppkRefused");

    private static final Pattern TERM = Pattern.compile("(\\d+) hari( kerja)?");

    /** A term as stored ("14 hari kerja", "3 hari") in {@code locale}; in Indonesian, or not a term, as it is. */
    private static String term(String stored, Locale locale) {
        Matcher m = TERM.matcher(stored);
        if ("id".equals(locale.getLanguage()) || !m.matches()) {
            return stored;
        }
        return Messages.in(locale, m.group(2) != null ? "deadline.term.WORKING" : "deadline.term.CALENDAR",
                Integer.parseInt(m.group(1)));
    }

    /** Where a wording is written: a status-history note, or a deadline's basis ({@code rule}). */
    enum Kind { NOTE, BASIS }

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private final Kind kind;
    private final String code;
    private final BiFunction<String, Locale, String> argument;
    /** The Indonesian words as a pattern, and the index of the argument each of its groups holds (made when first read). */
    private volatile Pattern pattern;
    private volatile int[] groups;

    Wording(Kind kind, String code) {
        this(kind, code, (value, locale) -> value);
    }

    Wording(Kind kind, String code, BiFunction<String, Locale, String> argument) {
        this.kind = kind;
        this.code = code;
        this.argument = argument;
    }

    public String code() {
        return code;
    }

    /** The wording as stored: the Indonesian catalogue's words with these arguments, each as its text. */
    public String stored(Object... args) {
        return Messages.id(code, Arrays.stream(args).map(String::valueOf).toArray());
    }

    /** A status-history note in {@code locale}: a wording of Netra's said again in that language, else as stored. */
    public static String note(String stored, Locale locale) {
        return read(Kind.NOTE, stored, locale);
    }

    /** A deadline's basis in {@code locale}, like {@link #note}. */
    public static String basis(String stored, Locale locale) {
        return read(Kind.BASIS, stored, locale);
    }

    /** The catalogue's words of the line Netra writes into a report's description when the reporter completes it. */
    private static final String COMPLETION_MARKER = "case.incident.completedByReporter";

    /**
     * The line that marks, in a report's description, what the reporter added when completing it on {@code day}: stored
     * as every release stored it, "[Kelengkapan dari pelapor, 2026-11-27]".
     */
    public static String completionMarker(java.time.LocalDate day) {
        return Messages.id(COMPLETION_MARKER, day.toString());
    }

    /** A completion marker as stored, on a line of its own: the Indonesian words around an ISO day. */
    private static volatile Pattern markerLine;

    /**
     * A report's description in {@code locale}: each completion marker on a line of its own said in that language with
     * its day as people write it ("[Completed by the reporter, 27 November 2026]"), rows of earlier releases too; the
     * reporter's own words as written.
     */
    public static String description(String stored, Locale locale) {
        if (stored == null) {
            return null;
        }
        if (markerLine == null) {
            String[] around = Messages.id(COMPLETION_MARKER).split("\\{0}", -1);
            markerLine = Pattern.compile("(?m)^" + Pattern.quote(around[0]) + "(\\d{4}-\\d{2}-\\d{2})" + Pattern.quote(around[1]) + "$");
        }
        java.time.format.DateTimeFormatter human = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Messages.INDONESIAN);
        return markerLine.matcher(stored).replaceAll(m -> {
            try {
                return Matcher.quoteReplacement(Messages.in(locale, COMPLETION_MARKER, human.format(java.time.LocalDate.parse(m.group(1)))));
            } catch (java.time.format.DateTimeParseException e) {
                return Matcher.quoteReplacement(m.group());
            }
        });
    }

    /** The wordings of a kind, those that begin with their own words first: "{0} …" only when no other fits. */
    private static final List<Wording> IN_ORDER = Arrays.stream(values())
            .sorted(Comparator.comparing((Wording w) -> Messages.id(w.code).startsWith("{"))).toList();

    private static String read(Kind kind, String stored, Locale locale) {
        if (stored == null) {
            return null;
        }
        for (Wording w : IN_ORDER) {
            if (w.kind != kind) {
                continue;
            }
            Matcher m = w.pattern().matcher(stored);
            if (m.matches()) {
                Object[] args = new Object[Arrays.stream(w.groups).max().orElse(-1) + 1];
                for (int i = 0; i < w.groups.length; i++) {
                    args[w.groups[i]] = w.argument.apply(m.group(i + 1), locale);
                }
                return Messages.in(locale, w.code, args);
            }
        }
        return stored;
    }

    /** The Indonesian words as a pattern: the words as they are, each argument any text (the last one to the end). */
    private Pattern pattern() {
        if (pattern == null) {
            String words = Messages.id(code);
            StringBuilder regex = new StringBuilder();
            List<Integer> indexes = new ArrayList<>();
            Matcher m = ARGUMENT.matcher(words);
            int at = 0;
            while (m.find()) {
                regex.append(Pattern.quote(words.substring(at, m.start()))).append(m.end() == words.length() ? "(.*)" : "(.+?)");
                indexes.add(Integer.parseInt(m.group(1)));
                at = m.end();
            }
            regex.append(Pattern.quote(words.substring(at)));
            groups = indexes.stream().mapToInt(Integer::intValue).toArray();
            pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
        }
        return pattern;
    }
}
