package id.netra.platform;

import java.util.Map;

/** An administrator changed something (a user, a holiday...): published in the changing transaction, audited. */
public record AdminChangeEvent(String actor, String what, String target, Map<String, Object> detail) {
}
