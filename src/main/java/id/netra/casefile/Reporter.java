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

    /** The identity without the form's other details (a finding's parties, the reports of earlier releases). */
    public Reporter(String name, String nik, String address, String phone, String email) {
        this(name, nik, address, phone, email, null, null, null, null, null);
    }
}
