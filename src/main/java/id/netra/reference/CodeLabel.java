package id.netra.reference;

public record CodeLabel(String code, String label) {
}
