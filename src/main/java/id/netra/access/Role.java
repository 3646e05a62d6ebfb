package id.netra.access;

public enum Role {
    BAWASLU_OFFICER, BAWASLU_COMMISSIONER, EXAMINER, EXAMINER_APPROVER, PPK, ADMIN;

    public boolean isBawaslu() {
        return this == BAWASLU_OFFICER || this == BAWASLU_COMMISSIONER;
    }

    public boolean isExaminingAgency() {
        return this == EXAMINER || this == EXAMINER_APPROVER;
    }
}
