package id.netra.workflow;

import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every form component by its task key. */
@Component
public class TaskForms {

    private final Map<String, TaskForm> byKey = new HashMap<>();

    public TaskForms(List<TaskForm> forms) {
        for (TaskForm form : forms) {
            if (byKey.put(form.key(), form) != null) {
                throw new IllegalStateException("two forms for task " + form.key());
            }
        }
    }

    public Optional<TaskForm> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The key of the form that checks this task and sends it back when it rejects it ({@link TaskForm#sendsBackTo}). */
    public Optional<String> checkerOf(String key) {
        return byKey.values().stream().filter(f -> key.equals(f.sendsBackTo())).map(TaskForm::key).findFirst();
    }

    public java.util.Set<String> keys() {
        return byKey.keySet();
    }
}
