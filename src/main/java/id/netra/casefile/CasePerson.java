package id.netra.casefile;

import java.util.UUID;

/**
 * A reported civil servant of a case. {@code nip} is the NIP of a PNS or the employee number (NI PPPK) of a PPPK;
 * either may be unknown to a reporter. The person's PPK is the PPK of {@code agencyCode}.
 */
public record CasePerson(UUID id, UUID caseId, int ordinal, String name, EmploymentType employmentType, String nip,
                         String position, PositionCategory positionCategory, String agencyCode) {

    public enum EmploymentType { PNS, PPPK }

    /** The position categories of the published statistics (KASN), and the camat or lurah of a region. */
    public enum PositionCategory implements id.netra.platform.Labelled {
        JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA, CAMAT_LURAH;

        @Override
        public String labelKey() {
            return "category." + name();
        }
    }

    /** A person as named in a report or finding, before they have an id. */
    public record Named(String name, EmploymentType employmentType, String nip, String position,
                        PositionCategory positionCategory, String agencyCode) {
    }
}
