package id.netra.casefile;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The statuses of a case (SPEC §4), each with the label officers and reporters see, and the one table of the
 * transitions a case may make ({@link #mayMoveTo}, checked on every change; a change outside it fails loudly). From
 * forwarding on, the case's status summarises its persons' tracks ({@link TrackStatus}), so the four statuses of that
 * phase may follow each other in any order as the tracks move.
 */
public enum CaseStatus {
    RECEIVED("Diterima", false),
    AWAITING_COMPLETION("Menunggu kelengkapan dari pelapor", false),
    NOT_REGISTERED("Tidak diregistrasi", true),
    REGISTERED("Diregistrasi", false),
    UNDER_ASSESSMENT("Dalam kajian Bawaslu", false),
    AWAITING_PLENARY("Menunggu rapat pleno", false),
    CLOSED_NO_VIOLATION("Selesai: bukan pelanggaran", true),
    FORWARDED_ELSEWHERE("Diteruskan ke jalur penanganan lain", true),
    UNDER_EXAMINATION("Dalam pemeriksaan instansi pemeriksa", false),
    CLOSED_NOT_PROVEN("Selesai: tidak terbukti", true),
    RECOMMENDATION_ISSUED("Rekomendasi diterbitkan kepada PPK", false),
    FOLLOW_UP_OVERDUE("Tindak lanjut PPK melewati batas waktu", false),
    FOLLOW_UP_REPORTED("Tindak lanjut dilaporkan PPK", false),
    CLOSED_SANCTIONED("Selesai: sanksi dijatuhkan", true),
    WITHDRAWN("Dicabut oleh pelapor", true);

    private static final Set<CaseStatus> TRACK_PHASE = EnumSet.of(UNDER_EXAMINATION, RECOMMENDATION_ISSUED,
            FOLLOW_UP_OVERDUE, FOLLOW_UP_REPORTED);
    private static final Map<CaseStatus, Set<CaseStatus>> TRANSITIONS = new EnumMap<>(CaseStatus.class);

    static {
        TRANSITIONS.put(RECEIVED, EnumSet.of(AWAITING_COMPLETION, REGISTERED, WITHDRAWN));
        TRANSITIONS.put(AWAITING_COMPLETION, EnumSet.of(RECEIVED, NOT_REGISTERED, WITHDRAWN));
        TRANSITIONS.put(REGISTERED, EnumSet.of(UNDER_ASSESSMENT));
        TRANSITIONS.put(UNDER_ASSESSMENT, EnumSet.of(AWAITING_PLENARY));
        TRANSITIONS.put(AWAITING_PLENARY, EnumSet.of(UNDER_ASSESSMENT, UNDER_EXAMINATION, CLOSED_NO_VIOLATION, FORWARDED_ELSEWHERE));
        for (CaseStatus s : TRACK_PHASE) {
            Set<CaseStatus> next = EnumSet.copyOf(TRACK_PHASE);
            next.remove(s);
            next.add(CLOSED_SANCTIONED);
            next.add(CLOSED_NOT_PROVEN);
            TRANSITIONS.put(s, next);
        }
        for (CaseStatus s : values()) {
            TRANSITIONS.putIfAbsent(s, EnumSet.noneOf(CaseStatus.class));
        }
    }

    private final String label;
    private final boolean closed;

    CaseStatus(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return closed;
    }

    public boolean mayMoveTo(CaseStatus to) {
        return TRANSITIONS.get(this).contains(to);
    }

    /** The statuses this one may change to. */
    public Set<CaseStatus> next() {
        Set<CaseStatus> next = TRANSITIONS.get(this);
        return next.isEmpty() ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(next);
    }
}
