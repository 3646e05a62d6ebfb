package id.netra.platform;

/** Who acts in the current request; implemented by {@code access} from the signed-in session. */
public interface CurrentActor {

    /** The signed-in user's name; refuses when no one is signed in. */
    String username();
}
