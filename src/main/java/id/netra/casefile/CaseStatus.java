package id.netra.casefile;

/** The statuses of a case (SPEC §4), each with the label officers and reporters see. */
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
}
