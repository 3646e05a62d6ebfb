package id.netra.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A civil servant's NIP, 18 digits: birth date {@code YYYYMMDD}, first appointment {@code YYYYMM}, sex {@code 1|2},
 * sequence {@code NNN}. Refuses to be built invalid; the message says why, in Indonesian.
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointment, int sex, int sequence) {

    public static Nip parse(String text) {
        String v = text == null ? "" : text.replace(" ", "");
        if (!v.matches("\\d{18}")) {
            throw new InvalidIdentifierException("NIP harus terdiri dari 18 digit angka.");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("Digit 1-8 NIP harus tanggal lahir yang valid (YYYYMMDD).");
        }
        if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
            throw new InvalidIdentifierException("Tanggal lahir pada NIP (digit 1-8) tidak masuk akal.");
        }
        YearMonth appointment;
        try {
            appointment = YearMonth.of(Integer.parseInt(v.substring(8, 12)), Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("Digit 9-14 NIP harus bulan pengangkatan yang valid (YYYYMM).");
        }
        if (!appointment.isAfter(YearMonth.from(birth))) {
            throw new InvalidIdentifierException("Bulan pengangkatan pada NIP harus setelah tanggal lahir.");
        }
        if (appointment.isAfter(YearMonth.now())) {
            throw new InvalidIdentifierException("Bulan pengangkatan pada NIP tidak boleh di masa depan.");
        }
        int sex = v.charAt(14) - '0';
        if (sex != 1 && sex != 2) {
            throw new InvalidIdentifierException("Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.");
        }
        int sequence = Integer.parseInt(v.substring(15));
        if (sequence == 0) {
            throw new InvalidIdentifierException("Nomor urut NIP (digit 16-18) tidak boleh 000.");
        }
        return new Nip(v, birth, appointment, sex, sequence);
    }

    /**
     * A PPPK's employee number (NI PPPK): also 18 digits beginning with the birth date, but the rest of its structure
     * is not published reliably, so only the digits and the birth date are checked.
     */
    public static String parsePppk(String text) {
        String v = text == null ? "" : text.replace(" ", "");
        if (!v.matches("\\d{18}")) {
            throw new InvalidIdentifierException("Nomor induk PPPK harus terdiri dari 18 digit angka.");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("Digit 1-8 nomor induk PPPK harus tanggal lahir yang valid (YYYYMMDD).");
        }
        if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
            throw new InvalidIdentifierException("Tanggal lahir pada nomor induk PPPK (digit 1-8) tidak masuk akal.");
        }
        return v;
    }

    @Override
    public String toString() {
        return value;
    }
}
