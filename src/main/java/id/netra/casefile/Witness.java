package id.netra.casefile;

public record Witness(String name, String contact) {
}
