package id.netra.casefile;

import id.netra.deadline.ElectionType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's register number (SPEC §4):
 * {@code <seq 3 digits>/Reg/<LP|TM>/<PL|PB>/<RI|Prov|Kab|Kota>/<office code>/<month in Roman numerals>/<year>},
 * e.g. {@code 001/Reg/LP/PB/Kab/36.04/IX/2024}. Refuses to be built invalid.
 */
public record RegisterNumber(int sequence, String sourceCode, String electionCode, String officeLevel, String officeCode,
                             int month, int year) {

    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
    private static final Pattern FORMAT = Pattern.compile(
            "^(\\d{3,})/Reg/(LP|TM)/(PL|PB)/(RI|Prov|Kab|Kota)/(RI|\\d{2}(?:\\.\\d{2})?)/(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)/(\\d{4})$");

    public RegisterNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive");
        }
        if (!sourceCode.equals("LP") && !sourceCode.equals("TM")) {
            throw new IllegalArgumentException("source must be LP or TM");
        }
        if (!electionCode.equals("PL") && !electionCode.equals("PB")) {
            throw new IllegalArgumentException("election must be PL or PB");
        }
        if (!List.of("RI", "Prov", "Kab", "Kota").contains(officeLevel)) {
            throw new IllegalArgumentException("unknown office level " + officeLevel);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month out of range");
        }
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range");
        }
    }

    public static RegisterNumber of(int sequence, boolean report, ElectionType election, String officeLevel,
                                    String officeCode, int month, int year) {
        return new RegisterNumber(sequence, report ? "LP" : "TM", election.registerCode(), officeLevel, officeCode, month, year);
    }

    public static RegisterNumber parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a register number: " + text);
        }
        return new RegisterNumber(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5),
                ROMAN.indexOf(m.group(6)) + 1, Integer.parseInt(m.group(7)));
    }

    public static String roman(int month) {
        return ROMAN.get(month - 1);
    }

    @Override
    public String toString() {
        return String.format("%03d/Reg/%s/%s/%s/%s/%s/%d", sequence, sourceCode, electionCode, officeLevel, officeCode,
                roman(month), year);
    }
}
