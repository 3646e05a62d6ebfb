package id.netra.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A civil servant's NIP, 18 digits: birth date {@code YYYYMMDD}, first appointment {@code YYYYMM}, sex {@code 1|2},
 * sequence {@code NNN}. Refuses to be built invalid; the message says why (a catalogue code, said in Indonesian).
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointment, int sex, int sequence) {

    public static Nip parse(String text) {
        String v = text == null ? "" : text.replace(" ", "");
        if (!v.matches("\\d{18}")) {
            throw new InvalidIdentifierException("intake.nip.digits");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("intake.nip.birthDate");
        }
        if (birth.getYear() < 1900 || birth.isAfter(id.netra.platform.Today.date())) {
            throw new InvalidIdentifierException("intake.nip.birthImplausible");
        }
        YearMonth appointment;
        try {
            appointment = YearMonth.of(Integer.parseInt(v.substring(8, 12)), Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("intake.nip.appointment");
        }
        if (!appointment.isAfter(YearMonth.from(birth))) {
            throw new InvalidIdentifierException("intake.nip.appointmentBeforeBirth");
        }
        if (appointment.isAfter(YearMonth.from(id.netra.platform.Today.date()))) {
            throw new InvalidIdentifierException("intake.nip.appointmentInFuture");
        }
        int sex = v.charAt(14) - '0';
        if (sex != 1 && sex != 2) {
            throw new InvalidIdentifierException("intake.nip.sex");
        }
        int sequence = Integer.parseInt(v.substring(15));
        if (sequence == 0) {
            throw new InvalidIdentifierException("intake.nip.sequence");
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
            throw new InvalidIdentifierException("intake.pppk.digits");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("intake.pppk.birthDate");
        }
        if (birth.getYear() < 1900 || birth.isAfter(id.netra.platform.Today.date())) {
            throw new InvalidIdentifierException("intake.pppk.birthImplausible");
        }
        return v;
    }

    @Override
    public String toString() {
        return value;
    }
}
