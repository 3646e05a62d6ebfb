package id.netra.platform;

import java.io.IOException;

public class PayloadTooLargeException extends IOException {
    public PayloadTooLargeException(long limit) {
        super("Isi permintaan melebihi batas " + limit + " byte.");
    }
}
