package id.netra.reference;

/** A Bawaslu office: {@code RI}, a province office (code = province code) or a regency/city office. */
public record Office(String code, String level, String name, String regionCode, String parentCode) {

    /** The office-type segment of a register number. */
    public String registerLevel() {
        return switch (level) {
            case "RI" -> "RI";
            case "PROV" -> "Prov";
            case "KAB" -> "Kab";
            case "KOTA" -> "Kota";
            default -> throw new IllegalStateException("unknown office level " + level);
        };
    }

    /** Whether this office oversees (reads) cases handled by {@code handlingOffice}. */
    public boolean oversees(String handlingOffice) {
        return switch (level) {
            case "RI" -> true;
            case "PROV" -> handlingOffice.equals(code) || handlingOffice.startsWith(code + ".");
            default -> handlingOffice.equals(code);
        };
    }
}
