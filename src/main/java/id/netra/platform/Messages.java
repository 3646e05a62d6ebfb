package id.netra.platform;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/**
 * The message catalogue ({@code messages_id.properties}, {@code messages_en.properties}) for the texts the API and
 * validation produce far from any request: the same files the pages read. Indonesian unless the request asked for
 * English (the pages' language switch; {@code Accept-Language: en} on the API).
 */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final ResourceBundleMessageSource SOURCE = new CatalogueSource();

    private Messages() {
    }

    /** The Indonesian text of {@code code}. A code missing from the catalogue is a bug: it fails loudly. */
    public static String id(String code, Object... args) {
        return SOURCE.getMessage(code, days(args, INDONESIAN), INDONESIAN);
    }

    /**
     * A day among the arguments ({@link java.time.LocalDate}) is written as the pages write it, in the message's
     * language ("27 Nov 2026"), not as ISO; every other argument as it is.
     */
    private static Object[] days(Object[] args, Locale locale) {
        if (args == null) {
            return null;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof java.time.LocalDate d) {
                out[i] = java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy", locale).format(d);
            }
        }
        return out;
    }

    /** The text of {@code code} in {@code locale} (Indonesian unless English). */
    public static String in(Locale locale, String code, Object... args) {
        Locale in = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        return SOURCE.getMessage(code, days(args, in), in);
    }

    /** The text of {@code code} in {@code locale}, or null when the catalogue has none in that language. */
    public static String orNull(Locale locale, String code, Object... args) {
        Locale in = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        return SOURCE.getMessage(code, days(args, in), null, in);
    }

    /** The text of {@code code} in the current request's language. */
    public static String current(String code, Object... args) {
        return in(currentLocale(), code, args);
    }

    /**
     * The current request's language ({@link WebPages#locale}); Indonesian outside a request (a timer, a listener),
     * never the server's own language.
     */
    public static Locale currentLocale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }

    /**
     * A catalogue message as an argument of another ("Format tidak valid: {0}." with "tanggal YYYY-MM-DD"): said in the
     * same language as the message it is part of.
     */
    public static MessageSourceResolvable part(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[]{code}, args);
    }

    /**
     * A name the form declares in Indonesian ({@code fallback}) and the catalogue may say in English ({@code code}, e.g.
     * {@code option.party.REPORTER}), followed by the value a client sends: "Pelapor (REPORTER)".
     */
    public static MessageSourceResolvable named(String code, String fallback, String value) {
        return part("input.named", new DefaultMessageSourceResolvable(new String[]{code}, null, fallback), value);
    }

    /** Several parts said as one, separated by commas, each in the language of the message they are part of. */
    public static MessageSourceResolvable joined(java.util.List<? extends MessageSourceResolvable> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        return parts.size() == 1 ? parts.get(0) : part("input.join", parts.get(0), joined(parts.subList(1, parts.size())));
    }
}
