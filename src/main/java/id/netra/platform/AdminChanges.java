package id.netra.platform;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * What an administrator changed, by the signed-in administrator: published in the changing transaction, audited.
 * Here rather than in {@code access} so that the administered packages ({@code reference}, {@code deadline}) need not
 * import {@code access}, which itself reads the reference data.
 */
@Component
public class AdminChanges {

    private final ApplicationEventPublisher events;
    private final CurrentActor actor;

    public AdminChanges(ApplicationEventPublisher events, CurrentActor actor) {
        this.events = events;
        this.actor = actor;
    }

    public void record(String what, String target, Map<String, Object> detail) {
        events.publishEvent(new AdminChangeEvent(actor.username(), what, target, detail));
    }
}
