package id.netra.workflow;

import java.util.function.Supplier;

/**
 * Who is acting in the current thread, for the steps the engine runs on their behalf (a delegate after a task
 * completion). Kept apart from the engine's own authentication, which with engine authorization on would make the
 * engine check its authorization tables for every call; Netra decides access itself (casefile.CaseAccess).
 */
public final class ActorContext {

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private ActorContext() {
    }

    public static String current() {
        return ACTOR.get();
    }

    public static <T> T as(String actor, Supplier<T> work) {
        String previous = ACTOR.get();
        ACTOR.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(previous);
            }
        }
    }
}
