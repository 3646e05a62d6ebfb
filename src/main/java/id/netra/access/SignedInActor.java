package id.netra.access;

import id.netra.platform.CurrentActor;
import org.springframework.stereotype.Component;

/** {@link CurrentActor} from the signed-in user ({@link CurrentUser}). */
@Component
class SignedInActor implements CurrentActor {

    @Override
    public String username() {
        return CurrentUser.get().username();
    }
}
