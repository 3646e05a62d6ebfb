package id.netra.intake;

import id.netra.casefile.CasePersons;
import id.netra.casefile.Reporter;
import id.netra.deadline.ElectionType;
import id.netra.platform.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A public report (laporan), or an officer's finding (temuan) without a reporter. Each message is a code of the
 * catalogue ({@code {intake...}}), said in the request's language; a {@code @Size}'s maximum is its argument.
 */
public record ReportRequest(
        @NotNull(message = "{intake.electionType.required}") ElectionType electionType,
        @Valid ReporterInput reporter,
        @Valid ReportedInput reported,
        @Valid @Size(max = CasePersons.MAX_PERSONS, message = "{intake.persons.tooMany}") List<ReportedInput> reportedPersons,
        @NotNull(message = "{intake.required}") @Valid IncidentInput incident,
        @Valid @Size(max = ReportRequest.MAX_WITNESSES, message = "{intake.witnesses.tooMany}") List<WitnessInput> witnesses) {

    /** The longest texts, one limit per kind of text: the constraints', the columns' and the forms' {@code maxlength}. */
    public static final int MAX_NAME = 160;
    public static final int MAX_ADDRESS = 400;
    public static final int MAX_PHONE = 32;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_POSITION = 200;
    public static final int MAX_OCCUPATION = 160;
    public static final int MAX_CONTACT = 200;
    public static final int MAX_PLACE = 300;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_WITNESSES = 20;

    public record ReporterInput(
            @NotBlank(message = "{intake.reporter.name.required}") @Size(max = MAX_NAME, message = "{intake.maxLength}") @SingleLine String name,
            @NotBlank(message = "{intake.reporter.nik.required}") @SingleLine String nik,
            @NotBlank(message = "{intake.reporter.address.required}") @Size(max = MAX_ADDRESS, message = "{intake.maxLength}") @SingleLine String address,
            @Size(max = MAX_PHONE, message = "{intake.maxLength}")
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,}$", message = "{intake.reporter.phone.invalid}") @SingleLine String phone,
            @Email(message = "{intake.reporter.email.invalid}") @Size(max = MAX_EMAIL, message = "{intake.maxLength}") @SingleLine String email,
            @Size(max = MAX_NAME, message = "{intake.maxLength}") @SingleLine String birthPlace,
            LocalDate birthDate,
            Reporter.Sex sex,
            @Size(max = MAX_OCCUPATION, message = "{intake.maxLength}") @SingleLine String occupation,
            Reporter.Citizenship citizenship) {

        /** The identity alone, as a client of a release before the form's other details sends it. */
        public ReporterInput(String name, String nik, String address, String phone, String email) {
            this(name, nik, address, phone, email, null, null, null, null, null);
        }

        /** The details as stored: texts trimmed (an empty one is none), the NIK without its spaces. */
        public Reporter toReporter() {
            return new Reporter(name.trim(), nik.replace(" ", ""), address.trim(), phone, email, trimmed(birthPlace), birthDate,
                    sex, trimmed(occupation), citizenship);
        }

        private static String trimmed(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    /**
     * One reported ASN. {@code nip}: the NIP of a PNS, or the employee number (NI PPPK) of a PPPK; either may be left out
     * when the reporter does not know it. {@code employmentType} defaults to PNS.
     */
    public record ReportedInput(
            @NotBlank(message = "{intake.person.name.required}") @Size(max = MAX_NAME, message = "{intake.maxLength}") @SingleLine String name,
            @SingleLine String nip,
            @Size(max = MAX_POSITION, message = "{intake.maxLength}") @SingleLine String position,
            @NotBlank(message = "{intake.person.agencyCode.required}") @SingleLine String agencyCode,
            id.netra.casefile.CasePerson.EmploymentType employmentType,
            id.netra.casefile.CasePerson.PositionCategory positionCategory) {

        public ReportedInput(String name, String nip, String position, String agencyCode) {
            this(name, nip, position, agencyCode, null, null);
        }
    }

    /** The persons named: {@code reportedPersons}, or the first release's single {@code reported} as one person. */
    public List<ReportedInput> persons() {
        if (reportedPersons != null && !reportedPersons.isEmpty()) {
            return reportedPersons;
        }
        return reported == null ? List.of() : List.of(reported);
    }

    /** The JSON path of the i-th person, as the client wrote it. */
    public String personPath(int i) {
        return reportedPersons != null && !reportedPersons.isEmpty() ? "reportedPersons[" + i + "]" : "reported";
    }

    /**
     * The dates are also checked against the rules' calendar ({@link IntakeService#incidentDates}): not in the future there.
     * {@code discoveredOn}: a finding's only, the day the officer discovered it, from which its clock runs; left out, the
     * day it became known ({@code knownOn}), so that a client of the previous release still records findings.
     */
    public record IncidentInput(
            @NotNull(message = "{intake.incident.date.required}") LocalDate date,
            @NotNull(message = "{intake.incident.knownOn.required}") LocalDate knownOn,
            LocalDate discoveredOn,
            @NotBlank(message = "{intake.incident.place.required}") @Size(max = MAX_PLACE, message = "{intake.maxLength}") @SingleLine String place,
            @NotBlank(message = "{intake.incident.regionCode.required}") @SingleLine String regionCode,
            @NotBlank(message = "{intake.incident.description.required}") @Size(max = MAX_DESCRIPTION, message = "{intake.maxLength}") String description) {

        /** A report's incident: no discovery date. */
        public IncidentInput(LocalDate date, LocalDate knownOn, String place, String regionCode, String description) {
            this(date, knownOn, null, place, regionCode, description);
        }

        /** The day a finding's clock runs from: its discovery, else the day it became known. */
        public LocalDate discoveredOrKnownOn() {
            return discoveredOn != null ? discoveredOn : knownOn;
        }
    }

    public record WitnessInput(
            @NotBlank(message = "{intake.witness.name.required}") @Size(max = MAX_NAME, message = "{intake.maxLength}") @SingleLine String name,
            @Size(max = MAX_CONTACT, message = "{intake.maxLength}") @SingleLine String contact) {
    }
}
