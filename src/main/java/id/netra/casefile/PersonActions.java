package id.netra.casefile;

import id.netra.access.NetraUser;
import id.netra.platform.ForbiddenException;
import id.netra.platform.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.Locale;
import java.util.UUID;

/**
 * What every action of the examining agency on one person of a case checks first (re-addressing, clarification,
 * closing as moot): the case is the user's to see (else 404, as if it did not exist), the user is of the examining
 * agency (else 403, {@code <area>.examinerOnly}), the person is one of the case's (else 404, {@code <area>.noPerson}).
 */
@Service
public class PersonActions {

    private final CaseQueries queries;
    private final CasePersons persons;

    public PersonActions(CaseQueries queries, CasePersons persons) {
        this.queries = queries;
        this.persons = persons;
    }

    /** The case, once the checks pass; {@code area} names the action's messages. */
    public CaseFile examiningAgencys(NetraUser user, UUID caseId, UUID personId, String area) {
        CaseFile c = queries.visibleCase(user, caseId);
        if (!user.role().isExaminingAgency()) {
            throw ForbiddenException.of(area + ".examinerOnly");
        }
        if (persons.of(c.id()).stream().noneMatch(p -> p.id().equals(personId))) {
            throw NotFoundException.of(area + ".noPerson");
        }
        return c;
    }

    /** A value of {@code type} by its code as a client sends it (any case, spaces around); null when it is none. */
    public static <E extends Enum<E>> E code(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
