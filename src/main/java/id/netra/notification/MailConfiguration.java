package id.netra.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The mail's delivery runs on Spring's scheduler ({@link MailDelivery}, every {@code netra.mail.poll}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {
}
