package id.netra.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plenary decision's body: the decision given, with the meeting's minutes number and a quorum of commissioners present. */
public final class Plenary {

    public static final List<Map<String, Object>> PRESENT = List.of(Map.of("name", "Komisioner Satu"), Map.of("name", "Komisioner Dua"),
            Map.of("name", "Komisioner Tiga"));

    private Plenary() {
    }

    /** {@code decision} (approved, notes, persons...) as a quorate meeting decides it. */
    public static Map<String, Object> meeting(Map<String, ?> decision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("minutesNumber", "BA-" + Integer.toHexString(decision.hashCode()) + "/PL/36.04/2026");
        body.put("commissionersPresent", PRESENT);
        body.putAll(decision);
        return body;
    }

    public static Map<String, Object> approved() {
        return meeting(Map.of("approved", true));
    }
}
