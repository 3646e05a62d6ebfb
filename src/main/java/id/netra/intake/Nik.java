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
            throw new InvalidIdentifierException("intake.nik.digits");
        }
        String province = v.substring(0, 2);
        if (!provinceCodes.contains(province)) {
            throw new InvalidIdentifierException("intake.nik.province");
        }
        if (v.startsWith("00", 2) || v.startsWith("00", 4)) {
            throw new InvalidIdentifierException("intake.nik.region");
        }
        int day = Integer.parseInt(v.substring(6, 8));
        boolean female = day > 40;
        if (female) {
            day -= 40;
        }
        int month = Integer.parseInt(v.substring(8, 10));
        int yy = Integer.parseInt(v.substring(10, 12));
        LocalDate today = id.netra.platform.Today.date();
        int year = 2000 + yy > today.getYear() ? 1900 + yy : 2000 + yy;
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("intake.nik.birthDate");
        }
        if (birth.isAfter(today)) {
            throw new InvalidIdentifierException("intake.nik.birthInFuture");
        }
        if (v.endsWith("0000")) {
            throw new InvalidIdentifierException("intake.nik.sequence");
        }
        return new Nik(v, province, birth, female);
    }

    /**
     * Whether {@code date} is the birth date this NIK encodes: its day, month and the year's last two digits (the NIK
     * holds no century, so 1925 and 2025 both fit {@code 25}).
     */
    public boolean bornOn(LocalDate date) {
        return date.getDayOfMonth() == birthDate.getDayOfMonth() && date.getMonthValue() == birthDate.getMonthValue()
                && date.getYear() % 100 == birthDate.getYear() % 100;
    }

    @Override
    public String toString() {
        return value;
    }
}
