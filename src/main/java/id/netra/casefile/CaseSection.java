package id.netra.casefile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A step's part of the case detail. Each step package contributes one (a Spring component; ordered by
 * {@code @Order}), reading its own tables and deciding for the viewer what of it they read, so that adding a step does
 * not touch the casefile core.
 */
public interface CaseSection {

    /**
     * What a section is given: the case, the viewer's view, the persons they read (a PPK: only those addressed to
     * them), the answer's top level and each of those persons' part of it (by person id). {@code full} is false for
     * the summary shown with a task.
     */
    record Rendering(CaseFile caseFile, CaseAccess.View view, List<CasePerson> persons, Map<String, Object> out,
                     Map<UUID, Map<String, Object>> personParts, boolean full) {

        /** The first person the viewer reads, whose data fill the first release's single-person fields. */
        public CasePerson firstPerson() {
            return persons.isEmpty() ? null : persons.get(0);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> topLevel(String key) {
            return (Map<String, Object>) out.computeIfAbsent(key, k -> new java.util.LinkedHashMap<String, Object>());
        }
    }

    void contribute(Rendering rendering);
}
