package id.netra.intake;

import jakarta.validation.constraints.Size;

/** The reporter's withdrawal of a report before registration, with an optional reason. */
public record WithdrawalRequest(@Size(max = WithdrawalRequest.MAX_REASON, message = "{intake.maxLength}") String reason) {
    /** The longest withdrawal reason; it becomes the status history's note after a short prefix. */
    public static final int MAX_REASON = 2000;
}
