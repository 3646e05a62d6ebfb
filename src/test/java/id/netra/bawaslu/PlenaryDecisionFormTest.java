package id.netra.bawaslu;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.access.NetraUser;
import id.netra.access.Role;
import id.netra.casefile.CaseFile;
import id.netra.casefile.CasePerson;
import id.netra.casefile.CasePersons;
import id.netra.casefile.CaseRecords;
import id.netra.casefile.CaseStatus;
import id.netra.casefile.CaseStatusService;
import id.netra.platform.InvalidInputException;
import id.netra.workflow.FormInput;
import id.netra.workflow.TaskContext;
import id.netra.workflow.Variables;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The plenary's decision per person, without a running application. */
class PlenaryDecisionFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final UUID caseId = UUID.randomUUID();
    private final CasePerson camat = person(1, "Budi Santoso", "PEMDA-36.04");
    private final CasePerson lurah = person(2, "Rina Marlina", "PEMDA-36.73");
    private final CaseRecords records = mock(CaseRecords.class);
    private final CaseStatusService statuses = mock(CaseStatusService.class);
    private final CasePersons persons = mock(CasePersons.class);
    private final Assessments assessments = mock(Assessments.class);
    private final PlenaryFindings findings = mock(PlenaryFindings.class);
    private final PlenaryDecisionForm form = new PlenaryDecisionForm(records, statuses, persons, assessments, findings,
            new PlenaryProperties(2));
    private final CaseFile caseFile = mock(CaseFile.class);
    private final TaskContext ctx;

    PlenaryDecisionFormTest() {
        when(caseFile.id()).thenReturn(caseId);
        when(persons.of(caseId)).thenReturn(List.of(camat, lurah));
        concluded("NEUTRALITY_VIOLATION");
        ctx = new TaskContext("t1", "plenaryDecision", caseFile, null,
                new NetraUser("komisioner.serang", "K", Role.BAWASLU_COMMISSIONER, "36.04", null));
    }

    private CasePerson person(int ordinal, String name, String agency) {
        return new CasePerson(UUID.randomUUID(), caseId, ordinal, name, CasePerson.EmploymentType.PNS, null, null, null, agency);
    }

    private void concluded(String conclusion) {
        when(assessments.get(caseId)).thenReturn(new Assessments.Assessment(conclusion, List.of(), null, "a", false, null, false));
    }

    /** {@code body} as a quorate meeting with its minutes decides it (what body says wins). */
    private Variables decide(Map<String, Object> body) {
        return form.complete(ctx, new FormInput(JSON.valueToTree(id.netra.support.Plenary.meeting(body)), form.fields()));
    }

    private Variables decideExactly(Map<String, Object> body) {
        return form.complete(ctx, new FormInput(JSON.valueToTree(body), form.fields()));
    }

    private static Map<String, Object> finding(UUID id, boolean proven) {
        return Map.of("personId", id.toString(), "violationProven", proven);
    }

    private List<String> refusedFields(Map<String, Object> body) {
        try {
            decide(body);
        } catch (InvalidInputException e) {
            verify(findings, never()).record(any(), anyMap(), anyString());
            verify(records, never()).decision(any(), any(), anyString(), anyString(), anyString(), anyString(), any());
            return e.errors().stream().map(f -> f.field()).toList();
        }
        throw new AssertionError("accepted: " + body);
    }

    @Test
    void withoutPersonsEveryPersonIsFoundAsTheAssessmentConcluded() {
        assertThat(decide(Map.of("approved", true)).asMap()).containsEntry("plenaryApproved", true);
        Map<UUID, Boolean> all = new LinkedHashMap<>();
        all.put(camat.id(), true);
        all.put(lurah.id(), true);
        verify(findings).record(caseId, all, "komisioner.serang");
    }

    @Test
    void eachPersonIsDecidedOnce() {
        decide(Map.of("approved", true, "persons", List.of(finding(lurah.id(), false), finding(camat.id(), true))));
        Map<UUID, Boolean> decided = new LinkedHashMap<>();
        decided.put(lurah.id(), false);
        decided.put(camat.id(), true);
        verify(findings).record(caseId, decided, "komisioner.serang");
    }

    @Test
    void aDecisionThatIsNotWholeIsRefusedByItsField() {
        assertThat(refusedFields(Map.of("approved", true, "persons", List.of(finding(camat.id(), true))))).containsExactly("persons");
        assertThat(refusedFields(Map.of("approved", true, "persons", List.of(finding(camat.id(), true), finding(camat.id(), true),
                finding(lurah.id(), false))))).containsExactly("persons[1].personId");
        assertThat(refusedFields(Map.of("approved", true, "persons", List.of(finding(UUID.randomUUID(), true),
                finding(lurah.id(), true))))).contains("persons[0].personId");
        assertThat(refusedFields(Map.of("approved", true, "persons", List.of(Map.of("personId", "bukan-uuid", "violationProven", true),
                finding(lurah.id(), true))))).contains("persons[0].personId");
        assertThat(refusedFields(Map.of("approved", true, "persons", List.of(finding(camat.id(), false), finding(lurah.id(), false)))))
                .containsExactly("persons");
    }

    @Test
    void aRejectionOrAnotherConclusionRecordsNoFindingsAndTakesNoList() {
        decide(Map.of("approved", false, "notes", "Kaji ulang."));
        verify(statuses).change(eq(caseId), eq(CaseStatus.UNDER_ASSESSMENT), eq("komisioner.serang"), any());
        concluded("NOT_A_VIOLATION");
        decide(Map.of("approved", true));
        verify(findings, never()).record(any(), anyMap(), anyString());
        org.mockito.Mockito.clearInvocations(records, findings);
        List<Map<String, Object>> all = List.of(finding(camat.id(), true), finding(lurah.id(), true));
        assertThat(refusedFields(Map.of("approved", true, "persons", all))).containsExactly("persons");
        concluded("NEUTRALITY_VIOLATION");
        assertThat(refusedFields(Map.of("approved", false, "notes", "Kaji ulang.", "persons", all))).containsExactly("persons");
    }

    @Test
    void anEmptyListIsNotLeftOut() {
        assertThat(refusedFields(Map.of("approved", true, "persons", List.of()))).containsOnly("persons");
        Map<String, Object> nullList = new LinkedHashMap<>();
        nullList.put("approved", true);
        nullList.put("persons", null);
        decide(nullList);
        verify(findings).record(eq(caseId), anyMap(), eq("komisioner.serang"));
    }

    @Test
    void theFormDeclaresThePersonsList() {
        assertThat(form.fields()).extracting(f -> f.name()).containsExactly("minutesNumber", "commissionersPresent", "approved", "notes",
                "gakkumduForwarded", "gakkumduLetterNumber", "persons");
        assertThat(form.fields().get(1).minItems()).isEqualTo(2);
        assertThatThrownBy(() -> decide(Map.of())).isInstanceOf(InvalidInputException.class);
    }

    private static List<Map<String, Object>> present(String... names) {
        return java.util.Arrays.stream(names).map(n -> Map.<String, Object>of("name", n)).toList();
    }

    @Test
    void theMeetingRecordsItsMinutesAndAQuorumOfCommissionersEachOnce() {
        // Left out, the minutes and the commissioners are named; fewer than the quorum (2) is refused, whatever it decides.
        assertThatThrownBy(() -> decideExactly(Map.of("approved", true))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(f -> f.field())
                        .containsExactly("minutesNumber", "commissionersPresent"));
        for (boolean approved : List.of(true, false)) {
            Map<String, Object> one = new LinkedHashMap<>(Map.of("approved", approved, "notes", "Kaji ulang."));
            one.put("commissionersPresent", present("Ahmad Yani"));
            assertThat(refusedFields(one)).containsExactly("commissionersPresent");
        }
        // Said in the field's terms, not as rows.
        Map<String, Object> alone = new LinkedHashMap<>(Map.of("approved", true, "minutesNumber", "001/BA/PL/36.04/XI/2026"));
        alone.put("commissionersPresent", present("Ahmad Yani"));
        assertThatThrownBy(() -> decide(alone)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).extracting(f -> f.code()).containsExactly("input.minItems.commissionersPresent");
            assertThat(id.netra.platform.Messages.id(e.errors().get(0).code(), "2")).isEqualTo("Paling sedikit 2 anggota hadir (kuorum).");
            assertThat(id.netra.platform.Messages.in(java.util.Locale.ENGLISH, e.errors().get(0).code(), "2"))
                    .isEqualTo("At least 2 members present (the quorum).");
        });
        // The same commissioner twice, however spaced or cased, is one person: not a quorum of two.
        Map<String, Object> twice = new LinkedHashMap<>(Map.of("approved", true));
        twice.put("commissionersPresent", present("Ahmad Yani", "  ahmad   YANI "));
        assertThat(refusedFields(twice)).containsExactly("commissionersPresent[1].name");
        Map<String, Object> quorate = new LinkedHashMap<>(Map.of("approved", true, "minutesNumber", "001/BA/PL/36.04/XI/2026"));
        quorate.put("commissionersPresent", present("Ahmad Yani", "Siti Rahmawati"));
        assertThat(decide(quorate).asMap()).containsEntry("plenaryApproved", true);
        verify(records).decision(eq(caseId), any(), eq("plenaryDecision"), eq("t1"), eq("komisioner.serang"), eq("APPROVED"),
                org.mockito.ArgumentMatchers.argThat(values -> values.toString().contains("001/BA/PL/36.04/XI/2026")
                        && values.toString().contains("Siti Rahmawati")));
    }

    @Test
    void aParallelForwardingToGakkumduGoesOnlyBesideAnApprovedNeutralityViolationAndNamesItsLetter() {
        assertThat(refusedFields(Map.of("approved", true, "gakkumduForwarded", true))).containsExactly("gakkumduLetterNumber");
        assertThat(refusedFields(Map.of("approved", false, "notes", "Kaji ulang.", "gakkumduForwarded", true,
                "gakkumduLetterNumber", "002/PP.01/K.BT-04/XI/2026"))).containsExactly("gakkumduForwarded");
        concluded("OTHER_VIOLATION");
        assertThat(refusedFields(Map.of("approved", true, "gakkumduForwarded", true, "gakkumduLetterNumber", "002/PP.01/K.BT-04/XI/2026")))
                .containsExactly("gakkumduForwarded");
        concluded("NEUTRALITY_VIOLATION");
        decide(Map.of("approved", true, "gakkumduForwarded", true, "gakkumduLetterNumber", "002/PP.01/K.BT-04/XI/2026"));
        verify(findings).record(eq(caseId), anyMap(), eq("komisioner.serang"));
        verify(records).letter(caseId, "GAKKUMDU_FORWARDING", "002/PP.01/K.BT-04/XI/2026", "komisioner.serang");
    }
}
