package id.netra.casefile;

/** The reporter's identity: shown only to the Bawaslu office handling the case. */
public record Reporter(String name, String nik, String address, String phone, String email) {
}
