package id.netra.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * A resident's NIK, 16 digits: region {@code PPKKCC} (province, regency/city, district), birth date {@code DDMMYY}
 * with 40 added to the day for women, and a 4-digit sequence. Refuses to be built invalid.
 */
public record Nik(String value, String provinceCode, LocalDate birthDate, boolean female) {

    public static Nik parse(String text, Set<String> provinceCodes) {
        String v = text == null ? "" : text.replace(" ", "");
        if (!v.matches("\\d{16}")) {
            throw new InvalidIdentifierException("NIK harus terdiri dari 16 digit angka.");
        }
        String province = v.substring(0, 2);
        if (!provinceCodes.contains(province)) {
            throw new InvalidIdentifierException("Dua digit pertama NIK bukan kode provinsi yang dikenal.");
        }
        if (v.startsWith("00", 2) || v.startsWith("00", 4)) {
            throw new InvalidIdentifierException("Kode kabupaten/kota dan kecamatan pada NIK (digit 3-6) tidak boleh 00.");
        }
        int day = Integer.parseInt(v.substring(6, 8));
        boolean female = day > 40;
        if (female) {
            day -= 40;
        }
        int month = Integer.parseInt(v.substring(8, 10));
        int yy = Integer.parseInt(v.substring(10, 12));
        LocalDate today = LocalDate.now();
        int year = 2000 + yy > today.getYear() ? 1900 + yy : 2000 + yy;
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException(
                    "Digit 7-12 NIK harus tanggal lahir yang valid (DDMMYY, tanggal ditambah 40 untuk perempuan).");
        }
        if (birth.isAfter(today)) {
            throw new InvalidIdentifierException("Tanggal lahir pada NIK tidak boleh di masa depan.");
        }
        if (v.endsWith("0000")) {
            throw new InvalidIdentifierException("Nomor urut NIK (digit 13-16) tidak boleh 0000.");
        }
        return new Nik(v, province, birth, female);
    }

    @Override
    public String toString() {
        return value;
    }
}
