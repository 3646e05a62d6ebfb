package id.netra.intake;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Addresses people guess for the public's pages, sent on to them for good (301): {@code /status} is the status page
 * at {@code /lapor/status}. Open to all in {@code SecurityConfiguration.publicPages}, like the pages.
 */
@Configuration
class PublicPageAddresses implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/status", PublicReportPages.STATUS).setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    }
}
