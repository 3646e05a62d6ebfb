package id.netra.platform;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message catalogue with the examining agency's name in it: a text may say {@value #AGENCY} where the agency's
 * name stands ("Menunggu verifikasi BKN"), and it is said as configured ({@code netra.examining-agency.code}: KASN
 * until August 2024, BKN since, a new body by 2027) — the catalogue never names one.
 */
public class CatalogueSource extends ResourceBundleMessageSource {

    /** Where a text names the examining agency. */
    public static final String AGENCY = "@examiningAgency@";

    private static volatile String agency = "BKN";

    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public CatalogueSource() {
        setBasename("messages");
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    /** The examining agency's name as the texts say it (set once at start from the configuration). */
    public static void agency(String name) {
        agency = name;
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        String text = super.resolveCodeWithoutArguments(code, locale);
        return text == null || !text.contains(AGENCY) ? text : text.replace(AGENCY, agency);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        String text = super.resolveCodeWithoutArguments(code, locale);
        if (text == null || !text.contains(AGENCY)) {
            return super.resolveCode(code, locale);
        }
        String said = agency;
        return formats.computeIfAbsent(said + '\u0000' + locale + '\u0000' + code,
                k -> createMessageFormat(text.replace(AGENCY, said), locale));
    }
}
