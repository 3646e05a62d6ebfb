package id.netra.platform;

/** One invalid input field: its JSON path and a message for the officer or reporter, in Indonesian. */
public record FieldError(String field, String message) {

    /**
     * A field name as sent, made fit to name it: a blank name or one with characters a field name does not have is
     * written as a quoted, escaped key ({@code [" "]}), so that the name is never blank and never carries a control
     * character back to the client.
     */
    public static String name(String key) {
        if (key != null && key.matches("[A-Za-z0-9_$-]{1,80}")) {
            return key;
        }
        String k = key == null ? "" : key.length() > 40 ? key.substring(0, 40) + "…" : key;
        StringBuilder sb = new StringBuilder("[\"");
        k.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '"' || c == '\\' || Character.getType(c) == Character.SURROGATE
                    || (c & 0xFFFE) == 0xFFFE) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append("\"]").toString();
    }
}
