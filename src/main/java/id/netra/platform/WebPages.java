package id.netra.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * The pages' language: Bahasa Indonesia unless the user chose English ({@code ?lang=en}, kept in a cookie); no
 * other language is ever resolved, so every message comes from {@code messages_id} or {@code messages_en}.
 */
@Configuration
public class WebPages implements WebMvcConfigurer {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** The pages' choice, kept in a cookie for a year. */
    private static final CookieLocaleResolver COOKIE = cookie();

    private static CookieLocaleResolver cookie() {
        CookieLocaleResolver cookie = new CookieLocaleResolver("netra-lang");
        cookie.setDefaultLocale(INDONESIAN);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieSameSite("Lax");
        return cookie;
    }

    /**
     * The pages' catalogue: the same files and settings as {@link Messages}', with the examining agency's name as
     * configured where a text names it ({@link CatalogueSource}).
     */
    @Bean
    public org.springframework.context.MessageSource messageSource(
            @org.springframework.beans.factory.annotation.Value("${netra.examining-agency.code:BKN}") String agency) {
        CatalogueSource.agency(agency);
        return new CatalogueSource();
    }

    @Bean
    public LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return locale(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                COOKIE.setLocale(request, response, locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN);
            }
        };
    }

    /**
     * The language a request is answered in, English or Indonesian: the API's as its client asks (Accept-Language),
     * a page's as the user chose (the cookie); Indonesian by default. An error dispatched to {@code /error} is answered
     * in the language of the request that failed. {@link RequestLanguage} makes it the request's from the first filter.
     */
    public static Locale locale(HttpServletRequest request) {
        Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String f ? f : request.getRequestURI();
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            // The API speaks as its client asks (Accept-Language), Indonesian by default.
            return prefersEnglish(request.getHeader("Accept-Language")) ? Locale.ENGLISH : INDONESIAN;
        }
        return "en".equals(COOKIE.resolveLocale(request).getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }

    /**
     * The officers' pages, signed in with a form and a session (the security chain {@code officerPages}) and switched
     * between Indonesian and English with {@code ?lang=}: every page an officer works in lives under one of these.
     */
    public static final String[] OFFICER_PAGES = {"/", "/masuk", "/keluar", "/kotak-masuk", "/kotak-masuk/**", "/perkara/**",
            "/tugas/**", "/cari", "/cari/**", "/statistik", "/statistik/**", "/admin", "/admin/**", "/ditolak"};

    /** Whether the client's most preferred language of Netra's two is English. */
    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 200) {
            return false;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.equals("id") || tag.startsWith("id-") || tag.equals("in")) {
                    return false;
                }
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return true;
                }
            }
        } catch (IllegalArgumentException e) {
            // a header that does not parse: the default
        }
        return false;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/lapor", "/lapor/**", "/verifikasi/**", "/statistik-publik", "/statistik-publik/**").addPathPatterns(OFFICER_PAGES);
    }
}
