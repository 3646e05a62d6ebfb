package id.netra.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/** A typed builder for the variables a start or a task completion sets. */
public final class Variables {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static Variables of() {
        return new Variables();
    }

    public <T> Variables with(ProcessVariables.Var<T> var, T value) {
        values.put(var.name(), value);
        return this;
    }

    public Map<String, Object> asMap() {
        return values;
    }
}
