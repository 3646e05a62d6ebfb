package id.netra.intake;

import id.netra.deadline.ElectionType;
import id.netra.platform.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A public report (laporan), or an officer's finding (temuan) without a reporter. */
public record ReportRequest(
        @NotNull(message = "Wajib diisi: PEMILU atau PILKADA.") ElectionType electionType,
        @Valid ReporterInput reporter,
        @Valid ReportedInput reported,
        @Valid @Size(max = 50, message = "Paling banyak 50 ASN terlapor dalam satu laporan.") List<ReportedInput> reportedPersons,
        @NotNull(message = "Wajib diisi.") @Valid IncidentInput incident,
        @Valid @Size(max = 20, message = "Paling banyak 20 saksi.") List<WitnessInput> witnesses) {

    public record ReporterInput(
            @NotBlank(message = "Nama pelapor wajib diisi.") @Size(max = 160, message = "Paling panjang 160 karakter.") @SingleLine String name,
            @NotBlank(message = "NIK pelapor wajib diisi.") @SingleLine String nik,
            @NotBlank(message = "Alamat pelapor wajib diisi.") @Size(max = 400, message = "Paling panjang 400 karakter.") @SingleLine String address,
            @Size(max = 32, message = "Paling panjang 32 karakter.")
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,32}$", message = "Nomor telepon tidak valid.") @SingleLine String phone,
            @Email(message = "Alamat surel tidak valid.") @Size(max = 200, message = "Paling panjang 200 karakter.") @SingleLine String email) {
    }

    /**
     * One reported ASN. {@code nip}: the NIP of a PNS, or the employee number (NI PPPK) of a PPPK; either may be left out
     * when the reporter does not know it. {@code employmentType} defaults to PNS.
     */
    public record ReportedInput(
            @NotBlank(message = "Nama ASN terlapor wajib diisi.") @Size(max = 160, message = "Paling panjang 160 karakter.") @SingleLine String name,
            @SingleLine String nip,
            @Size(max = 200, message = "Paling panjang 200 karakter.") @SingleLine String position,
            @NotBlank(message = "Instansi ASN terlapor wajib diisi.") @SingleLine String agencyCode,
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

    public record IncidentInput(
            @NotNull(message = "Tanggal kejadian wajib diisi.") @PastOrPresent(message = "Tanggal kejadian tidak boleh di masa depan.") LocalDate date,
            @NotNull(message = "Tanggal diketahui wajib diisi.") @PastOrPresent(message = "Tanggal diketahui tidak boleh di masa depan.") LocalDate knownOn,
            @NotBlank(message = "Tempat kejadian wajib diisi.") @Size(max = 300, message = "Paling panjang 300 karakter.") @SingleLine String place,
            @NotBlank(message = "Kode wilayah kejadian wajib diisi.") @SingleLine String regionCode,
            @NotBlank(message = "Uraian kejadian wajib diisi.") @Size(max = 20000, message = "Paling panjang 20.000 karakter.") String description) {
    }

    public record WitnessInput(
            @NotBlank(message = "Nama saksi wajib diisi.") @Size(max = 160, message = "Paling panjang 160 karakter.") @SingleLine String name,
            @Size(max = 200, message = "Paling panjang 200 karakter.") @SingleLine String contact) {
    }
}
