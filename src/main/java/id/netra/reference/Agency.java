package id.netra.reference;

public record Agency(String code, String name, String regionCode, String ppkTitle) {
}
