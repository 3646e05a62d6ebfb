package id.netra.access;

import id.netra.platform.AdminChangeEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Map;

/** What an administrator changed, by the signed-in administrator: published in the changing transaction, audited. */
@Component
public class AdminChanges {

    private final ApplicationEventPublisher events;

    public AdminChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void record(String what, String target, Map<String, Object> detail) {
        events.publishEvent(new AdminChangeEvent(CurrentUser.get().username(), what, target, detail));
    }
}
