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

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver cookie = new CookieLocaleResolver("netra-lang");
        cookie.setDefaultLocale(INDONESIAN);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieSameSite("Lax");
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (request.getRequestURI() != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    // The API speaks as its client asks (Accept-Language), Indonesian by default.
                    return prefersEnglish(request.getHeader("Accept-Language")) ? Locale.ENGLISH : INDONESIAN;
                }
                return "en".equals(cookie.resolveLocale(request).getLanguage()) ? Locale.ENGLISH : INDONESIAN;
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                cookie.setLocale(request, response, locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN);
            }
        };
    }

    /**
     * The officers' pages, signed in with a form and a session (the security chain {@code officerPages}) and switched
     * between Indonesian and English with {@code ?lang=}: every page an officer works in lives under one of these.
     */
    public static final String[] OFFICER_PAGES = {"/", "/masuk", "/keluar", "/kotak-masuk", "/kotak-masuk/**", "/perkara/**",
            "/tugas/**", "/cari", "/cari/**", "/admin", "/admin/**", "/ditolak"};

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
        registry.addInterceptor(change).addPathPatterns("/lapor", "/lapor/**").addPathPatterns(OFFICER_PAGES);
    }
}
