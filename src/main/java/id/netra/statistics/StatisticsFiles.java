package id.netra.statistics;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A {@link StatisticsSheet} as a file: CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the names'
 * letters, CRLF) and an Excel workbook (fastexcel: numbers as numbers, rates as percentages, title, unit and cut-off
 * above the table). A withheld cell is written as the text given for it.
 */
final class StatisticsFiles {

    private StatisticsFiles() {
    }

    static byte[] csv(StatisticsSheet sheet, String codeHeader, String nameHeader, String suppressed) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header(sheet, codeHeader, nameHeader));
        for (StatisticsSheet.Line l : sheet.lines()) {
            line(out, cells(l, suppressed));
        }
        line(out, cells(sheet.total(), suppressed));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(StatisticsSheet sheet, String codeHeader, String nameHeader, String suppressed, String note, String filters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "Netra", "1.0");
            Worksheet ws = wb.newWorksheet(sheet.name().length() > 31 ? sheet.name().substring(0, 31) : sheet.name());
            ws.value(0, 0, sheet.title());
            ws.style(0, 0).bold().set();
            ws.value(1, 0, note);
            ws.value(2, 0, filters);
            List<String> header = header(sheet, codeHeader, nameHeader);
            int top = 4;
            for (int c = 0; c < header.size(); c++) {
                ws.value(top, c, header.get(c));
                ws.style(top, c).bold().set();
            }
            int r = top + 1;
            for (StatisticsSheet.Line l : sheet.lines()) {
                row(ws, r++, l, suppressed, false);
            }
            row(ws, r, sheet.total(), suppressed, true);
            ws.width(0, 14);
            ws.width(1, 40);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The file's name: the table's, its cut-off in Jakarta time. */
    static String fileName(StatisticsSheet sheet, String extension) {
        return "netra-" + sheet.name() + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneId.of("Asia/Jakarta"))
                .format(sheet.cutOff()) + "." + extension;
    }

    private static void row(Worksheet ws, int r, StatisticsSheet.Line l, String suppressed, boolean bold) {
        ws.value(r, 0, l.key());
        ws.value(r, 1, l.label());
        for (int i = 0; i < l.values().size(); i++) {
            Object v = l.values().get(i);
            int c = i + 2;
            if (v instanceof Long n) {
                ws.value(r, c, n);
            } else if (v instanceof BigDecimal d) {
                ws.value(r, c, d);
                ws.style(r, c).format("0.0%").set();
            } else if (v == StatisticsSheet.SUPPRESSED) {
                ws.value(r, c, suppressed);
            }
        }
        if (bold) {
            ws.range(r, 0, r, l.values().size() + 1).style().bold().set();
        }
    }

    private static List<String> header(StatisticsSheet sheet, String codeHeader, String nameHeader) {
        List<String> h = new java.util.ArrayList<>(List.of(codeHeader, nameHeader));
        h.addAll(sheet.headers());
        return h;
    }

    private static List<String> cells(StatisticsSheet.Line l, String suppressed) {
        List<String> c = new java.util.ArrayList<>(List.of(l.key(), l.label()));
        for (Object v : l.values()) {
            c.add(v == null ? "" : v == StatisticsSheet.SUPPRESSED ? suppressed
                    : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        return c;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * A field quoted when it holds a comma, quote or line break; a text a spreadsheet would take for a formula (=, +, -,
     * @, tab, carriage return first) is led by an apostrophe, so no cell runs as one.
     */
    static String quote(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
