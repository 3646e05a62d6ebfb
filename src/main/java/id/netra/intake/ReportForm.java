package id.netra.intake;

import id.netra.casefile.CasePerson;
import id.netra.deadline.ElectionType;
import id.netra.platform.FieldError;
import id.netra.reference.ReferenceData;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The public report page's form, bound field by field under the same names as the API's JSON
 * ({@code reporter.name}, {@code reportedPersons[0].agencyCode}, {@code incident.date}...), so that an error the API
 * would name by its path is shown next to the input of that name.
 */
public class ReportForm {

    public static class Reporter {
        private String name;
        private String nik;
        private String address;
        private String phone;
        private String email;
        private String birthPlace;
        private String birthDate;
        private String sex;
        private String occupation;
        private String citizenship;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getNik() { return nik; }
        public void setNik(String v) { nik = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public String getBirthPlace() { return birthPlace; }
        public void setBirthPlace(String v) { birthPlace = v; }
        public String getBirthDate() { return birthDate; }
        public void setBirthDate(String v) { birthDate = v; }
        public String getSex() { return sex; }
        public void setSex(String v) { sex = v; }
        public String getOccupation() { return occupation; }
        public void setOccupation(String v) { occupation = v; }
        public String getCitizenship() { return citizenship; }
        public void setCitizenship(String v) { citizenship = v; }
    }

    public static class Person {
        private String name;
        private String nip;
        private String position;
        private String positionCategory;
        private String employmentType = "PNS";
        private String agencyCode;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getNip() { return nip; }
        public void setNip(String v) { nip = v; }
        public String getPosition() { return position; }
        public void setPosition(String v) { position = v; }
        public String getPositionCategory() { return positionCategory; }
        public void setPositionCategory(String v) { positionCategory = v; }
        public String getEmploymentType() { return employmentType; }
        public void setEmploymentType(String v) { employmentType = v; }
        public String getAgencyCode() { return agencyCode; }
        public void setAgencyCode(String v) { agencyCode = v; }
    }

    public static class Incident {
        private String date;
        private String knownOn;
        private String place;
        private String regionCode;
        private String description;

        public String getDate() { return date; }
        public void setDate(String v) { date = v; }
        public String getKnownOn() { return knownOn; }
        public void setKnownOn(String v) { knownOn = v; }
        public String getPlace() { return place; }
        public void setPlace(String v) { place = v; }
        public String getRegionCode() { return regionCode; }
        public void setRegionCode(String v) { regionCode = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }

    public static class Witness {
        private String name;
        private String contact;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getContact() { return contact; }
        public void setContact(String v) { contact = v; }
    }

    /**
     * The fields in the order the page shows them, where it differs from {@link ReportRequest}'s (a person's agency after
     * the categories, the region before the place): the errors' summary lists them as the form does.
     */
    static final List<String> PAGE_ORDER = List.of("electionType", "reporter", "reporter.name", "reporter.nik", "reporter.birthPlace",
            "reporter.birthDate", "reporter.sex", "reporter.citizenship", "reporter.occupation", "reporter.address",
            "reporter.phone", "reporter.email", "reported", "reportedPersons", "reportedPersons.name", "reportedPersons.nip",
            "reportedPersons.position", "reportedPersons.employmentType", "reportedPersons.positionCategory",
            "reportedPersons.agencyCode", "incident", "incident.date", "incident.knownOn", "incident.regionCode", "incident.place",
            "incident.description", "witnesses", "witnesses.name", "witnesses.contact");

    /** The longest region a person may type: a regency's name and its province's, with room to spare. */
    public static final int MAX_REGION = 250;

    private String submissionToken;
    private String electionType;
    private Reporter reporter = new Reporter();
    private List<Person> reportedPersons = new ArrayList<>(List.of(new Person()));
    private Incident incident = new Incident();
    private List<Witness> witnesses = new ArrayList<>();

    /** The form's one-time token ({@link ReportSubmissions}): the form sent twice files one report. */
    public String getSubmissionToken() { return submissionToken; }
    public void setSubmissionToken(String v) { submissionToken = v; }
    public String getElectionType() { return electionType; }
    public void setElectionType(String v) { electionType = v; }
    public Reporter getReporter() { return reporter; }
    public void setReporter(Reporter v) { reporter = v; }
    public List<Person> getReportedPersons() { return reportedPersons; }
    public void setReportedPersons(List<Person> v) { reportedPersons = v; }
    public Incident getIncident() { return incident; }
    public void setIncident(Incident v) { incident = v; }
    public List<Witness> getWitnesses() { return witnesses; }
    public void setWitnesses(List<Witness> v) { witnesses = v; }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "intake.form.date"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "intake.form.choice"));
            return null;
        }
    }

    /**
     * The region typed: its code ({@code regions} knows names and codes alike), or null. A text that names no region
     * goes to {@code errors}; so does one that names several (a bare "Serang"), with the regions it may mean, to be
     * chosen between. An empty one is left to the declared constraint.
     */
    private String region(Function<String, ReferenceData.RegionLookup> regions, List<FieldError> errors) {
        String typed = blankToNull(incident.regionCode);
        if (typed == null) {
            return null;
        }
        ReferenceData.RegionLookup found = typed.length() > MAX_REGION
                ? new ReferenceData.RegionLookup(Optional.empty(), List.of()) : regions.apply(typed);
        if (found.code().isEmpty()) {
            errors.add(found.candidates().isEmpty() ? FieldError.of("incident.regionCode", "intake.form.region")
                    : FieldError.of("incident.regionCode", "intake.form.region.which", String.join("; ",
                    found.candidates().stream().map(ReferenceData.RegionName::label).toList())));
        }
        return found.code().orElse(null);
    }

    /**
     * The API's request this form stands for, the region typed looked up in {@code regions}; what cannot even be read (a
     * date, a choice, a region) goes to {@code errors}.
     */
    public ReportRequest toRequest(List<FieldError> errors, Function<String, ReferenceData.RegionLookup> regions) {
        return toRequest(errors, regions, Optional::ofNullable);
    }

    /**
     * The same, the agency typed for each person looked up in {@code agencies} (its name or code): a text that names
     * no agency goes to {@code errors}, an empty one is left to the declared constraint.
     */
    public ReportRequest toRequest(List<FieldError> errors, Function<String, ReferenceData.RegionLookup> regions,
                                   Function<String, Optional<String>> agencies) {
        ReportRequest.ReporterInput r = new ReportRequest.ReporterInput(blankToNull(reporter.name), blankToNull(reporter.nik),
                blankToNull(reporter.address), blankToNull(reporter.phone), blankToNull(reporter.email), blankToNull(reporter.birthPlace),
                date(reporter.birthDate, "reporter.birthDate", errors),
                choice(id.netra.casefile.Reporter.Sex.class, reporter.sex, "reporter.sex", errors), blankToNull(reporter.occupation),
                choice(id.netra.casefile.Reporter.Citizenship.class, reporter.citizenship, "reporter.citizenship", errors));
        List<ReportRequest.ReportedInput> persons = new ArrayList<>();
        for (int i = 0; i < reportedPersons.size(); i++) {
            Person p = reportedPersons.get(i);
            String path = "reportedPersons[" + i + "]";
            String agency = blankToNull(p.agencyCode);
            if (agency != null) {
                Optional<String> known = agency.length() > MAX_REGION ? Optional.empty() : agencies.apply(agency);
                if (known.isEmpty()) {
                    errors.add(FieldError.of(path + ".agencyCode", "intake.form.agency"));
                }
                agency = known.orElse(null);
            }
            persons.add(new ReportRequest.ReportedInput(blankToNull(p.name), blankToNull(p.nip), blankToNull(p.position),
                    agency, choice(CasePerson.EmploymentType.class, p.employmentType, path + ".employmentType", errors),
                    choice(CasePerson.PositionCategory.class, p.positionCategory, path + ".positionCategory", errors)));
        }
        ReportRequest.IncidentInput in = new ReportRequest.IncidentInput(date(incident.date, "incident.date", errors),
                date(incident.knownOn, "incident.knownOn", errors), blankToNull(incident.place), region(regions, errors),
                blankToNull(incident.description));
        List<ReportRequest.WitnessInput> ws = witnesses.stream().filter(w -> blankToNull(w.name) != null || blankToNull(w.contact) != null)
                .map(w -> new ReportRequest.WitnessInput(blankToNull(w.name), blankToNull(w.contact))).toList();
        return new ReportRequest(choice(ElectionType.class, electionType, "electionType", errors), r, null, persons, in, ws);
    }
}
