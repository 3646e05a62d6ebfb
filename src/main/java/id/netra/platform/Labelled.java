package id.netra.platform;

/**
 * A value a client sends by its code whose words are in the message catalogue: a message that lists the values it may
 * take says each with its words ("Laki-laki (MALE)"), in the reader's language.
 */
public interface Labelled {

    /** The catalogue key of this value's words. */
    String labelKey();
}
