package id.netra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's output: Markdown tables printed as they fill and written to a file at the end. */
final class Report {

    private final List<String> lines = new ArrayList<>();

    void heading(String text) {
        add("");
        add("## " + text);
        add("");
    }

    void text(String text) {
        add(text);
    }

    void table(String... header) {
        add("| " + String.join(" | ", header) + " |");
        add("|" + "---|".repeat(header.length));
    }

    void row(Object... cells) {
        StringBuilder b = new StringBuilder("|");
        for (Object c : cells) {
            b.append(' ').append(c instanceof Double d ? format(d) : String.valueOf(c)).append(" |");
        }
        add(b.toString());
    }

    static String format(double d) {
        if (Double.isNaN(d)) {
            return "—";
        }
        return String.format(Locale.ROOT, d >= 100 ? "%.0f" : d >= 10 ? "%.1f" : "%.2f", d);
    }

    private void add(String line) {
        lines.add(line);
        System.out.println(line);
        System.out.flush();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }
}
