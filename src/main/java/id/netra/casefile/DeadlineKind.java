package id.netra.casefile;

/** The deadlines kept on a case; each is shown on the case and on its tasks and drives the BPMN timers. */
public enum DeadlineKind {
    REPORT_FILING("Batas waktu penyampaian laporan"),
    INITIAL_REVIEW("Batas waktu kajian awal"),
    COMPLETION("Batas waktu pelapor melengkapi laporan"),
    ASSESSMENT("Batas waktu penanganan (klarifikasi, kajian, pleno)"),
    EXAMINATION("Batas waktu pemeriksaan"),
    PPK_FOLLOW_UP("Batas waktu tindak lanjut PPK"),
    PPK_REMINDER("Pengingat kepada PPK");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
