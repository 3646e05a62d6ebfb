package id.netra.casefile;

import java.util.UUID;

/**
 * Someone on the public endpoints gave a tracking number with a wrong access code, or a tracking number that does not
 * exist: audited with the tracking number given (trimmed and upper-cased as it is looked up, shortened, control characters
 * removed) and the case when there is
 * one — never the code.
 */
public record AccessCodeRejected(String trackingNumber, UUID caseId) {

    public static final String ACTOR = id.netra.platform.SystemActors.PUBLIC;

    public AccessCodeRejected {
        trackingNumber = trackingNumber == null ? "" : trackingNumber.replaceAll("\\p{Cntrl}|[\\uFFFE\\uFFFF]", "");
        trackingNumber = trackingNumber.length() > 40 ? trackingNumber.substring(0, 40) : trackingNumber;
    }
}
