package id.netra.casefile;

/**
 * The deadlines kept on a case or on one person's track; each is shown on the case and on its tasks and drives the
 * BPMN timers.
 */
public enum DeadlineKind {
    REPORT_FILING("Batas waktu penyampaian laporan", false),
    INITIAL_REVIEW("Batas waktu kajian awal", false),
    COMPLETION("Batas waktu pelapor melengkapi laporan", false),
    ASSESSMENT("Batas waktu penanganan (klarifikasi, kajian, pleno)", false),
    EXAMINATION("Batas waktu pemeriksaan", true),
    PPK_FOLLOW_UP("Batas waktu tindak lanjut PPK", true),
    PPK_REMINDER("Pengingat kepada PPK", true);

    private final String label;
    private final boolean perTrack;

    DeadlineKind(String label, boolean perTrack) {
        this.label = label;
        this.perTrack = perTrack;
    }

    public String label() {
        return label;
    }

    /** Kept per person's track, not on the case. */
    public boolean perTrack() {
        return perTrack;
    }
}
