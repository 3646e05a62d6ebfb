package id.netra.api;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The parts of a case's answer that its steps render as maps (casefile's {@code CaseQueries}, and the bawaslu,
 * examination and follow-up modules' {@code CaseSection}s), described field by field: a reported person with their
 * track, examination, recommendation and follow-up; the incident; the assessment; the first release's summaries of the
 * examination and the follow-up. A value a viewer may not read is null there (and the field named in {@code withheld}).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class CaseParts {

    static final String PERSON = "CasePerson";
    static final String FIRST_PERSON = "CaseFirstPerson";
    static final String TRACK = "CaseTrack";
    static final String INCIDENT = "CaseIncident";
    static final String ASSESSMENT = "CaseAssessment";
    static final String PERSON_EXAMINATION = "PersonExamination";
    static final String CLARIFICATION_PENDING = "PersonClarificationPending";
    static final String RECOMMENDATION = "PersonRecommendation";
    static final String PERSON_FOLLOW_UP = "PersonFollowUp";
    static final String FOLLOW_UP_SANCTION = "PersonFollowUpSanction";
    static final String EXAMINATION_SUMMARY = "CaseExamination";
    static final String FOLLOW_UP_SUMMARY = "CaseFollowUp";

    private CaseParts() {
    }

    static void describe(Map<String, Schema> schemas) {
        schemas.put(TRACK, new ObjectSchema().description("A person's own track after the plenary forwarded them.")
                .addProperty("status", ApiDescription.ref("TrackStatus"))
                .addProperty("statusLabel", new StringSchema())
                .addProperty("openedAt", dateTime())
                .addProperty("closedAt", nullable(dateTime()))
                .addProperty("deadlines", new ArraySchema().items(ApiDescription.ref("CaseDeadline")))
                .addProperty("history", new ArraySchema().items(ApiDescription.ref("TrackHistoryEntry"))
                        .description("The track's changes (the case's own answer only).")));
        schemas.put(PERSON, person("A reported person as the caller reads them, with their own track and what each step decided of them.")
                .addProperty("track", nullable(ApiDescription.ref(TRACK)).description("Null before the plenary forwards the person."))
                .addProperty("violationProvenByPlenary", nullable(new BooleanSchema()))
                .addProperty("examination", nullable(ApiDescription.ref(PERSON_EXAMINATION)))
                .addProperty("clarificationPending", nullable(ApiDescription.ref(CLARIFICATION_PENDING)))
                .addProperty("recommendation", nullable(ApiDescription.ref(RECOMMENDATION)))
                .addProperty("personnelDataBlocked", new BooleanSchema())
                .addProperty("followUp", nullable(ApiDescription.ref(PERSON_FOLLOW_UP))));
        schemas.put(FIRST_PERSON, person("The first release's one person: the first the caller reads (empty when none).")
                .addProperty("personnelDataBlocked", new BooleanSchema()));
        schemas.put(INCIDENT, new ObjectSchema()
                .addProperty("date", date())
                .addProperty("knownOn", nullable(date()).description("The day the reporter learnt of it (a report's clock starts there)."))
                .addProperty("discoveredOn", nullable(date()).description("A finding's discovery, its clock's start (null for a report)."))
                .addProperty("place", new StringSchema())
                .addProperty("regionCode", new StringSchema())
                .addProperty("regionName", nullableString())
                .addProperty("description", new StringSchema().description("As stored, with the completion markers Netra wrote into it."))
                .addProperty("descriptionShown", new StringSchema().description("As the pages show it: the markers in the reader's language."))
                .addProperty("lateFiling", new BooleanSchema().description("Filed (or set as a finding) after its clock.")));
        schemas.put(ASSESSMENT, new ObjectSchema().description("The Bawaslu office's assessment (kajian).")
                .addProperty("conclusion", nullableString())
                .addProperty("violationTypes", nullable(new ArraySchema().items(new StringSchema())))
                .addProperty("otherRoute", nullableString())
                .addProperty("analysis", nullableString())
                .addProperty("extended", new BooleanSchema())
                .addProperty("extensionReason", nullableString())
                .addProperty("overdue", new BooleanSchema()));
        schemas.put(PERSON_EXAMINATION, new ObjectSchema().description("The examining agency's examination of the person.")
                .addProperty("outcome", new StringSchema())
                .addProperty("recommendedSanction", nullableString().description("The first release's one sanction."))
                .addProperty("moralSanction", nullableString())
                .addProperty("disciplinarySanction", nullableString())
                .addProperty("disciplinaryPenalty", nullableString())
                .addProperty("violationTypes", nullable(new ArraySchema().items(new StringSchema())))
                .addProperty("reasoning", nullableString())
                .addProperty("authority", nullableString().description("The agency addressed when not the person's own PPK."))
                .addProperty("authorityReason", nullableString())
                .addProperty("examinedAt", dateTime())
                .addProperty("examinedBy", nullableString().description("The account that recorded the examination."))
                .addProperty("approval", nullableString().description("""
                        Where the examination stands with its approver: `PENDING` (awaiting approval), `APPROVED`, or \
                        `REJECTED` (sent back: it does not stand, the examiner does it again); null for one recorded \
                        without its decisions by an earlier release.""")));
        schemas.put(CLARIFICATION_PENDING, new ObjectSchema().description("A request for clarification awaiting its answer: the examination's clock stands still.")
                .addProperty("addressee", new StringSchema()._enum(List.of("PPK", "SUPERIOR", "PERSON")))
                .addProperty("letterNumber", new StringSchema())
                .addProperty("requestedOn", date()));
        schemas.put(RECOMMENDATION, new ObjectSchema().description("The recommendation issued for the person.")
                .addProperty("number", new StringSchema())
                .addProperty("addressedTo", new StringSchema().description("The agency whose PPK it goes to."))
                .addProperty("issuedAt", dateTime()));
        schemas.put(FOLLOW_UP_SANCTION, new ObjectSchema().description("One kind of sanction: recommended beside imposed.")
                .addProperty("kind", new StringSchema()._enum(List.of("MORAL", "DISCIPLINARY")))
                .addProperty("recommended", nullableString())
                .addProperty("recommendedPenalty", nullableString())
                .addProperty("imposed", new BooleanSchema())
                .addProperty("sanction", nullableString())
                .addProperty("penalty", nullableString())
                .addProperty("decreeNumber", nullableString())
                .addProperty("decreeDate", nullable(date()))
                .addProperty("lighter", new BooleanSchema().description("Imposed lighter than recommended (not imposed is lighter).")));
        schemas.put(PERSON_FOLLOW_UP, new ObjectSchema().description("What the PPK reported.")
                .addProperty("sanctionImposed", nullable(new BooleanSchema()))
                .addProperty("imposedSanction", nullableString())
                .addProperty("decreeNumber", nullableString())
                .addProperty("decreeDate", nullable(date()))
                .addProperty("reportedAt", dateTime())
                .addProperty("sanctions", new ArraySchema().items(ApiDescription.ref(FOLLOW_UP_SANCTION))));
        schemas.put(EXAMINATION_SUMMARY, new ObjectSchema().description("The first release's examination of the case: its first person's.")
                .addProperty("outcome", nullableString())
                .addProperty("recommendedSanction", nullableString())
                .addProperty("reasoning", nullableString())
                .addProperty("forwardedAt", nullable(dateTime()))
                .addProperty("recommendedAt", nullable(dateTime())));
        schemas.put(FOLLOW_UP_SUMMARY, new ObjectSchema().description("The first release's follow-up of the case: its first person's.")
                .addProperty("imposedSanction", nullableString())
                .addProperty("decreeNumber", nullableString())
                .addProperty("decreeDate", nullable(date()))
                .addProperty("personnelDataBlocked", new BooleanSchema()));
    }

    private static Schema person(String description) {
        return new ObjectSchema().description(description)
                .addProperty("id", new StringSchema().format("uuid"))
                .addProperty("ordinal", new Schema<Integer>().types(new LinkedHashSet<>(List.of("integer"))))
                .addProperty("name", new StringSchema())
                .addProperty("nip", nullableString())
                .addProperty("employmentType", new StringSchema()._enum(List.of("PNS", "PPPK")))
                .addProperty("position", nullableString())
                .addProperty("positionCategory", nullableString())
                .addProperty("agencyCode", new StringSchema())
                .addProperty("agencyName", nullableString());
    }

    /** The schema, or null: a reference wrapped so that a null passes ({@code anyOf}, as OpenAPI 3.1 writes it). */
    static Schema nullable(Schema schema) {
        if (schema.get$ref() != null) {
            Schema either = new Schema<>();
            either.anyOf(List.of(schema, new Schema<>().types(new LinkedHashSet<>(List.of("null")))));
            return either;
        }
        LinkedHashSet<String> types = new LinkedHashSet<>(schema.getTypes() == null
                ? List.of(schema.getType() == null ? "object" : schema.getType()) : schema.getTypes());
        types.add("null");
        schema.setTypes(types);
        return schema;
    }

    private static Schema nullableString() {
        return nullable(new StringSchema());
    }

    private static Schema<String> date() {
        return new StringSchema().format("date");
    }

    private static Schema<String> dateTime() {
        return new StringSchema().format("date-time");
    }
}
