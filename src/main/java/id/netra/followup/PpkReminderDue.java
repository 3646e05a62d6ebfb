package id.netra.followup;

import java.time.Instant;
import java.util.UUID;

/**
 * The PPK's deadline nears on a person's track (the reminder's moment came while the PPK has still to act): published by
 * {@link FollowUpService#remind} in the recording transaction, for the PPK to be reminded (by mail).
 */
public record PpkReminderDue(UUID caseId, UUID personId, String dueOn, Instant at) {
}
