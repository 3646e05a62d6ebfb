package id.netra.casefile;

import id.netra.access.NetraUser;

import java.util.List;
import java.util.UUID;

/**
 * The case's open checks under the four-eyes rule that nobody may decide (its only decider did the work checked), for
 * the case page to say why they wait and what to do; implemented where the tasks are ({@code workflow}).
 */
public interface UndecidableChecks {

    /** A check waiting for nobody: its task's key, and its person's name (null for a check of the whole case). */
    record Check(String taskKey, String personName) {
    }

    /** The checks of this case, as far as the user may read it, that nobody may decide. */
    List<Check> of(NetraUser user, UUID caseId);
}
