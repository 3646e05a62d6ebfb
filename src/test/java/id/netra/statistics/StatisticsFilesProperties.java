package id.netra.statistics;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Any name Netra writes into a CSV comes back as written when a spreadsheet reads it, and none runs as a formula. */
class StatisticsFilesProperties {

    @Property(tries = 1000)
    void anyTextSurvivesTheCsvAndNoneRunsAsAFormula(@ForAll String text) {
        String quoted = StatisticsFiles.quote(text);
        List<List<String>> parsed = StatisticsPagesIT.parseCsv(quoted + "\r\n");
        String back = parsed.isEmpty() ? "" : parsed.get(0).get(0);
        String expected = text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || text.matches("-?\\d+(\\.\\d+)?") ? text : "'" + text;
        assertThat(back).isEqualTo(expected);
        assertThat(back.isEmpty() ? ' ' : back.charAt(0)).isNotIn('=', '+', '@', '\t', '\r');
    }

    @Property(tries = 200)
    void aRowOfManyFieldsKeepsItsFields(@ForAll List<String> fields) {
        net.jqwik.api.Assume.that(!fields.isEmpty());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.append(i > 0 ? "," : "").append(StatisticsFiles.quote(fields.get(i)));
        }
        List<List<String>> parsed = StatisticsPagesIT.parseCsv(line + "\r\n");
        assertThat(parsed).hasSize(1);
        assertThat(parsed.get(0)).hasSize(fields.size());
    }
}
