package id.netra.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * The request's language ({@link WebPages#locale}) from the first filter on, so that the filters and the security
 * chain, which answer before Spring MVC, say their refusals in it too ({@link Messages#current}): set as the locale
 * context and as the request's own locale, which Spring's request context filter would otherwise take from the
 * servlet container (the server's language when the client names none).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLanguage extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = WebPages.locale(request);
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public Locale getLocale() {
                    return locale;
                }

                @Override
                public Enumeration<Locale> getLocales() {
                    return Collections.enumeration(java.util.List.of(locale));
                }
            }, response);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
