package id.netra.bawaslu;

import com.fasterxml.jackson.databind.JsonNode;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.casefile.Visibility;
import id.netra.workflow.FlowNodes;
import id.netra.workflow.FormField;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import id.netra.workflow.TaskForm;
import id.netra.workflow.Variables;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Klarifikasi: the hearings of the reporter, the reported ASN, witnesses and others. */
@Component
public class ClarificationForm implements TaskForm {

    static final Set<String> PARTIES = Set.of("REPORTER", "REPORTED", "WITNESS", "OTHER");

    private final CaseRecords records;
    private final CaseStatusService statuses;

    public ClarificationForm(CaseRecords records, CaseStatusService statuses) {
        this.records = records;
        this.statuses = statuses;
    }

    @Override
    public String key() {
        return FlowNodes.CLARIFICATION;
    }

    @Override
    public List<FormField> fields() {
        return List.of(new FormField("hearings", "Klarifikasi yang dilakukan: {party, name, heldOn, summary}", "hearing[]", true,
                List.of(new FormField.Option("REPORTER", "Pelapor"), new FormField.Option("REPORTED", "Terlapor"),
                        new FormField.Option("WITNESS", "Saksi"), new FormField.Option("OTHER", "Pihak lain")), null));
    }

    @Override
    public Variables complete(TaskContext ctx, FormInput in) {
        JsonNode list = in.array("hearings", true);
        List<CaseRecords.Hearing> hearings = new ArrayList<>();
        if (list != null) {
            if (list.size() > 50) {
                in.error("hearings", "Paling banyak 50 klarifikasi sekaligus.");
            }
            for (int i = 0; i < list.size() && i < 50; i++) {
                String at = "hearings[" + i + "]";
                JsonNode h = list.get(i);
                if (!h.isObject()) {
                    in.error(at, "Harus objek {party, name, heldOn, summary}.");
                    continue;
                }
                h.fieldNames().forEachRemaining(name -> {
                    if (!Set.of("party", "name", "heldOn", "summary").contains(name)) {
                        in.error(at + "." + id.netra.platform.FieldError.name(name), "Kolom ini tidak dikenal.");
                    }
                });
                String party = text(h, "party");
                String name = text(h, "name");
                String heldOn = text(h, "heldOn");
                String summary = text(h, "summary");
                if (party == null || !PARTIES.contains(party)) {
                    in.error(at + ".party", "Wajib salah satu dari REPORTER, REPORTED, WITNESS, OTHER.");
                }
                if (name == null) {
                    in.error(at + ".name", "Nama pihak yang diklarifikasi wajib diisi.");
                } else if (name.length() > 160) {
                    in.error(at + ".name", "Paling panjang 160 karakter.");
                } else if (!id.netra.platform.TextRules.acceptable(name, false)) {
                    in.error(at + ".name", id.netra.platform.TextRules.LINE_BREAK_MESSAGE);
                }
                LocalDate date = null;
                if (heldOn == null) {
                    in.error(at + ".heldOn", "Tanggal klarifikasi wajib diisi (YYYY-MM-DD).");
                } else {
                    try {
                        date = LocalDate.parse(heldOn);
                        if (date.isAfter(LocalDate.now())) {
                            in.error(at + ".heldOn", "Tanggal klarifikasi tidak boleh di masa depan.");
                        }
                    } catch (DateTimeParseException e) {
                        in.error(at + ".heldOn", "Harus tanggal yang valid dengan format YYYY-MM-DD.");
                    }
                }
                if (summary == null) {
                    in.error(at + ".summary", "Ringkasan keterangan wajib diisi.");
                } else if (summary.length() > FormInput.MAX_TEXT) {
                    in.error(at + ".summary", "Paling panjang " + FormInput.MAX_TEXT + " karakter.");
                }
                hearings.add(new CaseRecords.Hearing(party, name, date, summary, ctx.user().username()));
            }
        }
        in.check();
        hearings.forEach(h -> records.hearing(ctx.caseFile().id(), h));
        records.decision(ctx.caseFile().id(), key(), ctx.taskId(), ctx.user().username(), "HEARD",
                Map.of("hearings", hearings.size()));
        statuses.change(ctx.caseFile().id(), CaseStatus.UNDER_ASSESSMENT, ctx.user().username(),
                Visibility.Note.HEARINGS_RECORDED.text(hearings.size() + " klarifikasi dicatat"));
        return Variables.of();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText().trim();
    }
}
