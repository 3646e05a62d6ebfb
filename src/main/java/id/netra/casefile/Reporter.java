package id.netra.casefile;

import java.time.LocalDate;

/**
 * The reporter's identity: shown only to the Bawaslu office handling the case. Beside name, NIK and address, the details
 * the report form of Perbawaslu 9/2024 asks (place and date of birth, sex, occupation, citizenship): optional, null
 * when not given (and on every report of a release before they were asked).
 */
public record Reporter(String name, String nik, String address, String phone, String email,
                       String birthPlace, LocalDate birthDate, Sex sex, String occupation, Citizenship citizenship) {

    /** Jenis kelamin, as the form asks it. */
    public enum Sex implements id.netra.platform.Labelled {
        MALE, FEMALE;

        @Override
        public String labelKey() {
            return "reporter.sex." + name();
        }
    }

    /** Kewarganegaraan: Warga Negara Indonesia or Warga Negara Asing. */
    public enum Citizenship implements id.netra.platform.Labelled {
        WNI, WNA;

        @Override
        public String labelKey() {
            return "reporter.citizenship." + name();
        }
    }

    /**
     * Why the report may not come from one Perbawaslu 7/2022 art. 8(2) lets report (an Indonesian citizen with voting
     * rights, an election participant, an election monitor), for the initial review to weigh — the report is filed
     * all the same: {@code FOREIGN_CITIZEN} for a reporter who gave their citizenship as WNA; null when nothing says so.
     */
    public String eligibilityConcern() {
        return citizenship == Citizenship.WNA ? "FOREIGN_CITIZEN" : null;
    }

    /** The identity without the form's other details (a finding's parties, the reports of earlier releases). */
    public Reporter(String name, String nik, String address, String phone, String email) {
        this(name, nik, address, phone, email, null, null, null, null, null);
    }
}
